"""A content-keyed cache for what the build makes by running code: executed notebooks, figures.

An entry stays valid only while all of its inputs are unchanged: every project file the run
opened (its own source among them; see child.record_reads) and the versions of Python and of
every installed package. So a stale page is impossible, and an unchanged one is not remade.
"""

import functools
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "runs"
# The code that runs snippets and notebooks for the build is an input of every entry too.
RUNNERS = sorted([*Path(__file__).parent.glob("*.py"), *(ROOT / "docs" / "hooks").glob("*.py")])


@functools.cache
def environment() -> str:
    """A digest of the interpreter, every installed distribution's version, and the code that
    runs snippets and notebooks for the build (this folder and the build hooks)."""
    names = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    text = "\n".join(
        [sys.version, platform.machine(), os.environ.get("ATEN_CPU_CAPABILITY", ""), *names]
        + [f"{path.name} {digest(path)}" for path in RUNNERS]
    )
    return hashlib.sha256(text.encode()).hexdigest()


def digest(path: Path) -> str:
    """A file's content, or a folder's list of names (what a glob over it sees)."""
    if path.is_dir():
        return hashlib.sha256("\n".join(sorted(os.listdir(path))).encode()).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"


def folder(kind: str, source: Path) -> Path:
    return CACHE / kind / Path(os.path.relpath(source.resolve(), ROOT)).as_posix().replace("/", "--")


def lookup(kind: str, source: Path) -> Path | None:
    """The folder of a valid entry for `source`, or None."""
    manifest = folder(kind, source) / "manifest.json"
    if not manifest.is_file():
        return None
    entry = json.loads(manifest.read_text())
    if entry["environment"] != environment():
        return None
    if any(digest(ROOT / path) != known for path, known in entry["reads"].items()):
        return None
    return manifest.parent


def store(kind: str, source: Path, before: str, reads: list[str], files: dict[str, bytes]) -> Path:
    """Keep `files`, made from `source` (whose digest was `before` when the run started)."""
    where = folder(kind, source)
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    for name, content in files.items():
        (where / name).write_bytes(content)
    own = os.path.relpath(source.resolve(), ROOT)
    entry = {"environment": environment(), "reads": {path: digest(ROOT / path) for path in reads} | {own: before}}
    (where / "manifest.json").write_text(json.dumps(entry, indent=1))  # last: it makes the entry valid
    return where
