/* The settings page: account and alert channels, the wantlist import and the export links. */
(function () {
  'use strict';
  var W = window.WaxAlert, $ = W.$;

  /** The confirmed address as loaded: the e-mail field is sent only when it was changed from it. */
  var confirmedEmail = null;

  /** The settings form's fields; a field the page does not have (yet) is simply not sent. */
  function readSettings(form) {
    var mode = form.querySelector('input[name=notify_mode]:checked');
    var body = {
      currency: form.elements.currency.value,
      webhook_url: form.elements.webhook_url.value.trim() || null,
      blocked_sellers: form.elements.blocked_sellers.value.split(/[\n,]/).map(function (s) { return s.trim(); }).filter(function (s) { return s; })
    };
    var email = form.elements.email.value.trim() || null;
    if (email !== confirmedEmail) { body.email = email; }
    if (mode) { body.notify_mode = mode.value; }
    if (form.elements.country) { body.country = form.elements.country.value.trim() || null; }
    if (form.elements.telegram_chat_id) { body.telegram_chat_id = form.elements.telegram_chat_id.value.trim() || null; }
    return body;
  }

  /** The confirmed address in the field, and the one waiting for its link (if any) below it. */
  function showEmail(form, me) {
    confirmedEmail = me.email || null;
    form.elements.email.value = me.email || '';
    $('s-email-pending-address').textContent = me.email_pending || '';
    $('s-email-pending').hidden = !me.email_pending;
  }

  function initSettings() {
    var form = $('settings-form');
    var status = $('settings-status');
    W.CURRENCIES.forEach(function (c) { form.elements.currency.appendChild(W.h('option', { value: c, text: c })); });
    $('s-email-cancel').addEventListener('click', function () {
      W.api('PUT', '/api/me', { email: confirmedEmail }).then(function (me) {
        showEmail(form, me);
        W.toast('The address stays ' + (me.email || 'unset') + '.');
      }).catch(function (e) { W.formError(form, e.message); });
    });
    W.api('GET', '/api/me').then(function (me) {
      showEmail(form, me);
      form.elements.currency.value = me.currency;
      if (form.elements.country) { form.elements.country.value = me.country || ''; }
      ($('s-notify-' + me.notify_mode) || $('s-notify-instant')).checked = true;
      form.elements.webhook_url.value = me.webhook_url || '';
      form.elements.blocked_sellers.value = (me.blocked_sellers || []).join('\n');
      if (form.elements.telegram_chat_id) { form.elements.telegram_chat_id.value = me.telegram_chat_id || ''; }
    }).catch(function (e) { W.formError(form, e.message); });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      status.className = 'status-line busy';
      status.textContent = 'Saving…';
      var asked = readSettings(form);
      W.api('PUT', '/api/me', asked).then(function (me) {
        showEmail(form, me);
        var mailed = asked.email && me.email_pending === asked.email;
        var saved = mailed ? 'Settings saved. We mailed a confirmation link to ' + asked.email + '.' : 'Settings saved.';
        status.className = 'status-line done';
        status.textContent = saved;
        W.toast(saved);
      }).catch(function (e) {
        status.className = 'status-line';
        status.textContent = '';
        W.fieldError(form, 's-', e.field === 'notify_mode' ? 'notify-instant' : e.field, e.message);
      });
    });
    initImport();
  }

  /** The import asks first: paused (the default), or watched at once with a maximum price and/or condition. */
  function initImport() {
    var form = $('import-form');
    var imp = $('import');
    var impStatus = $('import-status');
    var els = form.elements;
    W.CURRENCIES.forEach(function (c) { els.max_price_currency.appendChild(W.h('option', { value: c, text: c })); });
    W.GRADES.forEach(function (g) { els.min_condition.appendChild(W.h('option', { value: g[0], text: g[1] })); });
    W.api('GET', '/api/me').then(function (me) { els.max_price_currency.value = me.currency; }).catch(function () { /* shown by the form above */ });
    function watching() { return form.querySelector('input[name=import_mode]:checked').value === 'criteria'; }
    function sync() {
      ['max_price', 'max_price_currency', 'min_condition'].forEach(function (k) { els[k].disabled = !watching(); });
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name=import_mode]'), function (r) { r.addEventListener('change', sync); });
    sync();
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var body = { paused: true };
      if (watching()) {
        body = { paused: false };
        var price = W.price(els.max_price.value.trim());
        if (price) { body.max_price = price; body.max_price_currency = els.max_price_currency.value; }
        if (els.min_condition.value) { body.min_condition = els.min_condition.value; }
        if (!price && !els.min_condition.value) {
          W.fieldError(form, 'i-', 'max_price', 'Set a maximum price or a condition, or import them paused: without either, every offer would alert.');
          return;
        }
      }
      imp.disabled = true;
      impStatus.className = 'status-line busy';
      impStatus.textContent = 'Importing your Discogs wantlist…';
      W.api('POST', '/api/wanted-list/import', body).then(function (r) {
        impStatus.className = 'status-line done';
        impStatus.textContent = 'Imported ' + r.imported + ', skipped ' + r.skipped + ' already on your list. '
          + (r.imported === 0 ? '' : r.paused ? 'They are paused: set their criteria on the wanted list and resume them.'
            : 'They are checked from now on with the criteria above.');
      }).catch(function (e) {
        impStatus.className = 'status-line error';
        impStatus.textContent = '';
        if (e.field) { W.fieldError(form, 'i-', e.field, e.message); } else { impStatus.textContent = 'The import failed: ' + e.message; }
      }).then(function () { imp.disabled = false; });
    });
  }

  W.pages.settings = initSettings;
}());
