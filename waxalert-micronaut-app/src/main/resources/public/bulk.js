/* Bulk actions on the selected wanted-list entries: pause, resume, change common criteria and
   delete (confirmed, with undo). They use the one-entry routes, four requests at a time. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;
  var list = null;

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
    all.hidden = !matching || list.matching.every(function (p) { return list.selection.has(p.entry.id); });
    all.textContent = 'Select all ' + W.count(matching, 'matching entry', 'matching entries');
  };

  /** Runs {@code request(entry)} for every entry, with progress, then reports and re-renders. */
  function run(entries, verb, request, after) {
    if (!entries.length) { W.toast('Nothing to ' + verb + ': none of the selected entries needs it.', 'warn'); return Promise.resolve(); }
    var buttons = document.querySelectorAll('#bulk button');
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    list.setStatus('Working on ' + W.count(entries.length, 'entry', 'entries') + '…', 'busy');
    return W.eachLimited(entries, 4, request, function (done, total) {
      list.setStatus('Working: ' + done.toLocaleString() + ' of ' + total.toLocaleString() + ' done…', 'busy');
    }).then(function (results) {
      var ok = [], failed = [];
      results.forEach(function (r, i) { (r.ok ? ok : failed).push({ entry: entries[i], value: r.value, error: r.error }); });
      after(ok);
      list.render();
      list.setStatus('');
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
      if (failed.length) {
        W.toast(W.count(failed.length, 'entry', 'entries') + ' could not be changed: ' + failed[0].error.message, 'error');
      }
      return ok;
    });
  }

  function setActive(active) {
    var todo = selected().filter(function (e) { return e.is_active !== active; });
    run(todo, active ? 'resume' : 'pause', function (e) {
      return W.api('PUT', '/api/wanted-list/' + encodeURIComponent(e.id), { is_active: active });
    }, function (ok) {
      ok.forEach(function (r) { list.replace(r.value); });
      if (ok.length) { W.toast((active ? 'Resumed ' : 'Paused ') + W.count(ok.length, 'entry', 'entries') + '.'); }
    });
  }

  function remove() {
    var todo = selected();
    W.confirmDialog('Delete ' + W.count(todo.length, 'entry', 'entries') + '?',
      'They are removed from your wanted list with their alert history.', 'Delete').then(function (yes) {
      if (!yes) { return; }
      run(todo, 'delete', function (e) { return W.api('DELETE', '/api/wanted-list/' + encodeURIComponent(e.id)); }, function (ok) {
        var gone = ok.map(function (r) { return r.entry; });
        list.remove(gone.map(function (e) { return e.id; }));
        if (gone.length) {
          W.toast('Deleted ' + W.count(gone.length, 'entry', 'entries') + '.', 'ok', { id: 'undo', label: 'Undo', run: function () { W.restore(gone); } });
        }
      });
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
          W.field('b-max_price', 'New maximum price', h('input', { name: 'max_price', type: 'number', min: '0', step: '0.01', inputmode: 'decimal' }), 'Empty: leave each maximum as it is.'),
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
      var price = form.elements.max_price.value.trim();
      if (form.elements.clear_price.checked) { body.max_price = null; }
      else if (price) { body.max_price = price; body.max_price_currency = form.elements.max_price_currency.value; }
      if (condition.value === '*') { body.min_condition = null; } else if (condition.value) { body.min_condition = condition.value; }
      if (!Object.keys(body).length) { W.formError(form, 'Choose a new maximum price or a condition first.'); return; }
      // one request first, so that a value the API refuses is shown at its field before touching the rest
      W.api('PUT', '/api/wanted-list/' + encodeURIComponent(todo[0].id), body).then(function (first) {
        dialog.close();
        list.replace(first);
        var rest = todo.slice(1);
        if (!rest.length) { list.render(); W.toast('Changed the criteria of ' + W.entryName(first) + '.'); return; }
        run(rest, 'change', function (e) {
          return W.api('PUT', '/api/wanted-list/' + encodeURIComponent(e.id), body);
        }, function (ok) {
          ok.forEach(function (r) { list.replace(r.value); });
          W.toast('Changed the criteria of ' + W.count(ok.length + 1, 'entry', 'entries') + '.');
        });
      }).catch(function (e) { W.fieldError(form, 'b-', e.field, e.message); });
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
