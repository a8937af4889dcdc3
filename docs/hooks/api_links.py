"""Link every torch and torchvision name in the site's code blocks to its page in the official
docs of the pinned version, with its signature and summary as a tooltip, and write the API
index page (api.md): every object the snippets use, by module, with the sections using it.

Which object a name is, is resolved from the snippet's source and the types its variables had
when the tests ran it (tests/tooling/api.py); its target comes only from the committed index of
the official docs (docs/api-data/torch-inventory.json). The code's text is unchanged: the link
wraps the highlighted tokens, so the copy button still copies exactly the snippet file.

Resolving imports torch, so what it found for a snippet is cached in .cache/api-links/, keyed
by all it depends on (the snippet, its recorded types, the index, the versions of Python, torch
and torchvision, this hook and the resolver): a build whose snippets did not change reads the
cache and never imports torch.
"""

import hashlib
import html
import importlib
import importlib.metadata
import json
import logging
import re
import sys
import threading
from collections import defaultdict
from pathlib import Path

from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import ROOT, api, pages  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

log = logging.getLogger("mkdocs.hooks.api_links")
# Importing torch.utils.benchmark (to resolve a snippet that uses it) logs that no CUDA runtime is
# found: true of this machine, and nothing to do with the docs.
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
CACHE = ROOT / ".cache" / "api-links"
PAGE = "api.md"
MARKER = "<!-- api-index -->"
# A Python block as pymdownx.highlight writes it, and the code inside it.
BLOCK = re.compile(r'<div class="language-(?:python3?|py|pycon) highlight">.*?<code>(?P<code>.*?)</code>', re.S)
HEADING = re.compile(r'<h([1-6]) id="(?P<id>[^"]+)"[^>]*>(?P<text>.*?)</h\1>', re.S)
# A token as Pygments writes it (never nested), plain text between tokens, or another tag.
PIECE = re.compile(r'<span class="[^"]*">(?P<token>[^<]*)</span>|(?P<text>[^<]+)|<[^>]*>')
LINE = re.compile(r'<span id="__span-\d+-(\d+)">')


class State:
    """What one build knows: the index, the recorded types, the cache key's fixed part, and
    the uses of each documented name (for the API index page)."""

    def __init__(self):
        self.inventory = api.Inventory()
        self.types = api.recorded_types()
        code = b"".join(path.read_bytes() for path in (Path(__file__), Path(api.__file__)))
        versions = [sys.version, *(importlib.metadata.version(name) for name in api.PACKAGES)]
        self.key = hashlib.sha256(code + api.INVENTORY.read_bytes() + "\n".join(versions).encode()).hexdigest()
        self.uses: dict[str, dict] = defaultdict(dict)  # name -> {page title: {page url#anchor: heading}}
        self.titles: dict[str, str] = {}  # name -> tooltip
        self.found: dict[str, list[dict]] = {}  # page -> what found() found in each of its Python blocks
        self.files = None


STATE: State | None = None


def found(snippet: str) -> dict:
    """What the resolver finds in a snippet: {"refs": [[line, start, end, path, target], ...],
    "titles": {target: tooltip}}, from the cache when nothing it depends on changed."""
    text = (ROOT / snippet).read_text(encoding="utf-8")
    types = STATE.types.get(snippet, {})
    key = hashlib.sha256(f"{STATE.key}\n{snippet}\n{json.dumps(types, sort_keys=True)}\n{text}".encode()).hexdigest()
    entry = CACHE / f"{key}.json"
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, or torn by a build beside this one: made again
        pass
    refs = api.resolve(text, types, STATE.inventory)
    result = {
        "refs": [[r.line, r.start, r.end, r.path, r.target] for r in refs],
        "titles": {r.target: api.hover(r.target) for r in refs if r.target},
    }
    write_atomic(entry, json.dumps(result))
    return result


def tokens(code: str, wanted: set[int]) -> dict[int, list[tuple[int, int, int, int, str]]]:
    """The highlighted tokens on the `wanted` lines of a code block's HTML: (first column, end
    column, where the token's <span> opens in `code`, where it closes, its text). pymdownx wraps
    each line in a <span id="__span-B-N">, so only the lines that hold a name are read."""
    found_tokens: dict[int, list] = defaultdict(list)
    starts = [(m.start(), int(m[1])) for m in LINE.finditer(code)]
    for index, (begin, line) in enumerate(starts):
        if line not in wanted:
            continue
        end = starts[index + 1][0] if index + 1 < len(starts) else len(code)
        column = 0
        for piece in PIECE.finditer(code, begin, end):
            text = piece["token"] if piece["token"] is not None else piece["text"]
            if text is None:  # a tag around the tokens: the line's wrapper, its anchor
                continue
            text = html.unescape(text) if "&" in text else text
            if piece["token"] is not None:
                found_tokens[line].append((column, column + len(text), piece.start(), piece.end(), text))
            column += len(text)
    return found_tokens


def link(code: str, refs: list) -> str:
    """The code with each resolved name wrapped in a link."""
    by_line = tokens(code, {line for line, *_, target in refs if target})
    inserts = []
    for line, start, end, _, target in refs:
        if target is None:
            continue
        row = by_line.get(line, [])
        # a decorator's token holds its @ too: `@torch.no_grad` is one token
        first = next((t for t in row if t[0] == start or t[0] == start - 1 and t[4].startswith("@")), None)
        last = next((t for t in row if t[1] == end), None)
        if first is None or last is None or first[2] > last[2]:
            log.debug("no tokens for %s at %d:%d", target, line, start)
            continue
        inserts += [(first[2], link_tag(target)), (last[3], "</a>")]
    pieces, done = [], 0
    for at, text in sorted(inserts, key=lambda insert: insert[0]):
        pieces += [code[done:at], text]
        done = at
    return "".join(pieces) + code[done:]


def on_config(config, **kwargs):
    global STATE
    STATE = State()
    return config


def on_serve(server, config, builder, **kwargs):
    """Under `make serve`, the first edit of a snippet would wait seconds for the resolver's
    import of torch and torchvision: they are imported now, while the author reads."""
    threading.Thread(target=lambda: [importlib.import_module(name) for name in api.PACKAGES], daemon=True).start()
    return server


def on_files(files, config, **kwargs):
    """The API index page renders last, once every other page has told where it uses what."""
    STATE.files = files
    page = files.get_file_from_path(PAGE)
    if page is not None:
        files.remove(page)
        files.append(page)
    return files


def on_page_content(html_text, page, config, **kwargs):
    """Find the names in the page's code blocks, and note where each is used (the API index
    renders last, from these notes). The links go in only in on_post_page, once the search has
    indexed the page: thousands of them would cost its HTML parser a second, and say nothing."""
    if not page.file.src_uri.endswith(".md") or page.file.src_uri == PAGE:
        return html_text
    includes = [block.include for block in pages.python_blocks(page.markdown)]
    blocks = list(BLOCK.finditer(html_text))
    if len(blocks) != len(includes):  # an inline block: the harness names it; link nothing here
        return html_text
    headings = [(h.start(), h["id"], html.unescape(re.sub(r"<[^>]+>", "", h["text"])).replace("¶", "").strip())
                for h in HEADING.finditer(html_text)]
    results = []
    for block, snippet in zip(blocks, includes):
        result = found(snippet) if snippet and (ROOT / snippet).is_file() else {"refs": [], "titles": {}}
        results.append(result)
        above = [h for h in headings if h[0] < block.start()]
        section = (f"{page.url}#{above[-1][1]}", above[-1][2]) if above else (page.url, page.title)
        for *_, target in result["refs"]:
            if target:
                STATE.uses[target].setdefault(page.title, {})[section[0]] = section[1]
                STATE.titles[target] = result["titles"][target]
    STATE.found[page.file.src_uri] = results
    return html_text


def on_post_page(output, page, config, **kwargs):
    """Wrap the names found in each code block in their links."""
    results = STATE.found.pop(page.file.src_uri, None)
    blocks = list(BLOCK.finditer(output))
    if not results or len(blocks) != len(results):
        return output
    out, done = [], 0
    for block, result in zip(blocks, results):
        out += [output[done : block.start("code")], link(block["code"], result["refs"])]
        done = block.end("code")
    return "".join(out) + output[done:]


def index_markdown(page) -> str:
    """The API index: each documented object the code uses, under its module (or class), with
    its official page (its signature on hover) and the sections whose code uses it, by page. A
    module itself is a group's heading: every snippet imports torch, so its uses would say nothing.
    The lists are HTML, not Markdown: thousands of links would take Markdown a third of a second."""
    modules = {name for name in STATE.uses if STATE.inventory.urls[name].rpartition("#")[2].startswith("module-")}
    groups: dict[str, list[str]] = defaultdict(list)
    for name in STATE.uses.keys() - modules:
        groups[name.rpartition(".")[0]].append(name)
    lines = [f"{sum(map(len, groups.values()))} objects of torch and torchvision, used in the code blocks of this site.\n"]
    for group in sorted(groups):
        heading = f"[`{group}`]({STATE.inventory.urls[group]})" if group in STATE.inventory else f"`{group}`"
        lines += [f"## {heading} {{ #{group} }}\n", "<ul>"]
        for name in sorted(groups[group]):
            uses = "; ".join(
                f"{html.escape(title)}: " + ", ".join(
                    f'<a href="{html.escape(get_relative_url(where, page.url))}">{html.escape(label)}</a>'
                    for where, label in sections.items())
                for title, sections in sorted(STATE.uses[name].items())
            )
            lines.append(f'<li>{link_tag(name)}<code>{html.escape(name.removeprefix(group + "."))}</code></a> — {uses}</li>')
        lines += ["</ul>", ""]
    return "\n".join(lines)


def link_tag(name: str) -> str:
    """The opening tag of a link to the official page of `name`, its tooltip in the title."""
    title = html.escape(STATE.titles.get(name, name), quote=True).replace("\n", "&#10;")
    return f'<a class="api-link" href="{html.escape(STATE.inventory.urls[name], quote=True)}" title="{title}">'


def on_page_markdown(markdown, page, config, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return markdown.replace(MARKER, index_markdown(page))
