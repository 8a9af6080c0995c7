/* The sellers page: follow a shop by username, the followed ones with their last check and status, unfollow. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;

  var STATUS = { reading: 'Reading (first read in progress)', ok: 'OK', check_failed: 'Check failed' };

  function render(sellers) {
    var box = W.clear($('sellers'));
    box.setAttribute('aria-busy', 'false');
    if (!sellers.length) {
      box.appendChild(h('p', { class: 'muted empty', text: 'You follow no seller yet.' }));
      return;
    }
    var rows = sellers.map(function (s) {
      var link = h('a', { href: W.webUrl() + '/seller/' + encodeURIComponent(s.username) + '/profile',
        rel: 'noopener', target: '_blank', text: s.username });
      var unfollow = h('button', { type: 'button', class: 'link danger', text: 'Unfollow',
        'aria-label': 'Unfollow ' + s.username, onclick: function () { unfollowSeller(s.username); } });
      return h('tr', { 'data-seller': s.username },
        W.cell('Seller', link),
        W.cell('Followed', W.day(s.followed_at)),
        W.cell('Last check', W.when(s.last_checked)),
        W.cell('Listings seen', W.count(s.listings_seen, 'listing', 'listings')),
        W.cell('Status', h('span', { class: 'seller-status status-' + s.status, text: STATUS[s.status] || s.status })),
        W.cell('', unfollow, 'c-actions'));
    });
    box.appendChild(h('table', { class: 'alerts', id: 'sellers-table' },
      h('thead', null, h('tr', null, ['Seller', 'Followed', 'Last check', 'Listings seen', 'Status', 'Actions']
        .map(function (t) { return h('th', { scope: 'col', text: t }); }))),
      h('tbody', null, rows)));
  }

  function load() {
    return W.api('GET', '/api/sellers').then(function (r) { render(r.sellers); })
      .catch(function (e) { W.show($('sellers-error'), e.message); });
  }

  function unfollowSeller(username) {
    W.confirmDialog('Unfollow ' + username + '?', 'Their listings no longer alert you or make bundles.', 'Unfollow')
      .then(function (ok) {
        if (!ok) { return null; }
        return W.api('DELETE', '/api/sellers/' + encodeURIComponent(username)).then(function () {
          W.toast('You no longer follow ' + username + '.');
          return load();
        });
      }).catch(function (e) { W.show($('sellers-error'), e.message); });
  }

  /** The username in a pasted shop or profile link (discogs.com/seller/NAME/profile, /user/NAME), else the text. */
  function sellerName(text) {
    var link = /discogs\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:seller|user)\/([^\/?#\s]+)/i.exec(text);
    if (!link) { return text; }
    try { return decodeURIComponent(link[1]); } catch (e) { return link[1]; }
  }

  function initSellers() {
    var form = $('follow-form');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      W.clearErrors(form);
      var username = sellerName(form.elements.username.value.trim());
      var submit = $('follow-submit');
      if (submit.disabled) { return; }
      // Discogs is asked whether the seller exists: it can take seconds
      submit.disabled = true;
      submit.textContent = 'Following…';
      W.api('POST', '/api/sellers', { username: username }).then(function (s) {
        form.reset();
        W.toast('You follow ' + s.username + ' now; the first check reads their inventory.');
        return load();
      }).catch(function (e) { W.fieldError(form, 'f-', e.field || 'username', e.message); })
        .then(function () { submit.disabled = false; submit.textContent = 'Follow'; });
    });
    load();
  }

  W.pages.sellers = initSellers;
}());
