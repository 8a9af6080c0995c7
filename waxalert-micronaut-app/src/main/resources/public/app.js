/* WaxAlert web UI: plain JavaScript over the JSON API (same origin, session cookie).
   All user and Discogs content is inserted with textContent / attributes, never as HTML. */
(function () {
  'use strict';

  var CURRENCIES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY', 'CHF', 'MXN', 'BRL', 'NZD', 'SEK', 'ZAR'];
  var GRADES = [['M', 'Mint (M)'], ['NM', 'Near Mint (NM or M-)'], ['VG+', 'Very Good Plus (VG+)'],
    ['VG', 'Very Good (VG)'], ['G+', 'Good Plus (G+)'], ['G', 'Good (G)'], ['F', 'Fair (F)'], ['P', 'Poor (P)']];
  var STATUS = {
    monitoring: ['Monitoring', 'Watched; nothing matches your criteria right now.'],
    price_matched: ['Price matched', 'A copy is offered at or below your maximum price.'],
    underpriced: ['Underpriced', 'A copy is offered well below the usual price.'],
    no_listings: ['No listings', 'Nothing is for sale on Discogs right now.'],
    check_failed: ['Check failed', 'The last check could not be made. This does not mean nothing is for sale; it is tried again at the next check.']
  };

  // ---------- helpers ----------
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { el.textContent = v; }
        else if (k === 'class') { el.className = v; }
        else if (k.slice(0, 2) === 'on') { el.addEventListener(k.slice(2), v); }
        else { el.setAttribute(k, v === true ? '' : String(v)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(el, arguments[i]); }
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }
  function $(id) { return document.getElementById(id); }
  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } return el; }
  function show(el, text) { el.textContent = text; el.hidden = !text; }
  function webUrl() { return document.body.getAttribute('data-discogs-web') || 'https://www.discogs.com'; }
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }
  function money(amount, currency) {
    return amount === null || amount === undefined ? '—' : amount + ' ' + (currency || '');
  }
  function when(iso) {
    if (!iso) { return 'never'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString();
  }

  function api(method, path, body) {
    var opts = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        if (text) { try { data = JSON.parse(text); } catch (e) { data = null; } }
        if (r.status === 401 && path.indexOf('/api/auth/') !== 0) {
          window.location.assign('/sign-in');
        }
        if (!r.ok) {
          var err = new Error((data && data.message) || ('The service answered ' + r.status));
          err.status = r.status;
          err.field = data && data.field;
          throw err;
        }
        return data;
      });
    });
  }

  // ---------- form errors next to their fields ----------
  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) {
      e.removeAttribute('aria-invalid');
      var d = (e.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x.indexOf('err-') !== 0; });
      if (d.length) { e.setAttribute('aria-describedby', d.join(' ')); } else { e.removeAttribute('aria-describedby'); }
    });
  }
  function fieldError(form, prefix, field, message, fallback) {
    var input = field ? form.querySelector('#' + prefix + field) : null;
    if (!input) { input = fallback ? form.querySelector('#' + prefix + fallback) : null; }
    var id = 'err-' + prefix + (field || fallback || 'form');
    var p = h('p', { class: 'field-error', id: id, role: 'alert', text: message });
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
      var box = input.closest('.field') || input.parentNode;
      box.appendChild(p);
      input.focus();
    } else {
      form.insertBefore(p, form.firstChild);
    }
  }

  // ---------- dialogs ----------
  function openDialog(dialog) {
    document.body.appendChild(dialog);
    dialog.addEventListener('close', function () { dialog.remove(); });
    dialog.showModal();
    var first = dialog.querySelector('[autofocus]') || dialog.querySelector('input, select, button');
    if (first) { first.focus(); }
  }
  function confirmDialog(title, text, action) {
    return new Promise(function (resolve) {
      var d = h('dialog', { class: 'dialog small', 'aria-labelledby': 'confirm-title' },
        h('h2', { id: 'confirm-title', text: title }),
        h('p', { text: text }),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', id: 'confirm-cancel', autofocus: true, text: 'Cancel', onclick: function () { d.close(); resolve(false); } }),
          h('button', { type: 'button', id: 'confirm-ok', class: 'danger', text: action, onclick: function () { d.close(); resolve(true); } })));
      d.addEventListener('cancel', function () { resolve(false); });
      openDialog(d);
    });
  }

  // ---------- criteria form (add and edit) ----------
  function field(id, label, input, hint) {
    input.id = id;
    var hintEl = null;
    if (hint) {
      hintEl = h('p', { class: 'hint', id: id + '-hint', text: hint });
      input.setAttribute('aria-describedby', id + '-hint');
    }
    return h('div', { class: 'field' }, h('label', { for: id, text: label }), input, hintEl);
  }
  function select(name, options, value) {
    var s = h('select', { name: name });
    options.forEach(function (o) {
      var opt = h('option', { value: o[0], text: o[1] });
      if (o[0] === value) { opt.selected = true; }
      s.appendChild(opt);
    });
    return s;
  }
  function gradeOptions(anyLabel) {
    return [['', anyLabel]].concat(GRADES);
  }
  function criteriaFields(entry, currency) {
    entry = entry || {};
    var cur = entry.max_price_currency || currency || 'EUR';
    return h('fieldset', { class: 'criteria' },
      h('legend', { text: 'Alert me when' }),
      h('div', { class: 'row' },
        field('f-max_price', 'Maximum price', h('input', { name: 'max_price', type: 'number', min: '0', step: '0.01', inputmode: 'decimal', value: entry.max_price || '' })),
        field('f-max_price_currency', 'Currency', select('max_price_currency', CURRENCIES.map(function (c) { return [c, c]; }), cur))),
      h('div', { class: 'row' },
        field('f-min_condition', 'Minimum media condition', select('min_condition', gradeOptions('Any condition'), entry.min_condition || '')),
        field('f-min_sleeve_condition', 'Minimum sleeve condition', select('min_sleeve_condition', gradeOptions('Any sleeve'), entry.min_sleeve_condition || ''))),
      field('f-location_filter', 'Ships from (countries)', h('input', { name: 'location_filter', type: 'text', value: (entry.location_filter || []).join(', '), placeholder: 'e.g. Germany, Netherlands' }), 'Separate countries with commas; leave empty for anywhere.'),
      h('div', { class: 'row' },
        field('f-min_seller_rating', 'Minimum seller rating (%)', h('input', { name: 'min_seller_rating', type: 'number', min: '0', max: '100', step: '0.1', value: entry.min_seller_rating === null || entry.min_seller_rating === undefined ? '' : entry.min_seller_rating })),
        field('f-underpriced_percentage', 'Underpriced by at least (%)', h('input', { name: 'underpriced_percentage', type: 'number', min: '1', max: '99', step: '1', value: entry.underpriced_percentage || '' }), 'Alert when a copy is this much below the usual price.')));
  }
  /** The criteria as JSON; empty fields are null (edit clears them) or left out (add). */
  function readCriteria(form, omitEmpty) {
    var out = {};
    function put(name, value) {
      if (value === null && omitEmpty) { return; }
      out[name] = value;
    }
    function val(name) { var v = form.elements[name].value.trim(); return v === '' ? null : v; }
    put('max_price', val('max_price'));
    out.max_price_currency = form.elements.max_price_currency.value;
    put('min_condition', val('min_condition'));
    put('min_sleeve_condition', val('min_sleeve_condition'));
    var countries = (form.elements.location_filter.value || '').split(',')
      .map(function (c) { return c.trim(); }).filter(function (c) { return c; });
    put('location_filter', countries.length ? countries : null);
    var rating = val('min_seller_rating');
    put('min_seller_rating', rating === null ? null : Number(rating));
    var pct = val('underpriced_percentage');
    put('underpriced_percentage', pct === null ? null : Number(pct));
    return out;
  }

  // ---------- add dialog ----------
  function parseReleaseId(text) {
    var t = (text || '').trim();
    var m = /\/release\/(\d+)/.exec(t) || /^\[r(\d+)\]$/i.exec(t) || /^(\d+)$/.exec(t);
    return m ? m[1] : null;
  }
  function openAdd(me, onSaved) {
    var preview = h('div', { id: 'release-preview', class: 'preview', 'aria-live': 'polite' });
    var results = h('ul', { id: 'search-results', class: 'results' });
    var form = h('form', { id: 'add-form', novalidate: true },
      field('f-release', 'Discogs release URL or id', h('input', { name: 'release', type: 'text', autofocus: true, placeholder: 'https://www.discogs.com/release/249504 or 249504', autocomplete: 'off' }),
        'Paste the address of a release (or master, for any pressing) from discogs.com.'),
      h('div', { class: 'buttons left' }, h('button', { type: 'button', id: 'lookup', text: 'Look up', onclick: lookup })),
      h('details', { class: 'search' },
        h('summary', { text: 'Or search Discogs by text' }),
        h('div', { class: 'row end' },
          field('f-search', 'Artist, title or catalogue number', h('input', { name: 'q', type: 'search' })),
          h('button', { type: 'button', id: 'search', text: 'Search', onclick: search })),
        results),
      preview,
      criteriaFields(null, me && me.currency),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'add-cancel', text: 'Cancel', onclick: function () { dialog.close(); } }),
        h('button', { type: 'submit', id: 'add-save', class: 'primary', text: 'Add to wanted list' })));
    var dialog = h('dialog', { class: 'dialog', id: 'add-dialog', 'aria-labelledby': 'add-title' },
      h('h2', { id: 'add-title', text: 'Add a release' }), form);

    function lookup() {
      clearErrors(form);
      var id = parseReleaseId(form.elements.release.value);
      clear(preview);
      if (!id) {
        if (/master/i.test(form.elements.release.value) || /^\[m\d+\]$/i.test(form.elements.release.value.trim())) {
          preview.appendChild(h('p', { class: 'muted', text: 'A master release: every pressing of it is watched.' }));
          return;
        }
        fieldError(form, 'f-', 'release', 'Paste a Discogs release URL (…/release/123…) or a release id.');
        return;
      }
      preview.appendChild(h('p', { class: 'muted', text: 'Looking up release ' + id + '…' }));
      Promise.all([api('GET', '/api/releases/' + id),
        api('GET', '/api/releases/' + id + '/marketplace').catch(function () { return null; })])
        .then(function (r) { renderPreview(r[0], r[1]); })
        .catch(function (e) { clear(preview); fieldError(form, 'f-', e.status === 404 ? 'release' : e.field, e.message, 'release'); });
    }
    function renderPreview(rel, market) {
      clear(preview);
      var cover = safeUrl(rel.cover_image_url);
      var price = market ? (market.lowest_price ? 'Lowest price now: ' + money(market.lowest_price, market.currency)
        + ' (' + (market.num_for_sale || 0) + ' for sale)' : 'Nothing for sale right now') : 'Market data unavailable';
      preview.appendChild(h('div', { class: 'release-card' },
        cover ? h('img', { src: cover, alt: 'Cover of ' + rel.title, width: 96, height: 96, class: 'cover' }) : h('div', { class: 'cover none', 'aria-hidden': 'true' }),
        h('div', null,
          h('p', { class: 'release-name' }, h('strong', { text: (rel.artists || []).join(', ') }), ' – ', h('span', { id: 'preview-title', text: rel.title })),
          h('p', { class: 'muted', text: [rel.year, rel.format].filter(function (x) { return x; }).join(' · ') }),
          h('p', { id: 'preview-price', text: price }))));
    }
    function search() {
      var q = form.elements.q.value.trim();
      clearErrors(form);
      clear(results);
      if (!q) { fieldError(form, 'f-', 'search', 'Type something to search for.'); return; }
      results.appendChild(h('li', { class: 'muted', text: 'Searching…' }));
      api('GET', '/api/releases/search?q=' + encodeURIComponent(q)).then(function (data) {
        clear(results);
        var found = data.results || [];
        if (!found.length) { results.appendChild(h('li', { class: 'muted', text: 'No releases found.' })); }
        found.forEach(function (r) {
          results.appendChild(h('li', null,
            h('button', { type: 'button', class: 'link', onclick: function () { form.elements.release.value = String(r.id); lookup(); } },
              r.title + (r.year ? ' (' + r.year + ')' : '') + (r.format ? ' · ' + r.format : ''))));
        });
      }).catch(function (e) { clear(results); fieldError(form, 'f-', 'search', e.message); });
    }
    form.elements.release.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); lookup(); }
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(form);
      var body = readCriteria(form, true);
      body.release = form.elements.release.value.trim();
      if (!body.release) { fieldError(form, 'f-', 'release', 'Paste a Discogs release URL or id.'); return; }
      var save = $('add-save');
      save.disabled = true;
      api('POST', '/api/wanted-list/add', body).then(function (entry) {
        dialog.close();
        onSaved(entry);
      }).catch(function (e) {
        fieldError(form, 'f-', e.status === 404 || e.status === 409 ? (e.field || 'release') : e.field, e.message, 'release');
      }).then(function () { save.disabled = false; });
    });
    openDialog(dialog);
  }

  // ---------- edit dialog ----------
  function openEdit(entry, onSaved) {
    var form = h('form', { id: 'edit-form', novalidate: true },
      h('p', { class: 'release-name' }, h('strong', { text: entry.artist_name || '' }), entry.artist_name ? ' – ' : '', entry.release_title || entry.title),
      criteriaFields(entry),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'edit-cancel', text: 'Cancel', onclick: function () { dialog.close(); } }),
        h('button', { type: 'submit', id: 'edit-save', class: 'primary', text: 'Save criteria' })));
    var dialog = h('dialog', { class: 'dialog', id: 'edit-dialog', 'aria-labelledby': 'edit-title' },
      h('h2', { id: 'edit-title', text: 'Edit alert criteria' }), form);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(form);
      api('PUT', '/api/wanted-list/' + encodeURIComponent(entry.id), readCriteria(form, false))
        .then(function (updated) { dialog.close(); onSaved(updated); })
        .catch(function (e) { fieldError(form, 'f-', e.field, e.message, 'max_price'); });
    });
    openDialog(dialog);
  }

  // ---------- wanted list ----------
  function releaseLink(e) {
    var url = e.discogs_master_id ? webUrl() + '/master/' + e.discogs_master_id : webUrl() + '/release/' + e.discogs_release_id;
    return h('a', { href: url, class: 'release-link', rel: 'noopener' },
      h('span', { class: 'artist', text: e.artist_name || '' }), e.artist_name ? ' – ' : '',
      h('span', { class: 'title', text: e.release_title || e.title }));
  }
  function criteriaSummary(e) {
    var parts = [];
    if (e.max_price) { parts.push('≤ ' + money(e.max_price, e.max_price_currency)); }
    if (e.underpriced_percentage) { parts.push(e.underpriced_percentage + '% under usual'); }
    if (e.min_condition) { parts.push('media ≥ ' + e.min_condition); }
    if (e.min_sleeve_condition) { parts.push('sleeve ≥ ' + e.min_sleeve_condition); }
    if (e.location_filter && e.location_filter.length) { parts.push('from ' + e.location_filter.join(', ')); }
    if (e.min_seller_rating !== null && e.min_seller_rating !== undefined) { parts.push('seller ≥ ' + e.min_seller_rating + '%'); }
    if (e.format_filter) { parts.push('format ' + e.format_filter); }
    return parts.length ? parts.join(' · ') : 'any price (no criteria set)';
  }
  function statusBadge(e) {
    var s = STATUS[e.status] || [e.status, ''];
    var wrap = h('div', { class: 'status' },
      h('span', { class: 'badge status-' + e.status, title: s[1], 'data-status': e.status, text: s[0] }));
    if (!e.is_active) { wrap.appendChild(h('span', { class: 'badge paused', text: 'Paused' })); }
    if (e.status === 'check_failed') {
      wrap.appendChild(h('p', { class: 'small', text: 'The check could not be made' + (e.check_message ? ' (' + e.check_message + ')' : '') + '; this does not mean nothing is for sale.' }));
    }
    return wrap;
  }
  function cell(label, content, cls) {
    return h('td', { 'data-label': label, class: cls }, content);
  }
  function renderWanted(entries, me) {
    var box = clear($('wanted'));
    box.setAttribute('aria-busy', 'false');
    if (!entries.length) {
      box.appendChild(h('div', { class: 'empty' },
        h('p', { text: 'Your wanted list is empty.' }),
        h('p', { class: 'muted', text: 'Add a release with “Add release”, or import your Discogs wantlist under Settings.' })));
      return;
    }
    var tbody = h('tbody');
    entries.forEach(function (e) {
      var cover = safeUrl(e.cover_image_url);
      var name = (e.artist_name ? e.artist_name + ' – ' : '') + (e.release_title || e.title);
      tbody.appendChild(h('tr', { 'data-entry-id': e.id, class: e.is_active ? '' : 'inactive' },
        cell('Cover', cover ? h('img', { src: cover, alt: '', width: 56, height: 56, class: 'thumb', loading: 'lazy' }) : h('div', { class: 'thumb none' }), 'c-cover'),
        cell('Release', [releaseLink(e), h('div', { class: 'small' }, h('a', { href: '/entries/' + encodeURIComponent(e.id), class: 'details', text: 'Details and price history' }))], 'c-release'),
        cell('Year', e.release_year ? String(e.release_year) : '—'),
        cell('Format', e.release_format || (e.discogs_master_id ? 'any pressing' : '—')),
        cell('Criteria', criteriaSummary(e), 'c-criteria'),
        cell('Status', statusBadge(e), 'c-status'),
        cell('Lowest price', e.lowest_price ? [h('span', { class: 'price', text: money(e.lowest_price, e.currency) }), h('div', { class: 'small', text: (e.num_for_sale || 0) + ' for sale' })] : (e.num_for_sale === 0 ? 'none for sale' : '—'), 'c-price'),
        cell('Last checked', when(e.last_checked), 'c-checked'),
        cell('Actions', h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'edit', 'aria-label': 'Edit ' + name, text: 'Edit', onclick: function () { openEdit(e, function () { loadWanted(me, e.id, 'button.edit'); }); } }),
          h('button', { type: 'button', class: 'toggle', 'aria-label': (e.is_active ? 'Pause ' : 'Resume ') + name, text: e.is_active ? 'Pause' : 'Resume', onclick: function () {
            api('POST', '/api/wanted-list/' + encodeURIComponent(e.id) + '/toggle').then(function () { loadWanted(me, e.id, 'button.toggle'); }).catch(listError);
          } }),
          h('button', { type: 'button', class: 'delete danger', 'aria-label': 'Delete ' + name, text: 'Delete', onclick: function () {
            confirmDialog('Delete from your wanted list?', name + ' and its alert history will be removed.', 'Delete').then(function (ok) {
              if (!ok) { return; }
              api('DELETE', '/api/wanted-list/' + encodeURIComponent(e.id)).then(function () { loadWanted(me); $('add-open').focus(); }).catch(listError);
            });
          } })), 'c-actions')));
    });
    box.appendChild(h('table', { class: 'wanted', id: 'wanted-table' },
      h('caption', { class: 'sr-only', text: 'Your wanted releases' }),
      h('thead', null, h('tr', null, ['Cover', 'Release', 'Year', 'Format', 'Criteria', 'Status', 'Lowest price', 'Last checked', 'Actions']
        .map(function (t) { return h('th', { scope: 'col', text: t, class: t === 'Cover' ? 'c-cover' : null }); }))),
      tbody));
  }
  function listError(e) { show($('list-error'), e.message); }
  /** Loads and shows the list; the button {@code selector} of entry {@code focusId} gets the focus back. */
  function loadWanted(me, focusId, selector) {
    return api('GET', '/api/wanted-list').then(function (data) {
      renderWanted(data.entries || [], me);
      if (focusId) {
        var rows = document.querySelectorAll('#wanted-table tbody tr');
        Array.prototype.forEach.call(rows, function (r) {
          if (r.getAttribute('data-entry-id') === focusId) {
            var b = r.querySelector(selector);
            if (b) { b.focus(); }
          }
        });
      }
    }).catch(listError);
  }
  function initWanted() {
    var me = null;
    var account = api('GET', '/api/me').then(function (m) { me = m; return m; }).catch(function () { return null; });
    loadWanted(me);
    $('add-open').addEventListener('click', function () {
      account.then(function (m) {
        openAdd(m, function (entry) {
          var status = $('check-status');
          status.className = 'status-line done';
          status.textContent = 'Added ' + (entry.release_title || entry.title) + ' to your wanted list.';
          loadWanted(me);
        });
      });
    });
    var check = $('check-now');
    check.addEventListener('click', function () {
      check.disabled = true;
      check.setAttribute('aria-busy', 'true');
      check.textContent = 'Checking…';
      var status = $('check-status');
      status.className = 'status-line busy';
      status.textContent = 'Checking your wanted list on Discogs…';
      api('POST', '/api/wanted-list/check-all').then(function (r) {
        status.className = 'status-line done';
        status.textContent = 'Check finished: ' + r.checked + ' checked, ' + r.matched + ' matched, '
          + r.notified + ' alerted, ' + r.failed + ' failed.';
        return loadWanted(me);
      }).catch(function (e) {
        status.className = 'status-line error';
        status.textContent = 'The check could not be run: ' + e.message;
      }).then(function () {
        check.disabled = false;
        check.removeAttribute('aria-busy');
        check.textContent = 'Check now';
      });
    });
  }

  // ---------- alerts ----------
  function alertsTable(list, withRelease) {
    if (!list.length) { return h('p', { class: 'muted empty', text: 'No alerts yet.' }); }
    var tbody = h('tbody');
    list.forEach(function (n) {
      var url = safeUrl(n.listing_url);
      var seller = n.seller_name ? n.seller_name + (n.seller_rating !== null && n.seller_rating !== undefined ? ' (' + n.seller_rating + '%)' : '') : '—';
      var cond = [n.listing_condition, n.listing_sleeve_condition].filter(function (x) { return x; }).join(' / ') || '—';
      tbody.appendChild(h('tr', { 'data-alert-id': n.id },
        cell('Date', [when(n.created_at), n.email_sent_at ? h('p', { class: 'small', text: 'mailed ' + when(n.email_sent_at) }) : null]),
        withRelease ? cell('Release', h('a', { href: '/entries/' + encodeURIComponent(n.wanted_list_entry_id), text: n.title })) : null,
        cell('Type', [h('span', { class: 'badge status-' + n.notification_type, text: (STATUS[n.notification_type] || [n.notification_type])[0] }), n.explanation ? h('p', { class: 'small', text: n.explanation }) : null], 'c-type'),
        cell('Price', money(n.listing_price, n.listing_currency), 'c-price'),
        cell('Condition', cond),
        cell('Seller', seller),
        cell('Ships from', n.ships_from || '—'),
        cell('Listing', url ? h('a', { href: url, rel: 'noopener', class: 'listing-link', text: n.listing_id ? 'View listing' : 'View on Discogs' }) : '—')));
    });
    var cols = ['Date'].concat(withRelease ? ['Release'] : []).concat(['Type', 'Price', 'Condition', 'Seller', 'Ships from', 'Listing']);
    return h('table', { class: 'alerts', id: 'alerts-table' },
      h('thead', null, h('tr', null, cols.map(function (t) { return h('th', { scope: 'col', text: t }); }))), tbody);
  }
  function initAlerts() {
    api('GET', '/api/notifications').then(function (data) {
      var box = clear($('alerts'));
      box.setAttribute('aria-busy', 'false');
      box.appendChild(alertsTable(data.notifications || [], true));
    }).catch(function (e) { show($('alerts-error'), e.message); });
  }

  // ---------- entry detail ----------
  function svg(tag, attrs) {
    var el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
    for (var i = 2; i < arguments.length; i++) { if (arguments[i]) { el.appendChild(arguments[i]); } }
    return el;
  }
  function chart(points) {
    var data = points.filter(function (p) { return p.lowest_price !== null; });
    if (!data.length) { return h('p', { class: 'muted', text: 'No prices observed yet; they are recorded at every check.' }); }
    var W = 640, H = 240, L = 56, R = 48, T = 16, B = 36;
    var times = data.map(function (p) { return new Date(p.observed_at).getTime(); });
    var prices = data.map(function (p) { return Number(p.lowest_price); });
    var counts = data.map(function (p) { return p.num_for_sale || 0; });
    var t0 = Math.min.apply(null, times), t1 = Math.max.apply(null, times);
    var pMax = Math.max.apply(null, prices) * 1.1 || 1, cMax = Math.max.apply(null, counts.concat([1]));
    function x(t) { return t1 === t0 ? L + (W - L - R) / 2 : L + (t - t0) / (t1 - t0) * (W - L - R); }
    function yp(p) { return T + (1 - p / pMax) * (H - T - B); }
    function yc(c) { return T + (1 - c / cMax) * (H - T - B); }
    var line = data.map(function (p, i) { return (i ? 'L' : 'M') + x(times[i]).toFixed(1) + ' ' + yp(prices[i]).toFixed(1); }).join(' ');
    var countLine = data.map(function (p, i) { return (i ? 'L' : 'M') + x(times[i]).toFixed(1) + ' ' + yc(counts[i]).toFixed(1); }).join(' ');
    var currency = data[data.length - 1].currency || '';
    var title = svg('title');
    title.textContent = 'Lowest price and number for sale over time';
    var g = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart', role: 'img', 'aria-labelledby': 'chart-title' }, title);
    title.setAttribute('id', 'chart-title');
    g.appendChild(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, class: 'axis' }));
    g.appendChild(svg('line', { x1: L, y1: T, x2: L, y2: H - B, class: 'axis' }));
    [0, 0.5, 1].forEach(function (f) {
      var label = svg('text', { x: L - 6, y: yp(pMax * f) + 4, 'text-anchor': 'end', class: 'tick' });
      label.textContent = (pMax * f).toFixed(2);
      g.appendChild(label);
      var c = svg('text', { x: W - R + 6, y: yc(cMax * f) + 4, class: 'tick count' });
      c.textContent = String(Math.round(cMax * f));
      g.appendChild(c);
    });
    [t0, t1].forEach(function (t, i) {
      var label = svg('text', { x: x(t), y: H - B + 18, 'text-anchor': i ? 'end' : 'start', class: 'tick' });
      label.textContent = new Date(t).toLocaleDateString();
      g.appendChild(label);
    });
    g.appendChild(svg('path', { d: countLine, class: 'series-count', fill: 'none' }));
    g.appendChild(svg('path', { d: line, class: 'series-price', fill: 'none' }));
    data.forEach(function (p, i) { g.appendChild(svg('circle', { cx: x(times[i]), cy: yp(prices[i]), r: 3, class: 'dot' })); });
    var legend = h('p', { class: 'legend' },
      h('span', { class: 'key price', text: 'Lowest price (' + currency + ')' }), ' ',
      h('span', { class: 'key count', text: 'Number for sale (right axis)' }));
    var table = h('table', { class: 'sr-only' }, h('caption', { text: 'Observed prices' }),
      h('tbody', null, data.map(function (p) { return h('tr', null, h('td', { text: when(p.observed_at) }), h('td', { text: money(p.lowest_price, p.currency) }), h('td', { text: (p.num_for_sale || 0) + ' for sale' })); })));
    return h('div', null, g, legend, table);
  }
  function initEntry() {
    var id = decodeURIComponent(window.location.pathname.split('/').pop());
    api('GET', '/api/wanted-list/' + encodeURIComponent(id)).then(function (e) {
      var box = clear($('entry'));
      box.setAttribute('aria-busy', 'false');
      var cover = safeUrl(e.cover_image_url);
      document.title = (e.release_title || e.title) + ' · WaxAlert';
      box.appendChild(h('section', { class: 'card release-card big' },
        cover ? h('img', { src: cover, alt: 'Cover of ' + (e.release_title || e.title), width: 150, height: 150, class: 'cover' }) : null,
        h('div', null,
          h('h1', { id: 'entry-title' }, releaseLink(e)),
          h('p', { class: 'muted', text: [e.release_year, e.release_format].filter(function (x) { return x; }).join(' · ') }),
          statusBadge(e),
          h('p', { text: 'Criteria: ' + criteriaSummary(e) }),
          h('p', { text: 'Lowest price: ' + (e.lowest_price ? money(e.lowest_price, e.currency) + ' (' + (e.num_for_sale || 0) + ' for sale)' : '—') + ' · last checked ' + when(e.last_checked) }),
          h('p', null, h('button', { type: 'button', id: 'entry-edit', text: 'Edit criteria', onclick: function () { openEdit(e, function () { window.location.reload(); }); } })))));
      if (e.discogs_release_id) {
        api('GET', '/api/releases/' + e.discogs_release_id + '/price-history')
          .then(function (hst) { clear($('chart')).appendChild(chart(hst.observations || [])); })
          .catch(function (err) { clear($('chart')).appendChild(h('p', { class: 'error', text: err.message })); });
      } else {
        clear($('chart')).appendChild(h('p', { class: 'muted', text: 'Price history is kept per release; this entry watches a whole master.' }));
      }
    }).catch(function (e) { show($('entry-error'), e.message); clear($('entry')); });
    api('GET', '/api/wanted-list/' + encodeURIComponent(id) + '/notifications').then(function (data) {
      clear($('entry-alerts')).appendChild(alertsTable(data.notifications || [], false));
    }).catch(function (e) { clear($('entry-alerts')).appendChild(h('p', { class: 'error', text: e.message })); });
  }

  // ---------- settings ----------
  function initSettings() {
    var form = $('settings-form');
    var cur = $('s-currency');
    CURRENCIES.forEach(function (c) { cur.appendChild(h('option', { value: c, text: c })); });
    api('GET', '/api/me').then(function (me) {
      form.elements.email.value = me.email || '';
      cur.value = me.currency;
      ($('s-notify-' + me.notify_mode) || $('s-notify-instant')).checked = true;
      form.elements.webhook_url.value = me.webhook_url || '';
      form.elements.blocked_sellers.value = (me.blocked_sellers || []).join('\n');
    }).catch(function (e) { show($('settings-status'), e.message); });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(form);
      var mode = form.querySelector('input[name=notify_mode]:checked');
      var body = {
        email: form.elements.email.value.trim() || null,
        currency: cur.value,
        webhook_url: form.elements.webhook_url.value.trim() || null,
        blocked_sellers: form.elements.blocked_sellers.value.split(/[\n,]/).map(function (s) { return s.trim(); }).filter(function (s) { return s; })
      };
      if (mode) { body.notify_mode = mode.value; }
      $('settings-status').textContent = 'Saving…';
      api('PUT', '/api/me', body).then(function () {
        $('settings-status').textContent = 'Settings saved.';
      }).catch(function (e) {
        $('settings-status').textContent = '';
        fieldError(form, 's-', e.field === 'notify_mode' ? 'notify-instant' : e.field, e.message, null);
      });
    });
    var imp = $('import');
    imp.addEventListener('click', function () {
      imp.disabled = true;
      $('import-status').textContent = 'Importing your Discogs wantlist…';
      api('POST', '/api/wanted-list/import').then(function (r) {
        $('import-status').textContent = 'Imported ' + r.imported + ', skipped ' + r.skipped + ' already on your list.';
      }).catch(function (e) {
        $('import-status').textContent = 'The import failed: ' + e.message;
      }).then(function () { imp.disabled = false; });
    });
  }

  // ---------- sign-in ----------
  function initSignIn() {
    var form = $('token-form');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearErrors(form);
      var token = form.elements.token.value.trim();
      if (!token) { fieldError(form, 'f-', 'token', 'Paste your Discogs personal access token.'); return; }
      $('token-submit').disabled = true;
      api('POST', '/api/auth/token', { token: token }).then(function () {
        window.location.assign('/');
      }).catch(function (e) {
        fieldError(form, 'f-', 'token', e.status === 401 ? 'Discogs did not accept this token. Check it and try again.' : e.message);
        $('token-submit').disabled = false;
      });
    });
  }

  function initNav() {
    var out = $('sign-out');
    if (out) {
      out.addEventListener('click', function () {
        api('POST', '/api/auth/logout').catch(function () {}).then(function () { window.location.assign('/sign-in'); });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    initNav();
    var page = document.body.getAttribute('data-page');
    var init = { wanted: initWanted, alerts: initAlerts, entry: initEntry, settings: initSettings, signin: initSignIn }[page];
    if (init) { init(); }
  });
}());
