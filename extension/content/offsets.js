// Offsets: the API reports Python code-point offsets; JavaScript strings are
// UTF-16 (an emoji is one code point but two UTF-16 units). Same conversion
// as the web page (service/web/app.js, codePointMap).
(function () {
  'use strict';
  if (globalThis.WaspadaOffsets) return;

  /** Code point index -> UTF-16 index (length = code points + 1). */
  function codePointMap(text) {
    const map = [];
    let u16 = 0;
    for (let i = 0; i < text.length; ) {
      map.push(u16);
      const c = text.charCodeAt(i);
      const step =
        c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      i += step;
      u16 += step;
    }
    map.push(u16);
    return map;
  }

  /**
   * UTF-16 [start, end) in `sent` for a span {start, end, text} given in code
   * points of `scored` (the text the server returns). When the server's text
   * differs from what was sent, or the offsets do not quote the span's text,
   * the quote is looked up instead of marking the wrong words.
   */
  function locate(span, scored, scoredMap, sent) {
    const n = scoredMap.length - 1;
    const s = span.start;
    const e = span.end;
    const quote = typeof span.text === 'string' ? span.text : null;
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= n) {
      const a = scoredMap[s];
      const b = scoredMap[e];
      const piece = scored.slice(a, b);
      if (quote === null || piece === quote) {
        if (scored === sent) return { start: a, end: b };
        // Nearest copy of the piece in what was sent, searching from the
        // same place first.
        const at = sent.indexOf(piece, Math.max(0, a - 64));
        const found = at >= 0 ? at : sent.indexOf(piece);
        return found >= 0 ? { start: found, end: found + piece.length } : null;
      }
    }
    if (!quote) return null;
    const at = sent.indexOf(quote);
    return at >= 0 ? { start: at, end: at + quote.length } : null;
  }

  globalThis.WaspadaOffsets = { codePointMap, locate };
})();
