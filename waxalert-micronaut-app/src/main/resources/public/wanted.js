/* The wanted-list page: the list with its tools, the row actions with confirmations and undo,
   adding, and "Check now". A big list shows its first screen from one page of the API (FIRST_PAGE
   entries in the order the screen needs) while the whole list loads behind it; the first rows are
   marked with performance.mark('wanted-first-rows'), the whole list with 'wanted-all-rows'. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;

  var DEFAULTS = { q: '', status: '', active: '', sort: 'added-desc', page: 1, size: 50 };
  /** Entries of the first request: two screens of the largest page size. */
  var FIRST_PAGE = 200;

  /** The list's state, kept in the address (so reload and back keep it). */
  function readState() {
    var p = new URLSearchParams(window.location.search);
    var s = {};
    Object.keys(DEFAULTS).forEach(function (k) { s[k] = p.has(k) ? p.get(k) : DEFAULTS[k]; });
    s.page = Math.max(1, parseInt(s.page, 10) || 1);
    s.size = [25, 50, 100].indexOf(parseInt(s.size, 10)) >= 0 ? parseInt(s.size, 10) : 50;
    if (W.SORTS.indexOf(s.sort) < 0) { s.sort = DEFAULTS.sort; }
    return s;
  }
  function writeState(s) {
    var p = new URLSearchParams();
    Object.keys(DEFAULTS).forEach(function (k) { if (String(s[k]) !== String(DEFAULTS[k])) { p.set(k, s[k]); } });
    var query = p.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  function initWanted() {
    var list = W.list = {
      me: null, entries: [], prepared: [], state: readState(), selection: new Set(), marked: false,
      status: $('check-status')
    };
    var account = W.api('GET', '/api/me').then(function (m) { list.me = m; return m; }).catch(function () { return null; });

    list.setEntries = function (entries) {
      list.entries = entries;
      list.prepared = W.prepare(entries);
      var ids = new Set(entries.map(function (e) { return e.id; }));
      list.selection.forEach(function (id) { if (!ids.has(id)) { list.selection.delete(id); } });
    };
    /** While the rest loads, what changes here (an entry, or null when removed) outlives the answer. */
    function edited(entry, id) { if (list.partial) { list.partial.edits.set(id, entry); } }
    list.replace = function (entry) {
      edited(entry, entry.id);
      list.setEntries(list.entries.map(function (e) { return e.id === entry.id ? entry : e; }));
    };
    list.remove = function (ids) {
      var gone = new Set(ids);
      ids.forEach(function (id) { edited(null, id); });
      list.setEntries(list.entries.filter(function (e) { return !gone.has(e.id); }));
    };
    list.add = function (entries) {
      entries.forEach(function (e) { edited(e, e.id); });
      list.setEntries(list.entries.concat(entries));
    };
    list.load = function () {
      return W.api('GET', '/api/wanted-list').then(function (data) {
        list.setEntries(data.entries || []);
        showFreshness(data.checked_every_seconds);
        list.render();
      })
        .catch(function (e) { W.show($('list-error'), e.message); });
    };
    /**
     * The first screen at once: one page in the order the list is sorted by (newest first unless
     * sorted oldest first), shown; then, when there is more, the whole list behind it.
     */
    list.loadFirst = function () {
      var order = list.state.sort === 'added-asc' ? 'oldest' : 'newest';
      return W.api('GET', '/api/wanted-list?limit=' + FIRST_PAGE + '&order=' + order).then(function (data) {
        var entries = data.entries || [];
        showFreshness(data.checked_every_seconds);
        if (typeof data.total === 'number' && data.total > entries.length) {
          list.partial = { total: data.total, sort: order === 'oldest' ? 'added-asc' : 'added-desc', edits: new Map() };
        }
        list.setEntries(entries);
        list.render();
        return list.partial ? W.api('GET', '/api/wanted-list').then(loadedAll) : markAll();
      }).catch(function (e) { W.show($('list-error'), e.message); }); // the count still says how many there are
    };
    function loadedAll(data) {
      var edits = list.partial.edits;
      var entries = (data.entries || []).filter(function (e) { return !edits.has(e.id) || edits.get(e.id); })
        .map(function (e) { return edits.get(e.id) || e; });
      var seen = new Set(entries.map(function (e) { return e.id; }));
      edits.forEach(function (e, id) { if (e && !seen.has(id)) { entries.push(e); } });
      list.partial = null;
      list.setEntries(entries);
      list.render();
      markAll();
    }
    function markAll() {
      if (window.performance && performance.mark) { performance.mark('wanted-all-rows'); }
    }
    list.setStatus = function (text, kind) {
      list.status.className = 'status-line ' + (kind || '');
      list.status.textContent = text;
    };
    /** Shows the list; the {@code selector} button of entry {@code focusId} gets the focus back. */
    list.render = function (focusId, selector) {
      var box = W.clear($('wanted'));
      box.setAttribute('aria-busy', 'false');
      var any = list.entries.length > 0;
      $('list-tools').hidden = !any;
      if (!any) {
        $('pager').hidden = true;
        W.show($('list-count'), '');
        box.appendChild(h('div', { class: 'empty' },
          h('p', { text: 'Your wanted list is empty.' }),
          h('p', { class: 'muted', text: 'Add a release with “Add release”, or import your Discogs wantlist under Settings.' })));
        W.renderBulk();
        return;
      }
      var v = view();
      list.state.page = v.page;
      list.matching = v.matching;
      if (!list.partial) { writeState(list.state); } // a page beyond those loaded stays in the address
      if (v.rows.length) {
        box.appendChild(W.entryTable(v.rows, list.selection, handlers));
      } else {
        box.appendChild(h('p', { class: 'empty muted', text: list.partial ? 'Loading the rest of your wanted list…'
          : 'No entry matches your search and filters.' }));
      }
      W.show($('list-count'), countText(v));
      $('pager').hidden = v.pages <= 1;
      $('page-info').textContent = 'Page ' + v.page + ' of ' + v.pages;
      $('page-prev').disabled = v.page <= 1;
      $('page-next').disabled = v.page >= v.pages;
      W.renderBulk();
      if (!list.marked && v.rows.length && window.performance && performance.mark) {
        list.marked = true;
        performance.mark('wanted-first-rows');
      }
      if (focusId) { focusRow(focusId, selector); }
    };

    /**
     * The view of the entries: while the rest loads, the page loaded stands for the whole list when
     * the list is shown unfiltered in the order it was asked in (its pages are the list's first pages).
     */
    function view() {
      var v = W.view(list.prepared, list.partial ? Object.assign({}, list.state, { page: 1 }) : list.state);
      var p = list.partial;
      v.exact = !p || (!list.state.q.trim() && !list.state.status && !list.state.active && list.state.sort === p.sort);
      if (p) {
        v.pages = v.exact ? Math.max(1, Math.ceil(p.total / list.state.size)) : v.pages;
        v.page = Math.min(Math.max(1, list.state.page), v.pages);
        v.rows = v.matching.slice((v.page - 1) * list.state.size, v.page * list.state.size);
      }
      return v;
    }

    function countText(v) {
      var p = list.partial;
      var all = p ? p.total : list.entries.length;
      var first = (v.page - 1) * list.state.size;
      var range = 'Showing ' + (first + 1).toLocaleString() + '–' + (first + v.rows.length).toLocaleString() + ' of ';
      if (p && !v.exact) {
        var among = ' among the first ' + list.entries.length.toLocaleString() + ' of ' + all.toLocaleString()
          + ' entries; loading the rest…';
        return v.rows.length ? range + W.count(v.matching.length, 'entry', 'entries') + ' matching' + among
          : 'None matches' + among;
      }
      if (p) {
        return v.rows.length ? range + W.count(all, 'entry', 'entries') : W.count(all, 'entry', 'entries') + '; loading the rest…';
      }
      if (!v.rows.length) { return W.count(all, 'entry', 'entries') + ' in all; none matches.'; }
      return range + W.count(v.matching.length, 'entry', 'entries')
        + (v.matching.length !== all ? ' matching (' + all.toLocaleString() + ' in all)' : '');
    }

    function focusRow(id, selector) {
      var row = document.querySelector('#wanted-table tr[data-entry-id="' + id + '"]');
      var target = row && row.querySelector(selector);
      (target || $('add-open')).focus();
    }

    var handlers = {
      edit: function (e) {
        W.openEdit(e, function (updated, unkept) {
          list.replace(updated);
          list.render(updated.id, 'button.edit');
          W.toast('Saved the criteria of ' + W.entryName(updated) + '.' + W.rejudged(updated));
          if (unkept.length) { W.toast(W.unkeptWarning(unkept), 'warn'); }
        });
      },
      toggle: function (e) {
        W.api('POST', '/api/wanted-list/' + encodeURIComponent(e.id) + '/toggle').then(function (updated) {
          list.replace(updated);
          list.render(updated.id, 'button.toggle');
          W.toast((updated.is_active ? 'Resumed ' : 'Paused ') + W.entryName(updated) + '.');
        }).catch(function (err) { W.toast(err.message, 'error'); });
      },
      remove: function (e) {
        var name = W.entryName(e);
        W.confirmDialog('Delete from your wanted list?', name + ' is no longer checked. You can undo this for 10 minutes; then its alert history is removed too.', 'Delete').then(function (ok) {
          if (!ok) { return; }
          W.api('DELETE', '/api/wanted-list/' + encodeURIComponent(e.id)).then(function () {
            list.remove([e.id]);
            list.render();
            $('add-open').focus();
            W.toast('Deleted ' + name + '.', 'ok', { id: 'undo', label: 'Undo', run: function () { W.restore([e]); } });
          }).catch(function (err) { W.toast(err.message, 'error'); });
        });
      },
      select: function (e, on) {
        if (on) { list.selection.add(e.id); } else { list.selection.delete(e.id); }
        W.renderBulk();
        var all = $('select-page');
        if (all) { all.checked = Array.prototype.every.call(document.querySelectorAll('#wanted-table .select-entry'), function (b) { return b.checked; }); }
      },
      selectAll: function (entries, on) {
        entries.forEach(function (e) { if (on) { list.selection.add(e.id); } else { list.selection.delete(e.id); } });
        list.render();
        $('select-page').focus();
      }
    };

    /** Brings deleted entries back (within the server's 10 minutes) with their criteria and alert history. */
    W.restore = function (entries) {
      list.setStatus('Putting ' + W.count(entries.length, 'entry', 'entries') + ' back…', 'busy');
      W.bulk('restore', entries).then(function (r) {
        var back = r.ok.map(function (o) { return o.entry; });
        list.add(back);
        list.render();
        list.setStatus('');
        if (back.length) {
          W.toast((back.length === 1 ? W.entryName(back[0]) + ' is' : W.count(back.length, 'entry is', 'entries are'))
            + ' back on your wanted list, with its criteria and alert history.');
        }
        if (r.failed.length) {
          W.toast(W.count(r.failed.length, 'entry', 'entries') + ' could not be put back: an entry can be brought back for 10 minutes after it was deleted.', 'error');
        }
      }).catch(function (e) { list.setStatus(''); W.toast(e.message, 'error'); });
    };

    // the tools: search, filters, sort, paging
    var tools = $('list-tools');
    tools.elements.q.value = list.state.q;
    tools.elements.status.value = list.state.status;
    tools.elements.active.value = list.state.active;
    tools.elements.sort.value = list.state.sort;
    $('page-size').value = String(list.state.size);
    var typing = null;
    tools.addEventListener('submit', function (ev) { ev.preventDefault(); });
    tools.elements.q.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { list.state.q = tools.elements.q.value; list.state.page = 1; list.render(); }, 150);
    });
    ['status', 'active', 'sort'].forEach(function (k) {
      tools.elements[k].addEventListener('change', function () { list.state[k] = tools.elements[k].value; list.state.page = 1; list.render(); });
    });
    // a new page is read from its top: the count above the list comes into view, the focus stays on the pager
    function turn(by, button, other) {
      list.state.page += by;
      list.render();
      (button.disabled ? other : button).focus({ preventScroll: true });
      $('list-count').scrollIntoView({ block: 'start' });
    }
    $('page-prev').addEventListener('click', function () { turn(-1, $('page-prev'), $('page-next')); });
    $('page-next').addEventListener('click', function () { turn(1, $('page-next'), $('page-prev')); });
    $('page-size').addEventListener('change', function () { list.state.size = parseInt($('page-size').value, 10); list.state.page = 1; list.render(); });

    W.initBulk(list);
    list.loadFirst();

    $('add-open').addEventListener('click', function () {
      account.then(function (m) {
        W.openAdd(m, function (entry, unkept) {
          list.add([entry]);
          list.render(entry.id, 'button.edit');
          W.toast('Added ' + W.entryName(entry) + ' to your wanted list. Its first check is pending.');
          if (unkept.length) { W.toast(W.unkeptWarning(unkept), 'warn'); }
        });
      });
    });
    initCheckNow(list);
    refreshFirstChecks(list);
  }

  // How often entries are really checked at the current load (the budget planner's estimate).
  function showFreshness(seconds) {
    var line = $('check-freshness');
    if (!line) { return; }
    line.hidden = !seconds;
    if (!seconds) { return; }
    var minutes = Math.round(seconds / 60);
    var every = minutes < 1 ? 'minute' : minutes < 90 ? W.count(minutes, 'minute', 'minutes')
      : W.count(Math.round(minutes / 60), 'hour', 'hours');
    line.textContent = 'At the current load your entries are checked about every ' + every + '.';
  }

  /**
   * Check-all with progress: {@code ?wait=false} starts it and answers at once with its progress,
   * polled until done ({@code onProgress} each time); a service that answers only when done gives
   * the result straight away.
   */
  function runCheckAll(onProgress) {
    return W.api('POST', '/api/wanted-list/check-all?wait=false').then(function poll(r) {
      if (!r || r.state !== 'running') { return r; }
      if (typeof r.total === 'number') { onProgress(r); }
      return new Promise(function (resolve) { setTimeout(resolve, 1000); }).then(function () {
        return W.api('GET', '/api/wanted-list/checks/' + encodeURIComponent(r.id));
      }).then(poll);
    });
  }

  /**
   * An entry added here says "First check pending" until its first check: once that is due the list
   * is read again (at most every 30 s, 20 times a visit), unless the page is hidden, a dialog is
   * open, the rest is still loading or the keyboard is in the list.
   */
  function refreshFirstChecks(list) {
    var left = 20;
    var timer = setInterval(function () {
      var focus = document.activeElement;
      if (document.hidden || list.partial || document.querySelector('dialog[open]')
        || (focus && focus !== document.body && $('wanted').contains(focus))) { return; }
      var now = Date.now();
      var due = list.entries.some(function (e) {
        return e.is_active && !e.last_checked && e.next_check_at && Date.parse(e.next_check_at) < now;
      });
      if (due) {
        list.load();
        if (--left === 0) { clearInterval(timer); }
      }
    }, 30000);
  }

  function initCheckNow(list) {
    var check = $('check-now');
    check.addEventListener('click', function () {
      check.disabled = true;
      check.setAttribute('aria-busy', 'true');
      check.textContent = 'Checking…';
      list.setStatus('Checking your wanted list on Discogs…', 'busy');
      runCheckAll(function (r) {
        list.setStatus('Checking your wanted list on Discogs… ' + r.done.toLocaleString() + ' of '
          + r.total.toLocaleString() + ' checked, ' + r.matched + ' matched so far', 'busy');
      }).then(function (r) {
        var counts = W.count(r.checked, 'checked', 'checked') + ', ' + r.matched + ' matched, '
          + W.count(r.notified, 'new alert', 'new alerts') + ', ' + r.failed + ' failed';
        if (r.checked > 0 && r.failed === r.checked) {
          list.setStatus('The check failed: Discogs could not be read for any of your releases (' + counts
            + '). This does not mean nothing is for sale; try again later.', 'error');
        } else if (r.failed > 0) {
          list.setStatus('Check finished with failures: ' + counts + '. The failed ones are tried again at the next check.', 'warn');
        } else {
          list.setStatus('Check finished: ' + counts + '.', 'done');
        }
        return list.load();
      }).catch(function (e) {
        list.setStatus('The check could not be run: ' + e.message, 'error');
      }).then(function () {
        check.disabled = false;
        check.removeAttribute('aria-busy');
        check.textContent = 'Check now';
      });
    });
  }

  W.pages.wanted = initWanted;
}());
