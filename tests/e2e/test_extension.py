"""The browser extension (extension/), loaded unpacked in Debian's chromium.

Real parts throughout: the unpacked extension in a persistent chromium
profile (``--headless=new`` runs MV3 extensions), a real Waspada server on a
loopback port (``live_server``) and fixture pages from a tiny local HTTP
server (extension_pages/).

What headless chromium cannot do, and how the same code path is driven:

* Context menus and the toolbar button cannot be clicked headless. The tests
  call the very functions their listeners call (``onMenuClick`` with the
  menu's id, ``onActionClicked``) inside the extension's service worker.
* activeTab is granted by a person's click. The tests load a copy of the
  extension whose manifest adds host access to ``http://localhost/*`` (where
  the fixture pages are served) - the grant activeTab gives the clicked tab.
  The server runs on 127.0.0.1 at a port the manifest does not cover, so
  every API call goes through the server's CORS rule for extension origins.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import socket
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

expect = pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
).expect

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
EXTENSION = PROJECT_ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "extension_pages"
EXTRACT_JS = EXTENSION / "content" / "extract.js"
EXTENSION_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SOCIAL_POST_START = "🔥🔥 ✨ រកការងារ 💰 งานด่วน!!"


# ------------------------------------------------------------ static checks


def test_manifest_is_minimal_and_in_sync_with_the_project() -> None:
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    with (PROJECT_ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert manifest["manifest_version"] == 3
    assert manifest["version"] == version, "run `make extension` to sync the version"
    assert set(manifest["permissions"]) <= {
        "activeTab",
        "contextMenus",
        "storage",
        "scripting",
    }
    assert manifest["host_permissions"] == [
        "http://127.0.0.1:8000/*",
        "http://localhost:8000/*",
    ]
    assert "content_scripts" not in manifest  # injected only on request
    assert "web_accessible_resources" not in manifest
    # No remote code: every script is a file of the extension.
    for path in EXTENSION.rglob("*"):
        if path.suffix in {".html", ".js"}:
            text = path.read_text(encoding="utf-8")
            assert '<script src="http' not in text and "import('http" not in text
            assert "eval(" not in text and "new Function" not in text, path
    advice = (EXTENSION / "advice.json").read_bytes()
    assert advice == (PROJECT_ROOT / "service/web/advice.json").read_bytes()


def test_both_locales_have_every_message() -> None:
    en = json.loads((EXTENSION / "_locales/en/messages.json").read_text("utf-8"))
    id_ = json.loads((EXTENSION / "_locales/id/messages.json").read_text("utf-8"))
    assert en.keys() == id_.keys()
    assert en["menuCheckSelection"]["message"] == "Check with Waspada"
    assert id_["menuCheckSelection"]["message"] == "Periksa dengan Waspada"
    for key in en:
        assert id_[key]["message"].strip(), key


def test_make_extension_builds_a_store_zip(tmp_path: Path) -> None:
    import subprocess
    import sys
    import zipfile

    run = subprocess.run(
        [sys.executable, str(EXTENSION / "tools/package.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    zips = list(tmp_path.glob("waspada-extension-*.zip"))
    assert len(zips) == 1, run.stdout
    names = set(zipfile.ZipFile(zips[0]).namelist())
    assert "manifest.json" in names and "background.js" in names
    assert "_locales/id/messages.json" in names and "icons/icon-128.png" in names
    assert not any(name.startswith("tools/") or name.endswith(".md") for name in names)
    manifest = json.loads(zipfile.ZipFile(zips[0]).read("manifest.json"))
    assert zips[0].name == f"waspada-extension-{manifest['version']}.zip"
    check = subprocess.run(
        [sys.executable, str(EXTENSION / "tools/package.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr


# ----------------------------------------------------------------- fixtures


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _draw_ad_picture(path: Path) -> None:
    """A job ad as a picture, for servers that read images."""
    import matplotlib
    from PIL import Image, ImageDraw, ImageFont

    font_file = Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_file), 28)
    image = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(image)
    lines = [
        "LOWONGAN KERJA customer service di Kamboja",
        "tiket pesawat gratis, gaji 20 juta per bulan",
        "paspor disimpan perusahaan. Hubungi Telegram",
    ]
    for i, line in enumerate(lines):
        draw.text((24, 30 + i * 70), line, fill="black", font=font)
    image.save(path)


@pytest.fixture(scope="module")
def pages_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture pages at http://localhost:<port>/ (a real HTTP server)."""
    root = tmp_path_factory.mktemp("pages") / "site"
    shutil.copytree(PAGES, root)
    _draw_ad_picture(root / "ad.png")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Extension:
    """The loaded extension: its id, its service worker, its storage."""

    def __init__(self, context: Any, extension_id: str) -> None:
        self.context = context
        self.id = extension_id
        self.errors: list[str] = []
        context.on("console", self._console)
        context.on("weberror", lambda error: self.errors.append(str(error.error)))

    def _console(self, message: Any) -> None:
        # Chromium logs every failed fetch itself; the error tests cause some
        # on purpose and the panel explains them.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.errors.append(f"{message.location.get('url')}: {message.text}")

    @property
    def worker(self) -> Any:
        prefix = f"chrome-extension://{self.id}/"
        for worker in self.context.service_workers:
            if worker.url.startswith(prefix):
                return worker
        # An idle MV3 worker is stopped; opening an extension page wakes it.
        page = self.context.new_page()
        page.goto(prefix + "options/options.html")
        worker = self.context.wait_for_event("serviceworker", timeout=15_000)
        page.close()
        return worker

    def set_settings(self, **values: Any) -> None:
        self.worker.evaluate(
            "async (v) => { await chrome.storage.local.clear();"
            " await chrome.storage.local.set(v); await waspada.refreshMenus(); }",
            values,
        )

    def storage(self) -> dict[str, Any]:
        result: dict[str, Any] = self.worker.evaluate(
            "() => chrome.storage.local.get(null)"
        )
        return result

    def check(self, page: Any, how: str) -> dict[str, Any]:
        """Check in ``page``'s tab as the menu ('menu') or button ('toolbar') does."""
        outcome: dict[str, Any] = self.worker.evaluate(
            """async ([url, how]) => {
                const [tab] = await chrome.tabs.query({url});
                if (how === 'menu') {
                    return waspada.onMenuClick(
                        {menuItemId: 'waspada-check-selection', frameId: 0}, tab);
                }
                return waspada.onActionClicked(tab);
            }""",
            [page.url, how],
        )
        return outcome


@pytest.fixture(scope="module")
def extension(
    browser: Any, chromium_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Extension]:
    # One Playwright per process: reuse the one behind the session's browser.
    chromium = browser.browser_type
    root = tmp_path_factory.mktemp("extension")
    unpacked = root / "unpacked"
    shutil.copytree(EXTENSION, unpacked, ignore=shutil.ignore_patterns("tools"))
    manifest = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    # Stand-in for the activeTab grant a real click gives (see module doc).
    manifest["host_permissions"].append("http://localhost/*")
    (unpacked / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    home = root / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    context = chromium.launch_persistent_context(
        str(root / "profile"),
        executable_path=chromium_path,
        headless=False,  # --headless=new below: the mode that runs extensions
        args=[
            *EXTENSION_ARGS,
            f"--disable-extensions-except={unpacked}",
            f"--load-extension={unpacked}",
        ],
        env=env,
        locale="en-US",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(20_000)
    try:
        workers = context.service_workers or [
            context.wait_for_event("serviceworker", timeout=30_000)
        ]
        extension_id = workers[0].url.split("/")[2]
        yield Extension(context, extension_id)
    finally:
        context.close()


@pytest.fixture
def ext(extension: Extension, live_server: str) -> Iterator[Extension]:
    """The extension pointed at the live server, English, fresh settings."""
    extension.set_settings(backendUrl=live_server, language="en")
    extension.errors.clear()
    yield extension
    for page in extension.context.pages:
        if not page.is_closed() and page.url.startswith("http"):
            page.close()
    assert not extension.errors, "browser errors:\n" + "\n".join(extension.errors)


def open_page(ext: Extension, url: str) -> Any:
    page = ext.context.new_page()
    page.goto(url)
    page.bring_to_front()
    return page


def select(page: Any, selector: str) -> str:
    """Select the contents of ``selector`` as a person would; returns the text."""
    text: str = page.evaluate(
        """(sel) => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(sel));
            const s = getSelection();
            s.removeAllRanges();
            s.addRange(range);
            return s.toString();
        }""",
        selector,
    )
    return text


def panel(page: Any, part: str) -> Any:
    return page.locator(f"waspada-panel [data-part='{part}']")


def page_highlights(page: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = page.evaluate(
        """() => {
            const h = CSS.highlights.get('waspada-flag');
            if (!h) return [];
            return [...h].map(r => {
                let node = r.commonAncestorContainer;
                if (node.nodeType !== 1) node = node.parentElement;
                return {text: r.toString(), inside: node.closest('[id]')?.id || null,
                        in_article: node.closest('article') !== null};
            });
        }"""
    )
    return found


def rule_titles(live_server: str, lang: str) -> dict[str, str]:
    rules = httpx.get(f"{live_server}/v1/rules", timeout=10).json()["rules"]
    return {rule["id"]: rule["title"][lang] for rule in rules}


def normalise(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------- extraction (unit)


EXTRACTION_CASES = [
    (
        "social_group.html",
        ["LOWONGAN KERJA customer service di #Kamboja", "Hubungi Telegram @hrd_cs_kh"],
        ["Hati-hati, ini penipuan", "Beranda", "Grup Anda", "Bagikan", "© 2026"],
    ),
    (
        "job_board.html",
        ["Staf Administrasi Kantor", "Minimal D3/S1", "Kirim CV ke rekrutmen@"],
        ["Lowongan serupa", "Admin Gudang", "Cari lowongan", "Bagikan ke WhatsApp"],
    ),
    (
        "news.html",
        ["Police warn job seekers", "No legitimate employer keeps your passport"],
        ["Share on Facebook", "Related", "My neighbour's son", "All rights reserved"],
    ),
]

SNIPPET_CASES = [
    (
        # Generated class names tell nothing: the structure alone must do.
        "obfuscated-class-names",
        "<div class='x1lliihq x6ikm8r'><div class='x78zum5'><a href='#'>Dewi</a>"
        "</div><div class='xdj266r'><div dir='auto'>Dicari admin online untuk"
        " perusahaan di Kamboja, gaji 20 juta per bulan, tiket pesawat gratis,"
        " tanpa pengalaman.<br>Mess dan makan ditanggung. Paspor disimpan"
        " perusahaan selama kontrak. Hubungi Telegram sekarang, kuota terbatas"
        " untuk bulan ini saja!</div></div><div class='x1n2onr6'>"
        + "".join(
            f"<div class='x1y1aw1k'><div dir='auto'>Komentar nomor {i}: hati-hati"
            " ya, jangan mudah percaya lowongan seperti ini.</div></div>"
            for i in range(3)
        )
        + "</div></div>",
        ["Dicari admin online", "Hubungi Telegram sekarang"],
        ["Komentar nomor", "Dewi"],
    ),
    (
        "text-in-divs-with-br",
        "<nav>" + "<a href='#'>Menu item</a> " * 30 + "</nav>"
        "<div class='wrap'><div class='x'>Dicari admin online ke luar negeri,"
        "<br>gaji besar, tiket pesawat gratis, berangkat minggu depan. Hubungi"
        " kami.</div></div>",
        ["Dicari admin online ke luar negeri,\ngaji besar"],
        ["Menu item"],
    ),
    (
        "link-farm-loses-to-prose",
        "<div class='links'>"
        + "".join(
            f"<p><a href='#'>Another long link title number {i}</a></p>"
            for i in range(20)
        )
        + "</div><div class='story'><p>This paragraph is the real content of the"
        " page and says what the ad is about.</p><p>A second paragraph adds the"
        " salary, the place and the contact.</p></div>",
        ["real content of the page", "A second paragraph"],
        ["Another long link"],
    ),
    (
        "hidden-and-share-skipped",
        "<main><p>Visible job text about a warehouse job with normal pay and a"
        " written contract.</p><p hidden>Hidden text</p><div style='display:none'>"
        "Invisible</div><div class='shareBar'><a href='#'>Share now</a></div>"
        "<span role='button'>Like this post</span></main>",
        ["Visible job text"],
        ["Hidden text", "Invisible", "Share now", "Like this post"],
    ),
    (
        "table-layout",
        "<table><tr><td class='side'><a href='#'>Home</a><br><a href='#'>Jobs</a></td>"
        "<td><p>Lowongan operator produksi di Karawang, gaji sesuai UMK, kontrak"
        " kerja tertulis.</p><p>Lamaran dikirim melalui email resmi perusahaan.</p>"
        "</td></tr></table>",
        ["Lowongan operator produksi", "Lamaran dikirim"],
        ["Home"],
    ),
]


@pytest.fixture
def plain_page(browser: Any) -> Iterator[Any]:
    """A page without the extension, for the extraction heuristic alone."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def main_text(page: Any) -> str:
    page.add_script_tag(path=str(EXTRACT_JS))
    text: str = page.evaluate("() => WaspadaExtract.mainBlock(document)?.text ?? ''")
    return text


@pytest.mark.parametrize(
    ("name", "wanted", "unwanted"),
    EXTRACTION_CASES,
    ids=[c[0] for c in EXTRACTION_CASES],
)
def test_main_block_on_fixture_pages(
    plain_page: Any, pages_url: str, name: str, wanted: list[str], unwanted: list[str]
) -> None:
    plain_page.goto(f"{pages_url}/{name}")
    text = main_text(plain_page)
    for piece in wanted:
        assert piece in text, (piece, text)
    for piece in unwanted:
        assert piece not in text, (piece, text)


@pytest.mark.parametrize(
    ("name", "html", "wanted", "unwanted"),
    SNIPPET_CASES,
    ids=[c[0] for c in SNIPPET_CASES],
)
def test_main_block_on_small_pages(
    plain_page: Any, name: str, html: str, wanted: list[str], unwanted: list[str]
) -> None:
    plain_page.set_content(f"<!doctype html><html><body>{html}</body></html>")
    text = main_text(plain_page)
    for piece in wanted:
        assert piece in text, (piece, text)
    for piece in unwanted:
        assert piece not in text, (piece, text)


def test_main_block_map_points_at_the_page_text(
    plain_page: Any, pages_url: str
) -> None:
    """Every character sent maps back to the page character it came from."""
    plain_page.goto(f"{pages_url}/social_group.html")
    plain_page.add_script_tag(path=str(EXTRACT_JS))
    mismatches = plain_page.evaluate(
        """() => {
            const {text, map} = WaspadaExtract.mainBlock(document);
            const bad = [];
            for (let i = 0; i < text.length; i++) {
                const m = map[i];
                if (!m) { if (text[i] !== '\\n') bad.push([i, 'null']); continue; }
                const ch = m[0].data[m[1]];
                const same = /\\s/.test(ch) ? /\\s/.test(text[i]) : ch === text[i];
                if (!same) bad.push([i, text[i], ch]);
            }
            return bad;
        }"""
    )
    assert mismatches == []


OFFSET_CASES = [
    # (sent text, scored text or None when the same, span in code points,
    #  expected [UTF-16 start, marked text] in the sent text)
    ("🔥 tiket gratis", None, {"start": 2, "end": 7, "text": "tiket"}, [3, "tiket"]),
    ("👩‍💻🇰🇭 visa turis", None, {"start": 6, "end": 10, "text": "visa"}, [10, "visa"]),
    (
        "ស្វាគមន៍ gaji 20 juta",
        None,
        {"start": 14, "end": 21, "text": "20 juta"},
        [14, "20 juta"],
    ),
    # The second of two equal phrases, after an emoji: the offsets decide.
    ("visa 🔥 visa", None, {"start": 7, "end": 11, "text": "visa"}, [8, "visa"]),
    # The server scored a different text (e.g. stripped tags): found by quote.
    (
        "<b>Kamboja</b> 🔥",
        "Kamboja 🔥",
        {"start": 0, "end": 7, "text": "Kamboja"},
        [3, "Kamboja"],
    ),
    # Offsets that do not quote the text: the quote wins.
    (
        "a 🔥 Telegram",
        None,
        {"start": 0, "end": 3, "text": "Telegram"},
        [5, "Telegram"],
    ),
    # Neither offsets nor quote fit: nothing is marked rather than wrong words.
    ("a 🔥 Telegram", None, {"start": 40, "end": 44, "text": "WhatsApp"}, None),
]


@pytest.mark.parametrize(
    ("sent", "scored", "span", "expected"),
    OFFSET_CASES,
    ids=[
        "emoji",
        "zwj-and-flag",
        "khmer",
        "second-copy",
        "server-text-differs",
        "bad-offsets",
        "no-fit",
    ],
)
def test_code_point_offsets_become_utf16(
    plain_page: Any,
    sent: str,
    scored: str | None,
    span: dict[str, Any],
    expected: str | None,
) -> None:
    plain_page.set_content("<!doctype html><html><body></body></html>")
    plain_page.add_script_tag(path=str(EXTENSION / "content/offsets.js"))
    got = plain_page.evaluate(
        """([sent, scored, span]) => {
            const text = scored ?? sent;
            const at = WaspadaOffsets.locate(
                span, text, WaspadaOffsets.codePointMap(text), sent);
            return at ? [at.start, sent.slice(at.start, at.end)] : null;
        }""",
        [sent, scored, span],
    )
    assert got == expected


BACKEND_URLS = [
    ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
    ("  https://waspada.example.org/api/ ", "https://waspada.example.org/api"),
    ("", "http://127.0.0.1:8000"),
    ("ftp://example.org", "BAD_URL"),
    ("javascript:alert(1)", "BAD_URL"),
    ("http://user:pw@example.org", "BAD_URL"),
    ("http://example.org/?key=1", "BAD_URL"),
    ("not a url", "BAD_URL"),
]


def test_backend_address_is_checked(extension: Extension) -> None:
    page = extension.context.new_page()
    page.goto(f"chrome-extension://{extension.id}/options/options.html")
    got = page.evaluate(
        """async (inputs) => {
            const {normalizeBackendUrl} = await import('/lib/settings.js');
            return inputs.map((value) => {
                try { return normalizeBackendUrl(value); }
                catch (error) { return error.message; }
            });
        }""",
        [raw for raw, _ in BACKEND_URLS],
    )
    page.close()
    assert got == [expected for _, expected in BACKEND_URLS]


# ----------------------------------------------------- extension end to end


def test_selection_check_shows_verdict_and_marks_the_flagged_words(
    ext: Extension, pages_url: str, live_server: str, artifacts_dir: Path
) -> None:
    page = open_page(ext, f"{pages_url}/social_group.html")
    selected = select(page, "#ad")
    outcome = ext.check(page, "menu")
    assert "error" not in outcome, outcome
    # What was sent is the selection as shown, emoji and Khmer/Thai included.
    assert outcome["text"].startswith(SOCIAL_POST_START)
    assert normalise(outcome["text"]) == normalise(selected)
    assert "Hati-hati" not in outcome["text"]  # comments were not selected
    verdict = outcome["verdict"]
    assert verdict["risk"] == "high" and verdict["flags"], verdict
    assert panel(page, "risk").inner_text() == "High risk"
    assert panel(page, "score").inner_text() == (
        f"Scam likelihood: {max(1, min(99, round(verdict['score'] * 100)))}%"
    )
    titles = rule_titles(live_server, "en")
    shown = panel(page, "flags").locator("li")
    assert shown.count() == len(verdict["flags"])
    for i, flag in enumerate(verdict["flags"]):
        assert (
            shown.nth(i).locator(".flag-title").inner_text() == titles[flag["rule_id"]]
        )
    advice = json.loads((EXTENSION / "advice.json").read_text("utf-8"))
    assert (
        panel(page, "advice").locator("h3").inner_text()
        == (advice["verdicts"]["high"]["en"]["title"])
    )
    # In place: the page's own text nodes, at the words the rules quoted,
    # although emoji, Khmer and Thai come before them.
    marks = page_highlights(page)
    evidence = {ev["text"] for flag in verdict["flags"] for ev in flag["evidence"]}
    assert marks and all(m["inside"] == "ad" for m in marks), marks
    assert {normalise(m["text"]) for m in marks} <= {normalise(e) for e in evidence}
    assert "tiket pesawat gratis" in {m["text"] for m in marks}
    assert "paspor disimpan perusahaan" in {normalise(m["text"]) for m in marks}
    assert panel(page, "marked").get_attribute("data-count") == str(len(marks))
    # The page itself is untouched: no elements were wrapped or added.
    assert page.locator("#ad mark, #ad span").count() == 0
    entities = panel(page, "entities").locator("li")
    assert entities.count() == len(
        {(e["type"], e["text"]) for e in verdict["entities"]}
    )
    # Today's server stores no cases: no case id, so no feedback button.
    if verdict.get("case_id") is None:
        assert panel(page, "feedback").count() == 0
    page.screenshot(path=str(artifacts_dir / "extension-selection.png"))


def test_panel_is_immune_to_page_css(ext: Extension, pages_url: str) -> None:
    """social_group.html sets `* {font-size: 30px !important}` and hides buttons."""
    page = open_page(ext, f"{pages_url}/social_group.html")
    select(page, "#ad")
    ext.check(page, "menu")
    risk = panel(page, "risk")
    assert risk.evaluate("e => getComputedStyle(e).fontSize") == "18px"
    close = panel(page, "close")
    assert close.is_visible()
    close.click()
    assert page.locator("waspada-panel").count() == 0
    assert page_highlights(page) == []


@pytest.mark.parametrize(
    ("name", "start", "absent", "risk"),
    [
        ("social_group.html", "Dewi Lestari", "Hati-hati", "high"),
        ("job_board.html", "Staf Administrasi Kantor", "Lowongan serupa", "not high"),
        ("news.html", "Police warn job seekers", "Share on Facebook", None),
    ],
    ids=["scam-post", "job-board", "news-with-csp"],
)
def test_toolbar_checks_the_main_post(
    ext: Extension,
    pages_url: str,
    artifacts_dir: Path,
    name: str,
    start: str,
    absent: str,
    risk: str | None,
) -> None:
    page = open_page(ext, f"{pages_url}/{name}")
    outcome = ext.check(page, "toolbar")
    assert "error" not in outcome, outcome
    assert outcome["source"] == "page"
    assert outcome["text"].startswith(start), outcome["text"][:200]
    assert absent not in outcome["text"]
    verdict = outcome["verdict"]
    if risk == "not high":
        assert verdict["risk"] != "high"
    elif risk is not None:
        assert verdict["risk"] == risk
    assert panel(page, "risk").is_visible()
    assert "main text block" in panel(page, "meta").inner_text()
    doctype = panel(page, "doctype")
    if verdict.get("document_type"):
        assert doctype.get_attribute("data-type") == verdict["document_type"]
    else:
        assert doctype.count() == 0
    page.screenshot(
        path=str(artifacts_dir / f"extension-toolbar-{Path(name).stem}.png")
    )
    # Every fixture page has its post in an <article>: the marks are there.
    marks = page_highlights(page)
    evidence = [ev for flag in verdict["flags"] for ev in flag["evidence"]]
    assert bool(marks) == bool(evidence)
    assert all(mark["in_article"] for mark in marks), marks


def test_toolbar_prefers_the_selection(ext: Extension, pages_url: str) -> None:
    page = open_page(ext, f"{pages_url}/news.html")
    select(page, "article p:nth-of-type(3)")
    outcome = ext.check(page, "toolbar")
    assert outcome["source"] == "selection"
    assert outcome["text"].startswith("Victims described")


def test_interface_language_switch(
    ext: Extension, pages_url: str, live_server: str
) -> None:
    ext.set_settings(backendUrl=live_server, language="id")
    menus = ext.worker.evaluate("() => waspada.menus()")
    assert menus["waspada-check-selection"] == "Periksa dengan Waspada"
    page = open_page(ext, f"{pages_url}/social_group.html")
    select(page, "#ad")
    outcome = ext.check(page, "menu")
    verdict = outcome["verdict"]
    assert panel(page, "risk").inner_text() == "Risiko tinggi"
    assert panel(page, "panel").get_attribute("lang") == "id"
    titles = rule_titles(live_server, "id")
    first = panel(page, "flags").locator("li .flag-title").first.inner_text()
    assert first == titles[verdict["flags"][0]["rule_id"]]
    advice = json.loads((EXTENSION / "advice.json").read_text("utf-8"))
    assert (
        panel(page, "advice").locator("h3").inner_text()
        == (advice["verdicts"]["high"]["id"]["title"])
    )
    assert "Diperiksa" in panel(page, "meta").inner_text()

    ext.set_settings(backendUrl=live_server, language="en")
    menus = ext.worker.evaluate("() => waspada.menus()")
    assert menus["waspada-check-selection"] == "Check with Waspada"
    select(page, "#ad")
    ext.check(page, "menu")
    assert panel(page, "risk").inner_text() == "High risk"
    assert (
        panel(page, "flags").locator("li .flag-title").first.inner_text()
        == (rule_titles(live_server, "en")[verdict["flags"][0]["rule_id"]])
    )


def test_options_are_saved_and_survive_a_reload(
    ext: Extension, live_server: str
) -> None:
    page = ext.context.new_page()
    page.goto(f"chrome-extension://{ext.id}/options/options.html")
    page.wait_for_selector("body[data-ready='true']")
    assert page.input_value("#backendUrl") == live_server
    assert page.input_value("#language") == "en"
    assert not page.is_checked("#storeText")
    page.fill("#backendUrl", "http://192.0.2.10:9000/")
    page.fill("#apiKey", "  secret-key ")
    page.select_option("#language", "id")
    # The page follows the language at once.
    expect(page.locator("h1")).to_have_text("Pengaturan Waspada")
    page.check("#storeText")
    page.click("#save")
    expect(page.locator("#status")).to_have_text("Tersimpan.")
    assert ext.storage() == {
        "backendUrl": "http://192.0.2.10:9000",
        "apiKey": "secret-key",
        "language": "id",
        "storeText": True,
    }
    page.reload()
    page.wait_for_selector("body[data-ready='true']")
    assert page.input_value("#backendUrl") == "http://192.0.2.10:9000"
    assert page.input_value("#apiKey") == "secret-key"
    assert page.input_value("#language") == "id"
    assert page.is_checked("#storeText")
    # A bad address is refused with a message, and nothing changes.
    page.fill("#backendUrl", "ftp://example.org")
    page.click("#save")
    assert page.get_attribute("#status", "data-kind") == "error"
    assert ext.storage()["backendUrl"] == "http://192.0.2.10:9000"
    # "Test the connection" against the live server.
    page.fill("#backendUrl", live_server)
    page.click("#test")
    expect(page.locator("#status")).to_have_text(re.compile(r"^Terhubung: model \S+"))
    page.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_backend_down_says_so_in_the_panel(ext: Extension, pages_url: str) -> None:
    down = f"http://127.0.0.1:{_closed_port()}"
    ext.set_settings(backendUrl=down, language="en")
    page = open_page(ext, f"{pages_url}/social_group.html")
    select(page, "#ad")
    outcome = ext.check(page, "menu")
    assert outcome["errorKind"] == "unreachable"
    error = panel(page, "error")
    assert error.is_visible()
    assert error.inner_text().startswith(
        f"Waspada could not reach the checking server at {down}."
    )
    assert panel(page, "verdict").is_hidden()


def test_selection_inside_a_form_field(ext: Extension, pages_url: str) -> None:
    """Text selected in a textarea is not in the page's selection ranges; the
    menu's own selectionText is checked instead (no marks to draw)."""
    page = open_page(ext, f"{pages_url}/social_group.html")
    text = page.evaluate(
        "() => { const t = document.querySelector('#draft');"
        " t.focus(); t.select(); return t.value; }"
    )
    outcome = ext.worker.evaluate(
        """async ([url, text]) => {
            const [tab] = await chrome.tabs.query({url});
            return waspada.onMenuClick({menuItemId: 'waspada-check-selection',
                                        frameId: 0, selectionText: text}, tab);
        }""",
        [page.url, text],
    )
    assert outcome["source"] == "selection" and outcome["text"] == text
    assert outcome["verdict"]["flags"]
    assert panel(page, "marked").get_attribute("data-count") == "0"
    assert (
        panel(page, "marked").inner_text().startswith("The flagged phrases could not")
    )


def test_protected_page_is_reported_on_the_button(ext: Extension) -> None:
    """Browser pages cannot be scripted; the toolbar button says so."""
    page = ext.context.new_page()
    page.goto("chrome://version/")
    page.bring_to_front()
    result = ext.worker.evaluate(
        """async () => {
            const [tab] = await chrome.tabs.query(
                {active: true, lastFocusedWindow: true});
            const outcome = await waspada.onActionClicked(tab);
            const badge = await chrome.action.getBadgeText({tabId: tab.id});
            const title = await chrome.action.getTitle({tabId: tab.id});
            return {outcome, badge, title};
        }"""
    )
    page.close()
    assert result["outcome"]["errorKind"] == "page"
    assert result["badge"] == "!"
    assert result["title"].startswith("Waspada cannot read this page")


def test_nothing_selected_says_what_to_do(ext: Extension, pages_url: str) -> None:
    page = open_page(ext, f"{pages_url}/social_group.html")
    page.evaluate("() => getSelection().removeAllRanges()")
    outcome = ext.check(page, "menu")
    assert outcome["errorKind"] == "no_text"
    assert panel(page, "error").inner_text().startswith("No text to check.")


# --------------------------------------- errors from a strictly set-up server


@pytest.fixture(scope="module")
def strict_server(request: pytest.FixtureRequest, chromium_path: str) -> Iterator[str]:
    """A second real server: API key required, short ads, a tiny rate limit."""
    from service.app import create_app
    from service.settings import Settings
    from tests.e2e.conftest import _ThreadedServer

    settings = Settings(
        _env_file=None,
        model_path=request.getfixturevalue("tiny_model_dir"),
        host="127.0.0.1",
        api_keys=["right-key"],
        require_api_key_for_single=True,
        max_ad_chars=120,
        rate_limit_per_second=0.001,
        rate_limit_burst=6,
        log_level="warning",
    )
    server = _ThreadedServer(create_app(settings))
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def test_server_errors_become_sentences(
    ext: Extension, pages_url: str, strict_server: str
) -> None:
    page = open_page(ext, f"{pages_url}/social_group.html")

    def check(**settings: Any) -> dict[str, Any]:
        ext.set_settings(backendUrl=strict_server, language="en", **settings)
        select(page, "#ad")
        return ext.check(page, "menu")

    refused = check(apiKey="wrong-key")
    assert refused["errorKind"] == "auth"
    assert (
        panel(page, "error")
        .inner_text()
        .startswith("The checking server refused the API key.")
    )
    too_long = check(apiKey="right-key")  # the post is longer than 120 characters
    assert too_long["errorKind"] == "too_long"
    assert panel(page, "error").inner_text().startswith("This text is too long")
    kinds = [check(apiKey="right-key")["errorKind"] for _ in range(6)]
    assert "rate_limited" in kinds, kinds
    assert panel(page, "error").get_attribute("data-kind") == "rate_limited"
    assert "Too many checks in a short time. Wait" in panel(page, "error").inner_text()


# ------------------------------------ features that depend on the server


def test_optional_features_follow_the_servers_openapi(
    ext: Extension, pages_url: str, live_server: str
) -> None:
    """The image menu and the feedback buttons exist only where the server
    offers them (POST /v1/score/image, POST /v1/feedback with a case id)."""
    paths = httpx.get(f"{live_server}/openapi.json", timeout=10).json()["paths"]
    menus = ext.worker.evaluate("() => waspada.refreshMenus()")
    assert ("waspada-check-image" in menus) == ("/v1/score/image" in paths)

    page = open_page(ext, f"{pages_url}/social_group.html")
    select(page, "#ad")
    verdict = ext.check(page, "menu")["verdict"]
    feedback = panel(page, "feedback")
    if "/v1/feedback" not in paths or verdict.get("case_id") is None:
        assert feedback.count() == 0
        return
    # A server that stores cases: the answer goes to POST /v1/feedback.
    panel(page, "feedback-yes").click()
    expect(panel(page, "feedback-status")).to_have_text(
        "Thank you: your answer was sent to the reviewers."
    )
    case_path = next(
        (p for p in paths if re.fullmatch(r"/v1/cases/\{[^}/]+\}", p)), None
    )
    if case_path is None:
        return
    # The privacy option reaches the server: off (the default) keeps no text
    # and no page address; on keeps both.
    case = httpx.get(f"{live_server}/v1/cases/{verdict['case_id']}", timeout=10)
    assert case.status_code == 200, case.text
    assert case.json()["channel"] == "extension"
    assert case.json()["has_text"] is False and case.json()["source_url"] is None
    assert sum(case.json()["feedback"].values()) == 1
    ext.set_settings(backendUrl=live_server, language="en", storeText=True)
    select(page, "#ad")
    kept = ext.check(page, "menu")["verdict"]["case_id"]
    case = httpx.get(f"{live_server}/v1/cases/{kept}", timeout=10).json()
    assert case["has_text"] is True and case["source_url"] == page.url


def test_image_check_where_the_server_reads_images(
    ext: Extension, pages_url: str, live_server: str
) -> None:
    paths = httpx.get(f"{live_server}/openapi.json", timeout=10).json()["paths"]
    assert "/v1/score/image" in paths  # the menu item needs it
    page = open_page(ext, f"{pages_url}/social_group.html")
    outcome = ext.worker.evaluate(
        """async ([url, src]) => {
            const [tab] = await chrome.tabs.query({url});
            return waspada.onMenuClick({menuItemId: 'waspada-check-image',
                                        frameId: 0, srcUrl: src}, tab);
        }""",
        [page.url, f"{pages_url}/ad.png"],
    )
    assert "error" not in outcome, outcome
    assert outcome["source"] == "image"
    assert panel(page, "risk").is_visible()
    assert "from the image" in panel(page, "meta").inner_text()
