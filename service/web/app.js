/*
 * Waspada web page: paste a job ad, get a verdict with its reasons.
 *
 * Plain JavaScript, no build step, no external resources (the page must work
 * offline and under a strict "default-src 'self'" Content-Security-Policy).
 *
 * Safety: ad text is hostile input. It is only ever put into the page as text
 * (textContent / text nodes), never as HTML. The same goes for everything the
 * API and advice.json return.
 *
 * Offsets: the API reports Python code-point offsets. JavaScript strings are
 * UTF-16, so offsets are converted through a code-point -> UTF-16 index map
 * before slicing (an emoji is one code point but two UTF-16 units).
 */
(function () {
  'use strict';

  var LANG_KEY = 'waspada.lang';
  var SCORE_URL = new URL('v1/score', document.baseURI).href;
  var ADVICE_URL = new URL('advice.json', currentScriptBase()).href;
  var FLAGS_SHOWN = 5;
  // A model highlight piece worth marking has at least one letter or digit.
  var WORDY = /[0-9A-Za-z\u00C0-\uFFFF]/;
  var FIELD_NAMES = ['title', 'company', 'location', 'salary', 'description',
    'requirements', 'benefits', 'contact', 'url'];

  // ---------------------------------------------------------------- strings
  var STRINGS = {
    en: {
      doc_title: 'Waspada – check a job ad',
      skip: 'Skip to the checker',
      tagline: 'Job ad checker for awareness teams',
      lang_group: 'Interface language',
      heading: 'Is this job offer safe?',
      intro: 'Paste a job ad someone received. Waspada looks for the warning signs used to recruit people into scam compounds and illegal online gambling, and explains them in plain words.',
      ad_label: 'Job ad text',
      ad_hint: 'Paste the whole message: title, salary, description and contact details.',
      fields_summary: "Or fill in the ad's details one by one",
      fields_hint: 'Used only when the box above is empty.',
      f_title: 'Job title', f_company: 'Company', f_location: 'Location',
      f_salary: 'Salary', f_description: 'Description', f_requirements: 'Requirements',
      f_benefits: 'Benefits', f_contact: 'Contact', f_url: 'Link (URL)',
      check: 'Check this ad', checking: 'Checking…', clear: 'Clear',
      shortcut: 'Shortcut:',
      result_kicker: 'Result',
      risk_high: 'High risk', risk_medium: 'Medium risk', risk_low: 'Low risk',
      risk_high_caps: 'HIGH RISK', risk_medium_caps: 'MEDIUM RISK', risk_low_caps: 'LOW RISK',
      score: 'Risk score {n} / 100',
      summary_high: 'Strong warning signs: this ad resembles recruitment for scam compounds or illegal online gambling.',
      summary_medium: 'Some warning signs: check the employer carefully before going any further.',
      summary_low: 'No strong warning signs found. This is not a guarantee: still verify the employer.',
      flags_heading: 'Red flags found',
      no_flags: 'No red-flag rule matched this ad.',
      found: 'Found in the ad:',
      adview_heading: 'The ad, with warning signs marked',
      adview_hint: 'Hover over, tap, or Tab to a marked passage to see why it was marked.',
      legend_flag: 'Red flag',
      legend_up: 'Wording the model links to scam ads',
      legend_down: 'Wording the model links to ordinary job ads',
      reason_flag: 'Red flag',
      reason_model: 'Model',
      reason_up: 'This wording is typical of scam recruitment ads, so it raised the score.',
      reason_down: 'This wording is typical of ordinary job ads, so it lowered the score.',
      no_marks: 'Nothing in the text was marked.',
      show_model: 'Also mark the words the model weighed most',
      copy: 'Copy report', print: 'Print', again: 'Check another ad',
      more_flags: 'Show {n} more red flags', fewer_flags: 'Show fewer red flags',
      copied: 'Report copied. You can paste it into WhatsApp or another chat.',
      copy_failed: 'Could not copy automatically. Open "Show the report text" below and copy it by hand.',
      report_summary: 'Show the report text',
      report_label: 'Report text',
      model_line: 'Model {model} · detected language: {lang}',
      announce: 'Result: {risk}, risk score {n} out of 100. {flags} red flags.',
      disclaimer: 'Waspada is an automated risk check, not a legal judgement. A low score is not a guarantee: always verify the employer through official channels.',
      advice_error: 'The advice list could not be loaded.',
      reviewed: 'Advice and contacts last reviewed: {date}.',
      err_empty: 'The ad is empty. Paste the text of the job ad (or fill in at least one detail) and press “Check this ad”.',
      err_too_long: 'This text is too long to check in one go. Paste only the job ad itself (title, salary, description, contact), not a whole chat history.',
      err_invalid: 'This ad could not be read. Paste it as plain text and try again.',
      err_rate: 'Too many checks in a short time. Please wait a minute and try again.',
      err_unavailable: 'The checker is starting up or temporarily unavailable. Please try again in a minute.',
      err_network: 'Could not reach the Waspada service. Check the connection, or ask whoever runs this service.',
      err_server: 'Something went wrong on the server. Please try again; if it keeps happening, tell whoever runs this service.',
      err_unexpected: 'The checker sent an answer this page does not understand. Please try again.',
      err_code: 'Error code: {code}',
      rep_title: 'Waspada – job ad check',
      rep_verdict: 'Verdict',
      rep_ad: 'Ad',
      rep_flags: 'Red flags',
      rep_none: 'No red-flag rule matched.',
      rep_found: 'found',
      rep_todo: 'What to do',
      rep_help: 'Where to check and get help',
      rep_footer: 'Checked on {date} with Waspada (model {model}). This is an automated risk check, not a legal judgement.',
      lang_names: { id: 'Indonesian', en: 'English', ms: 'Malay', zh: 'Chinese', th: 'Thai',
        vi: 'Vietnamese', km: 'Khmer', tl: 'Filipino', other: 'other' }
    },
    id: {
      doc_title: 'Waspada – periksa iklan lowongan kerja',
      skip: 'Langsung ke pemeriksa',
      tagline: 'Pemeriksa iklan lowongan untuk tim penyuluhan',
      lang_group: 'Bahasa tampilan',
      heading: 'Amankah tawaran kerja ini?',
      intro: 'Tempel iklan lowongan yang diterima seseorang. Waspada mencari tanda bahaya yang dipakai untuk merekrut orang ke markas penipuan (scam) dan judi online ilegal, lalu menjelaskannya dengan bahasa sederhana.',
      ad_label: 'Teks iklan lowongan',
      ad_hint: 'Tempel seluruh pesannya: judul, gaji, deskripsi dan kontak.',
      fields_summary: 'Atau isi rincian iklan satu per satu',
      fields_hint: 'Hanya dipakai jika kotak di atas kosong.',
      f_title: 'Posisi', f_company: 'Perusahaan', f_location: 'Lokasi',
      f_salary: 'Gaji', f_description: 'Deskripsi', f_requirements: 'Persyaratan',
      f_benefits: 'Fasilitas', f_contact: 'Kontak', f_url: 'Tautan (URL)',
      check: 'Periksa iklan ini', checking: 'Memeriksa…', clear: 'Hapus',
      shortcut: 'Pintasan:',
      result_kicker: 'Hasil',
      risk_high: 'Risiko tinggi', risk_medium: 'Risiko sedang', risk_low: 'Risiko rendah',
      risk_high_caps: 'RISIKO TINGGI', risk_medium_caps: 'RISIKO SEDANG', risk_low_caps: 'RISIKO RENDAH',
      score: 'Skor risiko {n} / 100',
      summary_high: 'Tanda bahaya kuat: iklan ini mirip rekrutmen untuk markas penipuan atau judi online ilegal.',
      summary_medium: 'Ada beberapa tanda bahaya: periksa pemberi kerja dengan teliti sebelum melanjutkan.',
      summary_low: 'Tidak ditemukan tanda bahaya yang kuat. Ini bukan jaminan: tetap periksa pemberi kerjanya.',
      flags_heading: 'Tanda bahaya yang ditemukan',
      no_flags: 'Tidak ada aturan tanda bahaya yang cocok dengan iklan ini.',
      found: 'Ditemukan di iklan:',
      adview_heading: 'Iklan, dengan tanda bahaya yang ditandai',
      adview_hint: 'Arahkan kursor, ketuk, atau tekan Tab ke bagian yang ditandai untuk melihat alasannya.',
      legend_flag: 'Tanda bahaya',
      legend_up: 'Kata-kata yang menurut model khas iklan penipuan',
      legend_down: 'Kata-kata yang menurut model khas iklan kerja biasa',
      reason_flag: 'Tanda bahaya',
      reason_model: 'Model',
      reason_up: 'Kata-kata ini khas iklan rekrutmen penipuan, sehingga menaikkan skor.',
      reason_down: 'Kata-kata ini khas iklan kerja biasa, sehingga menurunkan skor.',
      no_marks: 'Tidak ada bagian teks yang ditandai.',
      show_model: 'Tandai juga kata-kata yang paling diperhitungkan model',
      copy: 'Salin laporan', print: 'Cetak', again: 'Periksa iklan lain',
      more_flags: 'Tampilkan {n} tanda bahaya lainnya', fewer_flags: 'Tampilkan lebih sedikit',
      copied: 'Laporan disalin. Anda bisa menempelkannya di WhatsApp atau aplikasi chat lain.',
      copy_failed: 'Tidak bisa menyalin otomatis. Buka "Tampilkan teks laporan" di bawah dan salin secara manual.',
      report_summary: 'Tampilkan teks laporan',
      report_label: 'Teks laporan',
      model_line: 'Model {model} · bahasa terdeteksi: {lang}',
      announce: 'Hasil: {risk}, skor risiko {n} dari 100. {flags} tanda bahaya.',
      disclaimer: 'Waspada adalah pemeriksaan risiko otomatis, bukan keputusan hukum. Skor rendah bukan jaminan: selalu periksa pemberi kerja lewat jalur resmi.',
      advice_error: 'Daftar saran tidak dapat dimuat.',
      reviewed: 'Saran dan kontak terakhir diperiksa: {date}.',
      err_empty: 'Iklannya kosong. Tempel teks iklan lowongan (atau isi minimal satu rincian), lalu tekan “Periksa iklan ini”.',
      err_too_long: 'Teks ini terlalu panjang untuk diperiksa sekaligus. Tempel iklan lowongannya saja (judul, gaji, deskripsi, kontak), bukan seluruh riwayat chat.',
      err_invalid: 'Iklan ini tidak dapat dibaca. Tempel sebagai teks biasa lalu coba lagi.',
      err_rate: 'Terlalu banyak pemeriksaan dalam waktu singkat. Tunggu sebentar lalu coba lagi.',
      err_unavailable: 'Pemeriksa sedang dinyalakan atau sementara tidak tersedia. Coba lagi sebentar lagi.',
      err_network: 'Tidak dapat terhubung ke layanan Waspada. Periksa koneksi, atau hubungi pengelola layanan ini.',
      err_server: 'Terjadi kesalahan di server. Coba lagi; jika terus terjadi, beri tahu pengelola layanan ini.',
      err_unexpected: 'Pemeriksa mengirim jawaban yang tidak dipahami halaman ini. Coba lagi.',
      err_code: 'Kode galat: {code}',
      rep_title: 'Waspada – pemeriksaan iklan lowongan',
      rep_verdict: 'Hasil',
      rep_ad: 'Iklan',
      rep_flags: 'Tanda bahaya',
      rep_none: 'Tidak ada aturan tanda bahaya yang cocok.',
      rep_found: 'ditemukan',
      rep_todo: 'Yang perlu dilakukan',
      rep_help: 'Tempat memeriksa dan meminta bantuan',
      rep_footer: 'Diperiksa pada {date} dengan Waspada (model {model}). Ini pemeriksaan risiko otomatis, bukan keputusan hukum.',
      lang_names: { id: 'Indonesia', en: 'Inggris', ms: 'Melayu', zh: 'Tionghoa', th: 'Thai',
        vi: 'Vietnam', km: 'Khmer', tl: 'Filipina', other: 'lainnya' }
    }
  };

  var state = {
    lang: 'en',
    advice: null,
    lastPayload: null,
    lastResult: null,
    controller: null,
    pinnedMark: null,
    showModel: null,
    allFlags: false,
    lastError: null,
    adviceFailed: false
  };

  // ---------------------------------------------------------------- helpers
  function $(id) { return document.getElementById(id); }

  function currentScriptBase() {
    var s = document.currentScript;
    return s && s.src ? s.src : document.baseURI;
  }

  function t(key, vars) {
    var table = STRINGS[state.lang] || STRINGS.en;
    var s = table[key];
    if (s === undefined) s = STRINGS.en[key];
    if (s === undefined) return key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
      });
    }
    return s;
  }

  /* Build an element. Text goes in as text, never as HTML. */
  function el(tag, opts, children) {
    var node = document.createElement(tag);
    opts = opts || {};
    if (opts.cls) node.className = opts.cls;
    if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
    if (opts.attrs) {
      Object.keys(opts.attrs).forEach(function (k) { node.setAttribute(k, opts.attrs[k]); });
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function clearNode(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function pick(obj) {
    if (!obj || typeof obj !== 'object') return typeof obj === 'string' ? obj : '';
    return obj[state.lang] || obj.en || '';
  }

  function isStr(x) { return typeof x === 'string'; }

  function safeUrl(url) {
    if (!isStr(url)) return null;
    try {
      var u = new URL(url);
      return (u.protocol === 'https:' || u.protocol === 'http:') ? u.href : null;
    } catch (e) { return null; }
  }

  function displayUrl(url) {
    return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  }

  function todayISO() {
    var d = new Date();
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // --------------------------------------------------------------- language
  function detectLang() {
    try {
      var saved = window.localStorage.getItem(LANG_KEY);
      if (saved === 'en' || saved === 'id') return saved;
    } catch (e) { /* storage may be disabled */ }
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < langs.length; i++) {
      var l = String(langs[i]).toLowerCase();
      if (l === 'id' || l.indexOf('id-') === 0 || l === 'in') return 'id';
      if (l === 'en' || l.indexOf('en-') === 0) return 'en';
    }
    return 'en';
  }

  function setLang(lang, persist) {
    state.lang = STRINGS[lang] ? lang : 'en';
    if (persist) {
      try { window.localStorage.setItem(LANG_KEY, state.lang); } catch (e) { /* ignore */ }
    }
    document.documentElement.lang = state.lang;
    document.title = t('doc_title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-attr]'), function (node) {
      node.getAttribute('data-i18n-attr').split(';').forEach(function (pair) {
        var parts = pair.split(':');
        if (parts.length === 2) node.setAttribute(parts[0].trim(), t(parts[1].trim()));
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang-btn'), function (btn) {
      btn.setAttribute('aria-pressed', btn.getAttribute('data-lang') === state.lang ? 'true' : 'false');
    });
    if (state.controller === null) $('check-btn').textContent = t('check');
    renderHelp();
    if (state.lastResult) renderResult(state.lastResult);
    if (state.lastError) showError(state.lastError.key, state.lastError.code);
  }

  // ------------------------------------------------------------------ input
  /* Pasted text may carry control characters (e.g. Word's vertical tab) that
     the API rejects: turn page breaks into newlines, drop the rest. */
  function sanitize(text) {
    return String(text)
      .replace(/[\u000B\u000C]/g, '\n')
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, function (m, pre) {
        return (pre || '') + '\uFFFD';
      });
  }

  function readAd() {
    var text = sanitize($('ad-text').value);
    if (text.trim()) return { text: text };
    var fields = {};
    var any = false;
    FIELD_NAMES.forEach(function (name) {
      var v = sanitize($('f-' + name).value);
      if (v.trim()) { fields[name] = v; any = true; }
    });
    return any ? fields : null;
  }

  function showError(key, code) {
    state.lastError = { key: key, code: code || null };
    var message = t(key);
    var box = $('form-error');
    clearNode(box);
    box.appendChild(el('p', { text: message }));
    if (code) box.appendChild(el('p', { cls: 'small muted', text: t('err_code', { code: code }) }));
    box.hidden = false;
  }

  function clearError() {
    state.lastError = null;
    clearNode($('form-error'));
    $('form-error').hidden = true;
  }

  function friendlyError(status, body) {
    var code = body && body.error && isStr(body.error.code) ? body.error.code : null;
    var key;
    switch (code) {
      case 'EMPTY_AD': key = 'err_empty'; break;
      case 'AD_TOO_LONG': case 'BODY_TOO_LARGE': key = 'err_too_long'; break;
      case 'RATE_LIMITED': key = 'err_rate'; break;
      case 'INVALID_AD': case 'VALIDATION_ERROR': case 'INVALID_REQUEST': key = 'err_invalid'; break;
      case 'MODEL_NOT_READY': case 'NOT_READY': case 'MODEL_NOT_FOUND': key = 'err_unavailable'; break;
      default:
        if (status === 413) key = 'err_too_long';
        else if (status === 429) key = 'err_rate';
        else if (status === 503) key = 'err_unavailable';
        else if (status >= 400 && status < 500) key = 'err_invalid';
        else key = 'err_server';
    }
    return { key: key, code: code || (status ? 'HTTP ' + status : null) };
  }

  function setBusy(busy) {
    var btn = $('check-btn');
    btn.disabled = busy;
    btn.textContent = busy ? t('checking') : t('check');
    $('ad-form').setAttribute('aria-busy', busy ? 'true' : 'false');
    $('form-status').textContent = busy ? t('checking') : '';
  }

  function submit(payload, opts) {
    opts = opts || {};
    clearError();
    if (!payload) {
      showError('err_empty');
      $('ad-text').focus();
      return Promise.resolve();
    }
    if (state.controller) state.controller.abort();
    var controller = new AbortController();
    state.controller = controller;
    setBusy(true);
    var body = Object.assign({}, payload, { explain: true, lang: state.lang });
    return fetch(SCORE_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal
    }).then(function (resp) {
      return resp.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (!resp.ok) {
          var fe = friendlyError(resp.status, data);
          showError(fe.key, fe.code);
          return;
        }
        if (!data || !isStr(data.risk) || typeof data.score !== 'number') {
          showError('err_unexpected');
          return;
        }
        if (!opts.quiet) {
          state.allFlags = false;
          state.showModel = null;
        }
        state.lastPayload = payload;
        state.lastResult = { data: data, sentText: payload.text || joinFields(payload) };
        renderResult(state.lastResult);
        announce(data);
        if (!opts.quiet) revealResult();
      });
    }).catch(function (err) {
      if (err && err.name === 'AbortError') return;
      showError('err_network');
    }).then(function () {
      if (state.controller === controller) {
        state.controller = null;
        setBusy(false);
      }
    });
  }

  function joinFields(fields) {
    return FIELD_NAMES.map(function (n) { return (fields[n] || '').trim(); })
      .filter(function (v) { return v; }).join('\n');
  }

  /* The score as a whole percentage, kept within 1..99: a model is never certain. */
  function percent(score) {
    return Math.max(1, Math.min(99, Math.round(score * 100)));
  }

  function announce(data) {
    var n = percent(data.score);
    var flags = Array.isArray(data.flags) ? data.flags.length : 0;
    $('announce').textContent = t('announce', { risk: t('risk_' + riskKey(data.risk)), n: n, flags: flags });
  }

  function revealResult() {
    var heading = $('result-heading');
    heading.focus({ preventScroll: true });
    var rect = $('result').getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight * 0.6) {
      $('result').scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }

  function riskKey(risk) {
    return risk === 'high' || risk === 'medium' || risk === 'low' ? risk : 'medium';
  }

  // ---------------------------------------------------------------- result
  function renderResult(result) {
    var data = result.data;
    var risk = riskKey(data.risk);
    var n = percent(data.score);
    var section = $('result');
    section.hidden = false;
    var verdict = $('verdict');
    verdict.setAttribute('data-risk', risk);
    $('verdict-label').textContent = t('risk_' + risk);
    $('verdict-icon').textContent = risk === 'low' ? '✓' : '!';
    $('score-text').textContent = t('score', { n: n });
    $('meter-fill').style.width = n + '%';
    $('verdict-summary').textContent = t('summary_' + risk);

    var flags = Array.isArray(data.flags) ? data.flags : [];
    renderFlags(flags);
    var text = isStr(data.text) ? data.text : result.sentText;
    // Model highlights explain a warning; on a low verdict they are mostly
    // noise, so they start hidden there (the checkbox shows them).
    var showModel = state.showModel === null ? risk !== 'low' : state.showModel;
    $('show-model').checked = showModel;
    var highlights = Array.isArray(data.highlights) ? data.highlights : [];
    $('show-model').parentNode.hidden = highlights.length === 0;
    renderAdView(text, flags, showModel ? highlights : []);
    renderVerdictAdvice(risk);
    var langName = (t('lang_names') || {})[data.language] || data.language || '?';
    $('model-line').textContent = t('model_line', { model: data.model_version || '?', lang: langName });
    $('report-text').value = buildReport(data, text);
    $('copy-status').textContent = '';
    // Feature scripts (entities.js, ...) render their parts of the verdict
    // from this event, in the interface language.
    document.dispatchEvent(new CustomEvent('waspada:result', {
      detail: { data: data, text: text, lang: state.lang }
    }));
  }

  function renderFlags(flags) {
    var list = $('flags-list');
    clearNode(list);
    $('no-flags').hidden = flags.length > 0;
    var more = $('more-flags');
    var extra = flags.length - FLAGS_SHOWN;
    more.hidden = extra <= 0;
    more.setAttribute('aria-expanded', state.allFlags ? 'true' : 'false');
    more.textContent = state.allFlags ? t('fewer_flags') : t('more_flags', { n: extra });
    list.classList.toggle('collapsed', !state.allFlags);
    flags.forEach(function (flag, index) {
      var li = el('li', { cls: 'flag' });
      if (index >= FLAGS_SHOWN) li.classList.add('flag-extra');
      li.appendChild(el('p', { cls: 'flag-title', text: flag.title || flag.rule_id }));
      if (flag.message) li.appendChild(el('p', { cls: 'flag-message', text: flag.message }));
      var ev = Array.isArray(flag.evidence) ? flag.evidence : [];
      var seen = {};
      var quotes = ev.filter(function (e) {
        if (!e || !isStr(e.text) || seen[e.text]) return false;
        seen[e.text] = true;
        return true;
      }).slice(0, 5);
      if (quotes.length) {
        var p = el('p', { cls: 'flag-evidence' }, [el('span', { cls: 'muted', text: t('found') + ' ' })]);
        quotes.forEach(function (e, i) {
          if (i) p.appendChild(document.createTextNode(', '));
          p.appendChild(el('q', { text: e.text }));
        });
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  /* Code point index -> UTF-16 index map for `text` (length = code points + 1). */
  function codePointMap(text) {
    var map = [];
    var u16 = 0;
    for (var i = 0; i < text.length;) {
      map.push(u16);
      var c = text.charCodeAt(i);
      var step = (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length &&
        (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00) ? 2 : 1;
      i += step;
      u16 += step;
    }
    map.push(u16);
    return map;
  }

  /* Collect the spans to mark, with their reasons, in code-point offsets. */
  function collectSpans(text, map, flags, highlights) {
    var nCp = map.length - 1;
    var spans = [];
    function slice(s, e) { return text.slice(map[s], map[e]); }
    function valid(s, e) {
      return Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= nCp;
    }
    function locate(span) {
      // Offsets as sent (code points). If they do not match the quoted text,
      // look for the quote nearby rather than mark the wrong words.
      var s = span.start, e = span.end;
      if (valid(s, e) && (!isStr(span.text) || slice(s, e) === span.text)) return { start: s, end: e, relocated: false };
      if (!isStr(span.text) || !span.text) return null;
      var at = text.indexOf(span.text);
      if (at < 0) return null;
      var cpStart = map.indexOf(at);
      var cpEnd = map.indexOf(at + span.text.length);
      if (cpStart < 0 || cpEnd < 0) return null;
      return { start: cpStart, end: cpEnd, relocated: true };
    }
    flags.forEach(function (flag) {
      (Array.isArray(flag.evidence) ? flag.evidence : []).forEach(function (ev) {
        var loc = ev && locate(ev);
        if (!loc) return;
        spans.push({ start: loc.start, end: loc.end, relocated: loc.relocated, kind: 'flag',
          reason: { label: t('reason_flag'), title: flag.title || flag.rule_id, message: flag.message || '' } });
      });
    });
    highlights.forEach(function (h) {
      var loc = h && locate(h);
      if (!loc || typeof h.weight !== 'number' || h.weight === 0) return;
      var up = h.weight > 0;
      spans.push({ start: loc.start, end: loc.end, relocated: loc.relocated, kind: up ? 'up' : 'down',
        weight: h.weight, reason: { label: t('reason_model'), title: '', message: t(up ? 'reason_up' : 'reason_down') } });
    });
    return spans;
  }

  /* Split [from, to) at every boundary of the spans that intersect it; each
     piece carries all the spans covering it. */
  function segments(from, to, spans) {
    var inside = spans.filter(function (s) { return s.start < to && s.end > from; });
    var bounds = {};
    bounds[from] = true; bounds[to] = true;
    inside.forEach(function (s) {
      bounds[Math.max(from, s.start)] = true;
      bounds[Math.min(to, s.end)] = true;
    });
    var points = Object.keys(bounds).map(Number).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      out.push({ start: a, end: b, spans: inside.filter(function (s) { return s.start <= a && s.end >= b; }) });
    }
    return out;
  }

  /*
   * Two layers. Red-flag evidence is the outer layer: the text is cut at
   * evidence boundaries and each evidence piece becomes one <mark>, so a
   * phrase a rule quoted stays one mark even when model highlights (single
   * tokens) overlap it. Model highlights outside evidence become their own
   * marks; inside evidence they are drawn as inner spans and their reason is
   * added to the enclosing mark. Overlapping spans therefore never break the
   * text, and every mark lists all the reasons that apply to it.
   */
  function renderAdView(text, flags, highlights) {
    var view = $('ad-view');
    var reasons = $('mark-reasons');
    hideTip();
    clearNode(view);
    clearNode(reasons);
    var map = codePointMap(text);
    var nCp = map.length - 1;
    var spans = collectSpans(text, map, flags, highlights);
    var flagSpans = spans.filter(function (s) { return s.kind === 'flag'; });
    var modelSpans = spans.filter(function (s) { return s.kind !== 'flag'; });
    var kinds = {};
    var count = { n: 0 };
    function piece(a, b) { return text.slice(map[a], map[b]); }

    segments(0, nCp, flagSpans).forEach(function (seg) {
      if (seg.spans.length) {
        var inner = segments(seg.start, seg.end, modelSpans);
        var touching = [];
        inner.forEach(function (sub) { touching = touching.concat(sub.spans); });
        var mark = makeMark('flag', seg, seg.spans.concat(touching), count, reasons);
        inner.forEach(function (sub) {
          if (!sub.spans.length) {
            mark.appendChild(document.createTextNode(piece(sub.start, sub.end)));
            return;
          }
          var k = modelKind(sub.spans);
          kinds[k] = true;
          mark.appendChild(el('span', { cls: 'm-inner m-' + k, text: piece(sub.start, sub.end) }));
        });
        kinds.flag = true;
        view.appendChild(mark);
        return;
      }
      segments(seg.start, seg.end, modelSpans).forEach(function (sub) {
        if (!sub.spans.length || !WORDY.test(piece(sub.start, sub.end))) {
          view.appendChild(document.createTextNode(piece(sub.start, sub.end)));
          return;
        }
        var k = modelKind(sub.spans);
        kinds[k] = true;
        var m = makeMark(k, sub, sub.spans, count, reasons);
        m.textContent = piece(sub.start, sub.end);
        view.appendChild(m);
      });
    });
    renderLegend(kinds, count.n);
  }

  function modelKind(spans) {
    var sum = 0;
    spans.forEach(function (s) { sum += s.weight; });
    return sum >= 0 ? 'up' : 'down';
  }

  function makeMark(kind, seg, covering, count, reasonsBox) {
    count.n += 1;
    var id = 'why-' + count.n;
    var mark = el('mark', {
      cls: 'm m-' + kind,
      attrs: {
        'tabindex': '0',
        'aria-describedby': id,
        'data-start': String(seg.start),
        'data-end': String(seg.end),
        'data-kinds': uniq(covering.map(function (s) { return s.kind; })).join(' ')
      }
    });
    if (covering.some(function (s) { return s.relocated; })) mark.setAttribute('data-relocated', 'true');
    var rs = uniqReasons(covering);
    mark._reasons = rs;
    reasonsBox.appendChild(el('span', { attrs: { id: id }, text: rs.map(reasonText).join(' ') }));
    return mark;
  }

  function uniq(arr) {
    return arr.filter(function (x, i) { return arr.indexOf(x) === i; });
  }

  function uniqReasons(spans) {
    var seen = {};
    var out = [];
    // Red flags first, then model signals.
    var order = { flag: 0, up: 1, down: 2 };
    spans.slice().sort(function (a, b) { return order[a.kind] - order[b.kind]; }).forEach(function (s) {
      var key = s.kind + '|' + s.reason.title + '|' + s.reason.message;
      if (seen[key]) return;
      seen[key] = true;
      out.push(s.reason);
    });
    return out;
  }

  function reasonText(r) {
    return r.label + ': ' + (r.title ? r.title + ' – ' : '') + r.message;
  }

  function renderLegend(kinds, count) {
    var legend = $('legend');
    clearNode(legend);
    if (!count) {
      legend.appendChild(el('li', { cls: 'muted', text: t('no_marks') }));
      return;
    }
    [['flag', 'legend_flag'], ['up', 'legend_up'], ['down', 'legend_down']].forEach(function (k) {
      if (!kinds[k[0]]) return;
      legend.appendChild(el('li', {}, [
        el('span', { cls: 'swatch m-' + k[0], attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: t(k[1]) })
      ]));
    });
  }

  // -------------------------------------------------------------- tooltips
  function showTip(mark) {
    var tip = $('tip');
    clearNode(tip);
    (mark._reasons || []).forEach(function (r) {
      var p = el('p', { cls: 'tip-reason' });
      p.appendChild(el('strong', { text: r.label + (r.title ? ': ' + r.title : '') }));
      p.appendChild(el('span', { text: r.message }));
      tip.appendChild(p);
    });
    tip.hidden = false;
    var rect = mark.getBoundingClientRect();
    var margin = 8;
    var width = Math.min(320, document.documentElement.clientWidth - 2 * margin);
    tip.style.maxWidth = width + 'px';
    var tipRect = tip.getBoundingClientRect();
    var left = rect.left + window.scrollX;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - tipRect.width - margin;
    left = Math.max(window.scrollX + margin, Math.min(left, maxLeft));
    var top = rect.bottom + window.scrollY + 6;
    if (rect.bottom + tipRect.height + 12 > window.innerHeight && rect.top > tipRect.height + 12) {
      top = rect.top + window.scrollY - tipRect.height - 6;
    }
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
    tip._for = mark;
  }

  function hideTip() {
    var tip = $('tip');
    tip.hidden = true;
    tip._for = null;
    state.pinnedMark = null;
  }

  function wireMarks() {
    var view = $('ad-view');
    function markOf(target) {
      return target && target.closest ? target.closest('mark.m') : null;
    }
    view.addEventListener('mouseover', function (e) {
      var m = markOf(e.target);
      if (m && !state.pinnedMark) showTip(m);
    });
    view.addEventListener('mouseout', function (e) {
      var m = markOf(e.target);
      if (m && !state.pinnedMark && !(e.relatedTarget && m.contains(e.relatedTarget))) hideTip();
    });
    view.addEventListener('focusin', function (e) {
      var m = markOf(e.target);
      if (m) { state.pinnedMark = null; showTip(m); }
    });
    view.addEventListener('focusout', function (e) {
      if (markOf(e.target) && !(e.relatedTarget && markOf(e.relatedTarget))) hideTip();
    });
    view.addEventListener('click', function (e) {
      var m = markOf(e.target);
      if (!m) return;
      if (state.pinnedMark === m) { hideTip(); return; }
      showTip(m);
      state.pinnedMark = m;
    });
    view.addEventListener('keydown', function (e) {
      var m = markOf(e.target);
      if (m && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        showTip(m);
      }
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !$('tip').hidden) hideTip();
    });
    document.addEventListener('click', function (e) {
      if (state.pinnedMark && !markOf(e.target)) hideTip();
    });
    window.addEventListener('resize', function () { if (!$('tip').hidden) hideTip(); });
  }

  // ----------------------------------------------------------------- advice
  function renderVerdictAdvice(risk) {
    var box = $('verdict-advice');
    var v = state.advice && state.advice.verdicts && state.advice.verdicts[risk];
    var a = v ? (v[state.lang] || v.en) : null;
    box.hidden = !a;
    if (!a) return;
    box.setAttribute('data-risk', risk);
    $('advice-heading').textContent = a.title || '';
    $('advice-summary').textContent = a.summary || '';
    var ol = $('advice-steps');
    clearNode(ol);
    (Array.isArray(a.steps) ? a.steps : []).forEach(function (s) { ol.appendChild(el('li', { text: s })); });
  }

  function contactChannels(c) {
    var out = [];
    (Array.isArray(c.channels) ? c.channels : []).forEach(function (ch) {
      if (!ch) return;
      if (ch.type === 'web') {
        var url = safeUrl(ch.url);
        if (url) out.push({ kind: 'web', href: url, label: ch.label ? pick(ch.label) : displayUrl(url) });
      } else if (ch.type === 'phone' && isStr(ch.number) && /^[+0-9 ()-]{2,24}$/.test(ch.number)) {
        out.push({ kind: 'phone', href: 'tel:' + ch.number.replace(/[^+0-9]/g, ''),
          label: (ch.label ? pick(ch.label) + ' ' : '') + ch.number });
      }
    });
    return out;
  }

  function renderHelp() {
    var adv = state.advice;
    $('advice-error').hidden = !!adv || !state.adviceFailed;
    if (!adv) {
      $('help').hidden = !state.adviceFailed;
      return;
    }
    $('help').hidden = false;
    var cl = adv.checklist ? (adv.checklist[state.lang] || adv.checklist.en) : null;
    $('checklist-heading').textContent = cl ? cl.title : '';
    var ul = $('checklist');
    clearNode(ul);
    ((cl && cl.items) || []).forEach(function (item) { ul.appendChild(el('li', { text: item })); });
    $('contacts-heading').textContent = pick(adv.contacts_title);
    $('contacts-note').textContent = pick(adv.contacts_note);
    var list = $('contacts');
    clearNode(list);
    (Array.isArray(adv.contacts) ? adv.contacts : []).forEach(function (c) {
      var li = el('li', { cls: 'contact' });
      li.appendChild(el('p', { cls: 'contact-name', text: pick(c.name) }));
      if (c.description) li.appendChild(el('p', { text: pick(c.description) }));
      var chans = contactChannels(c);
      if (chans.length) {
        var p = el('p', { cls: 'contact-links' });
        chans.forEach(function (ch, i) {
          if (i) p.appendChild(document.createTextNode(' · '));
          var a = el('a', { text: ch.label, attrs: { href: ch.href } });
          if (ch.kind === 'web') { a.setAttribute('rel', 'noopener noreferrer'); a.setAttribute('target', '_blank'); }
          p.appendChild(a);
        });
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    $('advice-reviewed').textContent = adv.last_reviewed ? t('reviewed', { date: adv.last_reviewed }) : '';
    if (state.lastResult) renderVerdictAdvice(riskKey(state.lastResult.data.risk));
  }

  function loadAdvice() {
    return fetch(ADVICE_URL, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error('advice ' + r.status);
      return r.json();
    }).then(function (data) {
      state.advice = data;
      renderHelp();
    }).catch(function () {
      state.adviceFailed = true;
      renderHelp();
    });
  }

  // ----------------------------------------------------------------- report
  function excerpt(text, max) {
    var flat = text.replace(/\s+/g, ' ').trim();
    var cps = Array.from(flat);
    return cps.length > max ? cps.slice(0, max).join('') + '…' : flat;
  }

  function buildReport(data, text) {
    var risk = riskKey(data.risk);
    var n = percent(data.score);
    var lines = [];
    lines.push('*' + t('rep_title') + '*');
    lines.push(t('rep_verdict') + ': *' + t('risk_' + risk + '_caps') + '* (' + t('score', { n: n }) + ')');
    lines.push(t('summary_' + risk));
    lines.push('');
    lines.push(t('rep_ad') + ': "' + excerpt(text, 160) + '"');
    lines.push('');
    lines.push('*' + t('rep_flags') + '*');
    var flags = Array.isArray(data.flags) ? data.flags : [];
    if (!flags.length) lines.push('- ' + t('rep_none'));
    flags.forEach(function (f) {
      lines.push('- ' + (f.title || f.rule_id) + (f.message ? ': ' + f.message : ''));
      var quotes = uniq((f.evidence || []).map(function (e) { return e && e.text; }).filter(isStr)).slice(0, 3);
      if (quotes.length) lines.push('  (' + t('rep_found') + ': ' + quotes.map(function (q) { return '"' + excerpt(q, 60) + '"'; }).join(', ') + ')');
    });
    var v = state.advice && state.advice.verdicts && state.advice.verdicts[risk];
    var a = v ? (v[state.lang] || v.en) : null;
    if (a && Array.isArray(a.steps) && a.steps.length) {
      lines.push('');
      lines.push('*' + t('rep_todo') + '*');
      a.steps.forEach(function (s) { lines.push('- ' + s); });
    }
    var contacts = state.advice && Array.isArray(state.advice.contacts) ? state.advice.contacts : [];
    var withChannels = contacts.filter(function (c) { return contactChannels(c).length; });
    if (withChannels.length) {
      lines.push('');
      lines.push('*' + t('rep_help') + '*');
      withChannels.forEach(function (c) {
        lines.push('- ' + pick(c.name) + ': ' + contactChannels(c).map(function (ch) {
          return ch.kind === 'web' ? ch.href : ch.label;
        }).join(', '));
      });
    }
    lines.push('');
    lines.push('_' + t('rep_footer', { date: todayISO(), model: data.model_version || '?' }) + '_');
    return lines.join('\n');
  }

  function copyReport() {
    var text = $('report-text').value;
    var status = $('copy-status');
    function fallback() {
      var ta = $('report-text');
      $('report-box').open = true;
      ta.focus();
      ta.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      status.textContent = ok ? t('copied') : t('copy_failed');
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = t('copied');
      }, fallback);
    } else {
      fallback();
    }
  }

  // ------------------------------------------------------------------ wiring
  function init() {
    setLang(detectLang(), false);
    $('help').hidden = true;
    loadAdvice();
    wireMarks();

    $('ad-form').addEventListener('submit', function (e) {
      e.preventDefault();
      submit(readAd());
    });
    $('ad-form').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        submit(readAd());
      }
    });
    $('clear-btn').addEventListener('click', function () {
      $('ad-text').value = '';
      FIELD_NAMES.forEach(function (n) { $('f-' + n).value = ''; });
      clearError();
      $('result').hidden = true;
      state.lastResult = null;
      state.lastPayload = null;
      hideTip();
      $('ad-text').focus();
    });
    Array.prototype.forEach.call(document.querySelectorAll('.lang-btn'), function (btn) {
      btn.addEventListener('click', function () {
        var lang = btn.getAttribute('data-lang');
        if (lang === state.lang) return;
        setLang(lang, true);
        // Flag titles and messages come from the API in the requested language.
        if (state.lastPayload) submit(state.lastPayload, { quiet: true });
      });
    });
    $('copy-btn').addEventListener('click', copyReport);
    $('show-model').addEventListener('change', function () {
      state.showModel = $('show-model').checked;
      if (state.lastResult) renderResult(state.lastResult);
    });
    $('more-flags').addEventListener('click', function () {
      state.allFlags = !state.allFlags;
      if (state.lastResult) renderFlags(state.lastResult.data.flags || []);
      $('more-flags').focus();
    });
    $('print-btn').addEventListener('click', function () { window.print(); });
    $('again-btn').addEventListener('click', function () {
      var ta = $('ad-text');
      ta.focus();
      ta.select();
      ta.scrollIntoView({ block: 'center' });
    });
    document.documentElement.classList.add('js-ready');
  }

  // Feature scripts that fetch verdicts themselves (image.js) show them here.
  window.WaspadaPage = {
    lang: function () { return state.lang; },
    showResult: function (data, opts) {
      opts = opts || {};
      clearError();
      if (!opts.quiet) { state.allFlags = false; state.showModel = null; }
      state.lastPayload = null;  // a language switch is the feature's to redo
      state.lastResult = { data: data, sentText: isStr(data.text) ? data.text : '' };
      renderResult(state.lastResult);
      announce(data);
      if (!opts.quiet) revealResult();
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
