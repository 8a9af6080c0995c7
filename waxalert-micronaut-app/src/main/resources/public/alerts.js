/* The alerts page: every alert, filtered by release, type and date, and what is new since the
   visitor's last visit (remembered in this browser's localStorage). */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;
  var STEP = 100;

  function seenKey() { return 'waxalert.alerts.seen.' + (($('username') || {}).textContent || ''); }
  function readSeen() { try { return localStorage.getItem(seenKey()); } catch (e) { return null; } }
  function writeSeen(iso) { try { localStorage.setItem(seenKey(), iso); } catch (e) { /* private mode */ } }

  /** Local midnight of an <input type=date> value, plus {@code days}. */
  function dayStart(value, days) {
    var p = value.split('-').map(Number);
    return new Date(p[0], p[1] - 1, p[2] + (days || 0)).getTime();
  }

  function initAlerts() {
    var form = $('alerts-filter');
    var shown = STEP;
    var all = [];
    var seen = readSeen();
    var seenAt = seen ? Date.parse(seen) : null;
    function isNew(n) { return seenAt !== null && Date.parse(n.created_at) > seenAt; }

    function matching() {
      var f = form.elements;
      var from = f.from.value ? dayStart(f.from.value) : null;
      var to = f.to.value ? dayStart(f.to.value, 1) : null;
      return all.filter(function (n) {
        var t = Date.parse(n.created_at);
        return (!f.entry.value || n.wanted_list_entry_id === f.entry.value)
          && (!f.type.value || n.notification_type === f.type.value)
          && (from === null || t >= from) && (to === null || t < to)
          && (!f['new'].checked || isNew(n));
      });
    }
    function render() {
      var list = matching();
      var box = W.clear($('alerts'));
      box.setAttribute('aria-busy', 'false');
      box.appendChild(W.alertsTable(list.slice(0, shown), true, isNew));
      W.show($('alerts-count'), all.length ? 'Showing ' + Math.min(shown, list.length).toLocaleString() + ' of '
        + W.count(list.length, 'alert', 'alerts') + (list.length !== all.length ? ' matching (' + all.length.toLocaleString() + ' in all)' : '') : '');
      $('alerts-more').hidden = list.length <= shown;
    }
    function entryOptions() {
      var titles = {};
      all.forEach(function (n) { titles[n.wanted_list_entry_id] = n.title; });
      Object.keys(titles).sort(function (a, b) { return titles[a].localeCompare(titles[b]); }).forEach(function (id) {
        form.elements.entry.appendChild(h('option', { value: id, text: titles[id] }));
      });
    }
    function summary() {
      var fresh = all.filter(isNew).length;
      var line = $('alerts-new');
      if (!all.length) { line.textContent = ''; return; }
      if (seenAt === null) {
        line.textContent = 'This is your first visit to the alerts page here; later visits show what is new since this one.';
      } else {
        line.textContent = (fresh ? W.count(fresh, 'new alert', 'new alerts') : 'No new alerts') + ' since your last visit (' + W.when(seen) + ').';
        line.className = 'status-line' + (fresh ? ' done' : '');
      }
    }

    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    form.addEventListener('change', function () { shown = STEP; render(); });
    $('alerts-more').addEventListener('click', function () { shown += STEP; render(); });

    W.api('GET', '/api/notifications').then(function (data) {
      all = data.notifications || [];
      form.hidden = all.length === 0;
      if (!all.length) {
        // nothing to see yet: what arrives from now on is new at the next visit
        if (seenAt === null) { writeSeen(new Date().toISOString()); }
        var box = W.clear($('alerts'));
        box.setAttribute('aria-busy', 'false');
        box.appendChild(h('p', { class: 'muted empty', text: 'No alerts yet. They appear here when an offer meets your criteria.' }));
        return;
      }
      entryOptions();
      summary();
      render();
      var newest = all.reduce(function (max, n) { return Date.parse(n.created_at) > Date.parse(max) ? n.created_at : max; }, all[0].created_at);
      if (seenAt === null || Date.parse(newest) > seenAt) { writeSeen(newest); }
    }).catch(function (e) { W.show($('alerts-error'), e.message); W.clear($('alerts')); });
  }

  W.pages.alerts = initAlerts;
}());
