/* An entry's criteria and state, shared by the wanted list and the entry page: the criteria form
   (add and edit offer every criterion the API takes), its JSON, its summary, and the status shown. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h;

  var STATUS = {
    pending: ['First check pending', 'WaxAlert has not checked the market for it yet.'],
    paused: ['Paused', 'Not checked and no alerts while paused.'],
    monitoring: ['Monitoring', 'Watched; nothing matches your criteria right now.'],
    price_matched: ['Price matched', 'A copy is offered at or below your maximum price.'],
    underpriced: ['Underpriced', 'A copy is offered well below the usual price.'],
    no_listings: ['No listings', 'Nothing is for sale on Discogs right now.'],
    blocked: ['Blocked from sale', 'Discogs does not allow this release to be sold.'],
    check_failed: ['Check failed', 'The last check could not be made. This does not mean nothing is for sale; it is tried again at the next check.']
  };
  W.STATUS = STATUS;

  /** Criteria the API takes besides the release; lists are sent as arrays. */
  var LISTS = ['location_filter', 'location_exclude', 'blocked_sellers'];
  var NUMBERS = ['min_seller_rating', 'min_seller_feedback', 'underpriced_percentage'];
  var TEXTS = ['max_price', 'max_price_currency', 'min_condition', 'min_sleeve_condition', 'price_basis', 'unknown_shipping'];
  W.CRITERIA = TEXTS.concat(NUMBERS, LISTS);

  // ---------- the form ----------
  function field(id, label, input, hint) {
    input.id = id;
    var hintEl = null;
    if (hint) {
      hintEl = h('p', { class: 'hint', id: id + '-hint', text: hint });
      input.setAttribute('aria-describedby', id + '-hint');
    }
    return h('div', { class: 'field' }, h('label', { for: id, text: label }), input, hintEl);
  }
  W.field = field;
  function select(name, options, value) {
    var s = h('select', { name: name });
    options.forEach(function (o) {
      var opt = h('option', { value: o[0], text: o[1] });
      if (o[0] === (value || '')) { opt.selected = true; }
      s.appendChild(opt);
    });
    return s;
  }
  W.select = select;
  W.gradeOptions = function (anyLabel) { return [['', anyLabel]].concat(W.GRADES); };
  function number(name, value, attrs) {
    var a = { name: name, type: 'number', inputmode: 'decimal', value: W.isSet(value) ? String(value) : '' };
    Object.keys(attrs || {}).forEach(function (k) { a[k] = attrs[k]; });
    return h('input', a);
  }
  /** Text, not a number field: a browser's number field turns "12,50" into 1250 or nothing, unseen. */
  function priceInput(name, value) {
    return h('input', { name: name, type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: 'e.g. 25.00',
      value: W.isSet(value) ? String(value) : '' });
  }
  W.priceInput = priceInput;
  function list(name, values, placeholder) {
    return h('input', { name: name, type: 'text', value: (values || []).join(', '), placeholder: placeholder, autocomplete: 'off' });
  }

  /** The criteria fieldset, filled from {@code entry} (edit) or empty with {@code currency} (add). */
  W.criteriaFields = function (entry, currency) {
    entry = entry || {};
    var basis = select('price_basis', [['item', 'The item price'], ['item_plus_shipping', 'Item price plus shipping']], entry.price_basis || 'item');
    var unknown = select('unknown_shipping', [['item_price_only', 'Judge the item price alone'], ['do_not_judge', 'Do not alert on it']], entry.unknown_shipping || 'item_price_only');
    function syncShipping() { unknown.disabled = basis.value !== 'item_plus_shipping'; }
    basis.addEventListener('change', syncShipping);
    syncShipping();
    var more = ['location_filter', 'location_exclude', 'min_seller_rating', 'min_seller_feedback', 'blocked_sellers', 'unknown_shipping']
      .some(function (k) { var v = entry[k]; return Array.isArray(v) ? v.length > 0 : W.isSet(v); });
    return h('fieldset', { class: 'criteria' },
      h('legend', { text: 'Alert me when' }),
      h('div', { class: 'grid' },
        field('f-max_price', 'Maximum price', priceInput('max_price', entry.max_price)),
        field('f-max_price_currency', 'Currency', select('max_price_currency', W.CURRENCIES.map(function (c) { return [c, c]; }), entry.max_price_currency || currency || 'EUR')),
        field('f-min_condition', 'Minimum media condition', select('min_condition', W.gradeOptions('Any condition'), entry.min_condition)),
        field('f-min_sleeve_condition', 'Minimum sleeve condition', select('min_sleeve_condition', W.gradeOptions('Any sleeve'), entry.min_sleeve_condition)),
        field('f-underpriced_percentage', 'Underpriced by at least (%)', number('underpriced_percentage', entry.underpriced_percentage, { min: '1', max: '99', step: '1', inputmode: 'numeric' }), 'Below the usual price; either price rule alerts.'),
        field('f-price_basis', 'Price to compare', basis)),
      h('details', { class: 'more', open: more },
        h('summary', { text: 'More criteria: shipping, countries, sellers' }),
        h('div', { class: 'grid' },
          field('f-unknown_shipping', 'When shipping is unknown', unknown, 'Only with "item price plus shipping".'),
          field('f-location_filter', 'Ships from (countries)', list('location_filter', entry.location_filter, 'e.g. Germany, Netherlands'), 'Separate with commas; empty for anywhere.'),
          field('f-location_exclude', 'Never ships from (countries)', list('location_exclude', entry.location_exclude, 'e.g. United States')),
          field('f-min_seller_rating', 'Minimum seller rating (%)', number('min_seller_rating', entry.min_seller_rating, { min: '0', max: '100', step: '0.1' })),
          field('f-min_seller_feedback', 'Minimum number of seller ratings', number('min_seller_feedback', entry.min_seller_feedback, { min: '0', step: '1', inputmode: 'numeric' })),
          field('f-blocked_sellers', 'Ignore these sellers', list('blocked_sellers', entry.blocked_sellers, 'seller names, separated by commas')))));
  };

  /** The criteria as JSON: empty fields are left out (add) or null, which clears them (edit). */
  W.readCriteria = function (form, omitEmpty) {
    var out = {};
    function put(name, value) {
      if (value === null && omitEmpty) { return; }
      out[name] = value;
    }
    function val(name) { var el = form.elements[name]; var v = el && !el.disabled ? el.value.trim() : ''; return v === '' ? null : v; }
    TEXTS.forEach(function (name) { put(name, val(name)); });
    if (out.max_price) { out.max_price = W.price(out.max_price); }
    out.max_price_currency = form.elements.max_price_currency.value;
    NUMBERS.forEach(function (name) { var v = val(name); put(name, v === null ? null : Number(v)); });
    LISTS.forEach(function (name) {
      var items = (val(name) || '').split(',').map(function (c) { return c.trim(); }).filter(function (c) { return c; });
      put(name, items.length ? items : null);
    });
    return out;
  };

  /** The criteria sent that the answer does not carry: the service does not keep them (yet). */
  W.unkept = function (sent, entry) {
    return Object.keys(sent).filter(function (k) {
      return W.CRITERIA.indexOf(k) >= 0 && sent[k] !== null && !(k in entry);
    });
  };
  W.unkeptWarning = function (names) {
    var labels = names.map(function (k) { return W.fieldName(k).replace(/^The /, ''); });
    return 'Saved, but WaxAlert does not use these criteria yet, so they were not kept: ' + labels.join(', ') + '.';
  };

  // ---------- what the entry shows ----------
  /** The release's (or master's) page on Discogs, named "artist – title". */
  W.releaseLink = function (e) {
    var url = e.discogs_master_id ? W.webUrl() + '/master/' + e.discogs_master_id : W.webUrl() + '/release/' + e.discogs_release_id;
    return h('a', { href: url, class: 'release-link', rel: 'noopener' },
      h('span', { class: 'artist', text: e.artist_name || '' }), e.artist_name ? ' – ' : '',
      h('span', { class: 'title', text: e.release_title || e.title }));
  };
  W.entryName = function (e) { return (e.artist_name ? e.artist_name + ' – ' : '') + (e.release_title || e.title); };
  W.criteriaSummary = function (e) {
    var parts = [];
    if (e.max_price) { parts.push('≤ ' + W.money(e.max_price, e.max_price_currency) + (e.price_basis === 'item_plus_shipping' ? ' incl. shipping' : '')); }
    if (e.underpriced_percentage) { parts.push(e.underpriced_percentage + '% under usual'); }
    if (e.min_condition) { parts.push('media ≥ ' + e.min_condition); }
    if (e.min_sleeve_condition) { parts.push('sleeve ≥ ' + e.min_sleeve_condition); }
    if (e.location_filter && e.location_filter.length) { parts.push('from ' + e.location_filter.join(', ')); }
    if (e.location_exclude && e.location_exclude.length) { parts.push('not from ' + e.location_exclude.join(', ')); }
    if (W.isSet(e.min_seller_rating)) { parts.push('seller ≥ ' + e.min_seller_rating + '%'); }
    if (W.isSet(e.min_seller_feedback)) { parts.push('seller ≥ ' + e.min_seller_feedback + ' ratings'); }
    if (e.blocked_sellers && e.blocked_sellers.length) { parts.push('ignoring ' + W.count(e.blocked_sellers.length, 'seller', 'sellers')); }
    if (e.format_filter) { parts.push('format ' + e.format_filter); }
    return parts.length ? parts.join(' · ') : 'any price (no criteria set)';
  };
  /** The one state to show: paused, waiting for its first check, or the last check's verdict. */
  W.stateOf = function (e, blocked) {
    if (!e.is_active) { return 'paused'; }
    if (!e.last_checked) { return 'pending'; }
    if (e.status === 'no_listings' && blocked) { return 'blocked'; }
    return STATUS[e.status] ? e.status : 'monitoring';
  };
  W.statusBadge = function (e, blocked) {
    var key = W.stateOf(e, blocked);
    var s = STATUS[key];
    var wrap = h('div', { class: 'status' },
      h('span', { class: 'badge status-' + key + (key === 'paused' ? ' paused' : ''), title: s[1], 'data-status': key, text: s[0] }));
    if (key === 'check_failed') {
      var why = W.plain(e.check_message);
      wrap.appendChild(h('p', { class: 'small', text: 'The check could not be made' + (why ? ' (' + why.replace(/\.$/, '') + ')' : '') + '; this does not mean nothing is for sale.' }));
    } else if (key === 'blocked') {
      wrap.appendChild(h('p', { class: 'small', text: STATUS.blocked[1] }));
    }
    if (e.last_alert_at && key !== 'paused') {
      wrap.appendChild(h('p', { class: 'small last-alert', text: 'Last alert ' + W.when(e.last_alert_at) }));
    }
    return wrap;
  };

  /**
   * "12 Nov, 10:05", and when the check reused market figures Discogs gave earlier (another check
   * fetched them within the service's market-max-age), "12 Nov, 10:05 (Discogs figures of 10:01)".
   */
  W.checkedWhen = function (e) {
    var text = W.when(e.last_checked);
    var checked = Date.parse(e.last_checked), fetched = Date.parse(e.market_fetched_at);
    if (!isNaN(checked) && !isNaN(fetched) && checked - fetched >= 60000) {
      text += ' (Discogs figures of ' + W.when(e.market_fetched_at) + ')';
    }
    return text;
  };

  /** After an edit: what the entry's last check says against the new criteria (judged again at once, no Discogs request). */
  W.rejudged = function (e) {
    if (!e.is_active || !e.last_checked) { return ''; }
    return ' Against its last check it is now: ' + STATUS[W.stateOf(e)][0] + '.';
  };

  /** "1987 · Vinyl, 7\", Single · PB 41447", or "any pressing" for a master. */
  W.releaseMeta = function (e, master) {
    return [e.release_year, e.release_format || (e.discogs_master_id ? master : null), e.catalog_number]
      .filter(function (x) { return x; }).join(' · ');
  };

  // ---------- the market seen when the entry was looked up (before its first check) ----------
  var LOOKUP = 'waxalert.lookup.';
  W.rememberLookup = function (entryId, market) {
    try { sessionStorage.setItem(LOOKUP + entryId, JSON.stringify(market)); } catch (e) { /* private mode */ }
  };
  W.lookupOf = function (entryId) {
    try { return JSON.parse(sessionStorage.getItem(LOOKUP + entryId) || 'null'); } catch (e) { return null; }
  };
  /** "12.50 EUR (4 for sale)", "Nothing for sale" or "Blocked from sale on Discogs". */
  W.marketText = function (m) {
    if (m.blocked_from_sale) { return 'Blocked from sale on Discogs'; }
    if (!m.lowest_price) { return 'Nothing for sale right now'; }
    return W.money(m.lowest_price, m.currency) + ' (' + W.count(m.num_for_sale || 0, 'for sale', 'for sale') + ')';
  };

  /** The edit dialog of one entry; {@code onSaved(updated, unkeptCriteria)}. */
  W.openEdit = function (entry, onSaved) {
    var form = h('form', { id: 'edit-form', novalidate: true },
      h('div', { class: 'dialog-body' },
        h('p', { class: 'form-error', role: 'alert', hidden: true }),
        h('p', { class: 'release-name' }, h('strong', { text: entry.artist_name || '' }), entry.artist_name ? ' – ' : '', entry.release_title || entry.title),
        W.criteriaFields(entry)),
      h('div', { class: 'buttons sticky' },
        h('button', { type: 'button', id: 'edit-cancel', text: 'Cancel', onclick: function () { dialog.close(); } }),
        h('button', { type: 'submit', id: 'edit-save', class: 'primary', text: 'Save criteria' })));
    var dialog = h('dialog', { class: 'dialog', id: 'edit-dialog', 'aria-labelledby': 'edit-title' },
      h('h2', { id: 'edit-title', text: 'Edit alert criteria' }), form);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var body = W.readCriteria(form, false);
      W.api('PUT', '/api/wanted-list/' + encodeURIComponent(entry.id), body)
        .then(function (updated) { dialog.close(); onSaved(updated, W.unkept(body, updated)); })
        .catch(function (e) { W.fieldError(form, 'f-', e.field, e.message); });
    });
    W.openDialog(dialog);
  };
}());
