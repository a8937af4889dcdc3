"""Notes the page shows under a snippet, made from its headers so they are never forgotten:

- `# uses: bench.py`: the files a reader must copy next to it;
- `# requires: cuda` with no `#>` lines: an output no GPU run has verified yet.
"""

import logging
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import headers  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippet_notes")
# The fences the harness accepts (tests/harness.py): python, py or pycon, one include line.
FENCE = re.compile(
    r'^(?P<indent>[ \t]*)```(?:python3?|pycon|py)\b[^\n]*\n(?:[ \t]*\n)*[ \t]*--8<--\s+"(?P<path>[^"]+)"[ \t]*\n'
    r"(?:[ \t]*\n)*[ \t]*```[ \t]*$",
    re.MULTILINE,
)


def notes(path: Path) -> list[str]:
    parsed = headers.parse(path)
    found = []
    if parsed.uses:
        files = ", ".join(f"`{name}`" for name in parsed.uses)
        found.append(f'!!! info "Needs {files}"\n    This script imports {files}: save it next to this file first.')
    if headers.unverified(parsed, path.read_text(encoding="utf-8")):
        found.append(
            '!!! warning "Output not verified yet"\n'
            "    This snippet needs a CUDA GPU, and no GPU run has written its output yet: the tests"
            " report it as unverified."
        )
    return found


def on_page_markdown(markdown, page, config, **kwargs):
    root = Path(config.config_file_path).parent

    def add(fence: re.Match) -> str:
        path = root / fence["path"]
        if not path.is_file():
            return fence[0]  # pymdownx.snippets reports the missing file
        try:
            found = notes(path)
        except headers.HeaderError as error:
            log.warning("%s", error)
            return fence[0]
        indent = fence["indent"]
        body = "".join("\n\n" + "\n".join(indent + line for line in note.splitlines()) for note in found)
        return fence[0] + body

    return FENCE.sub(add, markdown)
