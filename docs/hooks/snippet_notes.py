"""Notes the page shows under a snippet, made from its headers so they are never forgotten:

- `# uses: bench.py`: the files a reader must copy next to it;
- `# stderr: TEXT`: what else the script writes to the terminal, on stderr;
- `# requires: cuda` with no `#>` lines: an output no GPU run has verified yet;
- `# requires: cuda` with `#>` lines: where they were printed (the GPU run's record,
  docs/benchmark-data/gpu-run.json, written by `make gpu-apply`), and whether the code changed since.
"""

import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import gpu_run, headers, pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippet_notes")


def gpu_note(path: Path, root: Path) -> str | None:
    """Where a GPU snippet's #> lines were printed, from the record of the GPU run."""
    record = root / gpu_run.RECORD
    if not record.is_file():
        return None
    run = json.loads(record.read_text())
    info, entry = run["provenance"], run["snippets"].get(path.relative_to(root).as_posix())
    if entry is None:
        return None
    if entry["code"] != gpu_run.code_digest(path):
        return ('!!! warning "Edited since its GPU run"\n'
                f"    Its code changed after the GPU run of {info['date']}: the output below is not verified for it.")
    smi = info["nvidia_smi"] or {}
    text = (f"Printed on an {info['gpu']} (driver {smi.get('driver_version', 'not recorded')}, CUDA {info['cuda']})"
            f" by torch {info['torch']} on {info['date']}.")
    if info["torch"].split("+")[0] != info["pinned_torch"]:
        text += (f" The site pins torch {info['pinned_torch']}; the GPU machine had its own torch, so this"
                 f" output is from {info['torch']}, not the pin.")
    if entry.get("note"):
        text += f" Note: {entry['note']}."
    return f'!!! info "Output from a GPU run"\n    {text}'


def notes(path: Path, root: Path) -> list[str]:
    parsed = headers.parse(path)
    found = []
    if parsed.uses:
        files = ", ".join(f"`{name}`" for name in parsed.uses)
        found.append(f'!!! info "Needs {files}"\n    This script imports {files}: save it next to this file first.')
    if parsed.stderr:
        lines = ", ".join(f"`{text}`" for text in parsed.stderr)
        found.append(f'!!! note snippet-stderr "Also writes to stderr"\n    Besides its output, it may print lines containing {lines}'
                     " to stderr; the tests accept those lines and fail on any other.")
    if headers.unverified(parsed, path.read_text(encoding="utf-8")):
        found.append(
            '!!! warning "Output not verified yet"\n'
            "    This snippet needs a CUDA GPU, and no GPU run has written its output yet: the tests"
            " report it as unverified."
        )
    elif parsed.requires == "cuda" and (note := gpu_note(path, root)):
        found.append(note)
    return found


def on_page_markdown(markdown, page, config, **kwargs):
    root = Path(config.config_file_path).parent
    out, done = [], 0
    for block in pages.python_blocks(markdown):
        path = root / block.include if block.include else None
        if path is None or not path.is_file():
            continue  # the harness and pymdownx.snippets report these
        try:
            found = notes(path, root)
        except headers.HeaderError as error:
            log.warning("%s", error)
            continue
        body = "".join("\n" + "\n".join(block.indent + line for line in note.splitlines()) + "\n" for note in found)
        out += [markdown[done : block.end], body]
        done = block.end
    return "".join(out) + markdown[done:]
