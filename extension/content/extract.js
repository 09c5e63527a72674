// Finding the ad on a page, generically: the selected text if any, else the
// main text block (a small readability-style heuristic). No per-site
// selectors: they break whenever a site changes its markup.
//
// Both produce {text, map}: `text` is what is sent to the server (whitespace
// collapsed as the page shows it, line breaks between blocks) and map[i] is
// [textNode, offset] for the UTF-16 unit text[i] (null for inserted breaks),
// so that the server's offsets can be drawn back onto the page.
(function () {
  'use strict';
  if (globalThis.WaspadaExtract) return;

  const NEVER = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
    'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'IMG', 'VIDEO', 'AUDIO', 'HEAD', 'WASPADA-PANEL',
  ]);
  const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);
  const BOILERPLATE_ROLES = new Set([
    'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar',
    'toolbar', 'button', 'dialog', 'tablist',
  ]);
  // Words in class names, ids and labels that mark page furniture on any
  // site (the same idea as readability's "unlikely candidates").
  const BOILERPLATE_WORDS = new Set([
    'nav', 'navbar', 'navigation', 'menu', 'footer', 'header', 'masthead', 'sidebar', 'share',
    'sharing', 'social', 'comment', 'comments', 'reply', 'replies', 'related', 'recommended',
    'breadcrumb', 'breadcrumbs', 'toolbar', 'cookie', 'cookies', 'consent', 'banner', 'promo',
    'advert', 'advertisement', 'ads', 'sponsor', 'sponsored', 'widget', 'login', 'signup',
    'subscribe', 'newsletter', 'reactions', 'actions', 'popup', 'modal',
  ]);
  const MIN_MAIN_CHARS = 40;

  function words(value) {
    return String(value || '')
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  }

  function hidden(el) {
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    const style = getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden';
  }

  /** Page furniture: navigation, headers, footers, sidebars, share bars, comments. */
  function isBoilerplate(el) {
    if (BOILERPLATE_TAGS.has(el.tagName)) return true;
    const role = (el.getAttribute('role') || '').toLowerCase();
    if (role && BOILERPLATE_ROLES.has(role)) return true;
    const names = [el.id, el.getAttribute('class'), el.getAttribute('aria-label')];
    for (const name of names) {
      for (const word of words(name)) if (BOILERPLATE_WORDS.has(word)) return true;
    }
    return false;
  }

  function isBlock(el) {
    if (el.tagName === 'BR') return true;
    const display = getComputedStyle(el).display;
    return !(display.startsWith('inline') || display === 'contents' || display === 'ruby');
  }

  function keepsWhitespace(el) {
    const ws = el ? getComputedStyle(el).whiteSpace : 'normal';
    return ws.startsWith('pre') || ws === 'break-spaces';
  }

  /**
   * Visible text under `root` (optionally only inside `range`), skipping what
   * `skip(el)` rejects. Whitespace collapses as the browser renders it.
   */
  function collect(root, { range = null, skip = () => false } = {}) {
    const out = [];
    const map = [];
    const last = () => (out.length ? out[out.length - 1] : '');
    function lineBreak() {
      if (!out.length) return;
      if (last() === '\n') return;
      if (last() === ' ') {
        out[out.length - 1] = '\n';
        map[map.length - 1] = null;
        return;
      }
      out.push('\n');
      map.push(null);
    }
    function text(node) {
      if (range && !range.intersectsNode(node)) return;
      const data = node.data;
      let from = 0;
      let to = data.length;
      if (range) {
        if (node === range.startContainer) from = range.startOffset;
        if (node === range.endContainer) to = range.endOffset;
      }
      const pre = keepsWhitespace(node.parentElement);
      for (let i = from; i < to; i++) {
        const ch = data[i];
        if (!pre && (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f')) {
          if (!out.length || last() === ' ' || last() === '\n') continue;
          out.push(' ');
        } else {
          out.push(ch === '\r' ? '\n' : ch);
        }
        map.push([node, i]);
      }
    }
    function walk(node) {
      if (node.nodeType === Node.TEXT_NODE) {
        text(node);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node;
      if (NEVER.has(el.tagName) || hidden(el) || skip(el)) return;
      if (el.tagName === 'BR') {
        lineBreak();
        return;
      }
      const block = isBlock(el);
      if (block) lineBreak();
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      if (block) lineBreak();
    }
    walk(root);
    while (out.length && (last() === ' ' || last() === '\n')) {
      out.pop();
      map.pop();
    }
    return { text: out.join(''), map };
  }

  /** The selected text of `win`, or null when nothing is selected. */
  function selection(win = window) {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    let root = range.commonAncestorContainer;
    if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentNode;
    // A selection is the person's choice: keep navigation and the like, but
    // never text hidden from them.
    const found = collect(root, { range });
    return found.text.trim() ? { ...found, source: 'selection' } : null;
  }

  function ownTextLength(el) {
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) n += child.data.replace(/\s+/g, ' ').trim().length;
      else if (child.nodeType === Node.ELEMENT_NODE && !isBlock(child) && !NEVER.has(child.tagName)) {
        n += (child.textContent || '').replace(/\s+/g, ' ').trim().length;
      }
    }
    return n;
  }

  function linkDensity(el) {
    const all = (el.textContent || '').replace(/\s+/g, '').length || 1;
    let links = 0;
    for (const a of el.querySelectorAll('a')) links += (a.textContent || '').replace(/\s+/g, '').length;
    return Math.min(1, links / all);
  }

  /**
   * The element holding the page's main text. Every block of text credits
   * its length to its parent in full and to its grandparent by half; the
   * best-credited container, discounted by how much of it is link text,
   * wins. Furniture (navigation, headers, footers, sidebars, share bars,
   * comments) never counts.
   */
  function mainElement(doc = document) {
    const body = doc.body;
    if (!body) return null;
    const scores = new Map();
    const credit = (el, points) => {
      if (el && el !== doc.documentElement) scores.set(el, (scores.get(el) || 0) + points);
    };
    function visit(el) {
      if (NEVER.has(el.tagName) || hidden(el) || isBoilerplate(el)) return;
      if (isBlock(el)) {
        const own = ownTextLength(el);
        if (own >= 20) {
          credit(el.parentElement, own);
          if (el.parentElement) credit(el.parentElement.parentElement, own / 2);
        }
      }
      for (const child of el.children) visit(child);
    }
    visit(body);
    let best = null;
    let bestScore = 0;
    for (const [el, points] of scores) {
      if (el !== body && el.closest && isInsideBoilerplate(el)) continue;
      const score = points * (1 - linkDensity(el));
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    return best || body;
  }

  function isInsideBoilerplate(el) {
    for (let node = el; node && node.nodeType === Node.ELEMENT_NODE; node = node.parentElement) {
      if (isBoilerplate(node)) return true;
    }
    return false;
  }

  /** The main text block: {element, text, map, source}, or null if too little text. */
  function mainBlock(doc = document) {
    const element = mainElement(doc);
    if (!element) return null;
    const found = collect(element, { skip: isBoilerplate });
    if (found.text.length < MIN_MAIN_CHARS) return null;
    return { element, ...found, source: 'page' };
  }

  /** What the toolbar button checks: the selection if any, else the main block. */
  function forToolbar(win = window) {
    return selection(win) || mainBlock(win.document);
  }

  globalThis.WaspadaExtract = { collect, selection, mainElement, mainBlock, forToolbar, isBoilerplate };
})();
