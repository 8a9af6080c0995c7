/* An entry's page: the release and its state, its actions, the price chart and its alerts. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;

  function priceLine(e) {
    if (e.last_checked) {
      return 'Lowest price: ' + (e.lowest_price ? W.money(e.lowest_price, e.currency) + ' (' + (e.num_for_sale || 0) + ' for sale)' : 'none for sale')
        + ' · last checked ' + W.checkedWhen(e);
    }
    var seen = W.lookupOf(e.id);
    return (seen ? 'When added: ' + W.marketText(seen) + ' · ' : '') + (e.is_active ? 'First check pending' : 'Paused before its first check');
  }

  function initEntry() {
    var id = decodeURIComponent(window.location.pathname.split('/').pop());
    var entry = null, blocked = false;
    var alerts = W.api('GET', '/api/wanted-list/' + encodeURIComponent(id) + '/notifications')
      .then(function (data) { return data.notifications || []; });

    function render(focus) {
      var e = entry;
      var box = W.clear($('entry'));
      box.setAttribute('aria-busy', 'false');
      var cover = W.safeUrl(e.cover_image_url);
      document.title = W.entryName(e) + ' · WaxAlert';
      box.appendChild(h('section', { class: 'card release-card big' },
        cover ? h('img', { src: cover, alt: 'Cover of ' + (e.release_title || e.title), width: 150, height: 150, class: 'cover' }) : null,
        h('div', { class: 'release-facts' },
          h('h1', { id: 'entry-title' }, W.releaseLink(e)),
          h('p', { class: 'muted', text: W.releaseMeta(e, 'any pressing of this master') }),
          W.statusBadge(e, blocked),
          h('p', { id: 'entry-criteria', text: 'Criteria: ' + W.criteriaSummary(e) }),
          h('p', { id: 'entry-price', text: priceLine(e) }),
          h('div', { class: 'actions' },
            h('button', { type: 'button', id: 'entry-edit', text: 'Edit criteria', onclick: edit }),
            h('button', { type: 'button', id: 'entry-toggle', text: e.is_active ? 'Pause' : 'Resume', onclick: toggle }),
            h('button', { type: 'button', id: 'entry-delete', class: 'danger', text: 'Delete', onclick: remove })))));
      if (focus) { $(focus).focus(); }
    }
    function edit() {
      W.openEdit(entry, function (updated, unkept) {
        entry = updated;
        render('entry-edit');
        W.toast('Saved the criteria of ' + W.entryName(updated) + '.' + W.rejudged(updated));
        if (unkept.length) { W.toast(W.unkeptWarning(unkept), 'warn'); }
        chart();
      });
    }
    function toggle() {
      W.api('POST', '/api/wanted-list/' + encodeURIComponent(entry.id) + '/toggle').then(function (updated) {
        entry = updated;
        render('entry-toggle');
        W.toast((updated.is_active ? 'Resumed ' : 'Paused ') + W.entryName(updated) + '.');
      }).catch(function (err) { W.toast(err.message, 'error'); });
    }
    function remove() {
      var gone = entry, name = W.entryName(gone);
      W.confirmDialog('Delete from your wanted list?', name + ' is no longer checked. You can undo this for 10 minutes; then its alert history is removed too.', 'Delete').then(function (ok) {
        if (!ok) { return; }
        W.api('DELETE', '/api/wanted-list/' + encodeURIComponent(gone.id)).then(function () {
          W.clear($('entry')).appendChild(h('section', { class: 'card' },
            h('h1', { id: 'entry-title', tabindex: '-1', text: 'Deleted ' + name }),
            h('p', null, h('a', { href: '/', text: 'Back to the wanted list' }))));
          $('chart').closest('section').hidden = true;
          $('entry-alerts').closest('section').hidden = true;
          $('entry-title').focus();
          W.toast('Deleted ' + name + '.', 'ok', { id: 'undo', label: 'Undo', run: function () {
            W.api('POST', '/api/wanted-list/' + encodeURIComponent(gone.id) + '/restore').then(function (back) {
              window.location.assign('/entries/' + encodeURIComponent(back.id));
            }).catch(function (err) {
              W.toast(name + ' could not be put back' + (err.status === 404 ? ': an entry can be brought back for 10 minutes after it was deleted.' : ': ' + err.message), 'error');
            });
          } });
        }).catch(function (err) { W.toast(err.message, 'error'); });
      });
    }
    function chart() {
      var box = $('chart');
      if (!entry.discogs_release_id) {
        W.clear(box).appendChild(h('p', { class: 'muted', text: 'Price history is kept per release; this entry watches every pressing of a master.' }));
        return;
      }
      Promise.all([W.api('GET', '/api/releases/' + entry.discogs_release_id + '/price-history'), alerts.catch(function () { return []; })])
        .then(function (r) { W.priceChart(box, r[0].observations || [], entry, r[1]); })
        .catch(function (err) { W.clear(box).appendChild(h('p', { class: 'error', text: err.message })); });
    }

    W.api('GET', '/api/wanted-list/' + encodeURIComponent(id)).then(function (e) {
      entry = e;
      render();
      chart();
      // "No listings" may mean Discogs never lets it be sold; only the market answer says so
      if (e.status === 'no_listings' && e.is_active && e.last_checked && e.discogs_release_id) {
        W.api('GET', '/api/releases/' + e.discogs_release_id + '/marketplace').then(function (m) {
          if (m.blocked_from_sale) { blocked = true; render(); }
        }).catch(function () { /* the badge stays "No listings" */ });
      }
    }).catch(function (e) {
      // no entry, so no chart or alerts of it either: the one message says why
      W.show($('entry-error'), e.message);
      W.clear($('entry')).setAttribute('aria-busy', 'false');
      [$('chart-heading'), $('entry-alerts-heading')].forEach(function (heading) { heading.parentNode.hidden = true; });
    });
    alerts.then(function (list) {
      W.clear($('entry-alerts')).appendChild(W.alertsTable(list, false));
    }).catch(function (e) {
      if (e.status !== 404) { W.clear($('entry-alerts')).appendChild(h('p', { class: 'error', text: e.message })); }
    });
  }

  W.pages.entry = initEntry;
}());
