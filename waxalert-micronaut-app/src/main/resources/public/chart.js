/* The price-history chart of an entry: dependency-free SVG with round price steps, one label per
   date tick, the entry's maximum price, the reference behind "underpriced", alert markers and the
   number for sale; a text summary and a table say the same for screen readers (and everyone). */
(function () {
  'use strict';
  var W = window.WaxAlert, h = W.h;
  var NS = 'http://www.w3.org/2000/svg';
  var HOUR = 3600e3, DAY = 24 * HOUR;

  function svg(tag, attrs, text) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
  function niceStep(raw) {
    if (!(raw > 0)) { return 1; }
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
  }
  /** Ticks from 0 to at least {@code max} in about {@code count} round steps. */
  function valueTicks(max, count, integers) {
    var step = niceStep((max || 1) / count);
    if (integers) { step = Math.max(1, Math.round(step)); }
    var top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
    var ticks = [];
    for (var v = 0; v <= top + step / 1e6; v += step) { ticks.push(Math.round(v * 1e6) / 1e6); }
    return { ticks: ticks, top: top, step: step };
  }
  W.valueTicks = valueTicks;

  var FORMATS = {
    time: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }),
    dayTime: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    day: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }),
    dayYear: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }),
    month: new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })
  };
  var UNITS = [[HOUR, 1, 'h'], [HOUR, 2, 'h'], [HOUR, 3, 'h'], [HOUR, 6, 'h'], [HOUR, 12, 'h'],
    [DAY, 1, 'd'], [DAY, 2, 'd'], [DAY, 7, 'd'], [DAY, 14, 'd'],
    [30 * DAY, 1, 'm'], [30 * DAY, 2, 'm'], [30 * DAY, 3, 'm'], [30 * DAY, 6, 'm'], [365 * DAY, 1, 'y']];

  /**
   * Date ticks at round local times (hours, days, months) between t0 and t1, labelled for the range:
   * the finest unit giving at most {@code max} ticks, a finer one when that leaves fewer than two.
   */
  function timeTicks(t0, t1, max) {
    var span = t1 - t0;
    var i = 0;
    while (i < UNITS.length - 1 && span / (UNITS[i][0] * UNITS[i][1]) > max) { i++; }
    var ticks = ticksOf(t0, t1, UNITS[i]);
    return ticks.length < 2 && i > 0 ? ticksOf(t0, t1, UNITS[i - 1]) : ticks;
  }
  function ticksOf(t0, t1, unit) {
    var step = unit[1], kind = unit[2];
    var d = new Date(t0);
    if (kind === 'h') { d.setMinutes(0, 0, 0); d.setHours(Math.ceil(d.getHours() / step) * step); }
    else if (kind === 'd') { d.setHours(0, 0, 0, 0); }
    else if (kind === 'm') { d.setHours(0, 0, 0, 0); d.setDate(1); d.setMonth(Math.ceil(d.getMonth() / step) * step); }
    else { d.setHours(0, 0, 0, 0); d.setMonth(0, 1); }
    var sameYear = new Date(t0).getFullYear() === new Date(t1).getFullYear();
    var ticks = [], last = null, lastDay = null;
    for (var guard = 0; d.getTime() <= t1 && guard < 500; guard++) {
      if (d.getTime() >= t0) {
        var t = d.getTime();
        var dayKey = d.toDateString();
        var label = kind === 'h' ? (dayKey === lastDay ? FORMATS.time : FORMATS.dayTime).format(d)
          : kind === 'd' ? (sameYear ? FORMATS.day : FORMATS.dayYear).format(d) : FORMATS.month.format(d);
        if (label !== last) { ticks.push({ t: t, label: label }); }
        last = label;
        lastDay = dayKey;
      }
      if (kind === 'h') { d.setHours(d.getHours() + step); }
      else if (kind === 'd') { d.setDate(d.getDate() + step); }
      else if (kind === 'm') { d.setMonth(d.getMonth() + step); }
      else { d.setFullYear(d.getFullYear() + 1); }
    }
    return ticks;
  }
  W.timeTicks = timeTicks;

  function median(values) {
    var v = values.slice().sort(function (a, b) { return a - b; });
    var m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** The figures the chart, its summary and its table share. */
  function model(observations, entry, alerts) {
    var withPrice = observations.filter(function (o) { return W.isSet(o.lowest_price); });
    var currency = withPrice.length ? withPrice[withPrice.length - 1].currency : entry.currency;
    var prices = withPrice.filter(function (o) { return o.currency === currency; })
      .map(function (o) { return { t: Date.parse(o.observed_at), v: Number(o.lowest_price), count: o.num_for_sale }; });
    var counts = observations.filter(function (o) { return W.isSet(o.num_for_sale); })
      .map(function (o) { return { t: Date.parse(o.observed_at), v: o.num_for_sale }; });
    var marks = (alerts || []).filter(function (a) { return a.listing_currency === currency; })
      .map(function (a) { return { t: Date.parse(a.created_at), v: Number(a.listing_price), type: a.notification_type }; });
    var max = entry.max_price && entry.max_price_currency === currency ? Number(entry.max_price) : null;
    var ref = null;
    if (entry.underpriced_percentage && prices.length >= 3) {
      ref = median(prices.map(function (p) { return p.v; }));
    }
    var times = prices.concat(counts, marks).map(function (p) { return p.t; });
    return { currency: currency, prices: prices, counts: counts, marks: marks, max: max, ref: ref,
      pct: entry.underpriced_percentage, t0: Math.min.apply(null, times), t1: Math.max.apply(null, times),
      maxElsewhere: entry.max_price && entry.max_price_currency !== currency };
  }

  function draw(m, width) {
    var H = 260, L = 56, R = 44, T = 16, B = 32, Wd = Math.max(280, Math.round(width));
    var t0 = m.t0, t1 = m.t1;
    if (t1 - t0 < HOUR) { t0 -= HOUR / 2; t1 += HOUR / 2; }
    var high = Math.max.apply(null, m.prices.map(function (p) { return p.v; }).concat(m.marks.map(function (p) { return p.v; }), [m.max || 0, m.ref || 0]));
    var py = valueTicks(high, 4, false);
    var cy = valueTicks(Math.max.apply(null, m.counts.map(function (c) { return c.v; }).concat([1])), 4, true);
    function x(t) { return L + (t - t0) / (t1 - t0) * (Wd - L - R); }
    function yp(v) { return T + (1 - v / py.top) * (H - T - B); }
    function yc(v) { return T + (1 - v / cy.top) * (H - T - B); }
    var decimals = py.step % 1 === 0 ? 0 : 2;
    var root = svg('svg', { viewBox: '0 0 ' + Wd + ' ' + H, width: Wd, height: H, class: 'chart', role: 'img', 'aria-labelledby': 'chart-title', 'aria-describedby': 'chart-summary' });
    root.appendChild(svg('title', { id: 'chart-title' }, 'Lowest price (' + m.currency + ') and number for sale over time'));
    py.ticks.forEach(function (v) {
      root.appendChild(svg('line', { x1: L, x2: Wd - R, y1: yp(v), y2: yp(v), class: v ? 'grid' : 'axis' }));
      root.appendChild(svg('text', { x: L - 6, y: yp(v) + 4, 'text-anchor': 'end', class: 'tick y' }, v.toFixed(decimals)));
    });
    cy.ticks.forEach(function (v) {
      root.appendChild(svg('text', { x: Wd - R + 6, y: yc(v) + 4, class: 'tick count' }, String(v)));
    });
    timeTicks(t0, t1, Math.max(2, Math.floor((Wd - L - R) / 70))).forEach(function (tick) {
      root.appendChild(svg('line', { x1: x(tick.t), x2: x(tick.t), y1: H - B, y2: H - B + 4, class: 'axis' }));
      root.appendChild(svg('text', { x: x(tick.t), y: H - B + 18, 'text-anchor': 'middle', class: 'tick x' }, tick.label));
    });
    function path(points, y) {
      return points.map(function (p, i) { return (i ? 'L' : 'M') + x(p.t).toFixed(1) + ' ' + y(p.v).toFixed(1); }).join(' ');
    }
    if (m.counts.length) { root.appendChild(svg('path', { d: path(m.counts, yc), class: 'series-count', fill: 'none' })); }
    /** A horizontal level; its label at the right end ({@code end}) or the left one, so two never overlap. */
    function level(v, cls, label, end) {
      root.appendChild(svg('line', { x1: L, x2: Wd - R, y1: yp(v), y2: yp(v), class: cls }));
      root.appendChild(svg('text', { x: end ? Wd - R - 4 : L + 4, y: yp(v) - 5, 'text-anchor': end ? 'end' : 'start', class: 'level-label ' + cls }, label));
    }
    if (m.max !== null) { level(m.max, 'max-line', 'your max ' + m.max.toFixed(2), true); }
    if (m.ref !== null) { level(m.ref, 'ref-line', 'median ' + m.ref.toFixed(2), false); }
    if (m.prices.length) {
      root.appendChild(svg('path', { d: path(m.prices, yp), class: 'series-price', fill: 'none' }));
      if (m.prices.length <= 60) {
        m.prices.forEach(function (p) { root.appendChild(svg('circle', { cx: x(p.t), cy: yp(p.v), r: 3, class: 'dot' })); });
      }
    }
    m.marks.forEach(function (a) {
      var cx = x(a.t), cyv = yp(a.v);
      var mark = svg('path', { d: 'M' + cx + ' ' + (cyv - 7) + ' l6 7 l-6 7 l-6 -7 z', class: 'marker ' + a.type });
      mark.appendChild(svg('title', {}, 'Alert ' + W.when(new Date(a.t).toISOString()) + ': ' + a.v.toFixed(2) + ' ' + m.currency));
      root.appendChild(mark);
    });
    return root;
  }

  function summaryText(m, alertCount) {
    var parts = [];
    if (m.prices.length) {
      var vs = m.prices.map(function (p) { return p.v; });
      var lastP = m.prices[m.prices.length - 1];
      parts.push('Lowest price between ' + Math.min.apply(null, vs).toFixed(2) + ' and ' + Math.max.apply(null, vs).toFixed(2) + ' ' + m.currency
        + ' over ' + W.count(m.prices.length, 'check', 'checks') + ' from ' + W.day(new Date(m.prices[0].t)) + ' to ' + W.day(new Date(lastP.t))
        + '; at the last check ' + lastP.v.toFixed(2) + ' ' + m.currency + (W.isSet(lastP.count) ? ' with ' + lastP.count + ' for sale' : '') + '.');
    } else {
      parts.push('Nothing was for sale at any of the ' + W.count(m.counts.length, 'check', 'checks') + ' so far.');
    }
    if (m.max !== null) { parts.push('Your maximum: ' + m.max.toFixed(2) + ' ' + m.currency + '.'); }
    if (m.maxElsewhere) { parts.push('Your maximum is in another currency, so it is not drawn.'); }
    if (m.ref !== null) {
      parts.push('Reference for “underpriced”: ' + m.ref.toFixed(2) + ' ' + m.currency + ', the median of the lowest prices shown here (an estimate: WaxAlert judges against Discogs’ own figures where it has them, else the median of the last 30 days); '
        + m.pct + '% below it is ' + (m.ref * (1 - m.pct / 100)).toFixed(2) + ' ' + m.currency + '.');
    } else if (m.pct) {
      parts.push('Too few prices observed yet to show the reference for “underpriced”.');
    }
    parts.push(alertCount ? W.count(alertCount, 'alert is', 'alerts are') + ' marked.' : 'No alerts yet.');
    return parts.join(' ');
  }

  function table(observations) {
    return h('details', { class: 'chart-data' }, h('summary', { text: 'Show the prices as a table' }),
      h('div', { class: 'table-wrap plain' }, h('table', { id: 'chart-table' },
        h('caption', { class: 'sr-only', text: 'Observed lowest prices and number for sale' }),
        h('thead', null, h('tr', null, ['Checked', 'Lowest price', 'For sale'].map(function (t) { return h('th', { scope: 'col', text: t }); }))),
        h('tbody', null, observations.slice().reverse().map(function (o) {
          return h('tr', null, h('td', { text: W.when(o.observed_at) }), h('td', { text: W.money(o.lowest_price, o.currency) }),
            h('td', { text: W.isSet(o.num_for_sale) ? String(o.num_for_sale) : '—' }));
        })))));
  }

  /** The chart of {@code observations} for {@code entry}, with its {@code alerts}, sized to {@code box}. */
  W.priceChart = function (box, observations, entry, alerts) {
    W.clear(box);
    if (!observations.length) {
      box.appendChild(h('p', { class: 'muted', text: 'No prices observed yet; they are recorded at every check.' }));
      return;
    }
    var m = model(observations, entry, alerts);
    if (!m.prices.length && !m.counts.length) {
      box.appendChild(h('p', { class: 'muted', text: 'No prices observed yet; they are recorded at every check.' }));
      return;
    }
    var holder = h('div', { class: 'chart-box' });
    var legend = h('p', { class: 'legend' },
      m.prices.length ? h('span', { class: 'key price', text: 'Lowest price (' + m.currency + ', left)' }) : null,
      h('span', { class: 'key count', text: 'Number for sale (right)' }),
      m.max !== null ? h('span', { class: 'key max', text: 'Your maximum' }) : null,
      m.ref !== null ? h('span', { class: 'key ref', text: 'Median (underpriced reference)' }) : null,
      m.marks.length ? h('span', { class: 'key marker', text: 'Alert' }) : null);
    box.appendChild(holder);
    box.appendChild(legend);
    box.appendChild(h('p', { id: 'chart-summary', class: 'chart-summary', text: summaryText(m, m.marks.length) }));
    box.appendChild(table(observations));
    function render() { W.clear(holder).appendChild(draw(m, holder.clientWidth || 640)); }
    render();
    var pending = null;
    window.addEventListener('resize', function () { clearTimeout(pending); pending = setTimeout(render, 150); });
  };
}());
