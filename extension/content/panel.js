// The panel on the page and the in-place highlights. Injected on demand
// (activeTab + scripting) together with offsets.js and extract.js; the
// service worker drives it with begin() and finish().
(function () {
  'use strict';
  if (globalThis.__waspada) return;

  const HIGHLIGHT = 'waspada-flag';
  const CSS_TEXT = `
:host { all: initial; }
.panel { position: fixed; top: 12px; right: 12px; z-index: 2147483647; box-sizing: border-box;
  width: min(380px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  background: #fff; color: #1a1a1a; border: 1px solid #c9c9c9; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); font: 14px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", sans-serif; text-align: left; direction: ltr; }
.panel * { box-sizing: border-box; }
.panel:focus { outline: none; }
.panel:focus-visible { outline: 3px solid #ffbf47; }
header { position: sticky; top: 0; display: flex; align-items: center; justify-content: space-between; padding: 8px 12px;
  border-bottom: 1px solid #e4e4e4; background: #0b3d5c; color: #fff; border-radius: 10px 10px 0 0; }
.brand { font-weight: 700; letter-spacing: .02em; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #8a8a8a;
  background: #f4f4f4; color: #1a1a1a; padding: 3px 12px; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.close { background: transparent; color: #fff; border: 0; font-size: 20px; line-height: 1; padding: 0 4px; }
.body { padding: 10px 12px 12px; }
p { margin: 0 0 8px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
ul, ol { margin: 0 0 8px; padding-left: 20px; }
li { margin: 0 0 6px; }
.risk { font-size: 18px; font-weight: 700; margin-bottom: 2px; }
[data-risk="high"] .risk { color: #b71c1c; }
[data-risk="medium"] .risk { color: #a15c00; }
[data-risk="low"] .risk { color: #1b5e20; }
.error { background: #fdecea; border: 1px solid #f5c2c0; color: #7f1d1d; padding: 8px 10px; border-radius: 6px; }
.doctype, .notice { background: #eef4fb; border-left: 4px solid #0b3d5c; padding: 6px 8px; }
.flag-title { font-weight: 600; display: block; }
.evidence { display: block; color: #555; font-style: italic; }
.marked { font-size: 13px; color: #444; }
mark { background: #ffe066; color: inherit; }
.advice { border-top: 1px solid #e4e4e4; margin-top: 8px; }
.feedback { border-top: 1px solid #e4e4e4; margin-top: 8px; padding-top: 8px; }
.feedback button { margin-right: 8px; }
.meta, .disclaimer { font-size: 12px; color: #555; }
.ocr { white-space: pre-wrap; font-size: 13px; background: #f6f6f6; padding: 6px; }
summary { cursor: pointer; margin: 4px 0; }
[hidden] { display: none !important; }
`;

  const state = { host: null, root: null, ui: {}, capture: null, escape: null, seq: 0 };

  function format(template, vars) {
    return String(template || '').replace(/\{(\w+)\}/g, (whole, name) =>
      vars && Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  }

  // As on the web page: a whole percentage within 1..99, since an automatic
  // check is never certain either way.
  function percent(score) {
    return Math.max(1, Math.min(99, Math.round(Number(score) * 100))) + '%';
  }

  function t(key, vars) {
    return format(state.ui[key] || key, vars);
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function part(name) {
    return state.root.querySelector(`[data-part="${name}"]`);
  }

  function clearHighlights() {
    if (globalThis.CSS && CSS.highlights) CSS.highlights.delete(HIGHLIGHT);
  }

  function close() {
    clearHighlights();
    if (state.host) state.host.remove();
    if (state.escape) document.removeEventListener('keydown', state.escape, true);
    state.host = null;
    state.root = null;
    state.escape = null;
  }

  function build(lang) {
    close();
    const host = document.createElement('waspada-panel');
    // Inline CSSOM styles are not subject to the page's CSP; they keep the
    // host out of the page's layout and above it.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    host.style.setProperty('display', 'block', 'important');
    const root = host.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', {}, CSS_TEXT));
    }
    const panel = el('div', { class: 'panel', role: 'dialog', 'aria-label': t('panelTitle'), lang, tabindex: '-1', 'data-part': 'panel' });
    const header = el('header');
    header.appendChild(el('span', { class: 'brand' }, t('panelTitle')));
    const closeButton = el('button', { class: 'close', type: 'button', 'aria-label': t('close'), title: t('close'), 'data-part': 'close' }, '×');
    closeButton.addEventListener('click', close);
    header.appendChild(closeButton);
    panel.appendChild(header);
    const body = el('div', { class: 'body' });
    body.appendChild(el('p', { class: 'status', role: 'status', 'data-part': 'status' }));
    const error = el('div', { class: 'error', role: 'alert', 'data-part': 'error' });
    error.hidden = true;
    body.appendChild(error);
    const verdict = el('section', { class: 'verdict', 'data-part': 'verdict' });
    verdict.hidden = true;
    body.appendChild(verdict);
    panel.appendChild(body);
    root.appendChild(panel);
    document.documentElement.appendChild(host);
    state.escape = (event) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', state.escape, true);
    state.host = host;
    state.root = root;
  }

  /**
   * Capture what to check and show the panel in its "checking" state.
   * mode: 'selection' (context menu), 'page' (toolbar: selection, else the
   * main text block) or 'image'. Returns {text, source}.
   */
  function begin(mode, ui, lang) {
    state.ui = ui || {};
    clearHighlights();
    let capture = null;
    if (mode === 'selection') capture = WaspadaExtract.selection(window);
    else if (mode === 'page') capture = WaspadaExtract.forToolbar(window);
    state.capture = capture;
    build(lang);
    part('status').textContent = t(mode === 'image' ? 'checkingImage' : 'checking');
    // A newer check replaces the panel; the older one's answer is dropped.
    const seq = ++state.seq;
    const url = location.href;
    if (mode !== 'image' && !capture) return { text: '', source: null, url, seq };
    return capture
      ? { text: capture.text, source: capture.source, url, seq }
      : { text: '', source: 'image', url, seq };
  }

  /** Draw the flagged phrases in place; returns the marked texts in page order. */
  function drawHighlights(verdict) {
    const capture = state.capture;
    if (!capture || !(globalThis.CSS && CSS.highlights && globalThis.Highlight)) return null;
    const scored = typeof verdict.text === 'string' ? verdict.text : capture.text;
    const scoredMap = WaspadaOffsets.codePointMap(scored);
    const spans = [];
    for (const flag of verdict.flags || []) {
      for (const ev of flag.evidence || []) {
        const at = WaspadaOffsets.locate(ev, scored, scoredMap, capture.text);
        if (at) spans.push(at);
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const ranges = [];
    let coveredTo = -1;
    for (const span of spans) {
      if (span.end <= coveredTo) continue; // inside a phrase already marked
      const start = Math.max(span.start, coveredTo);
      let first = start;
      while (first < span.end && !capture.map[first]) first++;
      let last = span.end - 1;
      while (last >= first && !capture.map[last]) last--;
      if (first > last) continue;
      const [startNode, startOffset] = capture.map[first];
      const [endNode, endOffset] = capture.map[last];
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset + 1);
      ranges.push(range);
      coveredTo = span.end;
    }
    if (!ranges.length) return [];
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return ranges.map((r) => r.toString());
  }

  function renderVerdict(outcome) {
    const v = outcome.verdict;
    const box = part('verdict');
    box.replaceChildren();
    const risk = ['high', 'medium', 'low'].includes(v.risk) ? v.risk : 'low';
    box.setAttribute('data-risk', risk);
    part('panel').setAttribute('data-risk', risk);
    box.appendChild(el('p', { class: 'risk', 'data-part': 'risk' }, t('risk' + risk[0].toUpperCase() + risk.slice(1))));
    box.appendChild(el('p', { class: 'score', 'data-part': 'score' }, t('score', { percent: percent(v.score) })));

    if (v.document_type) {
      const pct = typeof v.document_type_probability === 'number' ? Math.round(v.document_type_probability * 100) + '%' : '?';
      const line = el('p', { class: 'doctype', 'data-part': 'doctype', 'data-type': v.document_type },
        t('docType', { type: t('docType_' + v.document_type), percent: pct }));
      if (v.document_type !== 'job_ad') line.appendChild(document.createTextNode(' ' + t('docTypeCaution')));
      box.appendChild(line);
    }
    if (Array.isArray(v.notices) && v.notices.length) {
      const list = el('ul', { class: 'notices', 'data-part': 'notices' });
      for (const n of v.notices) list.appendChild(el('li', { class: 'notice', 'data-code': n.code }, n.message));
      box.appendChild(list);
    }

    box.appendChild(el('h3', {}, t('flagsHeading')));
    const flags = Array.isArray(v.flags) ? v.flags : [];
    if (!flags.length) box.appendChild(el('p', { 'data-part': 'no-flags' }, t('noFlags')));
    const list = el('ul', { class: 'flags', 'data-part': 'flags' });
    for (const flag of flags) {
      const li = el('li', { 'data-rule': flag.rule_id });
      li.appendChild(el('span', { class: 'flag-title' }, flag.title || flag.rule_id));
      if (flag.message) li.appendChild(el('span', { class: 'flag-message' }, flag.message));
      const quotes = [...new Set((flag.evidence || []).map((e) => e.text).filter(Boolean))];
      if (quotes.length) li.appendChild(el('span', { class: 'evidence' }, quotes.map((q) => `“${q}”`).join(', ')));
      list.appendChild(li);
    }
    if (flags.length) box.appendChild(list);

    // Contacts, places and pay the server found: what a report to the
    // authorities needs.
    const entities = Array.isArray(v.entities) ? v.entities.filter((e) => e && e.text) : [];
    if (entities.length) {
      box.appendChild(el('h3', {}, t('entitiesHeading')));
      const list = el('ul', { class: 'entities', 'data-part': 'entities' });
      const seen = new Set();
      for (const e of entities) {
        const shown = e.normalized && e.normalized !== e.text ? `${e.text} (${e.normalized})` : e.text;
        const key = `${e.type}:${shown}`;
        if (seen.has(key)) continue;
        seen.add(key);
        list.appendChild(el('li', { 'data-type': e.type }, `${e.type}: ${shown}`));
      }
      box.appendChild(list);
    }
    if (outcome.source === 'image' && typeof v.ocr_text === 'string' && v.ocr_text.trim()) {
      const details = el('details', { 'data-part': 'ocr-text' });
      details.appendChild(el('summary', {}, t('ocrText')));
      details.appendChild(el('p', { class: 'ocr' }, v.ocr_text));
      box.appendChild(details);
    }
    if (outcome.source !== 'image') {
      const marked = drawHighlights(v);
      const count = marked ? marked.length : 0;
      const wanted = flags.some((f) => (f.evidence || []).length);
      if (wanted) {
        box.appendChild(el('p', { class: 'marked', 'data-part': 'marked', 'data-count': String(count) },
          count ? t('marked', { count }) : t('markedNone')));
      }
      state.marked = marked || [];
    }

    const advice = outcome.advice;
    if (advice) {
      const a = el('div', { class: 'advice', 'data-part': 'advice' });
      a.appendChild(el('h3', {}, advice.title || t('adviceHeading')));
      if (advice.summary) a.appendChild(el('p', {}, advice.summary));
      const ol = el('ol');
      for (const step of advice.steps || []) ol.appendChild(el('li', {}, step));
      a.appendChild(ol);
      box.appendChild(a);
    }

    // Feedback only where the server stored the verdict as a case: without a
    // case id there is nothing to attach an answer to, so no button at all.
    if (outcome.feedback && v.case_id) {
      const fb = el('div', { class: 'feedback', 'data-part': 'feedback' });
      fb.appendChild(el('p', {}, t('feedbackQuestion')));
      const status = el('p', { class: 'feedback-status', role: 'status', 'data-part': 'feedback-status' });
      for (const [key, correct] of [['feedbackYes', true], ['feedbackNo', false]]) {
        const button = el('button', { type: 'button', 'data-part': correct ? 'feedback-yes' : 'feedback-no' }, t(key));
        button.addEventListener('click', async () => {
          for (const b of fb.querySelectorAll('button')) b.disabled = true;
          let reply;
          try {
            reply = await chrome.runtime.sendMessage({ type: 'waspada:feedback', caseId: v.case_id, correct });
          } catch (error) {
            reply = { ok: false, message: String(error && error.message) };
          }
          status.textContent = reply && reply.ok ? t('feedbackThanks') : t('feedbackFailed', { reason: (reply && reply.message) || '?' });
          if (!(reply && reply.ok)) for (const b of fb.querySelectorAll('button')) b.disabled = false;
        });
        fb.appendChild(button);
      }
      fb.appendChild(status);
      box.appendChild(fb);
    }

    const source = outcome.source === 'selection' ? 'sourceSelection' : outcome.source === 'image' ? 'sourceImage' : 'sourcePage';
    box.appendChild(el('p', { class: 'meta', 'data-part': 'meta' },
      t('checkedText', { chars: outcome.chars, source: t(source) }) + ' ' +
      t('modelLine', { host: outcome.backendHost, version: v.model_version })));
    box.appendChild(el('p', { class: 'disclaimer' }, t('disclaimer')));
    box.hidden = false;
  }

  /** Show the outcome: {verdict, advice, feedback, ...} or {error: message}. */
  function finish(outcome) {
    if (outcome.seq !== undefined && outcome.seq !== state.seq) return { shown: 'superseded' };
    if (!state.root) build(outcome.lang);
    part('status').textContent = '';
    part('status').hidden = true;
    if (outcome.error) {
      const box = part('error');
      box.textContent = outcome.error;
      box.setAttribute('data-kind', outcome.errorKind || 'other');
      box.hidden = false;
      return { shown: 'error' };
    }
    renderVerdict(outcome);
    // Keyboard and screen-reader users land on the answer they asked for.
    part('panel').focus({ preventScroll: true });
    if (outcome.source === 'selection') {
      // Drop the selection so the marks underneath are visible.
      const sel = window.getSelection();
      if (sel) sel.removeAllRanges();
    }
    return { shown: 'verdict', marked: state.marked || [] };
  }

  globalThis.__waspada = { begin, finish, close };
})();
