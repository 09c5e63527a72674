"""Text normalisation that never loses its way back to the original text.

Every ad is normalised before rules and features see it: HTML tags are
removed, entities decoded, compatibility characters folded with NFKC (so the
"𝐒𝐋𝐎𝐓" of gambling spam reads "SLOT"), zero-width characters dropped and
whitespace collapsed. The browser extension highlights phrases in the text the
user sees, so each normalised character remembers the span of original
characters it came from, and any normalised span maps back exactly.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from model import disguise
from model.ad import CONTROL_CHARS
from model.t2s import SIMPLIFIED, TRADITIONAL

# Tags are removed; script/style/comment bodies go with them. Bounded
# repetition keeps a stray "<" in a 1 MB ad from turning into a slow scan.
# A body never runs past the next opener of its kind: otherwise each of
# 10,000 unclosed "<!--" (or "<script>") scans to the end of the ad, which
# is quadratic (8 s for 50,000 characters); this way every character is
# scanned by at most one attempt.
_BLOCK = (
    r"<(?:script|style)\b[^<>]{0,1000}>"
    r"(?:(?!<(?:script|style)\b).){0,200000}?</(?:script|style)\s*>"
    r"|<!--(?:(?!<!--).){0,200000}?-->"
)
_TAG = r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>"
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_TOKEN_RE = re.compile(
    rf"(?P<block>{_BLOCK})"
    rf"|(?P<tag>{_TAG})"
    rf"|(?P<entity>{_ENTITY})"
    # Tab, newline and carriage return, the control characters not in
    # CONTROL_CHARS, are whitespace (\s).
    rf"|(?P<space>[\s{CONTROL_CHARS}\u200b-\u200d\u2060\ufeff\u00ad]+)"
    rf"|(?P<plain>[^<&\s{CONTROL_CHARS}\u200b-\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<lone>[<&])",
    re.DOTALL | re.IGNORECASE,
)
# Where _TOKEN_RE would find markup. The scan never lets "plain" or "space"
# swallow a "<" or "&", so every "<" and "&" starts a token; if none of them
# starts a block, tag or entity, each is a "lone" token, which the full pass
# copies exactly like plain text. Same pieces and flags as _TOKEN_RE, so the
# two cannot disagree about what markup is.
_MARKUP_RE = re.compile(f"{_BLOCK}|{_TAG}|{_ENTITY}", re.DOTALL | re.IGNORECASE)
# The same, naming what it found, for _full_normalize.
_MARKUP_TOKEN_RE = re.compile(
    rf"(?P<block>{_BLOCK})|(?P<tag>{_TAG})|(?P<entity>{_ENTITY})",
    re.DOTALL | re.IGNORECASE,
)
# The characters of _TOKEN_RE's "space" that are not whitespace: those of
# CONTROL_CHARS and the invisible ones (tests/model/test_preprocess.py
# checks the two sets agree).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f\u200b-\u200d\u2060\ufeff\u00ad]")
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# Characters that belong to the preceding glyph: a highlight must not cut them.
_TRAILING_MARKS = {"\ufe0e", "\ufe0f"}


class _CharMap:
    """Per-character original spans: for text that went through HTML or NFKC."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


class _SegmentMap:
    """Piecewise map for the common case where only whitespace was collapsed.

    Each segment is either copied verbatim (offsets shift by a constant) or a
    collapsed whitespace run (one normalised character for several original
    ones), so the map costs one entry per collapsed run, not per character.
    """

    __slots__ = ("collapsed", "norm_starts", "orig_ends", "orig_starts")

    def __init__(self) -> None:
        self.norm_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []
        self.collapsed: list[bool] = []

    def add(
        self, norm_start: int, orig_start: int, orig_end: int, collapsed: bool
    ) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)
        self.orig_ends.append(orig_end)
        self.collapsed.append(collapsed)

    def _locate(self, index: int) -> tuple[int, int]:
        segment = bisect_right(self.norm_starts, index) - 1
        if self.collapsed[segment]:
            return self.orig_starts[segment], self.orig_ends[segment]
        orig = self.orig_starts[segment] + index - self.norm_starts[segment]
        return orig, orig + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._locate(start)[0], self._locate(end - 1)[1]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text plus a map from its characters to original spans."""

    original: str
    text: str
    mapping: _CharMap | _SegmentMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to an original span.

        The result is widened over combining marks and variation selectors
        that follow it, so a highlight never splits a glyph.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of {len(self.text)}")
        orig_start, orig_end = self.mapping.span(start, end)
        original = self.original
        while orig_end < len(original) and (
            unicodedata.combining(original[orig_end])
            or original[orig_end] in _TRAILING_MARKS
        ):
            orig_end += 1
        return orig_start, orig_end


# Anything here needs the character-by-character path: control and invisible
# characters. Markup (see _MARKUP_RE) and characters NFKC changes (see
# _nfkc_per_char) need it too.
_NEEDS_FULL_PASS = re.compile(
    r"[\x00-\x08\x0e-\x1b\x7f\x85\u200b-\u200d\u2060\ufeff\u00ad]"
)
# Whitespace that normalisation changes: runs, and any single whitespace
# character other than a plain space or newline. Written as "\s{2,}|[^\S \n]"
# would match the same, but CPython's re skips ahead to candidate positions
# only for a pattern that starts with one character class: twice as fast.
_UNUSUAL_SPACE = re.compile(r"\s(?:\s+|(?<=[^\S \n]))")


def _nfkc_per_char(text: str) -> bool:
    """Whether the full pass would leave every non-space character as is.

    The full pass folds plain characters one at a time, and whitespace
    (NO-BREAK SPACE, common in ads, is one NFKC changes) is collapsed before
    NFKC ever sees it. A text that is NFKC-normalised as a whole holds no
    character that NFKC changes on its own, which settles most texts in C.
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return True
    return all(
        char.isascii() or char.isspace() or unicodedata.normalize("NFKC", char) == char
        for char in set(text)
    )


def _nfkc_changed(text: str) -> list[int]:
    """Offsets, ascending, of the characters of ``text`` that NFKC changes
    on their own. Found by halving: a stretch that is NFKC-normalised as a
    whole holds none (see _nfkc_per_char), and is_normalized runs in C."""
    found: list[int] = []
    stack = [(0, len(text))]
    while stack:
        low, high = stack.pop()
        if unicodedata.is_normalized("NFKC", text[low:high]):
            continue
        if high - low == 1:
            found.append(low)
            continue
        middle = (low + high) // 2
        stack.append((middle, high))
        stack.append((low, middle))
    return found


def _word_folds(text: str, at: int) -> list[tuple[int, int, str]] | None:
    """(start, end, NFKC) of each non-space character of ``text`` that NFKC
    changes, offsets shifted by ``at``; None if one folds to nothing or to
    whitespace, which would merge with the spaces around it."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return []
    found = []
    for offset in _nfkc_changed(text):
        char = text[offset]
        if char.isspace():
            continue  # collapsed like any whitespace, never folded
        folded = unicodedata.normalize("NFKC", char)
        if not folded or folded.isspace():
            return None
        found.append((at + offset, at + offset + 1, folded))
    return found


def _event_start(event: tuple[int, int, str | None]) -> int:
    return event[0]


def _fast_normalize(original: str) -> NormalizedText | None:
    """Whitespace-only normalisation for text that needs nothing else."""
    if _NEEDS_FULL_PASS.search(original):
        return None
    if ("<" in original or "&" in original) and _MARKUP_RE.search(original):
        return None
    if not _nfkc_per_char(original):
        return None
    lead = len(original) - len(original.lstrip())
    stop = len(original.rstrip())
    if lead >= stop:
        return NormalizedText(original, "", _SegmentMap())
    mapping = _SegmentMap()
    pieces: list[str] = []
    norm_pos = 0
    orig_pos = lead
    for match in _UNUSUAL_SPACE.finditer(original, lead, stop):
        begin, finish = match.span()
        if begin > orig_pos:
            mapping.add(norm_pos, orig_pos, begin, False)
            pieces.append(original[orig_pos:begin])
            norm_pos += begin - orig_pos
        run = match.group()
        mapping.add(norm_pos, begin, finish, True)
        pieces.append("\n" if "\n" in run or "\r" in run else " ")
        norm_pos += 1
        orig_pos = finish
    if stop > orig_pos:
        mapping.add(norm_pos, orig_pos, stop, False)
        pieces.append(original[orig_pos:stop])
    return NormalizedText(original, "".join(pieces), mapping)


def normalize(original: str, *, undisguise: bool | None = None) -> NormalizedText:
    """Normalise ``original`` (HTML, NFKC, whitespace, Traditional Chinese,
    disguises) keeping an offset map.

    ``undisguise`` (default: on unless ``model.disguise.disabled()``) also
    undoes invisible characters, look-alike letters, spaced-out letters and
    leet spellings (see ``model.disguise``).
    """
    base = _fast_normalize(original)
    if base is None:
        base = _full_normalize(original)
    if undisguise is None:
        undisguise = disguise.enabled()
    if undisguise and base.text:
        base = _undisguised(base)
    return _simplified(base)


# Traditional Chinese folded to Simplified, one character for one (the map
# is unchanged): Hong Kong and Taiwan ads then meet the same rules and
# character n-grams as mainland ones ("菲律賓" is "菲律宾").
_T2S = str.maketrans(TRADITIONAL, SIMPLIFIED)
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")


def _simplified(found: NormalizedText) -> NormalizedText:
    text = found.text
    if text.isascii() or _HAN_RE.search(text) is None:
        return found
    folded = text.translate(_T2S)
    if folded == text:
        return found
    return NormalizedText(found.original, folded, found.mapping)


def _undisguised(base: NormalizedText) -> NormalizedText:
    """``base`` with ``model.disguise`` applied, its map composed with base's."""
    mapping = base.mapping

    def wide(index: int) -> bool:
        start, end = mapping.span(index, index + 1)
        return end - start > 1

    found = disguise.undisguise(base.text, wide)
    if found is None:
        return base
    text, starts, ends = found
    orig_starts = array("q")
    orig_ends = array("q")
    for start, end in zip(starts, ends, strict=True):
        orig_start, orig_end = mapping.span(start, end)
        orig_starts.append(orig_start)
        orig_ends.append(orig_end)
    return NormalizedText(base.original, text, _CharMap(orig_starts, orig_ends))


def _full_normalize(original: str) -> NormalizedText:
    """The character-by-character pass: markup, NFKC, invisible characters.

    What it does is defined token by token (_TOKEN_RE). Text without control
    or invisible characters is only cut at markup, and the text between is
    handled in bulk where that provably gives the same result (see
    ``_FullPass.ordinary``): a tokenised ad costs a Python step per word and
    space.
    """
    run = _FullPass(original)
    if _CONTROL.search(original):
        run.tokens(0, len(original))
    else:
        done = 0
        for match in _MARKUP_TOKEN_RE.finditer(original):
            begin, finish = match.span()
            if begin > done:
                run.ordinary(done, begin)
            run.token(match.lastgroup, begin, finish)
            done = finish
        if done < len(original):
            run.ordinary(done, len(original))
    return NormalizedText(
        original,
        "".join(run.out),
        _CharMap(array("q", run.starts), array("q", run.ends)),
    )


class _FullPass:
    """One run of _full_normalize: the text written so far, the original
    span of each of its characters, and the whitespace run not written yet
    (it merges with any whitespace or markup that follows)."""

    __slots__ = ("ends", "original", "out", "pending_space", "starts")

    def __init__(self, original: str) -> None:
        self.original = original
        self.out: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pending_space: tuple[int, int, bool] | None = None

    def emit(self, chunk: str, begin: int, finish: int) -> None:
        """Write ``chunk``, every character mapped to original[begin:finish],
        after the pending whitespace (dropped at the very start)."""
        if self.pending_space is not None:
            if self.out:
                s_begin, s_end, newline = self.pending_space
                self.out.append("\n" if newline else " ")
                self.starts.append(s_begin)
                self.ends.append(s_end)
            self.pending_space = None
        self.out.append(chunk)
        self.starts.extend([begin] * len(chunk))
        self.ends.extend([finish] * len(chunk))

    def copy(self, chunk: str, begin: int, finish: int) -> None:
        """emit() for each character of ``chunk`` in turn, at once."""
        if self.pending_space is not None:
            self.emit("", begin, begin)
        self.out.append(chunk)
        self.starts.extend(range(begin, finish))
        self.ends.extend(range(begin + 1, finish + 1))

    def add_space(self, begin: int, finish: int, newline: bool) -> None:
        if self.pending_space is None:
            self.pending_space = (begin, finish, newline)
        else:
            s_begin, _, s_newline = self.pending_space
            self.pending_space = (s_begin, finish, s_newline or newline)

    def space(self, begin: int, finish: int) -> None:
        piece = self.original[begin:finish]
        self.add_space(begin, finish, "\n" in piece or "\r" in piece)

    def tokens(self, begin: int, finish: int) -> None:
        for match in _TOKEN_RE.finditer(self.original, begin, finish):
            self.token(match.lastgroup, *match.span())

    def token(self, kind: str | None, begin: int, finish: int) -> None:
        """One _TOKEN_RE token (``kind`` is its group)."""
        piece = self.original[begin:finish]
        if kind == "plain":
            self.plain(piece, begin, finish)
        elif kind == "space":
            if all(char in _INVISIBLE for char in piece):
                return
            self.add_space(begin, finish, "\n" in piece or "\r" in piece)
        elif kind in ("tag", "block"):
            self.add_space(begin, finish, kind == "tag" and _is_block_tag(piece))
        elif kind == "entity":
            decoded = html.unescape(piece)
            if decoded.strip() and not all(c in _INVISIBLE for c in decoded):
                self.emit(unicodedata.normalize("NFKC", decoded), begin, finish)
            else:
                self.add_space(begin, finish, False)
        else:  # a lone "<" or "&" that starts no tag or entity
            self.emit(piece, begin, finish)

    def plain(self, piece: str, begin: int, finish: int) -> None:
        """A word: characters NFKC leaves as they are are copied in bulk,
        exactly as folding them one by one would; only the others are
        folded."""
        if piece.isascii() or unicodedata.is_normalized("NFKC", piece):
            self.copy(piece, begin, finish)
            return
        done = 0
        for offset in _nfkc_changed(piece):
            if offset > done:
                self.copy(piece[done:offset], begin + done, begin + offset)
            done = offset + 1
            folded = unicodedata.normalize("NFKC", piece[offset])
            if not folded:
                continue
            if folded.isspace():
                self.add_space(begin + offset, begin + done, "\n" in folded)
                continue
            self.emit(folded, begin + offset, begin + done)
        if done < len(piece):
            self.copy(piece[done:], begin + done, finish)

    def ordinary(self, begin: int, finish: int) -> None:
        """original[begin:finish]: no markup, control or invisible character.

        Its tokens are words ("plain", "lone") and whitespace runs. A run
        of one " " or "\n" between two words comes out as itself, like a
        word character, so words and such spaces are copied together; other
        runs (_UNUSUAL_SPACE) go through add_space(), as do the runs at
        either end, which may merge with the markup around them.
        """
        original = self.original
        text = original[begin:finish]
        first = begin + len(text) - len(text.lstrip())
        last = begin + len(text.rstrip())
        if first >= last:
            self.space(begin, finish)
            return
        if first > begin:
            self.space(begin, first)
        folds = _word_folds(original[first:last], first)
        if folds is None:
            self.tokens(first, last)
        else:
            self.words(first, last, folds)
        if last < finish:
            self.space(last, finish)

    def words(self, first: int, last: int, folds: list[tuple[int, int, str]]) -> None:
        """original[first:last], words and whitespace with no run at either
        end, given the characters NFKC folds (see _word_folds)."""
        original = self.original
        # Unusual whitespace runs (folded None) and folded characters, in
        # text order, with the text between them copied.
        events: list[tuple[int, int, str | None]] = [
            (*run.span(), None)
            for run in _UNUSUAL_SPACE.finditer(original, first, last)
        ]
        events.extend(folds)
        events.sort(key=_event_start)
        done = first
        for event_begin, event_end, folded in events:
            if event_begin > done:
                self.copy(original[done:event_begin], done, event_begin)
            if folded is None:
                self.space(event_begin, event_end)
            else:
                self.emit(folded, event_begin, event_end)
            done = event_end
        if last > done:
            self.copy(original[done:last], done, last)


_BLOCK_TAGS = re.compile(
    r"</?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|table|section|article|hr)\b", re.I
)


def _is_block_tag(tag: str) -> bool:
    return bool(_BLOCK_TAGS.match(tag))
