/* WaxAlert web UI, shared by every page: DOM helpers, API calls, errors in the user's words,
   dialogs and toasts. Plain JavaScript over the JSON API (same origin, session cookie).
   All user and Discogs content is inserted with textContent / attributes, never as HTML.
   Each page's own script registers WaxAlert.pages[<data-page>], started once the DOM is ready. */
(function () {
  'use strict';

  var W = window.WaxAlert = { pages: {} };

  W.CURRENCIES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY', 'CHF', 'MXN', 'BRL', 'NZD', 'SEK', 'ZAR'];
  W.GRADES = [['M', 'Mint (M)'], ['NM', 'Near Mint (NM or M-)'], ['VG+', 'Very Good Plus (VG+)'],
    ['VG', 'Very Good (VG)'], ['G+', 'Good Plus (G+)'], ['G', 'Good (G)'], ['F', 'Fair (F)'], ['P', 'Poor (P)']];

  // ---------- DOM ----------
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
  W.h = h;
  W.$ = function (id) { return document.getElementById(id); };
  W.clear = function (el) { while (el.firstChild) { el.removeChild(el.firstChild); } return el; };
  W.show = function (el, text) { el.textContent = text || ''; el.hidden = !text; };
  W.webUrl = function () { return document.body.getAttribute('data-discogs-web') || 'https://www.discogs.com'; };
  W.safeUrl = function (url) { return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null; };
  W.isSet = function (v) { return v !== null && v !== undefined && v !== ''; };
  /** A table cell with its column's name, shown beside the value on phones (rows become cards). */
  W.cell = function (label, content, cls) {
    return h('td', { 'data-label': label, class: cls }, h('div', { class: 'cv' }, content));
  };

  // ---------- numbers and dates ----------
  W.money = function (amount, currency) {
    return W.isSet(amount) ? Number(amount).toFixed(2) + ' ' + (currency || '') : '—';
  };
  var DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  var DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  W.when = function (iso) {
    if (!iso) { return 'never'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : DATE_TIME.format(d);
  };
  W.day = function (iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : DATE.format(d);
  };
  W.count = function (n, one, many) { return n.toLocaleString() + ' ' + (n === 1 ? one : many); };

  // ---------- errors in the user's words ----------
  /** What a field is called in a sentence: "The maximum price must be …". */
  var FIELD_NAMES = {
    release: 'The release', max_price: 'The maximum price', max_price_currency: 'The currency',
    min_condition: 'The minimum media condition', min_sleeve_condition: 'The minimum sleeve condition',
    location_filter: 'The list of countries to ship from', location_exclude: 'The list of countries never to ship from',
    min_seller_rating: 'The minimum seller rating', min_seller_feedback: 'The minimum number of seller ratings',
    underpriced_percentage: 'The underpriced percentage', price_basis: 'The price to compare',
    unknown_shipping: 'The choice for unknown shipping', blocked_sellers: 'The list of ignored sellers',
    format_filter: 'The format', email: 'The e-mail address', currency: 'The currency',
    webhook_url: 'The webhook address', notify_mode: 'The kind of alert mails', token: 'The token',
    q: 'The search', telegram_chat_id: 'The Telegram chat id', is_active: 'Paused or active'
  };
  W.fieldName = function (field) { return FIELD_NAMES[field] || 'This value'; };

  /** A server text made presentable: no URLs, no "field_key:" prefixes, no repeats, a full stop. */
  W.plain = function (text) {
    var t = String(text || '')
      .replace(/\(?https?:\/\/[^\s)]+\)?/g, '')
      .replace(/^\s*[a-z]+(_[a-z]+)*:\s*/, '')
      .replace(/\s+([,.;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
    var parts = t.split(/;\s*/).filter(function (p, i, all) { return p && all.indexOf(p) === i; });
    t = parts.join('; ');
    if (!t) { return ''; }
    t = t.charAt(0).toUpperCase() + t.slice(1);
    return /[.!?]$/.test(t) ? t : t + '.';
  };

  /**
   * A typed price as the API takes it: a decimal comma ("12,50") or grouped thousands ("1,250.00",
   * "1.250,00") read as people mean them; anything else as typed, for the service to refuse.
   */
  W.price = function (text) {
    var t = String(text || '').replace(/[\s\u00a0']/g, '');
    if (/^\d+([.,]\d{1,2})?$/.test(t)) { return t.replace(',', '.'); }
    if (/^\d{1,3}(,\d{3})+\.\d{1,2}$/.test(t) || /^\d{1,3}(,\d{3}){2,}$/.test(t)) { return t.replace(/,/g, ''); }
    if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(t) || /^\d{1,3}(\.\d{3}){2,}$/.test(t)) {
      return t.replace(/\./g, '').replace(',', '.');
    }
    return t;
  };

  /** The sentence to show for a failed API call to {@code path} (see W.api). */
  function humanize(status, data, path) {
    var raw = (data && data.message) || '';
    var field = data && data.field;
    if (status === 0) { return 'WaxAlert did not answer. Check your connection and try again.'; }
    if (status === 502 || status === 503 || status === 504) { return 'Discogs did not answer; try again in a minute.'; }
    if (status >= 500) { return 'Something went wrong in WaxAlert; try again. If it keeps happening, the service log has the details.'; }
    if (status === 429) { return 'Too many attempts in a short time; wait a minute and try again.'; }
    if (status === 409) { return W.plain(raw) || 'This release is already on your wanted list.'; }
    if (status === 404 && field === 'release') { return 'Discogs has no release or master with this number. Check the link or id.'; }
    if (status === 404 && (path || '').indexOf('/api/wanted-list/') === 0) {
      return 'This entry no longer exists; it may have been deleted in another window.';
    }
    if (status === 400 && field === 'release') {
      return 'Paste a Discogs release or master link (…/release/123 or …/master/456), [r123], [m456] or a release number.';
    }
    if (status === 403) { return 'WaxAlert refused this request. Reload the page and try again.'; }
    // the service writes its errors as sentences naming the field; an older "field: must be…" is named here
    if (field && FIELD_NAMES[field] && raw.indexOf(field + ':') === 0) {
      var rest = W.plain(raw.slice(field.length + 1));
      return FIELD_NAMES[field] + ' ' + rest.charAt(0).toLowerCase() + rest.slice(1);
    }
    return W.plain(raw) || 'WaxAlert could not do this (error ' + status + ').';
  }
  W.humanize = humanize;

  // ---------- API ----------
  /** Resolves with the JSON answer; rejects with an Error carrying status, field and a human message. */
  W.api = function (method, path, body) {
    var opts = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).catch(function () {
      var err = new Error(humanize(0, null));
      err.status = 0;
      throw err;
    }).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        if (text) { try { data = JSON.parse(text); } catch (e) { data = null; } }
        if (r.status === 401 && path.indexOf('/api/auth/') !== 0) {
          window.location.assign('/sign-in');
        }
        if (!r.ok) {
          var err = new Error(humanize(r.status, data, path));
          err.status = r.status;
          err.field = data && data.field;
          throw err;
        }
        return data;
      });
    });
  };

  /** Runs {@code task(item)} (a promise) for every item, {@code limit} at a time, in order of items. */
  W.eachLimited = function (items, limit, task, onProgress) {
    var results = new Array(items.length);
    var next = 0, done = 0;
    return new Promise(function (resolve) {
      if (!items.length) { resolve(results); return; }
      function start() {
        var i = next++;
        if (i >= items.length) { return; }
        Promise.resolve().then(function () { return task(items[i]); }).then(
          function (v) { results[i] = { ok: true, value: v }; },
          function (e) { results[i] = { ok: false, error: e }; }
        ).then(function () {
          done++;
          if (onProgress) { onProgress(done, items.length); }
          if (done === items.length) { resolve(results); } else { start(); }
        });
      }
      for (var k = 0; k < Math.min(limit, items.length); k++) { start(); }
    });
  };

  // ---------- form errors next to their fields ----------
  W.clearErrors = function (form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('.form-error'), function (e) { W.show(e, ''); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (e) {
      e.removeAttribute('aria-invalid');
      var d = (e.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x.indexOf('err-') !== 0; });
      if (d.length) { e.setAttribute('aria-describedby', d.join(' ')); } else { e.removeAttribute('aria-describedby'); }
    });
  };
  /** Shows {@code message} at input {@code prefix + field}; without such an input, at the top of the form. */
  W.fieldError = function (form, prefix, field, message) {
    var input = field ? form.querySelector('#' + cssId(prefix + field)) : null;
    if (!input) { W.formError(form, message); return; }
    var id = 'err-' + prefix + field;
    var p = h('p', { class: 'field-error', id: id, text: message });
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
    var details = input.closest('details');
    if (details) { details.open = true; }
    (input.closest('.field') || input.parentNode).appendChild(p);
    input.focus();
  };
  /** A message about the whole form (not one field), in its {@code .form-error} box. */
  W.formError = function (form, message) {
    var box = form.querySelector('.form-error');
    if (!box) {
      box = h('p', { class: 'form-error', role: 'alert' });
      form.insertBefore(box, form.firstChild);
    }
    W.show(box, message);
    box.setAttribute('tabindex', '-1');
    box.focus();
  };
  function cssId(id) { return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1'); }

  // ---------- dialogs ----------
  W.openDialog = function (dialog) {
    var opener = document.activeElement;
    document.body.appendChild(dialog);
    dialog.addEventListener('close', function () {
      dialog.remove();
      if (opener && document.body.contains(opener) && document.activeElement === document.body) { opener.focus(); }
    });
    dialog.showModal();
    var first = dialog.querySelector('[autofocus]') || dialog.querySelector('input, select, button');
    if (first) { first.focus(); }
  };
  W.confirmDialog = function (title, text, action) {
    return new Promise(function (resolve) {
      var d = h('dialog', { class: 'dialog small', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
        h('h2', { id: 'confirm-title', text: title }),
        h('p', { id: 'confirm-text', text: text }),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', id: 'confirm-cancel', autofocus: true, text: 'Cancel', onclick: function () { d.close(); resolve(false); } }),
          h('button', { type: 'button', id: 'confirm-ok', class: 'danger', text: action, onclick: function () { d.close(); resolve(true); } })));
      d.addEventListener('cancel', function () { resolve(false); });
      W.openDialog(d);
    });
  };

  // ---------- toasts (the layout's aria-live region) ----------
  var UNDO_MS = 10 * 60 * 1000 - 15000;
  /** A short confirmation; with {@code action} {label, run} a button (e.g. Undo) in it. */
  W.toast = function (message, kind, action) {
    var box = W.$('toasts');
    // a new confirmation replaces the plain ones before it; warnings, errors and undo offers stay
    if (!kind || kind === 'ok') {
      Array.prototype.forEach.call(box.querySelectorAll('.toast.ok:not(.has-action)'), function (old) { old.remove(); });
    }
    while (box.childElementCount >= 3) { box.removeChild(box.firstChild); }
    var item = h('div', { class: 'toast ' + (kind || 'ok') + (action ? ' has-action' : '') });
    var timer = null;
    function dismiss() { if (timer) { clearTimeout(timer); } item.remove(); makeRoom(); }
    item.appendChild(h('p', { class: 'toast-text', text: message }));
    if (action) {
      item.appendChild(h('button', { type: 'button', class: 'toast-action', id: 'toast-' + action.id, text: action.label,
        onclick: function () { dismiss(); action.run(); } }));
    }
    item.appendChild(h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss', text: '×', onclick: dismiss }));
    box.appendChild(item);
    makeRoom();
    // an offer (Undo) stays as long as the server allows it: a deleted entry comes back for 10 minutes
    timer = setTimeout(dismiss, action ? UNDO_MS : 6000);
    return item;
  };
  /** Lets the page scroll clear of the toasts, so they never hide its last buttons. */
  function makeRoom() {
    var box = W.$('toasts');
    document.body.style.paddingBottom = box.childElementCount ? (box.offsetHeight + 16) + 'px' : '';
  }

  // ---------- start ----------
  function initNav() {
    var out = W.$('sign-out');
    if (out) {
      out.addEventListener('click', function () {
        W.api('POST', '/api/auth/logout').catch(function () {}).then(function () { window.location.assign('/sign-in'); });
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    initNav();
    var init = W.pages[document.body.getAttribute('data-page')];
    if (init) { init(); }
  });
}());
