/* Bulk actions on the selected wanted-list entries: pause, resume, change common criteria and
   delete (confirmed, with undo). One POST /api/wanted-list/bulk per 500 entries, a result per entry. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;
  var list = null;
  var CHUNK = 500;

  function selected() {
    return list.entries.filter(function (e) { return list.selection.has(e.id); });
  }

  W.renderBulk = function () {
    var n = list.selection.size;
    $('bulk').hidden = n === 0;
    if (!n) { return; }
    $('bulk-count').textContent = W.count(n, 'entry', 'entries') + ' selected';
    var matching = list.matching ? list.matching.length : 0;
    var all = $('bulk-select-all');
    // not while the rest of a big list loads: "all matching" would mean those loaded so far
    all.hidden = !!list.partial || !matching || list.matching.every(function (p) { return list.selection.has(p.entry.id); });
    all.textContent = 'Select all ' + W.count(matching, 'matching entry', 'matching entries');
  };

  /**
   * POST /api/wanted-list/bulk for {@code entries}, in chunks of the route's 500 ids, with progress;
   * resolves to {ok: [outcome with its entry], failed: [outcome]}. A refused request (400, nothing
   * changed) rejects with the API's error, so that a form can show it at its field.
   */
  W.bulk = function (action, entries, criteria) {
    var ids = entries.map(function (e) { return e.id; });
    var chunks = [];
    for (var i = 0; i < ids.length; i += CHUNK) { chunks.push(ids.slice(i, i + CHUNK)); }
    var ok = [], failed = [];
    var body = function (chunk) { var b = { action: action, ids: chunk }; if (criteria) { b.criteria = criteria; } return b; };
    return chunks.reduce(function (previous, chunk) {
      return previous.then(function () {
        return W.api('POST', '/api/wanted-list/bulk', body(chunk)).then(function (r) {
          r.results.forEach(function (o) { (o.status === 'ok' ? ok : failed).push(o); });
          if (list && chunks.length > 1) {
            list.setStatus('Working: ' + (ok.length + failed.length).toLocaleString() + ' of ' + ids.length.toLocaleString() + ' done…', 'busy');
          }
        });
      });
    }, Promise.resolve()).then(function () { return { ok: ok, failed: failed }; });
  };

  /** Runs one bulk action on {@code entries} with the buttons disabled, then reports and re-renders. */
  function run(entries, verb, action, criteria, after) {
    if (!entries.length) { W.toast('Nothing to ' + verb + ': none of the selected entries needs it.', 'warn'); return Promise.resolve(); }
    var buttons = document.querySelectorAll('#bulk button');
    function enable(on) { Array.prototype.forEach.call(buttons, function (b) { b.disabled = !on; }); }
    enable(false);
    list.setStatus('Working on ' + W.count(entries.length, 'entry', 'entries') + '…', 'busy');
    return W.bulk(action, entries, criteria).then(function (r) {
      after(r.ok);
      list.render();
      list.setStatus('');
      if (r.failed.length) {
        var gone = r.failed.filter(function (o) { return o.status === 'not_found'; }).length;
        W.toast(W.count(r.failed.length, 'entry', 'entries') + ' could not be changed'
          + (gone === r.failed.length ? ': they are no longer on your wanted list (deleted in another window?).'
            : ': ' + (r.failed[0].message || 'WaxAlert could not change it.')), 'error');
      }
      return r.ok;
    }).catch(function (e) {
      list.setStatus('');
      throw e;
    }).then(function (ok) { enable(true); return ok; }, function (e) { enable(true); throw e; });
  }

  function setActive(active) {
    var todo = selected().filter(function (e) { return e.is_active !== active; });
    run(todo, active ? 'resume' : 'pause', active ? 'resume' : 'pause', null, function (ok) {
      ok.forEach(function (o) { list.replace(o.entry); });
      if (ok.length) { W.toast((active ? 'Resumed ' : 'Paused ') + W.count(ok.length, 'entry', 'entries') + '.'); }
    }).catch(function (e) { W.toast(e.message, 'error'); });
  }

  function remove() {
    var todo = selected();
    W.confirmDialog('Delete ' + W.count(todo.length, 'entry', 'entries') + '?',
      'They leave your wanted list and are no longer checked. You can undo this for 10 minutes; then their alert history is removed too.', 'Delete').then(function (yes) {
      if (!yes) { return; }
      run(todo, 'delete', 'delete', null, function (ok) {
        var gone = ok.map(function (o) { return o.id; });
        list.remove(gone);
        if (gone.length) {
          W.toast('Deleted ' + W.count(gone.length, 'entry', 'entries') + '.', 'ok', { id: 'undo', label: 'Undo', run: function () {
            W.restore(gone.map(function (id) { return { id: id }; }));
          } });
        }
      }).catch(function (e) { W.toast(e.message, 'error'); });
    });
  }

  /** A dialog for the criteria most often shared: the maximum price and the minimum media condition. */
  function edit() {
    var todo = selected();
    var condition = W.select('min_condition', [['', 'Leave as it is'], ['*', 'Any condition']].concat(W.GRADES), '');
    var form = h('form', { id: 'bulk-form', novalidate: true },
      h('div', { class: 'dialog-body' },
        h('p', { class: 'form-error', role: 'alert', hidden: true }),
        h('p', { text: 'The changes apply to ' + W.count(todo.length, 'selected entry', 'selected entries') + '; other criteria stay as they are.' }),
        h('div', { class: 'grid' },
          W.field('b-max_price', 'New maximum price', W.priceInput('max_price', null), 'Empty: leave each maximum as it is.'),
          W.field('b-max_price_currency', 'Currency', W.select('max_price_currency', W.CURRENCIES.map(function (c) { return [c, c]; }), (list.me && list.me.currency) || 'EUR')),
          W.field('b-min_condition', 'Minimum media condition', condition)),
        h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'clear_price', id: 'b-clear_price' }), ' Remove the maximum price instead')),
      h('div', { class: 'buttons sticky' },
        h('button', { type: 'button', id: 'bulk-cancel', text: 'Cancel', onclick: function () { dialog.close(); } }),
        h('button', { type: 'submit', id: 'bulk-save', class: 'primary', text: 'Change ' + W.count(todo.length, 'entry', 'entries') })));
    var dialog = h('dialog', { class: 'dialog', id: 'bulk-dialog', 'aria-labelledby': 'bulk-title' },
      h('h2', { id: 'bulk-title', text: 'Change criteria' }), form);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var body = {};
      var price = W.price(form.elements.max_price.value.trim());
      if (form.elements.clear_price.checked) { body.max_price = null; }
      else if (price) { body.max_price = price; body.max_price_currency = form.elements.max_price_currency.value; }
      if (condition.value === '*') { body.min_condition = null; } else if (condition.value) { body.min_condition = condition.value; }
      if (!Object.keys(body).length) { W.formError(form, 'Choose a new maximum price or a condition first.'); return; }
      // the API checks the criteria before changing anything: a refused value is shown at its field
      run(todo, 'change', 'update', body, function (ok) {
        ok.forEach(function (o) { list.replace(o.entry); });
        if (ok.length) { W.toast('Changed the criteria of ' + W.count(ok.length, 'entry', 'entries') + '. Each was judged again against its last check.'); }
      }).then(function () { dialog.close(); })
        .catch(function (e) { W.fieldError(form, 'b-', e.field, e.message); });
    });
    W.openDialog(dialog);
  }

  W.initBulk = function (theList) {
    list = theList;
    $('bulk-pause').addEventListener('click', function () { setActive(false); });
    $('bulk-resume').addEventListener('click', function () { setActive(true); });
    $('bulk-delete').addEventListener('click', remove);
    $('bulk-edit').addEventListener('click', edit);
    $('bulk-clear').addEventListener('click', function () { list.selection.clear(); list.render(); $('add-open').focus(); });
    $('bulk-select-all').addEventListener('click', function () {
      (list.matching || []).forEach(function (p) { list.selection.add(p.entry.id); });
      list.render();
      $('bulk-count').focus();
    });
  };
}());
