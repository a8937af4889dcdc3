"""Acceptance tests in a real browser: the built site, served on 127.0.0.1, seen by Chromium.

The site is built once (`mkdocs build --strict`), served from a thread, and every page in the
navigation is loaded once in one shared headless Chromium (driven by Playwright, with Debian's
/usr/bin/chromium: Playwright's own browser download needs the internet). What a load observed
is kept, and each check is its own test, parametrized by page, so a failure names the page.
(`make screenshots` saves pictures of key pages for a person to look at: tooling/screenshots.py.)
"""

import functools
import http.server
import json
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load
from sybil import Document

from harness import ROOT, parse_page
from tooling import chromium

CHROMIUM = chromium.find()
if CHROMIUM is None:
    pytest.skip(
        f"no Chromium on PATH ({', '.join(chromium.BROWSERS)}): install Debian's chromium"
        " (apt-get install chromium) to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this Python")

PHONE = {"width": 375, "height": 812}
PDF = "cheatsheet/pytorch-cheatsheet.pdf"  # where docs/hooks/pdf.py puts it
RAW_LATEX = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$\$|\\frac|\\begin\{|\\mathbf|\\sum_")
FENCE = re.compile(r"^(\s*)(```|~~~).*?^\1\2", re.MULTILINE | re.DOTALL)
MATH_SOURCE = re.compile(r"\$\$|(?<![\\$`])\$[^\s$`][^$\n`]*\$")


def nav_sources(nav) -> list[str]:
    """Every page file in the navigation, in nav order."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in nav_sources(value)]
    return [src for item in nav for src in nav_sources(item)]


def url_of(src: str) -> str:
    """The page's address relative to the site root (use_directory_urls), as mkdocs makes it."""
    path = PurePosixPath(src).with_suffix("")
    if path.name in ("index", "README"):
        path = path.parent
    return "" if str(path) == "." else f"{path}/"


with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
    SOURCES = nav_sources(yaml_load(config)["nav"])
PAGE_URLS = [url_of(src) for src in SOURCES]
SOURCE_OF = dict(zip(PAGE_URLS, SOURCES))
WALKTHROUGHS = [url for url in PAGE_URLS if url.startswith("walkthroughs/")]




def page_id(url: str) -> str:
    return SOURCE_OF[url]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site: Path) -> str:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, chromium_sandbox=False, args=chromium.FLAGS
        )
        yield launched
        launched.close()


@dataclass
class Visit:
    """What loading one page showed."""

    foreign: list[str] = field(default_factory=list)  # requests to any other host
    errors: list[str] = field(default_factory=list)  # console errors and page errors
    facts: dict = field(default_factory=dict)
    copies: list[str] = field(default_factory=list)  # what each copy button copied
    overflow: dict = field(default_factory=dict)  # at the phone viewport


def _context(browser, base_url, visit_of, **options):
    """A browser context that refuses, and records, every request that leaves the local server."""
    context = browser.new_context(**options)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    local = urlsplit(base_url).netloc

    def route(route):
        url = route.request.url
        if urlsplit(url).netloc == local or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            visit_of().foreign.append(url)
            route.abort()

    context.route("**/*", route)
    return context


FACTS = """() => {
  const article = document.querySelector("article.md-content__inner");
  const texts = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.parentElement.closest("pre, code, script, style, math")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) texts.push(walker.currentNode.textContent);
  // Code blocks, and the notebook cells of mkdocs-jupyter (not their outputs), with their
  // copy control (Material's button, or the notebook's <clipboard-copy>) tagged for a click.
  const blocks = [...article.querySelectorAll("pre")]
    .filter((pre) => !pre.parentElement.closest("pre, .jp-OutputArea"));
  return {
    text: texts.join(""),
    math: article.querySelectorAll("math").length,
    unrendered: article.querySelectorAll(".arithmatex").length,
    blocks: blocks.map((pre, i) => {
      const control = pre.querySelector('button.md-code__button[data-md-type="copy"]')
        ?? pre.closest(".jp-InputArea")?.querySelector("clipboard-copy");
      control?.setAttribute("data-copy-index", i);
      return {
        python: !!pre.closest(".language-python, .language-py"),
        cell: !!pre.closest(".jp-InputArea"),
        copy: !!control,
        shown: pre.innerText,
      };
    }),
    images: [...document.images].map((img) => ({
      src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0,
    })),
  };
}"""

# Click every copy control in turn, as a reader would, and read what reached the clipboard.
COPY_ALL = """async (count) => {
  const copies = [];
  for (let i = 0; i < count; i++) {
    const control = document.querySelector(`[data-copy-index="${i}"]`);
    if (!control) { copies.push(null); continue; }
    await navigator.clipboard.writeText("");
    control.click();
    let text = "";
    for (let tries = 0; tries < 50 && !text; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      text = await navigator.clipboard.readText();
    }
    copies.push(text);
  }
  return copies;
}"""

OVERFLOW = """() => {
  const root = document.documentElement, width = root.clientWidth;
  // Inside a scroll container, or fixed (off-canvas drawers, dialogs), it widens nothing.
  const contained = (el) => {
    if (getComputedStyle(el).position === "fixed") return true;
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (["auto", "scroll"].includes(style.overflowX) || style.position === "fixed") return true;
    }
    return false;
  };
  const wide = (el) => el && el.getBoundingClientRect().right > width + 1 && !contained(el);
  const culprits = [...document.querySelectorAll("body *")]
    .filter((el) => wide(el) && !wide(el.parentElement))  // the outermost too-wide element
    .slice(0, 5)
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${el.textContent.slice(0, 80)}`);
  return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
}"""


@pytest.fixture(scope="session")
def visits(browser, base_url, once):
    """Load each page on demand, once per test run (whichever worker needs it first), and keep
    what it showed."""
    seen: dict[str, Visit] = {}
    current: list[Visit] = []
    desktop = _context(browser, base_url, lambda: current[-1], viewport={"width": 1280, "height": 900})
    phone = _context(browser, base_url, lambda: current[-1], viewport=PHONE, is_mobile=True, has_touch=True)

    def visit(url: str) -> Visit:
        if url not in seen:
            made = once(f"visit-{url.replace('/', '-') or 'home'}", lambda: json.dumps(asdict(load(url))))
            seen[url] = Visit(**json.loads(made))
        return seen[url]

    def load(url: str) -> Visit:
        current.append(result := Visit())
        page = desktop.new_page()
        page.on("console", lambda m: m.type == "error" and result.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: result.errors.append(f"page error: {e}"))
        page.goto(base_url + url, wait_until="networkidle")
        result.facts = page.evaluate(FACTS)
        result.copies = page.evaluate(COPY_ALL, len(result.facts["blocks"]))
        page.close()
        small = phone.new_page()
        small.on("console", lambda m: m.type == "error" and result.errors.append(f"console (phone): {m.text}"))
        small.on("pageerror", lambda e: result.errors.append(f"page error (phone): {e}"))
        small.goto(base_url + url, wait_until="load")
        result.overflow = small.evaluate(OVERFLOW)
        small.close()
        return result

    yield visit
    desktop.close()
    phone.close()


def test_every_built_page_is_checked(site):
    """The sitemap of the build lists exactly the pages in the navigation, which these tests visit."""
    names = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iterfind("sm:url/sm:loc", names)]
    root = min(locs, key=len)
    built = {loc.removeprefix(root) for loc in locs}
    assert built == set(PAGE_URLS), (
        f"pages built but not in the nav: {sorted(built - set(PAGE_URLS))}; "
        f"in the nav but not built: {sorted(set(PAGE_URLS) - built)}"
    )


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_no_request_leaves_the_site(visits, url):
    foreign = visits(url).foreign
    assert not foreign, f"{page_id(url)} requested other hosts:\n" + "\n".join(foreign)


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_no_console_or_page_error(visits, url):
    errors = visits(url).errors
    assert not errors, f"{page_id(url)}:\n" + "\n".join(errors)


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_formulas_are_rendered(visits, url):
    facts = visits(url).facts
    raw = sorted({m[0] for m in RAW_LATEX.finditer(facts["text"])})
    assert not raw, f"{page_id(url)} shows raw LaTeX {raw} in its text"
    assert not facts["unrendered"], f"{page_id(url)}: {facts['unrendered']} formulas left unrendered"
    page = ROOT / "docs" / SOURCE_OF[url]
    source = page.read_text(encoding="utf-8") if page.suffix == ".md" else ""  # not a notebook
    if MATH_SOURCE.search(FENCE.sub("", source)):
        assert facts["math"], f"{page_id(url)} has math in its source but no <math> element"


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_copy_buttons_copy_the_snippet_file(visits, url):
    """Each Python block copies exactly its snippet file (matched by order with the page's
    includes); a notebook cell copies exactly the code it shows."""
    visit = visits(url)
    blocks = visit.facts["blocks"]
    without = [i + 1 for i, block in enumerate(blocks) if not block["copy"]]
    assert not without, f"{page_id(url)}: code blocks number {without} (of {len(blocks)}) have no copy button"
    for i, (block, text) in enumerate(zip(blocks, visit.copies), 1):
        if block["cell"]:
            assert text.rstrip("\n") == block["shown"].rstrip("\n"), (
                f"{page_id(url)}: the copy button of cell {i} copies something else than the cell:\n{text[:300]}"
            )
    source = ROOT / "docs" / SOURCE_OF[url]
    if source.suffix != ".md":
        return  # a notebook: its cells are not snippet files
    includes = [region.parsed for region in parse_page(Document(source.read_text(encoding="utf-8"), str(source)))]
    assert None not in includes, f"{page_id(url)} holds inline code (test_docs names the line)"
    copied = [text for block, text in zip(blocks, visit.copies) if block["python"]]
    assert len(copied) == len(includes), f"{page_id(url)}: {len(includes)} includes but {len(copied)} Python blocks"
    for path, text in zip(includes, copied):
        expected = (ROOT / path).read_text(encoding="utf-8")
        assert text in (expected, expected.removesuffix("\n")), (
            f"{page_id(url)}: the copy button of {path} copies something else than the file:\n{text[:500]}"
        )


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_images_load(visits, url):
    broken = [image["src"] for image in visits(url).facts["images"] if not image["ok"]]
    assert not broken, f"{page_id(url)}: images that did not load:\n" + "\n".join(broken)


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_no_horizontal_overflow_on_a_phone(visits, url):
    overflow = visits(url).overflow
    assert overflow["scrollWidth"] <= overflow["clientWidth"], (
        f"{page_id(url)} is {overflow['scrollWidth']} px wide in a {overflow['clientWidth']} px phone viewport;"
        " too wide:\n" + "\n".join(overflow["culprits"])
    )


@pytest.mark.parametrize("url", WALKTHROUGHS, ids=page_id)
def test_walkthroughs_show_their_figures(visits, url):
    images = visits(url).facts["images"]
    assert any(image["ok"] for image in images), f"{page_id(url)} shows no figure"


@pytest.mark.parametrize(
    "query, expected", [("CrossEntropyLoss", "losses/"), ("requires_grad", "autograd/"), ("ConvTranspose2d", "vae/")]
)
def test_search_finds_the_page(browser, base_url, query, expected):
    page = browser.new_page()
    try:
        page.goto(base_url, wait_until="networkidle")
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially(query)  # Material reads keystrokes
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
        hrefs = page.locator(".md-search-result__item > a.md-search-result__link").evaluate_all(
            "links => links.map(a => a.href)"
        )
    finally:
        page.close()
    pages = list(dict.fromkeys(urlsplit(href).path.removeprefix("/") for href in hrefs))
    # Several chapters use a name; the one that explains it must come near the top.
    assert expected in pages[:3], f"search for {query!r}: {expected!r} is not among the first pages {pages[:3]}"


def test_palette_toggle_switches_light_and_dark(browser, base_url):
    page = browser.new_page(color_scheme="light")
    try:
        page.goto(base_url, wait_until="networkidle")

        def scheme():
            return page.evaluate("document.body.dataset.mdColorScheme")

        def background():
            return page.evaluate("getComputedStyle(document.body).backgroundColor")

        start, light_bg = scheme(), background()
        assert start == "default", f"a light-preferring reader starts with {start!r}"
        for _ in range(3):  # automatic, then light, then dark
            page.locator('form[data-md-component="palette"] label:not([hidden])').click()
            if scheme() != start:
                break
        assert scheme() == "slate", f"the toggle never switched to the dark scheme (now {scheme()!r})"
        assert background() != light_bg, f"the dark scheme kept the light background {light_bg}"
    finally:
        page.close()


def test_cheatsheet_pdf_is_offered_and_short(site, base_url, browser):
    pdf = site / PDF
    assert pdf.is_file(), f"the build made no {PDF} (docs/hooks/pdf.py prints it with Chromium)"
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    assert 1 <= pages <= 6, f"{PDF} has {pages} pages; the cheat sheet must print on at most 6 A4 pages"
    page = browser.new_page()
    try:
        page.goto(base_url + "cheatsheet/", wait_until="networkidle")
        href = page.locator("a[download]").evaluate("a => a.href")
        response = page.request.get(href)
    finally:
        page.close()
    assert response.ok and response.headers["content-type"] == "application/pdf", f"the download link {href} is broken"
