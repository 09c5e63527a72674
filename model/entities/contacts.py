"""Contacts that are not bare numbers: links, e-mails, handles and app ids."""

from __future__ import annotations

import re
from collections.abc import Iterable

from model.entities.common import Found, app_before
from model.entities.phones import e164

SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly",
        "s.id",
        "tinyurl.com",
        "t.ly",
        "cutt.ly",
        "shorturl.at",
        "rb.gy",
        "is.gd",
        "goo.gl",
        "ow.ly",
        "linktr.ee",
        "lynk.id",
        "bitly.ws",
        "v.gd",
        "tiny.cc",
        "shorturl.asia",
        "wa.link",
    }
)
_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})
_WHATSAPP_HOSTS = frozenset({"wa.me", "api.whatsapp.com", "chat.whatsapp.com"})
_LINE_HOSTS = frozenset({"line.me"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.I)
_NON_DIGITS = re.compile(r"\D")

# "Telegram: hr_asia", "微信：abc123", "Line ID = job.th": the app's name, a
# separator, then the id (a word with a digit, "_" or "." in it, or after an
# explicit ":"/"ID" separator).
_APP_ID = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?P<app>telegram|tele|tg|line|ไลน์|wechat|weixin|微信|vx|wx|zalo|飞机|纸飞机)"
    r"(?P<sep>\s*(?:id|号)?\s*[:：=]\s*|\s*(?:id|号)\s*|\s+)"
    r"(?P<id>@?[A-Za-z][A-Za-z0-9_.\-]{2,31})",
    re.I,
)
# Where an app id can start: the app's name, in a lowered text.
_APP_NAME = re.compile(r"tele|tg|line|ไลน์|wechat|weixin|微信|vx|wx|zalo|飞机|纸飞机")
_EXPLICIT_SEPARATOR = re.compile(r"[:：=]|id|号", re.I)
_ID_MARKS = re.compile(r"[\d_.]")
_APP_ID_NAMES = {
    "telegram": "telegram",
    "tele": "telegram",
    "tg": "telegram",
    "飞机": "telegram",
    "纸飞机": "telegram",
    "line": "line",
    "ไลน์": "line",
    "wechat": "wechat",
    "weixin": "wechat",
    "微信": "wechat",
    "vx": "wechat",
    "wx": "wechat",
    "zalo": "zalo",
}
_NOT_IDS = frozenset(
    [
        "only",
        "saja",
        "aja",
        "kami",
        "kita",
        "us",
        "me",
        "atau",
        "or",
        "and",
        "dan",
        "hubungi",
        "contact",
        "chat",
        "group",
        "grup",
        "channel",
        "kak",
        "sis",
        "gan",
        "admin",
        "hr",
        "hrd",
    ]
)

# Links written so that filters (and spaCy's like_url) miss them.
_OBFUSCATED_LINK = re.compile(
    r"(?<![A-Za-z0-9.])(?P<host>wa|t|telegram|line|bit|s)"
    r"(?:\s+\.\s*|\s*\.\s+|\s*\[\s*(?:\.|dot)\s*\]\s*|\s*\(\s*(?:\.|dot)\s*\)\s*"
    r"|\s+(?:dot|titik)\s+)"
    r"(?P<tld>me|ly|id)\s*/\s*(?P<path>[A-Za-z0-9+~][A-Za-z0-9_+~\-.]{0,40}[A-Za-z0-9_])",
    re.I,
)
# Every obfuscated link has "me/", "ly/" or "id/" (spaces allowed before "/").
_TLD_SLASH = re.compile(r"(?:me|ly|id)\s*/")
_OBFUSCATED_HOSTS = {
    ("wa", "me"): "wa.me",
    ("t", "me"): "t.me",
    ("telegram", "me"): "telegram.me",
    ("line", "me"): "line.me",
    ("bit", "ly"): "bit.ly",
    ("s", "id"): "s.id",
}
_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.])@[A-Za-z][A-Za-z0-9_.]{2,31}[A-Za-z0-9_](?![A-Za-z0-9_@])"
)


def link(start: int, end: int, raw: str) -> Found:
    """A like_url token as a link entity of the right kind."""
    stripped = raw.rstrip(".,;:!?)]}'\"")
    end -= len(raw) - len(stripped)
    canonical = canonical_url(stripped)
    host, _, path = canonical.partition("/")
    if host in _TELEGRAM_HOSTS and path:
        handle = path.split("/")[0].split("?")[0]
        return Found("telegram", start, end, "@" + handle.lower().lstrip("@"))
    if host in _WHATSAPP_HOSTS:
        number = _NON_DIGITS.sub("", path)
        normalized = e164("+" + number, ()) if number else None
        return Found("whatsapp", start, end, normalized or canonical)
    if host in _LINE_HOSTS:
        return Found("line", start, end, canonical)
    if host in SHORTENERS:
        return Found("short_link", start, end, canonical)
    return Found("url", start, end, canonical)


def email(start: int, raw: str) -> Found:
    """A like_email token as an e-mail entity."""
    address = raw.strip(".,;:")
    return Found("email", start, start + len(address), address.lower())


def canonical_url(url: str) -> str:
    """Scheme, ``www.`` and trailing slashes dropped; host lower-cased."""
    rest = _SCHEME.sub("", url.strip())
    host, slash, path = rest.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    path = path.rstrip("/")
    return host + ("/" + path if slash and path else "")


def obfuscated_links(body: str, lowered: str | None) -> Iterable[Found]:
    """ "wa dot me/62...", "t[.]me/name": links written to dodge filters.

    ``lowered`` is ``common.lowered_view(body)``: where it is given, a cheap
    pre-scan of it rules out most ads.
    """
    if lowered is not None and not _TLD_SLASH.search(lowered):
        return
    for match in _OBFUSCATED_LINK.finditer(body):
        key = (match.group("host").lower(), match.group("tld").lower())
        host = _OBFUSCATED_HOSTS.get(key)
        if host is None:
            continue
        found = link(match.start(), match.end(), f"{host}/{match.group('path')}")
        found.end = match.end()
        yield found


def app_ids(body: str, lowered: str | None) -> Iterable[Found]:
    """ "Telegram: hr_asia", "微信：abc123": ids after an app's name."""
    matches = _APP_ID.finditer(body) if lowered is None else _app_ids(body, lowered)
    for match in matches:
        ident = match.group("id").rstrip(".-")
        if ident.lower().lstrip("@") in _NOT_IDS:
            continue
        explicit = _EXPLICIT_SEPARATOR.search(match.group("sep")) is not None
        if not (explicit or ident.startswith("@") or _ID_MARKS.search(ident)):
            continue
        kind = _APP_ID_NAMES[match.group("app").lower()]
        start = match.start("id")
        normalized = ident.lower()
        if kind == "telegram" and not normalized.startswith("@"):
            normalized = "@" + normalized
        yield Found(kind, start, start + len(ident), normalized)


def _app_ids(body: str, lowered: str) -> Iterable[re.Match[str]]:
    """``_APP_ID.finditer(body)``, tried only where an app's name starts."""
    resume = 0
    name = _APP_NAME.search(lowered)
    while name is not None:
        match = _APP_ID.match(body, name.start())
        if match is not None:
            resume = match.end()
            yield match
        name = _APP_NAME.search(lowered, max(resume, name.start() + 1))


def handles(body: str) -> Iterable[Found]:
    """ "@name" handles, typed by the app named before them."""
    if "@" not in body:
        return
    # A pattern over the text: a REGEX token predicate would run in Python
    # for every token of every ad.
    for match in _HANDLE.finditer(body):
        kind = app_before(body, match.start()) or "handle"
        if kind in ("whatsapp", "phone"):
            kind = "handle"
        yield Found(kind, match.start(), match.end(), match.group().lower())
