(function () {
// The goals are data (the JSON above), rendered on demand: a page of rows at a time, so that a store of
// 20,000 goals opens as fast as one of 40. A big page carries its data deflated, in base64.
var T = [performance.now()], U = [];
// the JSON of a data element, unpacked if it was deflated
function read(id) {
  var el = document.getElementById(id);
  if (!el.hasAttribute('data-deflated')) return JSON.parse(el.textContent);
  U.push(performance.now());
  var bin = atob(el.textContent), bytes = new Uint8Array(bin.length);
  for (var b = 0; b < bin.length; b++) bytes[b] = bin.charCodeAt(b);
  var text = new TextDecoder().decode(inflate(bytes, +el.getAttribute('data-size')));
  U.push(performance.now());
  var out = JSON.parse(text);
  U.push(performance.now());
  return out;
}
start(read('data'));
// zlib's format (RFC 1950/1951) undone, synchronously (the page is drawn before its load event, in any
// browser), each Huffman code looked up in one table
function inflate(src, size) {
  var out = new Uint8Array(size), n = 0, pos = 2, buf = 0, cnt = 0;
  function bits(k) {
    while (cnt < k) { buf |= src[pos++] << cnt; cnt += 8; }
    var v = buf & ((1 << k) - 1);
    buf >>>= k; cnt -= k;
    return v;
  }
  // a code read from a table of every bit pattern its longest code can start with: symbol << 4 | length
  function table(lengths) {
    var max = 0, count = new Uint16Array(16), next = new Uint16Array(16), i, code = 0;
    for (i = 0; i < lengths.length; i++) { count[lengths[i]]++; if (lengths[i] > max) max = lengths[i]; }
    count[0] = 0;
    for (i = 1; i <= max; i++) { code = (code + count[i - 1]) << 1; next[i] = code; }
    var size = 1 << max, t = new Int32Array(size);
    for (var sym = 0; sym < lengths.length; sym++) {
      var len = lengths[sym];
      if (!len) continue;
      var c = next[len]++, r = 0;
      for (var k = 0; k < len; k++) { r = (r << 1) | (c & 1); c >>= 1; }  // codes are sent from their top bit
      for (var j = r; j < size; j += 1 << len) t[j] = sym << 4 | len;
    }
    return {t: t, max: max, mask: size - 1};
  }
  function decode(h) {
    while (cnt < h.max) { buf |= (src[pos++] | 0) << cnt; cnt += 8; }
    var e = h.t[buf & h.mask];
    buf >>>= e & 15; cnt -= e & 15;
    return e >> 4;
  }
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258],
      LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0],
      DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
               4097, 6145, 8193, 12289, 16385, 24577],
      DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13],
      ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  var fixed = null, last = 0;
  while (!last) {
    last = bits(1);
    var type = bits(2), lit, dist, i;
    if (type === 0) {
      buf = 0; cnt = 0;
      var len = src[pos] | src[pos + 1] << 8;
      pos += 4;
      out.set(src.subarray(pos, pos + len), n); n += len; pos += len;
      continue;
    }
    if (type === 1) {
      if (!fixed) {
        var l = [];
        for (i = 0; i < 288; i++) l.push(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        var d = [];
        for (i = 0; i < 30; i++) d.push(5);
        fixed = [table(l), table(d)];
      }
      lit = fixed[0]; dist = fixed[1];
    } else {
      var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4, lengths = new Array(19).fill(0);
      for (i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
      var lencode = table(lengths), all = [];
      while (all.length < nlen + ndist) {
        var sym = decode(lencode);
        if (sym < 16) { all.push(sym); continue; }
        var rep = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7),
            val = sym === 16 ? all[all.length - 1] : 0;
        while (rep--) all.push(val);
      }
      lit = table(all.slice(0, nlen)); dist = table(all.slice(nlen));
    }
    for (;;) {
      var s = decode(lit);
      if (s < 256) { out[n++] = s; continue; }
      if (s === 256) break;
      s -= 257;
      var length = LBASE[s] + bits(LEXT[s]), ds = decode(dist), back = n - (DBASE[ds] + bits(DEXT[ds]));
      while (length--) out[n++] = out[back++];
    }
  }
  return out.subarray(0, n);
}
function start(D) {
  T.push(performance.now());
  function $(id) { return document.getElementById(id); }
  var ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  var C = D.columns, W = D.words, PAGE = 200, E = null, F = null, G = [];
  for (var i = 0; C.id && i < C.id.length; i++) {
    G.push({id: C.id[i], r: W[C.r[i]], y: C.y[i], m: W[C.m[i]], ms: W[C.ms[i]], t: C.t[i], tg: C.tg[i], a: C.a[i],
            v: W[C.v[i]], p: C.p[i], dl: C.dl[i], dy: C.dl[i] ? +C.dl[i].slice(0, 4) : 0, h: C.h[i], c: C.c[i],
            rp: W[C.rp[i]], se: [C.st[i], C.en[i]], val: C.val[i], lo: C.lo[i], hi: C.hi[i], av: C.av[i], b: C.b[i]});
    G[i].src = G[i].rp + ', bytes ' + C.st[i] + '–' + C.en[i];
  }
  // the evidence of goal i, as `explain` gives it: read from its element the first time a row is opened
  function proof(i) {
    if (!E) {
      var e = read('evidence');
      E = e.evidence; F = e.figures;
    }
    var p = E[i];  // [reason, sentence, the goal's date and strength, rule, notes]
    return {rs: p[0], s: p[1], ci: W[p[2]], ru: W[p[3]], n: p[4]};
  }
  T.push(performance.now());
  var searchable = false;  // the text a search looks in, made at the first search
  var main = $('goals'), shown = $('shown'), region = $('f-region'), year = $('f-year'), metric = $('f-metric'),
      search = $('f-search'), headline = $('f-headline'),
      verdicts = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=verdict]'));
  var hits = [], limit = PAGE, open = {};
  var COLOUR = {met: '#1a7f37', missed: '#c62828', pending: '#8a6100'};
  function badge(v) {
    return '<span class="verdict ' + v + '">' + (v === 'met' ? '✓' : v === 'missed' ? '✗' : '…') + ' ' + v + '</span>';
  }
  // a bullet chart: the band shaded, the actual a bar from zero, the target(s) a line; positions from the page
  function bullet(g) {
    var b = g.b;
    if (!b) return '';
    var title = 'target ' + g.tg + (g.a ? '; actual ' + g.a : '');
    var svg = '<svg class="bullet" width="170" height="26" viewBox="0 0 170 26" role="img" aria-label="' + esc(title) +
        '"><title>' + esc(title) + '</title><rect x="4" y="3" width="162" height="20" fill="#eaeef2"/>';
    if (b[0] !== null) svg += '<rect x="' + b[0] + '" y="3" width="' + b[1] + '" height="20" fill="#c8d1da"/>';
    if (b[2] !== null) svg += '<rect x="' + b[2] + '" y="9" width="' + b[3] + '" height="8" fill="' + COLOUR[g.v] + '"/>';
    for (var k = 4; k < b.length; k++) svg += '<rect x="' + b[k] + '" y="4" width="2.5" height="18" fill="#1f2328"/>';
    return svg + '</svg>';
  }
  function progress(p) {
    if (p === null) return '<span class="muted">—</span>';
    var w = Math.round(Math.max(0, Math.min(1, p)) * 100);
    return '<span class="progress"><span style="width:' + w + '%"></span></span>' + w + '%';
  }
  function evidence(i) {
    var g = G[i], p = proof(i);
    var out = '<p class="reason"><b>' + g.v + '</b> — ' + esc(p.rs) + '</p>';
    if (g.c) out += '<p class="correction">corrected: ' + esc(g.c) + '</p>';
    out += '<blockquote>' + esc(p.s) + '<cite>goal · ' + esc(g.rp) + ' · ' + esc(p.ci) + ' · bytes ' + g.se[0] + '–' +
        g.se[1] + ' · rule: ' + esc(p.ru) + '</cite></blockquote>';
    if (!p.n.length) return out + '<p class="muted">No figure of this metric in this region yet.</p>';
    out += '<ul class="figures">';
    p.n.forEach(function (n) {  // [note, used, value as the goal reads it, figure, why]
      var f = F[n[3]];  // [period, sentence, source]
      out += '<li><span class="role' + (n[1] ? ' used' : '') + '">' + esc(W[n[0]]) + '</span> <b>' + esc(n[2]) + '</b> ' +
          esc(f[0]) + ' — ' + esc(W[n[4]]) + ' <q>' + esc(f[1]) + '</q><cite>' + esc(W[f[2]]) + '</cite></li>';
    });
    return out + '</ul>';
  }
  function row(i) {
    var g = G[i], o = !!open[i];
    // (the tag is split so that this script's text never reads as a row of the page)
    return '<tr' + ' class="goal" tabindex="0" aria-expanded="' + o + '" data-i="' + i + '" data-id="' + esc(g.id) +
        '" data-verdict="' + g.v + '"><td><span class="toggle">▸</span> ' + (g.h ? '<span class="star" title="headline target">★</span> ' : '') +
        esc(g.t) + ' <span class="id">' + esc(g.id) + '</span>' + (g.c ? '<span class="fixed" title="' + esc(g.c) + '">corrected</span>' : '') +
        '</td><td class="num">' + esc(g.tg) + '</td><td class="num">' + (g.a ? esc(g.a) : '<span class="muted">—</span>') +
        '</td><td>' + badge(g.v) + '</td><td class="num">' + progress(g.p) + '</td><td class="num">' + (g.dl || '—') +
        '</td><td>' + bullet(g) + '</td></tr>\n<tr class="evidence"' + (o ? '' : ' hidden') + '><td colspan="7">' +
        (o ? evidence(i) : '') + '</td></tr>\n';
  }
  function filter() {
    var q = search.value.trim().toLowerCase(), wanted = {}, r = region.value, y = year.value, m = metric.value,
        h = headline && headline.checked;
    verdicts.forEach(function (v) { wanted[v.value] = v.checked; });
    if (q && !searchable) {
      G.forEach(function (g) { g.q = (g.t + ' ' + g.m + ' ' + g.r + ' ' + g.id).toLowerCase(); });
      searchable = true;
    }
    hits = [];
    for (var i = 0; i < G.length; i++) {
      var g = G[i];
      if ((r && g.r !== r) || (y && String(g.y) !== y) || (m && g.m !== m) || !wanted[g.v] || (h && !g.h) ||
          (q && g.q.indexOf(q) < 0)) continue;
      hits.push(i);
    }
  }
  function render() {
    var tally = {}, k, g, key, last = null, html = '', n = Math.min(limit, hits.length);
    for (k = 0; k < hits.length; k++) {
      g = G[hits[k]];
      key = g.r + '\u0001' + g.y;
      var t = tally[key] || (tally[key] = {n: 0, met: 0, missed: 0, pending: 0});
      t.n++; t[g.v]++;
    }
    for (k = 0; k < n; k++) {
      g = G[hits[k]];
      key = g.r + '\u0001' + g.y;
      if (key !== last) {
        if (last !== null) html += '</tbody></table>\n</section>\n';
        var c = tally[key];
        html += '<section class="group"><h2>' + esc(g.r || '(no region)') + ' · ' + g.y + ' <small>' + c.n +
            ' goals: ' + c.met + ' met · ' + c.missed + ' missed · ' + c.pending + ' pending</small></h2>\n' +
            '<table><thead><tr><th>goal as written</th><th>target</th><th>actual</th><th>verdict</th><th>progress</th>' +
            '<th>deadline</th><th>actual against target</th></tr></thead><tbody>\n';
        last = key;
      }
      html += row(hits[k]);
    }
    if (last !== null) html += '</tbody></table>\n</section>\n';
    if (n < hits.length)
      html += '<p class="more"><button type="button" id="more">show ' + Math.min(PAGE * 5, hits.length - n) +
          ' more</button> <span class="muted">' + n + ' of ' + hits.length + ' listed</span></p>';
    if (!hits.length) html = '<p class="empty">No goal to show for these filters.</p>';
    main.innerHTML = html;
    shown.textContent = hits.length + ' of ' + G.length + ' goals shown';
  }
  function apply() { limit = PAGE; filter(); render(); }
  function toggle(tr) {
    var i = +tr.dataset.i, o = !open[i];
    open[i] = o;
    tr.setAttribute('aria-expanded', o ? 'true' : 'false');
    var ev = tr.nextElementSibling;
    if (o && !ev.firstChild.firstChild) ev.firstChild.innerHTML = evidence(i);  // drawn when first opened
    ev.hidden = !o;
  }
  main.addEventListener('click', function (e) {
    if (e.target.id === 'more') { limit += PAGE * 5; render(); return; }
    var tr = e.target.closest('tr.goal');
    if (tr) toggle(tr);
  });
  main.addEventListener('keydown', function (e) {
    var tr = e.target.closest && e.target.closest('tr.goal');
    if (tr && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); toggle(tr); }
  });
  [region, year, metric, search, headline].concat(verdicts).forEach(function (el) {
    if (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); }
  });
  apply();
  // report.html#GOAL_ID opens that goal's evidence: a link to one verdict
  var wanted = location.hash && decodeURIComponent(location.hash.slice(1));
  if (wanted) {
    var at = -1;
    for (var w = 0; w < hits.length; w++) if (G[hits[w]].id === wanted) { at = w; break; }
    if (at >= 0) {
      open[hits[at]] = true;
      limit = Math.max(limit, at + 1);
      render();
      var tr = main.querySelector('tr.goal[data-i="' + hits[at] + '"]');
      if (tr) tr.scrollIntoView({block: 'center'});
    }
  }

  // Across regions: each region's goal of one metric per year, as `luoshi compare` picks it (a headline target
  // first, then one due at the year's end, then the first stated), and a chart of target against actual.
  var cm = $('c-metric'), cs = $('c-measure'), cy = $('c-year'), ch = $('c-headline');
  function measures() {
    var seen = {}, list = [];
    G.forEach(function (g) { if (g.m === cm.value && !seen[g.ms]) { seen[g.ms] = 1; list.push(g.ms); } });
    list.sort();
    var keep = cs.value;
    cs.innerHTML = '<option value="">any</option>' + list.map(function (m) { return '<option>' + esc(m) + '</option>'; }).join('');
    cs.value = list.indexOf(keep) >= 0 ? keep : list.indexOf('growth') >= 0 ? 'growth' : list.length ? list[0] : '';
  }
  function rank(g, y) { return (g.h ? 0 : 2) + (g.dy === y ? 0 : 1); }
  function compareRows() {
    var best = {}, keys = [];
    G.forEach(function (g, i) {
      if (g.m !== cm.value || (cs.value && g.ms !== cs.value) || (cy.value && String(g.y) !== cy.value) ||
          (ch.checked && !g.h)) return;
      var key = g.r + '\u0001' + g.y, cur = best[key];
      if (!cur) { best[key] = {i: i, others: 0}; keys.push(key); return; }
      cur.others++;
      if (rank(g, g.y) < rank(G[cur.i], g.y)) cur.i = i;
    });
    keys.sort(function (a, b) {
      var ga = G[best[a].i], gb = G[best[b].i];
      return ga.r < gb.r ? -1 : ga.r > gb.r ? 1 : ga.y - gb.y;
    });
    return keys.map(function (k) { return best[k]; });
  }
  function compareChart(rows) {
    var regions = [], years = [], cell = {}, xs = [0];
    rows.forEach(function (r) {
      var g = G[r.i];
      if (regions.indexOf(g.r) < 0) regions.push(g.r);
      if (years.indexOf(g.y) < 0) years.push(g.y);
      cell[g.r + '\u0001' + g.y] = g;
      [g.val, g.lo, g.hi, g.av].forEach(function (x) { if (typeof x === 'number' && isFinite(x)) xs.push(x); });
    });
    years.sort();
    if (!rows.length) return '';
    var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs), pad = (hi - lo) * 0.08 || 1;
    lo = lo < 0 ? lo - pad : 0; hi = hi > 0 ? hi + pad : 0;
    var label = 130, w = 150, gap = 14, rh = 22, top = 22;
    function x(v, col) { return label + col * (w + gap) + 4 + (v - lo) / (hi - lo) * (w - 8); }
    var width = Math.max(560, label + years.length * (w + gap) + 10), height = top + regions.length * rh + 26;
    var svg = '<svg id="c-chart" width="' + width + '" height="' + height + '" role="img" aria-label="target against actual per region and year">';
    years.forEach(function (y, col) {
      svg += '<text x="' + (label + col * (w + gap) + w / 2) + '" y="14" text-anchor="middle">' + y + '</text>';
    });
    regions.forEach(function (r, rowAt) {
      var yy = top + rowAt * rh;
      svg += '<text x="' + (label - 8) + '" y="' + (yy + 15) + '" text-anchor="end">' + esc(r || '(no region)') + '</text>';
      years.forEach(function (y, col) {
        var g = cell[r + '\u0001' + y], x0 = label + col * (w + gap);
        svg += '<rect x="' + x0 + '" y="' + (yy + 3) + '" width="' + w + '" height="' + (rh - 6) + '" fill="#f6f8fa"/>';
        if (!g) return;
        var title = esc(r + ' ' + y + ': target ' + g.tg + (g.a ? ', actual ' + g.a : ', no actual yet') + ' — ' + g.v);
        svg += '<g><title>' + title + '</title>';
        if (typeof g.lo === 'number' && typeof g.hi === 'number')
          svg += '<rect x="' + x(g.lo, col).toFixed(1) + '" y="' + (yy + 5) + '" width="' + Math.max(1, x(g.hi, col) - x(g.lo, col)).toFixed(1) + '" height="' + (rh - 10) + '" fill="#c8d1da"/>';
        else if (typeof g.val === 'number')
          svg += '<rect x="' + (x(g.val, col) - 1.25).toFixed(1) + '" y="' + (yy + 4) + '" width="2.5" height="' + (rh - 8) + '" fill="#1f2328"/>';
        if (typeof g.av === 'number')
          svg += '<circle cx="' + x(g.av, col).toFixed(1) + '" cy="' + (yy + rh / 2) + '" r="5" fill="' + COLOUR[g.v] + '" stroke="#fff"/>';
        svg += '</g>';
      });
    });
    svg += '<text x="' + label + '" y="' + (height - 6) + '">▮ target (a band for a range)   ● actual, in the colour of the verdict</text>';
    return svg + '</svg>';
  }
  function compare() {
    var rows = compareRows(), html = '';
    rows.forEach(function (r) {
      var g = G[r.i];
      html += '<tr class="cmp"><td>' + esc(g.r || '(no region)') + '</td><td>' + g.y + '</td><td class="num">' + esc(g.tg) +
          (g.c ? ' <span class="fixed" title="' + esc(g.c) + '">corrected</span>' : '') + '</td><td class="num">' +
          (g.a ? esc(g.a) : '<span class="muted">—</span>') + '</td><td>' + badge(g.v) + '</td><td>' +
          (g.h ? '<span class="star">★</span> ' : '') + esc(g.t) + ' <span class="id">' + esc(g.id) + '</span></td><td class="muted">' +
          esc(g.src) + (r.others ? ' (+' + r.others + ' more)' : '') + '</td></tr>\n';
    });
    $('c-table').innerHTML = rows.length ?
        '<table><thead><tr><th>region</th><th>year</th><th>target</th><th>actual</th><th>verdict</th><th>goal as written</th><th>source</th></tr></thead><tbody>\n' + html + '</tbody></table>' :
        '<p class="empty">No goal of this metric for these choices.</p>';
    $('c-plot').innerHTML = compareChart(rows);
    $('c-count').textContent = rows.length + ' row' + (rows.length === 1 ? '' : 's');
  }
  if (cm) {
    cm.addEventListener('change', function () { measures(); compare(); });
    [cs, cy, ch].forEach(function (el) { el.addEventListener('change', compare); });
    measures();
    compare();
  }
  T.push(performance.now());
  $('timing').textContent = 'rendered ' + Math.round(T[3]) + ' ms after navigation (script started at ' + Math.round(T[0]) +
      ', data read ' + Math.round(T[1] - T[0]) + ' ms' +
      (U.length ? ' (unpacked in ' + Math.round(U[1] - U[0]) + ', parsed in ' + Math.round(U[2] - U[1]) + ')' : '') + ', prepared ' + Math.round(T[2] - T[1]) + ' ms, first rows and the comparison ' +
      Math.round(T[3] - T[2]) + ' ms)';
  // ?selftest: filters the page as a reader would and notes how long each took (the big-page test reads it)
  if (/[?&]selftest/.test(location.search)) {
    var steps = [], t0;
    var step = function (name, change) { t0 = performance.now(); change(); apply(); steps.push(name + ' ' + (performance.now() - t0).toFixed(1) + ' ms'); };
    step('search', function () { search.value = (G[0] && G[0].m) || ''; });
    step('region', function () { search.value = ''; region.selectedIndex = region.options.length > 1 ? 1 : 0; });
    step('verdict', function () { region.selectedIndex = 0; verdicts[0].checked = false; });
    step('all', function () { verdicts[0].checked = true; });
    t0 = performance.now(); limit += PAGE * 5; render(); steps.push('more ' + (performance.now() - t0).toFixed(1) + ' ms');
    if (cm) { t0 = performance.now(); compare(); steps.push('compare ' + (performance.now() - t0).toFixed(1) + ' ms'); }
    var first = main.querySelector('tr.goal');
    if (first) { t0 = performance.now(); toggle(first); steps.push('first evidence ' + (performance.now() - t0).toFixed(1) + ' ms'); }
    $('timing').textContent += '; ' + steps.join('; ') + '; done ' + Math.round(performance.now()) + ' ms after navigation';
  }
}
})();
