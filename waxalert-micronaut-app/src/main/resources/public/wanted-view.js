/* The wanted list as shown: search, filter, sort and paging over the entries in the page (the whole
   list once loaded; wanted.js shows a first page meanwhile), and one table row per entry. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, cell = W.cell;

  var COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  /** Most actionable first. */
  var STATUS_ORDER = ['price_matched', 'underpriced', 'check_failed', 'monitoring', 'pending', 'no_listings', 'blocked', 'paused'];

  /** The entries with what searching and sorting need, computed once per load. */
  W.prepare = function (entries) {
    return entries.map(function (e) {
      var title = e.release_title || e.title || '';
      return {
        entry: e,
        search: [e.artist_name, title, e.title].join(' ').toLowerCase(),
        title: title,
        added: Date.parse(e.created_at) || 0,
        checked: e.last_checked ? Date.parse(e.last_checked) : null,
        price: W.isSet(e.lowest_price) ? Number(e.lowest_price) : null,
        state: W.stateOf(e)
      };
    });
  };

  function nullsLast(a, b, dir) {
    if (a === null && b === null) { return 0; }
    if (a === null) { return 1; }
    if (b === null) { return -1; }
    return dir * (a - b);
  }
  var SORTS = {
    'added-desc': function (a, b) { return b.added - a.added; },
    'added-asc': function (a, b) { return a.added - b.added; },
    'title-asc': function (a, b) { return COLLATOR.compare(a.title, b.title); },
    'title-desc': function (a, b) { return COLLATOR.compare(b.title, a.title); },
    'checked-desc': function (a, b) { return nullsLast(a.checked, b.checked, -1); },
    'checked-asc': function (a, b) { return nullsLast(a.checked, b.checked, 1); },
    'price-asc': function (a, b) { return nullsLast(a.price, b.price, 1); },
    'price-desc': function (a, b) { return nullsLast(a.price, b.price, -1); },
    'status': function (a, b) { return STATUS_ORDER.indexOf(a.state) - STATUS_ORDER.indexOf(b.state); }
  };
  W.SORTS = Object.keys(SORTS);

  /** {matching, rows, page, pages}: the entries that pass {@code state}'s filters, sorted, and its page of them. */
  W.view = function (prepared, state) {
    var words = state.q.toLowerCase().split(/\s+/).filter(function (w) { return w; });
    var matching = prepared.filter(function (p) {
      if (state.active === 'active' && !p.entry.is_active) { return false; }
      if (state.active === 'paused' && p.entry.is_active) { return false; }
      if (state.status && p.state !== state.status) { return false; }
      return words.every(function (w) { return p.search.indexOf(w) >= 0; });
    });
    var sort = SORTS[state.sort] || SORTS['added-desc'];
    matching.sort(function (a, b) { return sort(a, b) || COLLATOR.compare(a.title, b.title) || b.added - a.added; });
    var pages = Math.max(1, Math.ceil(matching.length / state.size));
    var page = Math.min(Math.max(1, state.page), pages);
    return { matching: matching, rows: matching.slice((page - 1) * state.size, page * state.size), page: page, pages: pages };
  };

  /** The lowest price: the last check's, else the one seen when the entry was looked up. */
  W.priceCell = function (e) {
    if (e.last_checked) {
      if (e.lowest_price) {
        return [h('span', { class: 'price', text: W.money(e.lowest_price, e.currency) }), h('div', { class: 'small', text: W.count(e.num_for_sale || 0, 'for sale', 'for sale') })];
      }
      return e.num_for_sale === 0 ? 'None for sale' : '—';
    }
    var seen = W.lookupOf(e.id);
    if (seen) {
      return [h('span', { class: seen.lowest_price ? 'price' : null, text: seen.lowest_price ? W.money(seen.lowest_price, seen.currency) : W.marketText(seen) }),
        h('div', { class: 'small', text: 'when added, before the first check' })];
    }
    return '—';
  };
  function checkedText(e) {
    if (e.last_checked) { return W.checkedWhen(e); }
    if (!e.is_active) { return '—'; }
    return W.lookupOf(e.id) ? 'Looked up when added; first check pending' : 'First check pending';
  }

  /** One row; {@code on} has edit, toggle, remove and select(entry, checked) handlers. */
  W.entryRow = function (e, selected, on) {
    var name = W.entryName(e);
    var cover = W.safeUrl(e.cover_image_url);
    var meta = W.releaseMeta(e, 'any pressing');
    var box = h('input', { type: 'checkbox', class: 'select-entry', id: 'sel-' + e.id, checked: selected,
      onchange: function () { on.select(e, box.checked); } });
    return h('tr', { 'data-entry-id': e.id, class: e.is_active ? null : 'inactive' },
      cell('Select', [box, h('label', { for: 'sel-' + e.id, class: 'sr-only', text: 'Select ' + name })], 'c-select'),
      cell('Cover', cover ? h('img', { src: cover, alt: '', width: 56, height: 56, class: 'thumb', loading: 'lazy' }) : h('div', { class: 'thumb none' }), 'c-cover'),
      cell('Release', [W.releaseLink(e), meta ? h('div', { class: 'small', text: meta }) : null,
        h('div', { class: 'small' }, h('a', { href: '/entries/' + encodeURIComponent(e.id), class: 'details', text: 'Details and price history' }))], 'c-release'),
      cell('Criteria', W.criteriaSummary(e), 'c-criteria'),
      cell('Status', W.statusBadge(e), 'c-status'),
      cell('Lowest price', W.priceCell(e), 'c-price'),
      cell('Last checked', checkedText(e), 'c-checked'),
      cell('Actions', h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'edit', 'aria-label': 'Edit ' + name, text: 'Edit', onclick: function () { on.edit(e); } }),
        h('button', { type: 'button', class: 'toggle', 'aria-label': (e.is_active ? 'Pause ' : 'Resume ') + name, text: e.is_active ? 'Pause' : 'Resume', onclick: function () { on.toggle(e); } }),
        h('button', { type: 'button', class: 'delete danger', 'aria-label': 'Delete ' + name, text: 'Delete', onclick: function () { on.remove(e); } })), 'c-actions'));
  };

  /** The table of {@code rows}, with a box selecting every row shown. */
  W.entryTable = function (rows, selection, on) {
    var tbody = h('tbody');
    rows.forEach(function (p) { tbody.appendChild(W.entryRow(p.entry, selection.has(p.entry.id), on)); });
    var all = h('input', { type: 'checkbox', id: 'select-page', checked: rows.length > 0 && rows.every(function (p) { return selection.has(p.entry.id); }),
      onchange: function () { on.selectAll(rows.map(function (p) { return p.entry; }), all.checked); } });
    var heads = ['Cover', 'Release', 'Criteria', 'Status', 'Lowest price', 'Last checked', 'Actions'];
    return h('table', { class: 'wanted', id: 'wanted-table' },
      h('caption', { class: 'sr-only', text: 'Your wanted releases' }),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', class: 'c-select' }, all, h('label', { for: 'select-page', class: 'sr-only', text: 'Select every entry on this page' })),
        heads.map(function (t) { return h('th', { scope: 'col', text: t, class: t === 'Cover' ? 'c-cover' : null }); }))),
      tbody);
  };
}());
