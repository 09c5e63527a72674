/* Waspada reviewers' page: work through the case queue with one key per label.
 * Talks to GET /v1/cases, POST /v1/cases/{id}/reviews and GET /v1/cases/stats
 * with the reviewer key (kept in sessionStorage for this tab only). Ad texts
 * come from the public and are only ever set as textContent. */
(function () {
  'use strict';

  var STRINGS = {
    en: {
      tagline: 'Review checked ads', heading: 'Review queue', queue: 'Queue',
      q_unreviewed: 'Not reviewed yet', q_disagreement: 'Disagreements', q_all: 'All cases',
      risk: 'Risk', r_any: 'Any', r_medium: 'Medium', r_high: 'High', r_low: 'Low',
      key: 'Reviewer key', use_key: 'Use key', note: 'Note (optional)',
      l_scam: 'Scam', l_legitimate: 'Legitimate', l_not_a_job_ad: 'Not a job ad',
      l_unsure: 'Unsure', skip: 'Skip',
      keys: 'Keys: 1–4 label, S skip, N note, Esc leaves the note.',
      empty: 'Nothing left in this queue.',
      chart: 'How often reviewers agreed with the model',
      chart_hint: 'Per week and risk band (medium and high count as the model calling the ad a scam).',
      progress: '{reviewed} of {cases} cases reviewed · {left} in this queue · case {pos}',
      progress_empty: '{reviewed} of {cases} cases reviewed',
      risk_high: 'High risk', risk_medium: 'Medium risk', risk_low: 'Low risk',
      score: 'score {n}%', no_text: '(The text of this ad was not kept; only its verdict.)',
      votes: 'Reviews so far: {votes}', no_votes: 'No reviews yet.',
      conflict: 'reviewers disagree', feedback: 'clients: {right} right, {wrong} wrong',
      saved: 'Saved as “{label}”.', no_data: 'No reviewed cases yet.',
      need_key: 'This server needs a reviewer key: enter yours above.',
      failed: 'Could not reach the server ({reason}).'
    },
    id: {
      tagline: 'Tinjau iklan yang sudah dicek', heading: 'Antrean tinjauan', queue: 'Antrean',
      q_unreviewed: 'Belum ditinjau', q_disagreement: 'Perbedaan pendapat', q_all: 'Semua kasus',
      risk: 'Risiko', r_any: 'Semua', r_medium: 'Sedang', r_high: 'Tinggi', r_low: 'Rendah',
      key: 'Kunci peninjau', use_key: 'Pakai kunci', note: 'Catatan (opsional)',
      l_scam: 'Penipuan', l_legitimate: 'Asli', l_not_a_job_ad: 'Bukan iklan kerja',
      l_unsure: 'Ragu', skip: 'Lewati',
      keys: 'Tombol: 1–4 label, S lewati, N catatan, Esc keluar dari catatan.',
      empty: 'Antrean ini sudah habis.',
      chart: 'Seberapa sering peninjau setuju dengan model',
      chart_hint: 'Per minggu dan tingkat risiko (sedang dan tinggi dihitung sebagai model menyebut iklan penipuan).',
      progress: '{reviewed} dari {cases} kasus ditinjau · {left} di antrean ini · kasus {pos}',
      progress_empty: '{reviewed} dari {cases} kasus ditinjau',
      risk_high: 'Risiko tinggi', risk_medium: 'Risiko sedang', risk_low: 'Risiko rendah',
      score: 'skor {n}%', no_text: '(Teks iklan ini tidak disimpan; hanya hasilnya.)',
      votes: 'Tinjauan sejauh ini: {votes}', no_votes: 'Belum ada tinjauan.',
      conflict: 'peninjau berbeda pendapat', feedback: 'pengguna: {right} benar, {wrong} salah',
      saved: 'Disimpan sebagai “{label}”.', no_data: 'Belum ada kasus yang ditinjau.',
      need_key: 'Server ini memerlukan kunci peninjau: masukkan kunci Anda di atas.',
      failed: 'Server tidak dapat dihubungi ({reason}).'
    }
  };
  var LABEL_KEYS = { '1': 'scam', '2': 'legitimate', '3': 'not_a_job_ad', '4': 'unsure' };
  var KEY_STORE = 'waspada-reviewer-key';
  var state = { lang: 'en', items: [], pos: 0, total: 0, stats: null, busy: false, skipped: {}, rules: {} };

  function $(id) { return document.getElementById(id); }
  function t(key, vars) {
    var s = (STRINGS[state.lang] || STRINGS.en)[key] || STRINGS.en[key] || key;
    Object.keys(vars || {}).forEach(function (name) { s = s.split('{' + name + '}').join(String(vars[name])); });
    return s;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function headers(json) {
    var h = { 'Accept': 'application/json' };
    if (json) h['Content-Type'] = 'application/json';
    var key = sessionStorage.getItem(KEY_STORE);
    if (key) h['X-API-Key'] = key;
    return h;
  }

  function api(path, options) {
    options = options || {};
    return fetch(path, {
      method: options.method || 'GET',
      headers: headers(Boolean(options.body)),
      body: options.body ? JSON.stringify(options.body) : undefined
    }).then(function (resp) {
      return resp.json().catch(function () { return null; }).then(function (data) {
        if (!resp.ok) {
          var code = data && data.error && data.error.code;
          var error = new Error(code || String(resp.status));
          error.status = resp.status;
          throw error;
        }
        return data;
      });
    });
  }

  function showError(error) {
    var box = $('review-error');
    if (!error) { box.hidden = true; box.textContent = ''; return; }
    box.hidden = false;
    box.textContent = error.status === 401 ? t('need_key') : t('failed', { reason: error.message });
    if (error.status === 401) $('rev-key').focus();
  }

  function queuePath() {
    var params = ['limit=50'];
    var queue = $('queue').value;
    if (queue === 'unreviewed') params.push('unreviewed=true');
    if (queue === 'disagreement') params.push('disagreement=true');
    if ($('risk').value) params.push('risk=' + encodeURIComponent($('risk').value));
    return '/v1/cases?' + params.join('&');
  }

  function load() {
    showError(null);
    return Promise.all([api(queuePath()), api('/v1/cases/stats')]).then(function (answers) {
      // Cases skipped in this visit stay out of the queue until the page reloads.
      var items = answers[0].items || [];
      state.items = items.filter(function (item) { return !state.skipped[item.case_id]; });
      state.total = Math.max(0, (answers[0].total || 0) - (items.length - state.items.length));
      state.pos = 0;
      state.stats = answers[1];
      render();
    }).catch(function (error) {
      state.items = [];
      render();
      showError(error);
    });
  }

  function ruleTitle(id) {
    var rule = state.rules[id];
    var title = rule && rule.title && (rule.title[state.lang] || rule.title.en);
    return typeof title === 'string' ? title : String(id || '');
  }

  function loadRules() {
    return fetch('/v1/rules', { headers: { 'Accept': 'application/json' } })
      .then(function (resp) { return resp.ok ? resp.json() : null; })
      .then(function (body) {
        (body && Array.isArray(body.rules) ? body.rules : []).forEach(function (rule) {
          if (rule && typeof rule.id === 'string') state.rules[rule.id] = rule;
        });
        render();
      }).catch(function () {});
  }

  function refreshStats() {
    return api('/v1/cases/stats').then(function (stats) { state.stats = stats; paintProgress(); paintChart(); })
      .catch(function () {});
  }

  function paintProgress() {
    var stats = state.stats || { reviewed: 0, cases: 0 };
    var current = state.items[state.pos];
    $('progress').textContent = current
      ? t('progress', { reviewed: stats.reviewed, cases: stats.cases, left: state.total, pos: state.pos + 1 })
      : t('progress_empty', { reviewed: stats.reviewed, cases: stats.cases });
  }

  function markedText(container, text, marks) {
    clear(container);
    var spans = (marks || []).filter(function (m) {
      return Array.isArray(m) && m[0] >= 0 && m[1] > m[0] && m[1] <= text.length;
    }).sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var at = 0;
    spans.forEach(function (m) {
      if (m[0] < at) return; // overlapping evidence: the first one wins
      if (m[0] > at) container.appendChild(document.createTextNode(text.slice(at, m[0])));
      container.appendChild(el('mark', text.slice(m[0], m[1]), { title: ruleTitle(m[2]), 'data-rule': String(m[2] || '') }));
      at = m[1];
    });
    if (at < text.length) container.appendChild(document.createTextNode(text.slice(at)));
  }

  function render() {
    var item = state.items[state.pos];
    $('case').hidden = !item;
    $('empty').hidden = Boolean(item);
    paintProgress();
    paintChart();
    if (!item) return;
    $('case').setAttribute('data-case-id', item.case_id);
    var badge = $('case-risk');
    badge.textContent = t('risk_' + item.risk);
    badge.setAttribute('data-risk', item.risk);
    $('case-score').textContent = t('score', { n: Math.round(item.score * 100) });
    $('case-meta').textContent = [item.created_at, item.channel, item.language, item.model_version]
      .filter(Boolean).join(' · ');
    var flags = $('case-flags');
    clear(flags);
    (item.flags || []).forEach(function (rule) { flags.appendChild(el('li', ruleTitle(rule), { 'data-rule': rule })); });
    if (typeof item.text === 'string') markedText($('case-text'), item.text, item.marks);
    else { clear($('case-text')); $('case-text').textContent = t('no_text'); }
    var votes = Object.keys(item.votes || {}).filter(function (k) { return item.votes[k] > 0; })
      .map(function (k) { return t('l_' + k) + ' ' + item.votes[k]; });
    var line = votes.length ? t('votes', { votes: votes.join(', ') }) : t('no_votes');
    if (item.conflict) line += ' · ' + t('conflict');
    if (item.feedback && (item.feedback.right || item.feedback.wrong)) line += ' · ' + t('feedback', item.feedback);
    $('case-votes').textContent = line;
    $('note').value = '';
  }

  function paintChart() {
    var body = $('chart-body');
    clear(body);
    var weeks = state.stats && state.stats.agreement ? state.stats.agreement.by_week : [];
    if (!weeks || !weeks.length) { body.appendChild(el('p', t('no_data'), { 'class': 'muted' })); return; }
    weeks.slice(-8).forEach(function (week) {
      var row = el('div', null, { 'class': 'chart-week', 'data-week': week.week });
      row.appendChild(el('span', week.week, { 'class': 'chart-label' }));
      var bars = el('div', null, { 'class': 'chart-bars' });
      ['high', 'medium', 'low'].forEach(function (risk) {
        var cell = week.by_risk[risk];
        if (!cell) return;
        var pct = Math.round((cell.rate || 0) * 100);
        var bar = el('div', null, { 'class': 'chart-bar', role: 'img',
          'aria-label': t('risk_' + risk) + ': ' + pct + '% (' + cell.agreed + '/' + cell.reviewed + ')' });
        var fill = el('div', null, { 'class': 'chart-fill', 'data-risk': risk });
        fill.style.width = pct + '%';
        bar.appendChild(fill);
        bars.appendChild(bar);
        bars.appendChild(el('span', t('risk_' + risk) + ' ' + pct + '% (' + cell.agreed + '/' + cell.reviewed + ')',
          { 'class': 'chart-label' }));
      });
      row.appendChild(bars);
      body.appendChild(row);
    });
  }

  function label(name) {
    var item = state.items[state.pos];
    if (!item || state.busy) return;
    state.busy = true;
    var note = $('note').value.trim();
    var body = { label: name };
    if (note) body.note = note;
    api('/v1/cases/' + encodeURIComponent(item.case_id) + '/reviews', { method: 'POST', body: body })
      .then(function () {
        $('case-status').textContent = t('saved', { label: t('l_' + name) });
        if ($('queue').value === 'unreviewed') { state.items.splice(state.pos, 1); state.total -= 1; }
        else state.pos += 1;
        return advance();
      })
      .catch(showError)
      .then(function () { state.busy = false; });
  }

  function advance() {
    if (state.pos >= state.items.length) {
      state.items = [];
      render();
      return load();
    }
    render();
    return refreshStats();
  }

  function skip() {
    var item = state.items[state.pos];
    if (!item) return;
    state.skipped[item.case_id] = true;
    state.pos += 1;
    $('case-status').textContent = '';
    advance();
  }

  function setLang(lang) {
    state.lang = STRINGS[lang] ? lang : 'en';
    document.documentElement.lang = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (node) {
      node.textContent = t(node.getAttribute('data-t'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang-btn'), function (btn) {
      btn.setAttribute('aria-pressed', btn.getAttribute('data-lang') === state.lang ? 'true' : 'false');
    });
    render();
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT');
    if (typing) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (LABEL_KEYS[event.key]) { event.preventDefault(); label(LABEL_KEYS[event.key]); }
    else if (event.key === 's' || event.key === 'S') { event.preventDefault(); skip(); }
    else if (event.key === 'n' || event.key === 'N') { event.preventDefault(); $('note').focus(); }
  });

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.label-btn'), function (btn) {
      btn.addEventListener('click', function () { label(btn.getAttribute('data-label')); });
    });
    $('skip').addEventListener('click', skip);
    $('queue').addEventListener('change', load);
    $('risk').addEventListener('change', load);
    $('key-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var key = $('rev-key').value.trim();
      if (key) sessionStorage.setItem(KEY_STORE, key); else sessionStorage.removeItem(KEY_STORE);
      $('rev-key').value = '';
      load();
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang-btn'), function (btn) {
      btn.addEventListener('click', function () { setLang(btn.getAttribute('data-lang')); });
    });
    var preferred = (navigator.language || 'en').slice(0, 2).toLowerCase();
    setLang(preferred === 'id' || preferred === 'ms' ? 'id' : 'en');
    document.documentElement.classList.add('js-ready');
    load();
    loadRules();
  });
})();
