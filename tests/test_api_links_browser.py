"""The links from code to the official docs in a real browser (Chromium, through Playwright, on
the built site): hovering or focusing a name shows its signature and summary in Material's
tooltip, readable in the dark scheme and on a phone, and a block with links still copies exactly
its snippet file."""

import pytest

from tooling import ROOT, api, pages

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this Python")
sync_api.expect.set_options(timeout=60_000)  # a deadline, never a pause

PAGE = "vae.md"
PHONE = {"width": 375, "height": 812}
# Marks the first visible link to a function (one with a signature, not a module) in the page's
# Python blocks; answers [its block's index among them, its href]. A data attribute, not an id:
# Material hides `.highlight code a[id]`, its line anchors.
MARK = """() => {
  const blocks = [...document.querySelectorAll("article div.language-python.highlight")];
  for (const [index, block] of blocks.entries()) {
    const link = [...block.querySelectorAll("a.api-link")].find(
      (a) => a.getClientRects().length && !a.getAttribute("href").includes("#module-"));
    if (link) { link.dataset.underTest = ""; return [index, link.getAttribute("href")]; }
  }
  return null;
}"""
# The WCAG contrast ratio of an element's text against the first opaque background behind it.
CONTRAST = """(element) => {
  const rgb = (color) => color.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => [r, g, b].map((c) => {
    c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  let back = element;
  while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0) back = back.parentElement;
  const [a, b] = [luminance(rgb(getComputedStyle(element).color)),
                  luminance(rgb(getComputedStyle(back ?? document.body).backgroundColor))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.fixture
def open_page(browser, base_url):
    """open_page(**context options) -> (page, block index, target name) on the marked link."""
    contexts = []

    def open_(**options):
        context = browser.new_context(**options)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
        contexts.append(context)
        page = context.new_page()
        page.goto(base_url + PAGE.removesuffix(".md") + "/")
        sync_api.expect(page.locator("article a.api-link").first).to_be_attached()
        index, href = page.evaluate(MARK)
        target = {url: name for name, url in api.Inventory().urls.items()}[href]
        return page, index, target

    yield open_
    for context in contexts:
        context.close()


def expect_tooltip(page, target: str):
    """Material's tooltip for the marked link is shown and holds the signature and summary."""
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    for line in api.hover(target).splitlines():
        sync_api.expect(tooltip).to_contain_text(line)
    return tooltip


def test_hovering_a_name_shows_its_signature(open_page):
    page, _, target = open_page(viewport={"width": 1280, "height": 900})
    page.locator("[data-under-test]").hover()
    expect_tooltip(page, target)


def test_a_name_is_a_link_that_keyboard_focus_reaches(open_page):
    page, _, target = open_page(viewport={"width": 1280, "height": 900})
    link = page.locator("[data-under-test]")
    assert link.evaluate("a => a.tabIndex") >= 0 and link.get_attribute("href").startswith("https://docs.pytorch.org/")
    link.focus()
    sync_api.expect(link).to_be_focused()
    expect_tooltip(page, target)


def test_the_tooltip_is_readable_in_the_dark_scheme_on_a_phone(open_page):
    page, _, target = open_page(viewport=PHONE, is_mobile=True, has_touch=True, color_scheme="dark")
    sync_api.expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("[data-under-test]").focus()
    tooltip = expect_tooltip(page, target)
    box = tooltip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], f"the tooltip leaves the screen: {box}"
    ratio = tooltip.evaluate(CONTRAST)
    assert ratio >= 4.5, f"the tooltip's text has a contrast ratio of {ratio:.1f} against its background"


def test_a_block_with_links_copies_exactly_its_file(open_page):
    page, index, _ = open_page(viewport={"width": 1280, "height": 900})
    includes = [block.include for block in pages.python_blocks((ROOT / "docs" / PAGE).read_text(encoding="utf-8"))]
    block = page.locator("article div.language-python.highlight").nth(index)
    page.evaluate("navigator.clipboard.writeText('')")
    block.locator('button.md-code__button[data-md-type="copy"]').click()
    expected = (ROOT / includes[index]).read_text(encoding="utf-8")
    # Material writes the clipboard asynchronously: read it until it holds the text
    copied = page.wait_for_function("async () => (await navigator.clipboard.readText()) || null").json_value()
    assert copied in (expected, expected.removesuffix("\n")), f"{includes[index]}: the copy button copied:\n{copied}"
