#include "cli/html.hpp"

#include "app/judging.hpp"
#include "cli/output.hpp"
#include "engine/summary.hpp"
#include "rules/identity.hpp"
#include "rules/names.hpp"

#include <fmt/format.h>
#include <zlib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace luoshi::cli {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

constexpr char const* style = R"css(
:root { --met: #1a7f37; --met-bg: #dafbe1; --missed: #c62828; --missed-bg: #ffe3e3; --pending: #8a6100;
  --pending-bg: #fff4cc; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; color: #1f2328; background: #fff; }
header { padding: 20px 28px 8px; border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 24px; } h1 small { font-weight: normal; color: var(--muted); font-size: 16px; }
.sub { margin: 4px 0 0; color: var(--muted); }
#headline { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; padding: 16px 28px; }
.totals { display: flex; gap: 10px; flex-wrap: wrap; }
.total { border: 2px solid; border-radius: 10px; padding: 8px 16px; min-width: 118px; }
.total b { display: block; font-size: 30px; line-height: 1.1; }
.total.met { border-color: var(--met); background: var(--met-bg); color: var(--met); }
.total.missed { border-color: var(--missed); background: var(--missed-bg); color: var(--missed); border-style: dashed; }
.total.pending { border-color: var(--pending); background: var(--pending-bg); color: var(--pending); border-style: dotted; }
#chart text { font-size: 12px; fill: #1f2328; }
#filters { position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); padding: 8px 28px; display: flex; flex-wrap: wrap; gap: 14px; align-items: center; }
#filters label { color: var(--muted); } #filters select, #filters input[type=search] { font: inherit; padding: 2px 6px; }
#filters select { max-width: 14em; }
#filters input[type=search] { width: 16em; } #shown { margin-left: auto; color: var(--muted); }
main { padding: 8px 28px 40px; }
h2 { font-size: 18px; margin: 22px 0 6px; } h2 small { font-weight: normal; color: var(--muted); font-size: 14px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line); padding: 4px 8px; font-size: 13px; }
td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: middle; }
tr.goal { cursor: pointer; } tr.goal:hover { background: #f6f8fa; } tr.goal:focus { outline: 2px solid #0969da; }
.toggle { display: inline-block; width: 1em; color: var(--muted); }
tr.goal[aria-expanded=true] .toggle { transform: rotate(90deg); }
.id { color: var(--muted); font-size: 12px; font-family: ui-monospace, monospace; }
.verdict { display: inline-block; border-radius: 6px; padding: 1px 8px; font-weight: 600; white-space: nowrap; border: 1px solid; }
.verdict.met { color: var(--met); background: var(--met-bg); }
.verdict.missed { color: var(--missed); background: var(--missed-bg); border-style: dashed; }
.verdict.pending { color: var(--pending); background: var(--pending-bg); border-style: dotted; }
.num { white-space: nowrap; } .muted { color: var(--muted); }
.progress { display: inline-block; width: 70px; height: 8px; background: #eaeef2; border-radius: 4px; vertical-align: middle; margin-right: 4px; }
.progress span { display: block; height: 8px; border-radius: 4px; background: #57606a; }
tr.evidence td { background: #f6f8fa; padding: 10px 16px 14px 36px; overflow-wrap: anywhere; word-break: break-word; }
.reason { margin: 0 0 8px; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 4px solid var(--line); background: #fff; }
cite { display: block; color: var(--muted); font-style: normal; font-size: 13px; }
ul.figures { margin: 6px 0 0; padding-left: 18px; } ul.figures li { margin: 4px 0; }
.role { display: inline-block; min-width: 6em; font-weight: 600; } .role.used { color: var(--met); }
.empty { color: var(--muted); padding: 20px 0; }
.star { color: #bf8700; } .fixed { display: inline-block; font-size: 12px; border: 1px solid #0969da; color: #0969da;
  border-radius: 6px; padding: 0 6px; margin-left: 4px; } .correction { margin: 0 0 8px; color: #0969da; }
p.more { text-align: center; } p.more button { font: inherit; padding: 4px 14px; }
#compare { padding: 4px 28px 12px; } #compare summary { font-size: 18px; font-weight: 600; cursor: pointer; }
#compare .pick { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0; color: var(--muted); align-items: center; }
#compare select { font: inherit; padding: 2px 6px; max-width: 16em; }
#c-chart text { font-size: 12px; fill: #1f2328; } #c-plot { overflow-x: auto; }
@media print { #filters { display: none; } tr.evidence[hidden] { display: table-row; } }
)css";

constexpr char const* script = R"js(
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
)js";

using app::actual_of;

// A bullet chart's positions, for the page's script to draw: the goal's band (左右's tolerance, a range, or
// the good side of a bound) [x, width], the actual as a bar from zero [x, width], then the target lines' x;
// null for a goal without a number to draw.
nlohmann::json bullet(rules::statement const& g, engine::verdict const& v) {
    if (g.measure == rules::measure::milestone || g.comparator == rules::comparator::direction)
        return nullptr;
    std::vector<double> targets;
    double band_lo = std::numeric_limits<double>::quiet_NaN(), band_hi = band_lo;
    if (g.comparator == rules::comparator::range && g.low && g.high) {
        targets = {*g.low, *g.high};
        band_lo = *g.low;
        band_hi = *g.high;
    } else if (g.value) {
        targets = {*g.value};
        if (g.comparator == rules::comparator::about) {
            double const tol = rules::is_rate_unit(g.unit) ? v.tolerance : std::fabs(*g.value) * v.tolerance;
            band_lo = *g.value - tol;
            band_hi = *g.value + tol;
        }
    } else {
        return nullptr;
    }
    auto const actual = actual_of(v);
    std::vector<double> xs = targets;
    xs.push_back(0);
    if (!std::isnan(band_lo)) xs.insert(xs.end(), {band_lo, band_hi});
    if (actual) {
        if (std::isfinite(actual->low)) xs.push_back(actual->low);
        if (std::isfinite(actual->high)) xs.push_back(actual->high);
    }
    double lo = *std::min_element(xs.begin(), xs.end()), hi = *std::max_element(xs.begin(), xs.end());
    double const pad = (hi - lo) * 0.1 + (hi == lo ? 1 : 0);
    lo = lo < 0 ? lo - pad : 0;
    hi = hi > 0 ? hi + pad : 0;
    // the good side of a bound, when there is no band: ≥ shades from the target up, ≤ from it down
    if (std::isnan(band_lo) && targets.size() == 1) {
        using rules::comparator;
        if (g.comparator == comparator::at_least || g.comparator == comparator::more_than) {
            band_lo = targets[0];
            band_hi = hi;
        } else if (g.comparator == comparator::at_most || g.comparator == comparator::less_than) {
            band_lo = lo;
            band_hi = targets[0];
        }
    }
    constexpr double left = 4, inner = 162;
    auto x = [&](double value) { return std::round(left + (value - lo) / (hi - lo) * inner); };
    auto out = nlohmann::json::array();
    if (std::isnan(band_lo)) {
        out.insert(out.end(), {nullptr, nullptr});
    } else {
        out.push_back(x(band_lo));
        out.push_back(std::max(1.0, x(band_hi) - x(band_lo)));
    }
    if (actual && std::isfinite(actual->low)) {
        double const a = x(actual->low), zero = x(0);
        out.push_back(std::min(a, zero));
        out.push_back(std::max(1.0, std::fabs(a - zero)));
    } else {
        out.insert(out.end(), {nullptr, nullptr});
    }
    for (double t : targets) out.push_back(x(t) - 1);
    return out;
}

// The strings many goals share (a figure's sentence and source, a note's words), each written once in the
// page and named by its index.
class shared_strings {
public:
    std::size_t operator()(std::string const& s) {
        auto const [it, added] = index_.emplace(s, list_.size());
        if (added) list_.push_back(s);
        return it->second;
    }
    nlohmann::json all() const { return list_; }

private:
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<std::string> list_;
};

// The page's data: the goals' rows as columns (no key repeated 20,000 times), and each goal's evidence, read
// only when its row is first opened. A string many goals share is a number into `words`.
struct page_data {
    nlohmann::json columns = nlohmann::json::object();
    nlohmann::json evidence = nlohmann::json::array();
    nlohmann::json figures = nlohmann::json::array();
    std::unordered_map<std::size_t, std::size_t> figure_rows;
    shared_strings words;

    void add(report_page const& page, std::size_t i);
};

nlohmann::json finite_or_null(std::optional<double> v) {
    return v && std::isfinite(*v) ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

void page_data::add(report_page const& page, std::size_t i) {
    auto const& g = page.goals[i];
    auto const& v = page.verdicts[i];
    auto column = [&](char const* key, nlohmann::json value) { columns[key].push_back(std::move(value)); };
    column("id", rules::stable_id(g));
    column("r", words(g.region));
    column("y", app::year_of(g));
    column("m", words(g.metric));
    column("ms", words(std::string(rules::name(g.measure))));
    column("t", engine::goal_text(g));
    column("tg", engine::show_target(g));
    column("a", engine::show_actual(v, g, page.figures));
    column("v", words(std::string(engine::name(v))));
    column("p", v.progress ? finite_or_null(std::round(*v.progress * 1000) / 1000) : nullptr);
    column("dl", g.deadline ? format_date(*g.deadline) : "");
    column("h", g.headline ? 1 : 0);
    column("c", i < page.corrected.size() ? page.corrected[i] : "");
    column("rp", words(g.src.report));
    column("st", g.src.start);
    column("en", g.src.end);
    bool const range = g.comparator == rules::comparator::range && g.low && g.high;
    bool const amount = !range && g.measure != rules::measure::milestone;
    column("val", amount ? finite_or_null(g.value) : nullptr);
    column("lo", range ? finite_or_null(g.low) : nullptr);
    column("hi", range ? finite_or_null(g.high) : nullptr);
    auto const actual = actual_of(v);
    bool const one = actual && v.rule != engine::rule::milestone && actual->low == actual->high;
    column("av", one ? finite_or_null(actual->low) : nullptr);
    column("b", bullet(g, v));

    // the evidence: [reason, sentence, the goal's date and strength, rule, notes]
    auto notes = nlohmann::json::array();
    for (auto const& n : page.explanations[i].notes) {
        auto [row, added] = figure_rows.emplace(n.figure, figure_rows.size());
        if (added) {
            auto const& f = page.figures[n.figure];
            figures.push_back({f.period ? engine::period_text(*f.period) : "", engine::one_line(f.src.text),
                               words(fmt::format("{} · {} · bytes {}–{}", engine::report_label(f),
                                                 f.src.report, f.src.start, f.src.end))});
        }
        notes.push_back({words(std::string(engine::name(n.note))), n.note == engine::note::used ? 1 : 0,
                         engine::show_figure(page.figures, n.figure, g), row->second,
                         words(std::string(engine::why(n.note)))});
    }
    evidence.push_back(
        {page.reasons[i], engine::one_line(g.src.text),
         words((g.reported ? format_date(*g.reported) : "no date") +
               (g.strength != rules::strength::none ? " · " + std::string(rules::name(g.strength)) : "")),
         words(std::string(engine::name(v.rule))), std::move(notes)});
}

std::string json_text(nlohmann::json const& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// zlib's format, which a browser's DecompressionStream('deflate') reads.
std::string deflate(std::string const& bytes) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<Bytef const*>(bytes.data()),
                  static_cast<uLong>(bytes.size()), 3) != Z_OK)
        throw std::runtime_error("zlib could not deflate the page's data");
    out.resize(size);
    return out;
}

std::string base64(std::string const& bytes) {
    static constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        auto const byte = [&](std::size_t k) {
            return k < bytes.size() ? static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])) : 0u;
        };
        std::uint32_t const n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        out += digits[n >> 18 & 63];
        out += digits[n >> 12 & 63];
        out += i + 1 < bytes.size() ? digits[n >> 6 & 63] : '=';
        out += i + 2 < bytes.size() ? digits[n & 63] : '=';
    }
    return out;
}

// JSON inside <script>, appended: no <, > or & as such, so that no text of a report can end the element.
void append_script_safe(std::string& out, std::string const& json) {
    for (char c : json) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
}

// The page's data in a <script> element: as JSON (made safe to stand there), or past a megabyte deflated in
// base64 (a browser takes seconds to read 15 MB of page; deflated, the data is some six times smaller).
std::string data_element(char const* id, std::string const& data) {
    std::string out;
    if (data.size() > (1u << 20)) {
        out = fmt::format("<script type=\"application/json\" id=\"{}\" data-deflated data-size=\"{}\">", id,
                          data.size());
        out += base64(deflate(data));
    } else {
        out = fmt::format("<script type=\"application/json\" id=\"{}\">", id);
        append_script_safe(out, data);
    }
    return out + "</script>\n";
}

std::string headline_chart(
    std::vector<std::tuple<std::string, int, std::size_t, std::size_t, std::size_t>> const& bars) {
    constexpr double label = 150, bar_width = 460, row = 28;
    std::size_t most = 1;
    for (auto const& [r, y, met, missed, pending] : bars) most = std::max(most, met + missed + pending);
    double const h = static_cast<double>(bars.size()) * row + 24;
    std::string svg = fmt::format(
        "<svg id=\"chart\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"met, missed and pending "
        "goals per "
        "region and year\"><defs>"
        "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#c62828\"/>"
        "<rect width=\"2\" height=\"6\" fill=\"#ffffff\" opacity=\"0.55\"/></pattern>"
        "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" "
        "height=\"5\" fill=\"#d4a72c\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#ffffff\" "
        "opacity=\"0.7\"/></pattern></defs>",
        label + bar_width + 60, h);
    double y = 4;
    for (auto const& [region, year, met, missed, pending] : bars) {
        // a bar of a region over all its years has no year; one of all regions of a year, no region
        std::string const name = region.empty() ? "(no region)" : region;
        svg += fmt::format("<text x=\"{}\" y=\"{:.0f}\" text-anchor=\"end\">{}</text>", label - 8, y + 15,
                           escape(year == 0 ? name : fmt::format("{} {}", name, year)));
        double x = label;
        for (auto const& [count, fill, text_fill] :
             {std::tuple{met, "#1a7f37", "#ffffff"}, std::tuple{missed, "url(#hatch)", "#ffffff"},
              std::tuple{pending, "url(#dots)", "#1f2328"}}) {
            if (count == 0) continue;
            double const w = bar_width * static_cast<double>(count) / static_cast<double>(most);
            svg += fmt::format(
                "<rect x=\"{:.1f}\" y=\"{:.0f}\" width=\"{:.1f}\" height=\"22\" fill=\"{}\" "
                "stroke=\"#ffffff\"/>",
                x, y, w, fill);
            // the count on its bar, outlined so it reads on the patterns
            if (w >= 16)
                svg += fmt::format(
                    "<text x=\"{:.1f}\" y=\"{:.0f}\" text-anchor=\"middle\" style=\"fill:{};"
                    "font-weight:700;font-size:13px;paint-order:stroke;stroke:{};stroke-width:3px\">{}"
                    "</text>",
                    x + w / 2, y + 16, text_fill, text_fill == std::string_view("#ffffff") ? "#333" : "#fff",
                    count);
            x += w;
        }
        svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.0f}\" class=\"muted\">{}</text>", x + 6, y + 15,
                           met + missed + pending);
        y += row;
    }
    svg +=
        fmt::format("<text x=\"{}\" y=\"{:.0f}\">■ met   ▨ missed   ⁘ pending</text></svg>", label, y + 12);
    return svg;
}

// met, missed and pending among the goals given
std::tuple<std::size_t, std::size_t, std::size_t> tally(std::vector<engine::verdict> const& verdicts,
                                                        std::vector<std::size_t> const& goals) {
    std::size_t met = 0, missed = 0, pending = 0;
    for (std::size_t i : goals) {
        met += engine::is_met(verdicts[i]);
        missed += engine::is_missed(verdicts[i]);
        pending += engine::is_pending(verdicts[i]);
    }
    return {met, missed, pending};
}

std::string options(std::set<std::string> const& values) {
    std::string out = "<option value=\"\">all</option>";
    for (auto const& v : values) out += fmt::format("<option value=\"{}\">{}</option>", escape(v), escape(v));
    return out;
}

}  // namespace

std::string render_html(report_page const& page) {
    // the chart's bars: region and year while they are few, else region, else year
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> groups;
    std::set<std::string> regions, metrics, years;
    for (std::size_t i : page.shown) {
        auto const& g = page.goals[i];
        groups[{g.region, app::year_of(g)}].push_back(i);
        regions.insert(g.region);
        years.insert(std::to_string(app::year_of(g)));
        metrics.insert(g.metric);
    }
    std::map<std::pair<std::string, int>, std::vector<std::size_t>> bars_of = groups;
    if (groups.size() > 40) {
        bars_of.clear();
        for (std::size_t i : page.shown) {
            auto const& g = page.goals[i];
            if (regions.size() <= 40)
                bars_of[{g.region, 0}].push_back(i);
            else
                bars_of[{"all regions", app::year_of(g)}].push_back(i);
        }
    }
    auto const [met, missed, pending] = tally(page.verdicts, page.shown);
    std::string const as_of = format_date(page.as_of);
    bool const any_headline = std::any_of(page.shown.begin(), page.shown.end(),
                                          [&](std::size_t i) { return page.goals[i].headline; });
    std::string out =
        "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out +=
        fmt::format("<title>目标落实情况 · as of {} · luoshi</title>\n<style>{}</style>\n</head>\n<body>\n",
                    as_of, style);
    out += fmt::format(
        "<header><h1>目标落实情况 <small>goals met, missed and pending as of {}</small></h1>"
        "<p class=\"sub\">{} goals from {} reports and rule files in {} · judged by luoshi · click a "
        "goal for its evidence{}</p></header>\n",
        as_of, page.shown.size(), page.reports, escape(page.store),
        any_headline ? " · ★ a headline target (the report's main targets), listed first" : "");

    std::vector<std::tuple<std::string, int, std::size_t, std::size_t, std::size_t>> bars;
    for (auto const& [key, members] : bars_of) {
        auto const [a, b, c] = tally(page.verdicts, members);
        bars.emplace_back(key.first, key.second, a, b, c);
    }
    out += "<section id=\"headline\"><div class=\"totals\">";
    out += fmt::format("<div class=\"total met\" id=\"count-met\"><b>{}</b>✓ met</div>", met);
    out += fmt::format("<div class=\"total missed\" id=\"count-missed\"><b>{}</b>✗ missed</div>", missed);
    out += fmt::format("<div class=\"total pending\" id=\"count-pending\"><b>{}</b>… pending</div>", pending);
    out += "</div>" + headline_chart(bars) + "</section>\n";

    // across regions: the metric most regions set a goal of, 地区生产总值 when there is one
    std::map<std::string, std::set<std::string>> regions_of;
    for (std::size_t i : page.shown) regions_of[page.goals[i].metric].insert(page.goals[i].region);
    std::string chosen;
    std::size_t most = 0;
    for (auto const& [m, rs] : regions_of)
        if (rs.size() > most || (m == "地区生产总值" && rs.size() >= most)) {
            chosen = m;
            most = rs.size();
        }
    if (!page.shown.empty()) {
        std::string metric_options;
        std::vector<std::pair<std::string, std::size_t>> by_reach;
        for (auto const& [m, rs] : regions_of) by_reach.emplace_back(m, rs.size());
        std::stable_sort(by_reach.begin(), by_reach.end(),
                         [](auto const& a, auto const& b) { return a.second > b.second; });
        for (auto const& [m, n] : by_reach)
            metric_options += fmt::format("<option value=\"{}\"{}>{} ({} region{})</option>", escape(m),
                                          m == chosen ? " selected" : "", escape(m), n, n == 1 ? "" : "s");
        out +=
            "<details id=\"compare\" open><summary>Across regions <small class=\"muted\" "
            "id=\"c-count\"></small></summary><div class=\"pick\">";
        out += fmt::format("<label>metric <select id=\"c-metric\">{}</select></label>", metric_options);
        out += "<label>measure <select id=\"c-measure\"></select></label>";
        out += fmt::format("<label>year <select id=\"c-year\">{}</select></label>", options(years));
        out += "<label><input type=\"checkbox\" id=\"c-headline\"> headline targets only</label></div>";
        out += "<div id=\"c-plot\"></div><div id=\"c-table\"></div></details>\n";
    }

    out += "<section id=\"filters\">";
    out += fmt::format("<label>region <select id=\"f-region\">{}</select></label>", options(regions));
    out += fmt::format("<label>year <select id=\"f-year\">{}</select></label>", options(years));
    out += fmt::format("<label>metric <select id=\"f-metric\">{}</select></label>", options(metrics));
    out += "<span>";
    for (char const* v : {"met", "missed", "pending"})
        out += fmt::format(
            "<label><input type=\"checkbox\" name=\"verdict\" value=\"{}\" checked> {}</label> ", v, v);
    out += "</span>";
    if (any_headline) out += "<label><input type=\"checkbox\" id=\"f-headline\"> ★ headline only</label>";
    out += "<input type=\"search\" id=\"f-search\" placeholder=\"search goals, metrics, sentences\">";
    out += fmt::format("<span id=\"shown\">{} of {} goals</span></section>\n<main id=\"goals\">\n",
                       page.shown.size(), page.shown.size());
    out += page.shown.empty()
               ? "<p class=\"empty\">No goal to show: the store holds none for these filters.</p>"
               : "<p class=\"empty\">The goals are drawn by the page's script: it needs JavaScript.</p>";
    out += "</main>\n<p id=\"timing\" class=\"muted\" hidden></p>\n";

    // the data: the rows, read when the page opens; the evidence, when a row is first opened
    page_data data;
    for (std::size_t i : page.shown) data.add(page, i);
    std::string const rows =
        "{\"columns\":" + json_text(data.columns) + ",\n\"words\":" + json_text(data.words.all()) + "}";
    std::string const evidence =
        "{\"evidence\":" + json_text(data.evidence) + ",\n\"figures\":" + json_text(data.figures) + "}";
    out += data_element("data", rows);
    out += data_element("evidence", evidence);
    out += fmt::format("<script>{}</script>\n</body>\n</html>\n", script);
    return out;
}

}  // namespace luoshi::cli
