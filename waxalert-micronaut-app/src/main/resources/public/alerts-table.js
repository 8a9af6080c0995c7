/* A table of sent alerts (the alerts page, and an entry's page), newest first. */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h, cell = W.cell;

  W.ALERT_TYPES = { price_matched: 'Price matched', underpriced: 'Underpriced', for_sale: 'For sale' };

  function price(n) {
    var parts = [h('span', { class: 'price', text: W.money(n.listing_price, n.listing_currency) })];
    if (W.isSet(n.listing_shipping)) {
      parts.push(h('div', { class: 'small', text: '+ ' + W.money(n.listing_shipping, n.listing_currency) + ' shipping' }));
    }
    if (W.isSet(n.listing_total)) {
      parts.push(h('div', { class: 'small', text: '= ' + W.money(n.listing_total, n.listing_currency) + ' in all' }));
    }
    return parts;
  }

  /** What could not be delivered, and why: given up after retrying, or refused by the channel. */
  function undelivered(n) {
    return (n.deliveries || []).filter(function (d) { return d.state === 'undeliverable'; }).map(function (d) {
      return h('p', { class: 'small undelivered', text: 'not delivered by ' + d.channel + (d.last_error ? ': ' + d.last_error : '') });
    });
  }

  /** The table; {@code isNew(alert)} marks alerts the visitor has not seen yet. */
  W.alertsTable = function (list, withRelease, isNew) {
    if (!list.length) { return h('p', { class: 'muted empty', text: withRelease ? 'No alerts match.' : 'No alerts yet.' }); }
    var tbody = h('tbody');
    list.forEach(function (n) {
      var url = W.safeUrl(n.listing_url);
      var seller = n.seller_name ? n.seller_name + (W.isSet(n.seller_rating) ? ' (' + n.seller_rating + '%)' : '') : '—';
      var cond = [n.listing_condition, n.listing_sleeve_condition].filter(function (x) { return x; }).join(' / ') || '—';
      var fresh = isNew && isNew(n);
      tbody.appendChild(h('tr', { 'data-alert-id': n.id, class: fresh ? 'new' : null },
        cell('Date', [fresh ? h('span', { class: 'badge new', text: 'New' }) : null, h('span', { text: W.when(n.created_at) }),
          n.email_sent_at ? h('p', { class: 'small', text: 'mailed ' + W.when(n.email_sent_at) }) : null].concat(undelivered(n)), 'c-date'),
        withRelease ? cell('Release', h('a', { href: '/entries/' + encodeURIComponent(n.wanted_list_entry_id), text: n.title }), 'c-release') : null,
        cell('Type', [h('span', { class: 'badge status-' + n.notification_type, text: W.ALERT_TYPES[n.notification_type] || n.notification_type }),
          n.explanation ? h('details', { class: 'why' }, h('summary', { text: 'Why it was alerted' }), h('p', { class: 'small', text: n.explanation })) : null], 'c-type'),
        cell('Price', price(n), 'c-price'),
        cell('Condition', cond),
        cell('Seller', seller),
        cell('Ships from', n.ships_from || '—'),
        cell('Listing', url ? h('a', { href: url, rel: 'noopener', class: 'listing-link', text: n.listing_id ? 'View listing' : 'View on Discogs' }) : '—')));
    });
    var cols = ['Date'].concat(withRelease ? ['Release'] : []).concat(['Type', 'Price', 'Condition', 'Seller', 'Ships from', 'Listing']);
    return h('table', { class: 'alerts', id: 'alerts-table' },
      h('caption', { class: 'sr-only', text: withRelease ? 'Your alerts' : 'Alerts for this release' }),
      h('thead', null, h('tr', null, cols.map(function (t) { return h('th', { scope: 'col', text: t }); }))), tbody);
  };
}());
