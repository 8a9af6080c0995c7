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
    var imp = $('import');
    var impStatus = $('import-status');
    imp.addEventListener('click', function () {
      imp.disabled = true;
      impStatus.className = 'status-line busy';
      impStatus.textContent = 'Importing your Discogs wantlist…';
      W.api('POST', '/api/wanted-list/import').then(function (r) {
        impStatus.className = 'status-line done';
        impStatus.textContent = 'Imported ' + r.imported + ', skipped ' + r.skipped + ' already on your list.';
      }).catch(function (e) {
        impStatus.className = 'status-line error';
        impStatus.textContent = 'The import failed: ' + e.message;
      }).then(function () { imp.disabled = false; });
    });
  }

  W.pages.settings = initSettings;
}());
