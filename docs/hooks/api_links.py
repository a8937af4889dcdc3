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
import importlib.metadata
import json
import logging
import re
import sys
from collections import defaultdict
from pathlib import Path

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
PIECE = re.compile(r"<(?P<close>/?)(?P<tag>\w+)(?P<attrs>[^>]*)>|(?P<text>[^<]+)")
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
        self.uses: dict[str, dict] = defaultdict(dict)  # name -> {page title: {page.md#anchor: heading}}
        self.titles: dict[str, str] = {}  # name -> tooltip
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
        column, stack, text = 0, [], ""
        for piece in PIECE.finditer(code, begin, end):
            if piece["text"] is not None:
                text = html.unescape(piece["text"]) if "&" in piece["text"] else piece["text"]
                column += len(text)
            elif piece["tag"] == "span" and not piece["close"]:
                # a token has a class; the line's own wrapper has an id
                stack.append((piece.start(), column, "class=" in piece["attrs"] and "id=" not in piece["attrs"]))
            elif piece["tag"] == "span" and stack:
                opened, at_column, token = stack.pop()
                if token:
                    found_tokens[line].append((at_column, column, opened, piece.end(), text))
    return found_tokens


def link(code: str, refs: list, titles: dict[str, str]) -> tuple[str, list[str]]:
    """The code with each resolved name wrapped in a link; and the targets linked."""
    by_line = tokens(code, {line for line, *_, target in refs if target})
    inserts, linked = [], []
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
        title = html.escape(titles.get(target, target), quote=True).replace("\n", "&#10;")
        url = html.escape(STATE.inventory.urls[target], quote=True)
        inserts += [(first[2], f'<a class="api-link" href="{url}" title="{title}">'), (last[3], "</a>")]
        linked.append(target)
    pieces, done = [], 0
    for at, text in sorted(inserts, key=lambda insert: insert[0]):
        pieces += [code[done:at], text]
        done = at
    return "".join(pieces) + code[done:], linked


def on_config(config, **kwargs):
    global STATE
    STATE = State()
    return config


def on_files(files, config, **kwargs):
    """The API index page renders last, once every other page has told where it uses what."""
    STATE.files = files
    page = files.get_file_from_path(PAGE)
    if page is not None:
        files.remove(page)
        files.append(page)
    return files


def on_page_content(html_text, page, config, **kwargs):
    if not page.file.src_uri.endswith(".md") or page.file.src_uri == PAGE:
        return html_text
    includes = [block.include for block in pages.python_blocks(page.markdown)]
    blocks = list(BLOCK.finditer(html_text))
    if len(blocks) != len(includes):  # an inline block: the harness names it; link nothing here
        return html_text
    headings = [(h.start(), h["id"], html.unescape(re.sub(r"<[^>]+>", "", h["text"])).replace("¶", "").strip())
                for h in HEADING.finditer(html_text)]
    out, done = [], 0
    for block, snippet in zip(blocks, includes):
        if snippet is None or not (ROOT / snippet).is_file():
            continue
        result = found(snippet)
        code, linked = link(block["code"], result["refs"], result["titles"])
        out += [html_text[done : block.start("code")], code]
        done = block.end("code")
        above = [h for h in headings if h[0] < block.start()]
        section = (f"{page.file.src_uri}#{above[-1][1]}", above[-1][2]) if above else (page.file.src_uri, page.title)
        for target in linked:
            STATE.uses[target].setdefault(page.title, {})[section[0]] = section[1]
            STATE.titles[target] = result["titles"][target]
    return "".join(out) + html_text[done:]


def index_markdown() -> str:
    """The API index: each documented object the code uses, under its module (or class), with
    its official page (its signature on hover) and the sections whose code uses it, by page. A
    module itself is a group's heading: every snippet imports torch, so its uses would say nothing."""
    modules = {name for name in STATE.uses if STATE.inventory.urls[name].rpartition("#")[2].startswith("module-")}
    groups: dict[str, list[str]] = defaultdict(list)
    for name in STATE.uses.keys() - modules:
        groups[name.rpartition(".")[0]].append(name)
    lines = [f"{sum(map(len, groups.values()))} objects of torch and torchvision, used in the code blocks of this site.\n"]
    for group in sorted(groups):
        heading = f"[`{group}`]({STATE.inventory.urls[group]})" if group in STATE.inventory else f"`{group}`"
        lines.append(f"## {heading} {{ #{group} }}\n")
        for name in sorted(groups[group]):
            title = STATE.titles[name].replace('"', "'").replace("\n", " — ")
            uses = "; ".join(
                f"{escape(page)}: " + ", ".join(f"[{escape(label)}]({where})" for where, label in sections.items())
                for page, sections in sorted(STATE.uses[name].items())
            )
            lines.append(f'- [`{name.removeprefix(group + ".")}`]({STATE.inventory.urls[name]} "{title}"){{ .api-link }}'
                         f" — {uses}")
        lines.append("")
    return "\n".join(lines)


def escape(text: str) -> str:
    """Text for a Markdown link's label."""
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def on_page_markdown(markdown, page, config, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return markdown.replace(MARKER, index_markdown())
