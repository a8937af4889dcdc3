"""The code blocks on a page and the snippet each one includes: the one reader of fences, for
the harness, the build hooks and the browser tests.

A fence opens with three or more backticks or tildes (indented, inside an admonition, with
attributes such as `title="x.py"` after the language) and closes with at least as many of the
same character. A Python block is a page's only way to show code: it must hold exactly one
include line, `--8<-- "snippets/<chapter>/<name>.py"`.
"""

import re
from dataclasses import dataclass

OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*?)[ \t]*$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
PYTHON = re.compile(r"^(?:python3?|py|pycon)(?:[\s{]|$)")


@dataclass
class Block:
    line: int  # the opening fence's line, from 1
    start: int  # offsets in the page's text: the opening fence's first character...
    end: int  # ...and just past the closing fence
    indent: str
    info: str  # what follows the fence: the language, then attributes
    body: list[str]

    @property
    def python(self) -> bool:
        return bool(PYTHON.match(self.info))

    @property
    def include(self) -> str | None:
        """The included path if the block is exactly one include line, else None."""
        lines = [line for line in self.body if line.strip()]
        found = INCLUDE.match(lines[0]) if len(lines) == 1 else None
        return found["path"] if found else None


def blocks(text: str) -> list[Block]:
    """Every fenced block of a Markdown page, in order."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    found, i = [], 0
    while i < len(lines):
        opened = OPEN.match(lines[i].rstrip("\r\n"))
        if not opened:
            i += 1
            continue
        fence = opened["fence"]
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j].rstrip("\r\n")):
            j += 1
        body = [line.rstrip("\r\n") for line in lines[i + 1 : j]]
        end = offsets[min(j + 1, len(lines))]
        found.append(Block(i + 1, offsets[i], end, opened["indent"], opened["info"], body))
        i = j + 1
    return found


def python_blocks(text: str) -> list[Block]:
    return [block for block in blocks(text) if block.python]
