/* The "Add a release" dialog: by URL or id (looked up with its market) or by a Discogs search,
   with every criterion; the save button stays in view (sticky footer). */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h;

  function parseReleaseId(text) {
    var t = (text || '').trim();
    var m = /\/release\/(\d+)/.exec(t) || /^\[r(\d+)\]$/i.exec(t) || /^(\d+)$/.exec(t);
    return m ? m[1] : null;
  }
  function isMaster(text) {
    var t = (text || '').trim();
    return /\/master\/(view\/)?\d+/i.test(t) || /^\[m\d+\]$/i.test(t);
  }

  /** Opens the dialog; {@code onSaved(entry, unkeptCriteria)} after the entry was added. */
  W.openAdd = function (me, onSaved) {
    var market = null;
    var preview = h('div', { id: 'release-preview', class: 'preview', 'aria-live': 'polite' });
    var results = h('ul', { id: 'search-results', class: 'results' });
    var save = h('button', { type: 'submit', id: 'add-save', class: 'primary', text: 'Add to wanted list' });
    var form = h('form', { id: 'add-form', novalidate: true },
      h('div', { class: 'dialog-body' },
        h('p', { class: 'form-error', role: 'alert', hidden: true }),
        h('div', { class: 'row end' },
          W.field('f-release', 'Discogs release URL or id', h('input', { name: 'release', type: 'text', autofocus: true, placeholder: 'https://www.discogs.com/release/249504 or 249504', autocomplete: 'off' }),
            'A release, or a master for any pressing, from discogs.com.'),
          h('button', { type: 'button', id: 'lookup', text: 'Look up', onclick: lookup })),
        h('details', { class: 'search' },
          h('summary', { text: 'Or search Discogs by text' }),
          h('div', { class: 'row end' },
            W.field('f-search', 'Artist, title or catalogue number', h('input', { name: 'q', type: 'search' })),
            h('button', { type: 'button', id: 'search', text: 'Search', onclick: search })),
          results),
        preview,
        W.criteriaFields(null, me && me.currency)),
      h('div', { class: 'buttons sticky' },
        h('button', { type: 'button', id: 'add-cancel', text: 'Cancel', onclick: function () { dialog.close(); } }),
        save));
    var dialog = h('dialog', { class: 'dialog', id: 'add-dialog', 'aria-labelledby': 'add-title' },
      h('h2', { id: 'add-title', text: 'Add a release' }), form);

    function lookup() {
      W.clearErrors(form);
      W.clear(preview);
      market = null;
      var text = form.elements.release.value;
      var id = parseReleaseId(text);
      if (!id) {
        if (isMaster(text)) {
          preview.appendChild(h('p', { class: 'muted', text: 'A master release: every pressing of it is watched.' }));
          return;
        }
        W.fieldError(form, 'f-', 'release', 'Paste a Discogs release link (…/release/123…), [r123] or a release number.');
        return;
      }
      preview.appendChild(h('p', { class: 'muted', text: 'Looking up release ' + id + '…' }));
      Promise.all([W.api('GET', '/api/releases/' + id),
        W.api('GET', '/api/releases/' + id + '/marketplace').catch(function () { return null; })])
        .then(function (r) { market = r[1]; renderPreview(r[0], r[1]); })
        .catch(function (e) { W.clear(preview); W.fieldError(form, 'f-', e.status === 404 || e.status === 400 ? 'release' : null, e.message); });
    }
    function renderPreview(rel, m) {
      W.clear(preview);
      var cover = W.safeUrl(rel.cover_image_url);
      preview.appendChild(h('div', { class: 'release-card' },
        cover ? h('img', { src: cover, alt: 'Cover of ' + rel.title, width: 72, height: 72, class: 'cover' }) : h('div', { class: 'cover none', 'aria-hidden': 'true' }),
        h('div', null,
          h('p', { class: 'release-name' }, h('strong', { text: (rel.artists || []).join(', ') }), ' – ', h('span', { id: 'preview-title', text: rel.title })),
          h('p', { class: 'muted', text: [rel.year, rel.format].filter(function (x) { return x; }).join(' · ') }),
          h('p', { id: 'preview-price', class: m && m.blocked_from_sale ? 'blocked' : null,
            text: m ? (m.lowest_price ? 'Lowest price now: ' : '') + W.marketText(m) : 'Market data unavailable right now' }))));
    }
    function search() {
      var q = form.elements.q.value.trim();
      W.clearErrors(form);
      W.clear(results);
      if (!q) { W.fieldError(form, 'f-', 'search', 'Type an artist, a title or a catalogue number to search for.'); return; }
      results.appendChild(h('li', { class: 'muted', text: 'Searching…' }));
      W.api('GET', '/api/releases/search?q=' + encodeURIComponent(q)).then(function (data) {
        W.clear(results);
        var found = data.results || [];
        if (!found.length) { results.appendChild(h('li', { class: 'muted', text: 'No releases found.' })); }
        found.forEach(function (r) {
          results.appendChild(h('li', null,
            h('button', { type: 'button', class: 'link', onclick: function () { form.elements.release.value = String(r.id); lookup(); } },
              r.title + (r.year ? ' (' + r.year + ')' : '') + (r.format ? ' · ' + r.format : ''))));
        });
      }).catch(function (e) {
        W.clear(results);
        // Discogs not answering is no fault of what was typed: said in the results, the field stays valid
        if (e.status === 0 || e.status >= 500) { results.appendChild(h('li', { class: 'error', role: 'alert', text: e.message })); }
        else { W.fieldError(form, 'f-', 'search', e.message); }
      });
    }
    form.elements.release.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); lookup(); }
    });
    form.elements.q.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); search(); }
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var body = W.readCriteria(form, true);
      body.release = form.elements.release.value.trim();
      if (!body.release) { W.fieldError(form, 'f-', 'release', 'Paste a Discogs release link or id, or search for it below.'); return; }
      save.disabled = true;
      W.api('POST', '/api/wanted-list/add', body).then(function (entry) {
        if (market && String(entry.discogs_release_id) === parseReleaseId(body.release)) {
          W.rememberLookup(entry.id, { lowest_price: market.lowest_price, currency: market.currency,
            num_for_sale: market.num_for_sale, blocked_from_sale: market.blocked_from_sale });
        }
        dialog.close();
        onSaved(entry, W.unkept(body, entry));
      }).catch(function (e) {
        var field = e.status === 404 || e.status === 409 ? 'release' : e.field;
        W.fieldError(form, 'f-', field, e.message);
      }).then(function () { save.disabled = false; });
    });
    W.openDialog(dialog);
  };
}());
