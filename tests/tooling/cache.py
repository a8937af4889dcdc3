"""A content-keyed cache for what is made by running code: the build's executed notebooks and
figures, and the tests' snippet runs, site build, dry GPU run and page visits.

An entry stays valid only while all of its inputs are unchanged: every file the run opened (its
own source among them; see child.record_reads; for a page visit, every file the browser
fetched), the versions of Python and of every installed package, the CPU and the threads, and
the code that made it (CODE: its maker and the tooling that maker imports, no other file). An
unchanged result is not made again; what the key cannot see is listed in README (a file
outside the project, a read by C code), and CI, on a clean clone, starts with no cache.

Builds may run side by side (`make serve` beside `make test`): an entry is written in a
temporary folder beside its place and renamed in whole, and an entry that cannot be read is a
miss, never a crash.
"""

import contextlib
import functools
import glob
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import site
import sys
import tempfile
from pathlib import Path

from tooling import ROOT, chromium, cores

CACHE = ROOT / ".cache" / "runs"
TOOLING = Path(__file__).resolve().parent
TESTS = TOOLING.parent
HOOKS = TOOLING.parents[1] / "docs" / "hooks"
MANIFEST = "manifest.json"
# The code that makes each kind of entry, its maker first: editing it remakes them; editing any
# other file (timings.py, say) does not. test_cache checks each list holds what its maker imports.
RUN = ("__init__.py", "cache.py", "child.py", "chromium.py", "cores.py", "forkserver.py", "headers.py", "runner.py")
CODE = {
    "notebooks": [HOOKS / "notebooks.py", TOOLING / "kernelserver.py",
                  *(TOOLING / name for name in RUN if name not in ("forkserver.py", "runner.py"))],
    "figures": [HOOKS / "figures.py", *(TOOLING / name for name in RUN)],
    "snippets": [TOOLING / "runner.py", *(TOOLING / name for name in RUN), TESTS / "harness.py"],
    "visits": [TESTS / "test_browser.py", *(TOOLING / name for name in ("__init__.py", "cache.py", "chromium.py", "cores.py", "pages.py")),
               TESTS / "conftest.py"],  # it launches the browser and serves the site
    # the tests' `mkdocs build --strict` (the hooks and the tooling they import are among its reads: SITE)
    "site": [TESTS / "conftest.py", *(TOOLING / name for name in RUN)],
    # the tests' dry run of the GPU script (its code is among its reads too: test_gpu_run.DRY_READS)
    "dry-runs": [TESTS / "test_gpu_run.py", *(TOOLING / name for name in (*RUN, "benchmarks.py", "files.py", "gpu_run.py"))],
}
# What `mkdocs build` may read in the project (tree_digests): the tests reuse a site they built
# while every file and folder under these is unchanged.
SITE = ("mkdocs.yml", "requirements.txt", "docs", "snippets", "tests/tooling")
# The environment variables torch, its kernels (oneDNN, MKL, OpenMP), CUDA and Python read; not
# those that importing the libraries sets (torch's compiler, scikit-learn's OpenMP): whether a
# process imported them yet must not change a key.
VARIABLES = ("ATEN_", "DNNL_", "ONEDNN_", "MKL_", "KMP_", "OMP_", "TORCH", "PYTORCH_", "CUDA_", "CUBLAS_", "PYTHON")
SET_ON_IMPORT = ("TORCHINDUCTOR_CACHE_DIR", "KMP_DUPLICATE_LIB_OK", "KMP_INIT_AT_FORK")

# What else an entry of a kind depends on: the threads a snippet's run gets (the build's runs
# get their own share, whatever the tests' workers), the browser that made a visit.
ALSO = {"snippets": lambda: f"threads {cores.per_worker()}", "visits": chromium.identity,
        "site": lambda: f"{chromium.identity()} {_config_variables()}",
        "dry-runs": lambda: f"GPU devices {sorted(glob.glob('/dev/nvidia*'))}"}


def _config_variables() -> list[str]:
    """The environment variables mkdocs.yml reads (`!ENV [SITE_URL, ...]`), with their values."""
    config = ROOT / "mkdocs.yml"
    names = re.findall(r"!ENV\s*\[?\s*([A-Z_][A-Z0-9_]*)", config.read_text()) if config.is_file() else []
    return [f"{name}={os.environ.get(name)}" for name in sorted(set(names))]


def _cpu() -> str:
    """The CPU's model and instruction sets: torch picks its kernels by them."""
    with contextlib.suppress(OSError):
        with open("/proc/cpuinfo") as info:
            return "".join(sorted({line for line in info if line.startswith(("model name", "flags"))}))
    return platform.processor()


@functools.cache
def environment(kind: str) -> str:
    """A digest of the interpreter, every installed distribution's version, the CPU, what else
    this kind depends on (ALSO), the environment variables that steer torch (VARIABLES), and
    the code that makes entries of this kind."""
    # What is installed, not what sys.path shows now: importing setuptools adds its vendored
    # packages to it, and a build that did so late stored entries the next build missed.
    installed = importlib.metadata.distributions(path=site.getsitepackages())
    names = sorted(f"{d.metadata['Name']}=={d.version}" for d in installed)
    text = "\n".join(
        [sys.version, platform.machine(), _cpu(), ALSO.get(kind, str)(), *names]
        + sorted(f"{name}={value}" for name, value in os.environ.items()
                 if name.startswith(VARIABLES) and name not in SET_ON_IMPORT)
        + [f"{path.name} {digest(path)}" for path in CODE[kind]]
    )
    return hashlib.sha256(text.encode()).hexdigest()


def digest(path: Path) -> str:
    """A file's content, or a folder's list of names (what a glob over it sees; not an
    editor's hidden swap file, nor Python's __pycache__)."""
    if path.is_dir():
        names = sorted(name for name in os.listdir(path) if not name.startswith(".") and name != "__pycache__")
        return hashlib.sha256("\n".join(names).encode()).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"


def tree_digests(names: tuple[str, ...], root: Path | None = None) -> dict[str, str]:
    """The digest of `names` and of every file and folder under them but hidden ones and
    __pycache__, by path relative to the project: the reads of a run that may read any of them
    (a folder's digest is its list of names, so a file added to it misses too)."""
    root = root or ROOT
    found = list(names)  # a file, a folder or, until it is made, neither
    for name in names:
        for folder, subfolders, files in os.walk(root / name):
            subfolders[:] = sorted(sub for sub in subfolders if not sub.startswith(".") and sub != "__pycache__")
            found += [os.path.relpath(os.path.join(folder, entry), root)
                      for entry in [*subfolders, *sorted(files)] if not entry.startswith(".")]
    return {path: digest(root / path) for path in found}


def folder(kind: str, source: Path, root: Path | None = None) -> Path:
    return CACHE / kind / Path(os.path.relpath(source.resolve(), root or ROOT)).as_posix().replace("/", "--")


def _valid(kind: str, where: Path, source: Path, root: Path | None) -> bool:
    """Whether `where` holds a whole entry for `source` whose inputs are all unchanged."""
    try:
        entry = json.loads((where / MANIFEST).read_text())
        own = os.path.relpath(source.resolve(), root or ROOT)  # not another source's of the same folder name
        return entry["environment"] == environment(kind) and own in entry["reads"] and all(
            digest((root or ROOT) / path) == known for path, known in entry["reads"].items()
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing, torn or foreign
        return False


def lookup(kind: str, source: Path, root: Path | None = None) -> Path | None:
    """The folder of a valid entry for `source`, or None. `root`: the folder the paths it read
    are relative to (the project's; for a page visit, the built site's)."""
    where = folder(kind, source, root)
    return where if _valid(kind, where, source, root) else None


def store(kind: str, source: Path, before: str, reads: list[str] | dict[str, str], files: dict[str, bytes],
          root: Path | None = None) -> Path:
    """Keep `files` (names may hold folders), made from `source` (whose digest was `before`
    when the run started), and return the entry's folder (another build's, if it stored a
    valid one first). `reads`: the paths the run read, or their digests when it started."""
    root = root or ROOT
    where = folder(kind, source, root)
    where.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=where.parent, prefix=f".{where.name}.", suffix=".new"))
    os.chmod(staging, 0o755)  # as a plain mkdir would make it, not mkdtemp's owner-only
    try:
        for name, content in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_bytes(content)
        own = os.path.relpath(source.resolve(), root)
        if not isinstance(reads, dict):
            reads = {path: digest(root / path) for path in reads}
        reads = reads | {own: before}
        (staging / MANIFEST).write_text(json.dumps({"environment": environment(kind), "reads": reads}, indent=1))
        if _valid(kind, where, source, root):
            return where  # a build beside this one stored it first: keep theirs
        if where.exists():  # a stale or broken entry: move it aside, as a folder replaces only an empty one
            with contextlib.suppress(FileNotFoundError):
                os.rename(where, staging.with_suffix(".old"))
        try:
            os.rename(staging, where)
        except OSError:  # another build renamed its entry in between: keep theirs
            pass
        return where
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(staging.with_suffix(".old"), ignore_errors=True)
