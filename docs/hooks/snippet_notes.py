"""Notes the page shows under a snippet, made from its headers so they are never forgotten:

- `# uses: bench.py`: the files a reader must copy next to it;
- `# stderr: TEXT`: what else the script writes to the terminal, on stderr;
- `# requires: cuda` with no `#>` lines: an output no GPU run has verified yet;
- `# requires: cuda` with `#>` lines: where they were printed (the GPU run's record,
  docs/benchmark-data/gpu-run.json, written by `make gpu-apply`), and whether the code changed since;

and under every snippet, one line: how it fared under each torch release of the version matrix
(docs/matrix-data/, written by `make matrix`) and in the GPU run. The page versions.md shows
the whole matrix where it says MATRIX_MARKER.
"""

import json
import logging
import posixpath
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import gpu_run, headers, matrix, pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippet_notes")


def gpu_record(path: Path, root: Path) -> tuple[dict, dict] | None:
    """The GPU run's provenance and its entry for this snippet; None where it has none."""
    record = root / gpu_run.RECORD
    if not record.is_file():
        return None
    run = json.loads(record.read_text())
    entry = run["snippets"].get(path.relative_to(root).as_posix())
    return (run["provenance"], entry) if entry else None


def gpu_verdict(path: Path, root: Path) -> tuple[dict, str] | None:
    """The GPU run's provenance and how the snippet fared there (it records only clean runs),
    for the matrix; None where it did not run there."""
    if not (found := gpu_record(path, root)):
        return None
    info, entry = found
    return info, "✓" if entry["code"] == gpu_run.code_digest(path) else "changed since its GPU run"


def gpu_note(path: Path, root: Path) -> str | None:
    """Where a GPU snippet's #> lines were printed, from the record of the GPU run."""
    if not (found := gpu_record(path, root)):
        return None
    info, entry = found
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


MATRIX_MARKER = "<!-- torch version matrix -->"
VERSIONS_PAGE = "versions.md"
MARKS = {"clean": "✓", "differs": "≠", "fails": "✗"}
# An error's last line, and the API it says is missing (group "api", or "module" + "name")
MISSING = [
    re.compile(r"AttributeError: module '(?P<module>[\w.]+)' has no attribute '(?P<name>\w+)'"),
    re.compile(r"AttributeError: '(?P<module>\w+)' object has no attribute '(?P<name>\w+)'"),
    re.compile(r"ImportError: cannot import name '(?P<name>\w+)' from '(?P<module>[\w.]+)'"),
    re.compile(r"ModuleNotFoundError: No module named '(?P<api>[\w.]+)'"),
    re.compile(r"TypeError: (?P<api>[\w.]+)\(\) got an unexpected keyword argument '(?P<name>\w+)'"),
]


# The prefix of a line from torch's C++ and Python logging: level, date, time, thread, file:line]
GLOG = re.compile(r"^[IWEF]\d{4} [\d:.]+ +\d+ \S+\] ")


def code(text: str) -> str:
    """`text` as Markdown inline code, whatever backticks it holds."""
    fence = "`" * (max(map(len, re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("+")[0].split(".")[:3])


def why_it_fails(error: str, version: str, pinned: str) -> str:
    """A few words from an error's last line. A missing API says which, and why: on a release
    older than the pin it is newer than that release; on a newer one it was removed."""
    age = "is newer" if release(version) < release(pinned) else "was removed" if release(version) > release(pinned) \
        else "is missing"
    for pattern in MISSING:
        if found := pattern.match(error):
            parts = found.groupdict()
            if parts.get("api") and parts.get("name"):  # a keyword argument
                return f"{code(parts['api'] + '(' + parts['name'] + '=)')} {age}"
            return f"{code(parts.get('api') or parts['module'] + '.' + parts['name'])} {age}"
    if error.startswith("wrote to stderr: "):
        line = GLOG.sub("", error.removeprefix("wrote to stderr: "))
        return f"writes to stderr: {code(shorten(line))}"
    if re.match(r"\w+(Error|Exception|Warning|Interrupt|Exit)\b", error):
        return code(shorten(error.split(". ")[0]))  # its first sentence says what went wrong
    return shorten(error)  # the runner's own words: timed out, crashed, ran to its end without raising


def shorten(text: str, most: int = 70) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def matrix_cell(entry: dict | None, digest: str, version: str, pinned: str, diff_link: str) -> str:
    """How a snippet fared under one release, in a few words."""
    if entry is None:
        return "not in the matrix yet"
    if entry["digest"] != digest:  # its text or a file it uses changed: no verdict holds
        return "changed since the matrix ran"
    if entry["status"] == "not run":
        return f"not run ({entry['reason']})"
    mark = MARKS[entry["status"]]
    if entry["status"] == "differs":
        return f"{mark} [output differs]({diff_link})"
    if entry["status"] == "fails":
        return f"{mark} {why_it_fails(entry['error'], version, pinned)}"
    return mark


def matrix_line(path: Path, root: Path, runs: dict, diff_link: str) -> str | None:
    """One line: the snippet under each release of the matrix (`runs`, from matrix.load), then
    in the GPU run if it ran there. A note that several releases share ("not run (needs a
    GPU)") is said once for them. `diff_link`: where the matrix page shows this page's diffs."""
    if not runs:
        return None
    name, digest = path.relative_to(root).as_posix(), matrix.digest(path)
    groups: list[tuple[list[str], str]] = []
    for version, run in runs.items():
        text = matrix_cell(run["snippets"].get(name), digest, version, run["provenance"]["pinned_torch"], diff_link)
        if groups and text == groups[-1][1] and text not in MARKS.values():
            groups[-1][0].append(version)
        else:
            groups.append(([version], text))
    parts = [f"{', '.join(versions)} {text}" for versions, text in groups]
    if found := gpu_verdict(path, root):
        info, verdict = found
        parts.append(f"{info['gpu']}, torch {info['torch']} {verdict}")
    return f"torch {' · '.join(parts)}\n{{: .torch-matrix }}"


def chapters(nav) -> dict[str, str]:
    """{page file: its title} from mkdocs.yml's nav, in its order."""
    found = {}
    for item in nav or []:
        for title, value in item.items() if isinstance(item, dict) else [(item, item)]:
            found |= {value: title} if isinstance(value, str) else chapters(value)
    return found


def matrix_page(root: Path, nav) -> str:
    """The whole matrix: where each release ran and how it fared, the snippets known to need a
    torch newer than an older release, then each chapter's table with its diffs and errors."""
    runs = matrix.load(root)
    if not runs:
        return "The matrix has not run yet (`make matrix`)."
    snippets, titles = matrix.included(root), chapters(nav)
    pinned = next(iter(runs.values()))["provenance"]["pinned_torch"]
    header = [f"| | {' | '.join(f'torch {version}' for version in runs)} |", "| --- |" + " --- |" * len(runs)]
    out = ["## Where and with what it ran", "", *header]
    provenance = [run["provenance"] for run in runs.values()]
    rows = {
        "release": [info["role"] for info in provenance],
        "torchvision": [info["packages"]["torchvision"] or "none" for info in provenance],
        "other packages": ["<br>".join(f"{name} {version}" for name, version in info["packages"].items()
                                       if name not in ("torch", "torchvision")) for info in provenance],
        "Python": [info["python"] for info in provenance],
        "CPU": [f"{info['cpu']}, {info['cpus']} CPUs, {code(info['cpu_capability'])} kernels" for info in provenance],
        "run on": [info["date"] for info in provenance],
    }
    for status in ("clean", "differs", "fails", "not run"):
        rows[f"{MARKS.get(status, '–')} {status}"] = [
            str(sum(entry["status"] == status for entry in run["snippets"].values())) for run in runs.values()]
    out += [f"| {label} | {' | '.join(cells)} |" for label, cells in rows.items()]
    out.append("")
    for version, run in runs.items():
        why = matrix.WHY[run["provenance"]["role"]]
        out += [f"- torch {version}: {note}." for note in [why, *run["provenance"]["notes"]]]
    if (root / gpu_run.RECORD).is_file():
        info = json.loads((root / gpu_run.RECORD).read_text())["provenance"]
        out += [f"- The GPU column: the GPU run of {info['date']}, on an {info['gpu']} with torch {info['torch']}"
                f" (CUDA {info['cuda']}), which runs the snippets that need a GPU."]

    current = {name: matrix.digest(root / name) for name in snippets}
    newer = []  # (snippet, the newest older release it fails on, why)
    for name in snippets:
        entries = {version: run["snippets"].get(name) for version, run in runs.items()}
        if not all(entry and entry["digest"] == current[name] for entry in entries.values()):
            continue
        if pinned in entries and entries[pinned]["status"] in ("clean", "differs"):
            failing = [v for v, entry in entries.items() if release(v) < release(pinned) and entry["status"] == "fails"]
            if failing:
                version = max(failing, key=release)
                newer.append((name, version, why_it_fails(entries[version]["error"], version, pinned)))
    out += ["", "## Snippets that need a newer torch", ""]
    out += ["These run on the pin but fail on an older release, so the torch they need is newer than that one."
            if newer else "Every snippet that runs on the pin runs on the older releases too.", ""]
    out += [f"- {code(name.removeprefix('snippets/'))} needs a torch newer than {version}: {why}"
            for name, version, why in newer]

    pages_in_order = [page for page in titles if page in snippets.values()]
    pages_in_order += sorted(set(snippets.values()) - set(pages_in_order))
    for page in pages_in_order:
        chapter = posixpath.splitext(posixpath.basename(page))[0]
        out += ["", f"## {titles.get(page, page)} {{#{chapter}}}", "", f"On [{titles.get(page, page)}]({page}).", ""]
        names = [name for name, on in snippets.items() if on == page]
        gpu = {name: found[1] for name in names if (found := gpu_verdict(root / name, root))}
        out += [f"| Snippet | {' | '.join(runs)} |{' GPU run |' if gpu else ''}",
                "| --- |" + " --- |" * (len(runs) + bool(gpu))]
        details = []
        for name in names:
            short = name.removeprefix("snippets/")
            cells = []
            for version, run in runs.items():
                entry = run["snippets"].get(name)
                cells.append(matrix_cell(entry, current[name], version, pinned, f"#{chapter}"))
                if entry and entry["digest"] == current[name] and entry["status"] in ("differs", "fails"):
                    kind, body = ("note", entry["diff"]) if entry["status"] == "differs" else ("failure", entry["error"])
                    details += ["", f'??? {kind} "{short} under torch {version}: {entry["status"]}"', "",
                                f"    ```{'diff' if kind == 'note' else 'text'}",
                                *(f"    {line}" for line in body.splitlines()), "    ```"]
            if gpu:
                cells.append(gpu.get(name, ""))
            out.append(f"| {code(short)} | {' | '.join(cells)} |")
        out += details
    return "\n".join(out) + "\n"


def on_page_markdown(markdown, page, config, **kwargs):
    root = Path(config.config_file_path).parent
    if page.file.src_uri == VERSIONS_PAGE:
        return markdown.replace(MATRIX_MARKER, matrix_page(root, config["nav"]))
    # a diff is shown on the matrix page under this page's heading, whose id is this page's name
    diff_link = posixpath.relpath(VERSIONS_PAGE, posixpath.dirname(page.file.src_uri) or ".") + "#" + \
        posixpath.splitext(posixpath.basename(page.file.src_uri))[0]
    runs = matrix.load(root)
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
        if line := matrix_line(path, root, runs, diff_link):
            found.insert(0, line)
        body = "".join("\n" + "\n".join(block.indent + line for line in note.splitlines()) + "\n" for note in found)
        out += [markdown[done : block.end], body]
        done = block.end
    return "".join(out) + markdown[done:]
