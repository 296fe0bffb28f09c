(function () {
  'use strict';
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById('assay-data').textContent);
  var R = D.rows, PAGE = 100, page = 0, view = new Int32Array(0), hay = null;
  var OUTCOMES = ['completed', 'failed', 'blocked'];
  var ESC = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  function $(id) { return document.getElementById(id); }
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function fmt(x) { return String(Math.round(x * 1000) / 1000); }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function options(sel, names) {
    names.forEach(function (n, i) {
      var o = document.createElement('option'); o.value = String(i); o.textContent = n; sel.appendChild(o);
    });
  }
  options($('f-lang'), D.languages); options($('f-cat'), D.categories); options($('f-scorer'), D.scorers);

  // row: [id, epoch, language, category, outcome, scores, in, out, ms, cost, error, transcript]
  function lastText(r, role) {
    var t = r[11];
    for (var i = t.length - 1; i >= 0; i--) if (t[i][0] === role) return t[i][1];
    return '';
  }
  function haystack(i) {
    if (!hay) hay = new Array(R.length);
    var h = hay[i];
    if (h === undefined) {
      var r = R[i], parts = [r[0], r[10]];
      r[11].forEach(function (m) {
        parts.push(m[1]);
        if (m[0] === 'assistant') m[2].forEach(function (c) { parts.push(c[1], c[2]); });
      });
      r[5].forEach(function (s) { if (s) parts.push(s[1], s[2]); });
      h = hay[i] = parts.join('\n').toLowerCase();
    }
    return h;
  }
  function filter() {
    var q = $('f-q').value.trim().toLowerCase();
    var L = $('f-lang').value === '' ? -1 : +$('f-lang').value;
    var C = $('f-cat').value === '' ? -1 : +$('f-cat').value;
    var O = $('f-outcome').value === '' ? -1 : +$('f-outcome').value;
    var S = $('f-scorer').value === '' ? 0 : +$('f-scorer').value;
    var lo = $('f-min').value === '' ? null : +$('f-min').value;
    var hi = $('f-max').value === '' ? null : +$('f-max').value;
    var idx = new Int32Array(R.length), n = 0;
    for (var i = 0; i < R.length; i++) {
      var r = R[i];
      if ((L >= 0 && r[2] !== L) || (C >= 0 && r[3] !== C) || (O >= 0 && r[4] !== O)) continue;
      if (lo !== null || hi !== null) {
        var s = r[5][S];
        if (!s || (lo !== null && s[0] < lo) || (hi !== null && s[0] > hi)) continue;
      }
      if (q && haystack(i).indexOf(q) < 0) continue;
      idx[n++] = i;
    }
    view = idx.subarray(0, n); page = 0; render();
  }
  function scores(r) {
    return D.scorers.map(function (name, k) {
      var s = r[5][k];
      if (!s) return '';
      var cls = s[0] >= 1 ? 'pass' : s[0] <= 0 ? 'fail' : 'mid';
      return '<span class="score ' + cls + '" title="' + esc(name + ': ' + s[1] + ' ' + s[2]) + '">' +
        esc(name) + ' ' + fmt(s[0]) + '</span>';
    }).join(' ');
  }
  function rowHtml(i) {
    var r = R[i];
    var answer = r[4] === 0 ? lastText(r, 'assistant') : r[10];
    return '<tr class="row o' + r[4] + '" data-i="' + i + '"><td>' + esc(r[0]) + '</td><td class="num">' + r[1] +
      '</td><td>' + esc(D.languages[r[2]]) + '</td><td>' + esc(D.categories[r[3]]) + '</td><td>' +
      OUTCOMES[r[4]] + '</td><td>' + scores(r) + '</td><td>' + esc(clip(lastText(r, 'user'), 90)) + '</td><td>' +
      esc(clip(answer, 90)) + '</td><td class="num">' + r[6] + ' / ' + r[7] + '</td><td class="num">' +
      (r[9] === null ? '' : r[9].toFixed(6)) + '</td></tr>';
  }
  function detailHtml(i) {
    var r = R[i], h = '<tr class="detail"><td colspan="10"><div class="transcript">';
    r[11].forEach(function (m) {
      var role = m[0] + (m[0] === 'tool' ? ' ' + esc(m[2]) + (m[3] ? ' (error)' : '') : '');
      h += '<div class="msg ' + m[0] + '"><div class="role">' + role + '</div><pre>' + esc(m[1]) + '</pre>';
      if (m[0] === 'assistant') m[2].forEach(function (c) {
        h += '<div class="call">tool call <b>' + esc(c[1]) + '</b> <code>' + esc(c[0]) + '</code><pre>' +
          esc(c[2]) + '</pre></div>';
      });
      h += '</div>';
    });
    if (r[10]) h += '<div class="msg error"><div class="role">error</div><pre>' + esc(r[10]) + '</pre></div>';
    h += '</div><table class="scores"><tr><th>scorer</th><th>value</th><th>label</th><th>explanation</th></tr>';
    D.scorers.forEach(function (name, k) {
      var s = r[5][k];
      if (s) h += '<tr><td>' + esc(name) + '</td><td class="num">' + fmt(s[0]) + '</td><td>' + esc(s[1]) +
        '</td><td>' + esc(s[2]) + '</td></tr>';
    });
    h += '</table><p class="muted">' + r[6] + ' input tokens, ' + r[7] + ' output tokens, ' + r[8] + ' ms' +
      (r[9] === null ? '' : ', cost ' + esc(D.currency) + ' ' + r[9].toFixed(6)) + '</p></td></tr>';
    return h;
  }
  function render() {
    var start = page * PAGE, end = Math.min(view.length, start + PAGE), h = [];
    for (var k = start; k < end; k++) h.push(rowHtml(view[k]));
    $('rows').innerHTML = h.join('');
    $('page-info').textContent = view.length
      ? 'rows ' + (start + 1) + '\u2013' + end + ' of ' + view.length +
        (view.length < R.length ? ' (filtered from ' + R.length + ')' : '')
      : 'no sample matches';
    $('prev').disabled = page === 0;
    $('next').disabled = end >= view.length;
  }
  $('rows').addEventListener('click', function (e) {
    var tr = e.target.closest('tr.row');
    if (!tr) return;
    var next = tr.nextElementSibling;
    if (next && next.classList.contains('detail')) { next.remove(); return; }
    tr.insertAdjacentHTML('afterend', detailHtml(+tr.getAttribute('data-i')));
  });
  $('prev').onclick = function () { if (page > 0) { page--; render(); } };
  $('next').onclick = function () { if ((page + 1) * PAGE < view.length) { page++; render(); } };
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(filter, 200); }
  ['f-q', 'f-min', 'f-max'].forEach(function (id) { $(id).addEventListener('input', later); });
  ['f-lang', 'f-cat', 'f-outcome', 'f-scorer'].forEach(function (id) { $(id).addEventListener('change', filter); });

  // Filters may be given in the address: report.html#lang=ms&category=weapons&outcome=failed&q=word&min=0&max=0.5
  // (and open=ID opens that sample's transcript on the first page)
  var hash = new URLSearchParams(location.hash.slice(1));
  function pick(id, name) {
    if (!hash.has(name)) return;
    Array.prototype.forEach.call($(id).options, function (o) { if (o.textContent === hash.get(name)) $(id).value = o.value; });
  }
  pick('f-lang', 'lang'); pick('f-cat', 'category'); pick('f-outcome', 'outcome'); pick('f-scorer', 'scorer');
  ['q', 'min', 'max'].forEach(function (k) { if (hash.has(k)) $('f-' + k).value = hash.get(k); });
  filter();
  if (hash.has('open')) {
    var tr = document.querySelector('#rows tr.row');
    Array.prototype.forEach.call(document.querySelectorAll('#rows tr.row'), function (t) {
      if (R[+t.getAttribute('data-i')][0] === hash.get('open')) tr = t;
    });
    if (tr) tr.click();
  }
  var ms = performance.now();
  $('timing').textContent = R.length + ' samples; first page shown ' + Math.round(ms) +
    ' ms after navigation start (' + Math.round(ms - t0) + ' ms of it in this script)';
  document.body.setAttribute('data-ready-ms', String(Math.round(ms)));
  document.body.setAttribute('data-script-ms', String(Math.round(ms - t0)));
})();
