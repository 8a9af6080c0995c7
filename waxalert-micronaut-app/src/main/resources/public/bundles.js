/* The bundles page: per seller the fitting listings of two or more wanted releases, with links and the total. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, $ = W.$;

  function bundleCard(b) {
    var rows = b.listings.map(function (l) {
      var url = W.safeUrl(l.listing_url);
      return h('tr', null,
        W.cell('Release', h('a', { href: '/entries/' + encodeURIComponent(l.wanted_list_entry_id), text: l.release_title })),
        W.cell('Price', W.money(l.listing_price, l.listing_currency)),
        W.cell('Listing', url ? h('a', { href: url, rel: 'noopener', target: '_blank', class: 'listing-link',
          text: 'View on Discogs', 'aria-label': 'View the listing of ' + l.release_title + ' on Discogs' }) : '—'));
    });
    return h('section', { class: 'bundle card', 'data-seller': b.seller },
      h('h2', null, [b.seller + ' · ' + W.count(b.listings.length, 'want', 'wants')]),
      h('p', { class: 'muted', text: 'Ships from ' + (b.ships_from || 'an unknown country') + '. Total '
        + W.money(b.total, b.currency) + ' before shipping.' }),
      h('div', { class: 'table-wrap' }, h('table', { class: 'alerts' },
        h('thead', null, h('tr', null, ['Release', 'Price', 'Listing'].map(function (t) {
          return h('th', { scope: 'col', text: t });
        }))),
        h('tbody', null, rows))));
  }

  function initBundles() {
    W.api('GET', '/api/bundles').then(function (r) {
      var box = W.clear($('bundles'));
      box.setAttribute('aria-busy', 'false');
      if (!r.bundles.length) {
        box.appendChild(h('p', { class: 'muted empty', text: 'No seller offers two of your wanted releases right now.'
          + ' Follow the shops you buy from on the Sellers page.' }));
        return;
      }
      r.bundles.forEach(function (b) { box.appendChild(bundleCard(b)); });
    }).catch(function (e) { W.show($('bundles-error'), e.message); });
  }

  W.pages.bundles = initBundles;
}());
