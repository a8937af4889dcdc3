"""The links from the code blocks of the built site to the official docs (docs/hooks/api_links.py):
they cover the torch and torchvision names, every target is in the committed index, and the API
index page lists what the code uses."""

import html
import re
from collections import Counter

from harness import page_examples
from tooling import ROOT, api

LINK = re.compile(r'<a\b[^>]*\bclass="api-link"[^>]*>')
HREF = re.compile(r'\bhref="([^"]*)"')
CODE = re.compile(r'<div class="language-(?:python3?|py|pycon) highlight">.*?</code>', re.S)


def built_pages(site):
    """The built pages with code blocks: not the API index, not the search."""
    return sorted(path for path in site.rglob("index.html") if path.parent != site / "api")


def test_every_link_target_is_in_the_committed_index(site):
    targets = set(api.Inventory().urls.values())
    stray = Counter(
        href for page in [*built_pages(site), site / "api" / "index.html"]
        for tag in LINK.findall(page.read_text(encoding="utf-8"))
        if (href := html.unescape(HREF.search(tag)[1])) not in targets
    )
    assert not stray, f"links to targets that {api.INVENTORY.name} does not list: {stray.most_common(10)}"


def test_most_torch_names_in_the_code_blocks_are_links(site):
    """At least 95% of the torch and torchvision names the resolver finds in the snippets the pages
    show are links in the built pages; the rest are listed with what they are."""
    inventory, types = api.Inventory(), api.recorded_types()
    names, unlinked = 0, Counter()
    for snippet in sorted({example.parsed for example in page_examples() if example.parsed}):
        for ref in api.resolve((ROOT / snippet).read_text(encoding="utf-8"), types.get(snippet, {}), inventory):
            names += 1
            if ref.target is None:
                unlinked[ref.path] += 1
    linked = sum(len(LINK.findall(block)) for page in built_pages(site)
                 for block in CODE.findall(page.read_text(encoding="utf-8")))
    assert linked == names - sum(unlinked.values()), (
        f"{names - sum(unlinked.values())} names resolve to the index, but the pages link {linked}:"
        " a name whose highlighted tokens the hook could not find stays plain")
    assert linked >= 0.95 * names, (
        f"only {linked} of {names} torch names in the code blocks are links ({linked / names:.1%});"
        f" not in {api.INVENTORY.name}: {unlinked.most_common(20)}")


def test_the_api_index_lists_what_the_code_uses(site):
    page = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name, section in [("torch.nn.Linear", "../nn/"), ("torch.Tensor.backward", "../autograd/")]:
        item = next((li for li in re.findall(r"<li>.*?</li>", page, re.S) if api.Inventory().urls[name] in li), "")
        assert item, f"the API index has no entry for {name}"
        assert f'href="{section}#' in item, f"the API index entry of {name} does not link to a section of {section}"
