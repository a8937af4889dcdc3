"""Acceptance tests in a real browser: the built site, served on 127.0.0.1, seen by Chromium.

The site is built once (`mkdocs build --strict`), served from a thread, and every page in the
navigation is loaded once in one shared headless Chromium (driven by Playwright, with Debian's
/usr/bin/chromium: Playwright's own browser download needs the internet). What a load observed
is kept, and each check is its own test, parametrized by page, so a failure names the page.
(`make screenshots` saves pictures of key pages for a person to look at: tooling/screenshots.py.)
"""

import contextlib
import html
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from tooling import ROOT, cache, chromium, pages

CHROMIUM = chromium.find()
if CHROMIUM is None:
    pytest.skip(
        f"no Chromium on PATH ({', '.join(chromium.BROWSERS)}): install Debian's chromium"
        " (apt-get install chromium) to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this Python")
Axe = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed").Axe

PHONE = {"width": 375, "height": 812}
PDF = "cheatsheet/pytorch-cheatsheet.pdf"  # where docs/hooks/pdf.py puts it
RAW_LATEX = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$\$|\\frac|\\begin\{|\\mathbf|\\sum_")
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


@dataclass
class Visit:
    """What loading one page showed."""

    foreign: list[str] = field(default_factory=list)  # requests to any other host
    errors: list[str] = field(default_factory=list)  # console errors and page errors
    facts: dict = field(default_factory=dict)
    copies: list[str] = field(default_factory=list)  # what each copy button copied
    overflow: dict = field(default_factory=dict)  # at the phone viewport
    inaccessible: list[str] = field(default_factory=list)  # axe-core's WCAG 2 A/AA violations
    fetched: list[str] = field(default_factory=list)  # the site's files it loaded (the cache's key)


def _context(browser, base_url, visit_of, **options):
    """A browser context that refuses, and records, every request that leaves the local server."""
    context = browser.new_context(**options)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    local = urlsplit(base_url).netloc

    def route(route):
        url = route.request.url
        if urlsplit(url).netloc == local:
            path = unquote(urlsplit(url).path).lstrip("/")
            visit_of().fetched.append(path + "index.html" if path.endswith("/") or not path else path)
            route.continue_()
        elif url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            visit_of().foreign.append(url)
            route.abort()

    context.route("**/*", route)
    return context


# The code blocks of a page, and the notebook cells of mkdocs-jupyter (not their outputs), each
# with its copy control: Material's button, or the notebook's <clipboard-copy> (a custom
# element: it copies nothing until its script has defined it).
BLOCKS = """
  const article = document.querySelector("article.md-content__inner");
  const blocks = [...(article?.querySelectorAll("pre") ?? [])]
    .filter((pre) => !pre.parentElement.closest("pre, .jp-OutputArea"));
  const controlOf = (pre) => pre.querySelector('button.md-code__button[data-md-type="copy"]')
    ?? (customElements.get("clipboard-copy") && pre.closest(".jp-InputArea")?.querySelector("clipboard-copy"));
"""

# What the page's scripts have still to do before a fact about it can be read: [] when ready.
PENDING = """() => {""" + BLOCKS + """
  const pending = [];
  if (document.readyState !== "complete") pending.push("the page is still loading");
  if (document.fonts.status !== "loaded") pending.push("fonts are still loading");
  const images = [...document.images].filter((img) => !img.complete).length;
  if (images) pending.push(`${images} images are still loading`);
  const without = blocks.filter((pre) => !controlOf(pre)).length;
  if (without) pending.push(`${without} of ${blocks.length} code blocks have no copy control yet`);
  // Material's search worker has loaded the index once the placeholder replaces "Initializing".
  const meta = document.querySelector(".md-search-result__meta");
  const config = JSON.parse(document.getElementById("__config")?.textContent ?? "{}");
  if (meta && meta.textContent.trim() !== config.translations?.["search.result.placeholder"])
    pending.push("the search index is not loaded yet");
  return pending;
}"""

FACTS = """() => {""" + BLOCKS + """
  const texts = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.parentElement.closest("pre, code, script, style, math")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) texts.push(walker.currentNode.textContent);
  return {
    text: texts.join(""),
    math: article.querySelectorAll("math").length,
    unrendered: article.querySelectorAll(".arithmatex").length,
    blocks: blocks.map((pre, i) => {
      const control = controlOf(pre);  // tagged for COPY_ALL's click
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

# Empty the clipboard, click one copy control, as a reader would, and read what reached the
# clipboard. Playwright's evaluate is a user gesture, which Chromium lets copy for 5 s only: so
# one control per call (measured: a click 6.5 s into a call copied nothing). The notebook's control writes asynchronously: wait for
# text up to a deadline that only a control which copies nothing reaches.
COPY = """async ([index, deadline]) => {
  const control = document.querySelector(`[data-copy-index="${index}"]`);
  if (!control) return null;
  await navigator.clipboard.writeText("");
  control.click();
  const end = performance.now() + deadline;
  let text = await navigator.clipboard.readText();
  while (!text && performance.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    text = await navigator.clipboard.readText();
  }
  return text;
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


# axe-core, the engine of Lighthouse's accessibility audit, on every rule of WCAG 2.0 and 2.1, A
# and AA. (WCAG 2.2's target size, 24 px between links, still fails on some pages by about 1 px
# in Material's navigation.)
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CONTRAST = "color-contrast"
# The rules that judge how text looks against what is around it.
BY_LOOK = [CONTRAST, "link-in-text-block"]

# These rules check element by element, and a page's code blocks hold thousands of highlighted
# tokens and links (nn.md: 8,886) that share a dozen looks: axe took 9 s a page on them. A
# shown token's verdict depends only on its colour (and fill), size, weight, decoration,
# shadow, whether it is alone in its block, its parent's colour and the backgrounds behind it,
# so one shown token of each such look is checked (tagged here), and all the prose. (A token
# covered by another element would leave axe unsure, "incomplete", and its look unjudged; the
# pages have none: code blocks are not overlaid.)
SAMPLE_LOOKS = """() => {
  const seen = new Set();
  const behind = (el) => {
    const layers = [];
    for (let a = el; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      layers.push(`${style.backgroundColor} ${style.backgroundImage} ${style.opacity} ${style.filter}`);
    }
    return layers.join("|");
  };
  for (const el of document.querySelectorAll("pre, pre *")) {
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    // Only what is shown: a hidden one (a closed tab, say) would stand for the shown ones.
    if (!text || !el.checkVisibility() || !el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    const alone = el.parentElement.textContent.trim() === el.textContent.trim();  // a link alone in its block
    const look = [
      el.tagName, s.color, s.webkitTextFillColor, s.fontSize, s.fontWeight, s.textDecorationLine, s.textDecorationStyle,
      s.borderBottomStyle, s.textShadow, s.visibility, alone, getComputedStyle(el.parentElement).color, behind(el),
    ].join(";");
    if (!seen.has(look)) {
      seen.add(look);
      el.setAttribute("data-look-sample", "");
    }
  }
  return seen.size;
}"""


def audit(page) -> list[str]:
    """Each WCAG 2 A or AA violation axe-core finds on the page: rule, element, why."""
    page.evaluate(Axe().axe_script)
    only = {"resultTypes": ["violations"]}
    by_look = {"include": [["body"]], "exclude": [["pre"]]}  # the prose, and a token of each look:
    if page.evaluate(SAMPLE_LOOKS):
        by_look["include"].append(["[data-look-sample]"])
    runs = [
        ({"exclude": []}, only | {"runOnly": {"type": "tag", "values": WCAG_AA}, "rules": {r: {"enabled": False} for r in BY_LOOK}}),
        (by_look, only | {"runOnly": {"type": "rule", "values": BY_LOOK}}),
    ]
    return [
        f"{rule['id']} at {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}"
        for context, options in runs
        for rule in page.evaluate("([context, options]) => axe.run(context, options)", [context, options])["violations"]
        for node in rule["nodes"]
    ]


READY_S = 60  # a deadline, never a pause: a condition that holds is seen at once
sync_api.expect.set_options(timeout=READY_S * 1000)


def until(page, condition: str, arg=None) -> bool:
    """Whether the JavaScript function `condition` holds within READY_S seconds."""
    try:
        page.wait_for_function(condition, arg=arg, timeout=READY_S * 1000, polling=50)
        return True
    except sync_api.TimeoutError:
        return False


def settle(page) -> list[str]:
    """Wait until the page's scripts have done all that PENDING lists; return what is still
    pending after READY_S seconds (a code block without a copy button, say), for the tests
    to report, so a broken page fails its test instead of the whole run."""
    return [] if until(page, f"() => ({PENDING})().length === 0") else page.evaluate(PENDING)


@dataclass
class Contexts:
    """A desktop and a phone browser context on the served site; each records what it
    refused in the last Visit of `current`."""

    desktop: object
    phone: object
    base_url: str
    current: list = field(default_factory=list)

    def load(self, url: str, slowdown: float = 1, phone: bool = True) -> Visit:
        """Load a page at a desktop size and at a phone size, and read what each shows once it
        is ready. `slowdown` makes the page's CPU that many times slower (a busy machine)."""
        self.current.append(result := Visit())
        for context, size in ((self.desktop, ""), (self.phone, " (phone)"))[: 2 if phone else 1]:
            page = context.new_page()
            if slowdown != 1:
                context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": slowdown})
            page.on("console", lambda m, size=size: m.type == "error" and result.errors.append(f"console{size}: {m.text}"))
            page.on("pageerror", lambda e, size=size: result.errors.append(f"page error{size}: {e}"))
            page.goto(self.base_url + url)
            result.errors += [f"not ready{size} after {READY_S} s: {what}" for what in settle(page)]
            if slowdown == 1:  # before the copy clicks below: the page as a reader first gets it
                result.inaccessible += [f"{line}{size}" for line in audit(page)]
            if context is self.desktop:
                result.facts = page.evaluate(FACTS)
                for index, block in enumerate(result.facts["blocks"]):
                    if not (block["python"] or block["cell"]):  # a diff folded in a note, say: not a file
                        result.copies.append(None)
                        continue
                    result.copies.append(page.evaluate(COPY, [index, READY_S * 1000]))
            else:
                result.overflow = page.evaluate(OVERFLOW)
            page.close()
        return result


@pytest.fixture(scope="session")
def contexts(browser, base_url):
    made = Contexts(None, None, base_url)
    # The site follows the reader's system scheme: the desktop sees it light, the phone dark.
    made.desktop = _context(
        browser, base_url, lambda: made.current[-1], viewport={"width": 1280, "height": 900}, color_scheme="light"
    )
    made.phone = _context(
        browser, base_url, lambda: made.current[-1], viewport=PHONE, is_mobile=True, has_touch=True, color_scheme="dark"
    )
    yield made
    made.desktop.close()
    made.phone.close()


def passes(visit: Visit) -> bool:
    """Whether nothing a page's tests check went wrong in the visit (as far as the visit alone
    tells): only such a visit is cached, so a visit that failed once is made again."""
    copied = all(text for block, text in zip(visit.facts.get("blocks", []), visit.copies) if block["python"] or block["cell"])
    images = all(image["ok"] for image in visit.facts.get("images", []))
    wide = visit.overflow.get("scrollWidth", 0) > visit.overflow.get("clientWidth", 0)
    return not (visit.errors or visit.foreign or visit.inaccessible or wide) and copied and images


@pytest.fixture(scope="session")
def visits(request, site, once):
    """Load each page on demand, once per test run (whichever worker needs it first), and keep
    what it showed. A visit that passes is cached (tooling/cache.py), keyed on every file the
    browser fetched for it, the browser, the packages and the code that made it: the next run
    serves it while all of them are unchanged (`--fresh`: load every page, cache nothing)."""
    seen: dict[str, Visit] = {}
    fresh = request.config.getoption("fresh")

    def load(url: str) -> str:
        page = site / (url + "index.html")
        hit = None if fresh else cache.lookup("visits", page, root=site)
        if hit:
            with contextlib.suppress(OSError):
                return (hit / "visit.json").read_text()
        before = cache.digest(page)
        visit = request.getfixturevalue("contexts").load(url)
        made = json.dumps(asdict(visit))
        if not fresh and passes(visit):
            # Not the search index or the sitemap, which every page fetches and every edit (or
            # a new day) changes; the search tests below load the index on every run.
            fetched = sorted(set(visit.fetched) - {url + "index.html", "search/search_index.json", "sitemap.xml"})
            cache.store("visits", page, before, fetched, {"visit.json": made.encode()}, root=site)
        return made

    def visit(url: str) -> Visit:
        if url not in seen:
            seen[url] = Visit(**json.loads(once(f"visit-{url.replace('/', '-') or 'home'}", lambda: load(url))))
        return seen[url]

    return visit


def test_a_busy_machine_still_sees_the_copy_buttons(contexts):
    """A page is read when its scripts are done, not when the network is idle: with the page's
    CPU 8 times slower, Material adds its copy buttons after the last request (measured: read
    at networkidle, losses.md showed 0 of its 16 buttons). The shortest page, the home page, keeps
    the test short."""
    visit = contexts.load("", slowdown=8, phone=False)
    assert not visit.errors, "\n".join(visit.errors)
    blocks = visit.facts["blocks"]
    have = sum(block["copy"] for block in blocks)
    assert blocks and have == len(blocks), f"{have} of {len(blocks)} code blocks have a copy button"
    copied = [text for block, text in zip(blocks, visit.copies) if block["python"] or block["cell"]]
    assert copied and all(copied), "a copy button copied nothing"


def test_the_audit_checks_each_look_of_code_and_all_prose(browser):
    """The audit checks one shown token of each look in the code (audit's sampling): a dim
    token among hundreds of readable ones (its look first met hidden), readable ones on a
    highlighted line's darker background, and dim prose are each found."""
    tokens = '<span style="color:#595959">ok</span> ' * 300  # 7:1 on white, 3.4:1 on #bbb
    page = browser.new_page()
    try:
        page.set_content(
            "<html lang='en'><head><title>t</title></head><body><main>"
            "<pre hidden><code>x <span style='color:#aaa'>in a closed tab</span></code></pre>"
            f"<pre><code>{tokens}<span id='dim' style='color:#aaa'>dim</span>\n"
            f"<span id='line' style='background:#bbb'>{tokens[:200]}</span></code></pre>"
            "<p id='prose' style='color:#bbb'>dim prose</p></main></body></html>"
        )
        found = [line for line in audit(page) if line.startswith(CONTRAST)]
    finally:
        page.close()
    for element in ("['#dim']", "['#prose']", "['#line > "):
        assert any(line.startswith(f"{CONTRAST} at {element}") for line in found), f"the audit missed {element}: {found}"
    assert len(found) == 3, f"one finding per look, not per token: {found}"


def test_only_a_visit_that_passes_is_cached():
    clean = Visit(facts={"blocks": [{"python": True, "cell": False}], "images": [{"src": "a.svg", "ok": True}]},
                  copies=["print(1)\n"], overflow={"scrollWidth": 375, "clientWidth": 375})
    assert passes(clean)
    for broken in ({"copies": [""]}, {"errors": ["console: x"]}, {"foreign": ["https://x"]}, {"inaccessible": ["rule"]},
                   {"overflow": {"scrollWidth": 400, "clientWidth": 375}},
                   {"facts": {"blocks": clean.facts["blocks"], "images": [{"src": "a.svg", "ok": False}]}}):
        assert not passes(Visit(**(asdict(clean) | broken))), broken


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
    for block in reversed(pages.blocks(source)):  # math in the prose, not in code
        source = source[: block.start] + source[block.end :]
    if MATH_SOURCE.search(source):
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
    includes = [block.include for block in pages.python_blocks(source.read_text(encoding="utf-8"))]
    assert None not in includes, f"{page_id(url)} holds inline code (test_docs names the line)"
    copied = [text for block, text in zip(blocks, visit.copies) if block["python"]]
    assert len(copied) == len(includes), f"{page_id(url)}: {len(includes)} includes but {len(copied)} Python blocks"
    for path, text in zip(includes, copied):
        expected = (ROOT / path).read_text(encoding="utf-8")
        assert text in (expected, expected.removesuffix("\n")), (
            f"{page_id(url)}: the copy button of {path} copies something else than the file:\n{text[:500]}"
        )


@pytest.mark.parametrize("url", PAGE_URLS, ids=page_id)
def test_no_accessibility_violation_light_or_dark(visits, url):
    """axe-core finds no WCAG 2 A or AA violation: on the desktop in the light scheme, on the
    phone in the dark one."""
    problems = visits(url).inaccessible
    assert not problems, f"{len(problems)} violations:\n" + "\n".join(problems[:20])


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


# Material's results are those of the whole query once each result link names it (?h=...) or
# nothing, and every document the count names is listed (it renders them ten at a time).
RESULTS_OF = """(query) => {
  const links = [...document.querySelectorAll(".md-search-result__item > a.md-search-result__link")];
  const marks = links.map((a) => new URL(a.href).searchParams.get("h") ?? "");
  const count = Number(document.querySelector(".md-search-result__meta").textContent.match(/\\d+/)?.[0] ?? 0);
  const items = document.querySelectorAll(".md-search-result__list > .md-search-result__item").length;
  return marks.includes(query) && marks.every((mark) => ["", query].includes(mark)) && items === Math.min(count, 10);
}"""


# A pasted query is searched once, whole: its results are in once any result (or "No matching
# documents", which the meta line says without a number) is shown.
PASTED_RESULTS = """() => {
  const meta = document.querySelector(".md-search-result__meta")?.textContent ?? "";
  return document.querySelectorAll(".md-search-result__item").length > 0 || (/no matching/i).test(meta);
}"""


# Material shows no result and its placeholder line once the box is empty.
CLEARED = """() => {
  const meta = document.querySelector(".md-search-result__meta")?.textContent.trim() ?? "";
  const config = JSON.parse(document.getElementById("__config").textContent);
  return document.querySelectorAll(".md-search-result__item").length === 0
    && meta === config.translations["search.result.placeholder"];
}"""


@pytest.fixture(scope="module")
def home(browser, base_url):
    """The home page with its search index loaded, shared by the searches of a worker."""
    page = browser.new_page()
    page.goto(base_url)
    pending = settle(page)
    assert not pending, f"the home page never got ready: {pending}"
    yield page
    page.close()


def search(page, query: str, *, paste: bool = False) -> tuple[bool, str, list[str]]:
    """Type (or paste) `query` into Material's search on the home `page`, emptied first: whether
    the results settled on the whole query, the results' count line, and the result links
    (page#section)."""
    box = page.locator("input.md-search__input")
    if not box.evaluate("box => box === document.activeElement"):
        page.keyboard.press("/")
    sync_api.expect(box).to_be_focused()
    box.fill("")
    box.press("End")  # Material reads the box on keyup, as after Ctrl+V
    assert until(page, CLEARED), "the search box was emptied but the last results stayed"
    if paste:  # the whole query at once, so the first results shown are the query's
        box.fill(query)
        box.press("End")
        shown = until(page, PASTED_RESULTS)
    else:
        box.press_sequentially(query)
        shown = until(page, RESULTS_OF, query.lower())
    meta = page.locator(".md-search-result__meta").text_content().strip()
    hrefs = page.locator(".md-search-result__item a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
    where = [urlsplit(href).path.removeprefix("/") + (f"#{urlsplit(href).fragment}" if urlsplit(href).fragment else "") for href in hrefs]
    return shown, meta, where


@pytest.mark.parametrize(
    "query, expected", [("CrossEntropyLoss", "losses/"), ("requires_grad", "autograd/"), ("ConvTranspose2d", "vae/")]
)
def test_search_finds_the_page(home, query, expected):
    shown, meta, where = search(home, query)
    assert shown, f"search for {query!r}: the results never settled on the whole query ({meta}): {where[:6]}"
    pages = list(dict.fromkeys(link.split("#")[0] for link in where))
    # Several chapters use a name; the one that explains it must come near the top.
    assert expected in pages[:3], f"search for {query!r}: {expected!r} is not among the first pages {pages[:3]}"


def troubleshooting_entries() -> list[tuple[str, str, str]]:
    """(snippet, the message its run printed, the heading it is under) for each entry of the
    troubleshooting page: the message is read from the snippet's first `#> ...Error: ` line,
    so a release that rewords it changes this test's query too."""
    text = (ROOT / "docs/troubleshooting.md").read_text(encoding="utf-8")
    entries, heading = [], None
    for line in text.splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
        if (found := pages.INCLUDE.match(line)) and heading:
            printed = re.findall(r"^\s*#> (\w+(?:Error|Exception)): (.+)$", (ROOT / found["path"]).read_text(), re.M)
            printed = [(kind, text) for kind, text in printed if "..." not in text]  # an address, say
            # Material's search (9.8.1) finds nothing for a query with a lone 0 ("entry 0", "0";
            # "entry 3" works) and reads a quoted part as a phrase: the page tells readers to
            # drop both, so those messages are not pasted as printed here.
            printed = [(kind, text) for kind, text in printed if not re.search(r'"|(?<![\w.])0(?![\w.])', text)]
            # A first line that ends in ":" ("Error(s) in loading state_dict for Linear:") is the
            # same for several entries: the lines after it tell them apart.
            printed = [(kind, text) for kind, text in printed if not text.endswith(":")]
            if printed:
                entries.append((found["path"], f"{printed[0][0]}: {printed[0][1]}", heading))
                heading = None  # the entry's first snippet is the one that raises
    return entries


def heading_ids(site) -> dict[str, str]:
    """Each h3 of the built troubleshooting page: its text, as the page shows it, to its id."""
    built = (site / "troubleshooting/index.html").read_text(encoding="utf-8")
    found = re.findall(r'<h3 id="([^"]+)">(.*?)<a class="headerlink"', built, re.S)
    return {html.unescape(re.sub(r"<[^>]+>", "", title)).strip(): anchor for anchor, title in found}


# Every fifth entry, so each group of the page is sampled and the test stays short.
SAMPLED = troubleshooting_entries()[::5]


@pytest.mark.parametrize("snippet, message, heading", SAMPLED, ids=[entry[0].rsplit("/", 1)[-1] for entry in SAMPLED])
def test_pasted_error_message_finds_its_entry_first(home, site, snippet, message, heading):
    """A reader pastes the message as PyTorch printed it, numbers and all: the first result is
    the section that explains it."""
    anchors = heading_ids(site)
    title = html.unescape(re.sub(r"`([^`]*)`", r"\1", heading).replace("\\", ""))
    assert title in anchors, f"no h3 {title!r} on the built page (ids: {list(anchors)[:5]}...)"
    shown, meta, where = search(home, message, paste=True)
    assert shown, f"search for {message!r}: the results never settled ({meta})"
    expected = f"troubleshooting/#{anchors[title]}"
    # Material heads each page's results with the page itself, then its sections, best first
    # (those past the first few folded under "more on this page").
    sections = [link for link in where if "#" in link]
    assert sections[:1] == [expected], f"pasting {message!r} ({snippet}) finds first {sections[:3]}, not {expected}"


def test_palette_toggle_switches_light_and_dark(browser, base_url):
    page = browser.new_page(color_scheme="light")
    try:
        page.goto(base_url)
        body = page.locator("body")
        sync_api.expect(body).to_have_attribute("data-md-color-scheme", "default")  # a light-preferring reader
        light_bg = body.evaluate("b => getComputedStyle(b).backgroundColor")
        # Each click moves to the next palette (automatic, light, dark), which the body names.
        for _ in range(3):
            media = body.get_attribute("data-md-color-media")
            if media == "(prefers-color-scheme: dark)":
                break
            page.locator('form[data-md-component="palette"] label:not([hidden])').click()
            sync_api.expect(body).not_to_have_attribute("data-md-color-media", media)
        sync_api.expect(body).to_have_attribute("data-md-color-scheme", "slate")
        darker = until(page, "bg => getComputedStyle(document.body).backgroundColor !== bg", light_bg)
        assert darker, f"the dark scheme kept the light background {light_bg}"
    finally:
        page.close()


# The cheat sheet prints as a card (docs/stylesheets/print.css): at most two A4 pages, landscape,
# no text under 6.5 pt, a section for every chapter, headed as the navigation names the chapter.
CARD_PAGES = 2
CARD_MIN_PT = 6.5
CARD_CHAPTERS = (
    "Tensors", "Autograd", "Derivations", "nn layers", "Loss functions", "Optimizers and training", "Data", "CNNs",
    "Transfer learning", "Autoencoders and VAEs", "GPU and benchmarks", "Scale out and ship", "Troubleshooting",
)


def test_cheatsheet_pdf_is_offered_and_short(site, base_url, browser):
    from pypdf import PdfReader

    pdf = site / PDF
    assert pdf.is_file(), f"the build made no {PDF} (docs/hooks/pdf.py prints it with Chromium)"
    sheets = PdfReader(pdf).pages
    assert 1 <= len(sheets) <= CARD_PAGES, f"{PDF} has {len(sheets)} pages; the card must print on {CARD_PAGES} at most"
    for number, sheet in enumerate(sheets, 1):
        box = sheet.mediabox  # as shown: a page turned by /Rotate 90 shows its box on its side
        width, height = (box.width, box.height) if sheet.rotation % 180 == 0 else (box.height, box.width)
        assert width > height, f"{PDF} page {number} is {width:.0f} x {height:.0f} pt: portrait, not landscape"
    sizes = {}

    def visit(text, cm, tm, font, size):  # a run of text: its size on the page, in points
        if text.strip():
            scale = (abs(tm[0] * tm[3] - tm[1] * tm[2]) * abs(cm[0] * cm[3] - cm[1] * cm[2])) ** 0.5
            sizes.setdefault(round(size * scale, 2), text.strip())

    lines = {line.strip() for sheet in sheets for line in sheet.extract_text(visitor_text=visit).splitlines()}
    missing = [chapter for chapter in CARD_CHAPTERS if chapter not in lines]
    assert not missing, f"{PDF} has no heading {missing}: every chapter must be on the card"
    small = {size: text for size, text in sorted(sizes.items()) if size < CARD_MIN_PT}
    assert not small, f"{PDF} has text under {CARD_MIN_PT} pt (size: a sample): {small}"
    page = browser.new_page()
    try:
        page.goto(base_url + "cheatsheet/")
        href = page.locator('a[download][href$=".pdf"]').evaluate("a => a.href")  # waits for the link
        response = page.request.get(href)
    finally:
        page.close()
    assert response.ok and response.headers["content-type"] == "application/pdf", f"the download link {href} is broken"
