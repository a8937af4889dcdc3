"""`make matrix`: every snippet on the pages, run under several torch releases as the harness
runs it, and each verdict stored as data that the pages show under the snippet.

    python tests/tooling/matrix.py [--torch VERSION] [--full]

The releases are RELEASES: the pin in requirements.txt, the newest on PyPI, and an older one
still in wide use. Each gets a virtual environment of its own, .cache/matrix/<version>/, with
that torch, the torchvision made for it where one exists, and the other packages the snippets
import at their pins (a pin that conflicts with that torch is left to pip). Every snippet runs
there as the harness runs it (runner.run, through a fork server started by that environment's
Python): a fresh process, warnings as errors, its own limits. For each release it is

- clean: it ran as it declares and printed what its #> lines say (the harness's matching);
- differs: it ran, but printed something else (a short diff is kept);
- fails: it raised, warned, crashed, timed out or wrote to stderr (the error's last line);
- not run: it needs a GPU, or a package the environment lacks (why is kept).

Each release's verdicts go to docs/matrix-data/torch-<version>.json, with the run's provenance
and a digest of each snippet (its text and the files it `uses`), so a page can tell that a
snippet changed after the matrix ran. Only snippets that are new or changed since run again
(and all of them when the environment's packages changed), unless --full.
"""

import argparse
import ast
import collections
import concurrent.futures
import datetime
import hashlib
import importlib.util
import json
import os
import platform
import queue
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for `tooling`
from tooling import ROOT, cores, gpu_run, headers, pages, runner  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

DATA = Path("docs") / "matrix-data"  # under the project root: torch-<version>.json, one per release
ENVIRONMENTS = ROOT / ".cache" / "matrix"
NEWEST = "2.15.0"  # the newest torch on PyPI when these lines were last brought up to date
OLDER = "2.10.0"
WHY = {  # why each role's release is in the matrix, as the matrix page says it
    "pinned": "the pin in requirements.txt, whose outputs the pages show",
    "newest": "the newest release on PyPI",
    "older": "an older release in wide use: from January 2026, ten months before the pin and five releases"
             " behind the newest, it is what a machine or a course set up a year ago still runs (the GPU host"
             " lent to this project came with 2.11), so it shows which snippets need a recent torch",
}
# Besides torch and torchvision, the packages of requirements.txt that snippets import (or that
# torch imports for them: onnxscript for torch.onnx), not the site's and the tests' tools. A
# snippet that imports one missing here is reported as not run, naming it.
PACKAGES = ("numpy", "scikit-learn", "matplotlib", "threadpoolctl", "safetensors", "onnx", "onnxscript",
            "onnxruntime", "torchao")
# A machine-wide constraints file may cap torch at the pin (this workplace's does); the
# matrix exists to install other releases, so its installs take no constraints but their own.
PIP_ENVIRONMENT = {**os.environ, "PIP_CONSTRAINT": os.devnull}
DIFF_LINES = 12  # of a unified diff kept for "differs": enough to see what changed


def releases(root: Path = ROOT) -> dict[str, str]:
    """{torch version: its role}, the pin first."""
    return {gpu_run.pinned_torch(root): "pinned", NEWEST: "newest", OLDER: "older"}


def load(root: Path = ROOT) -> dict[str, dict]:
    """The stored runs, {version: {"provenance": ..., "snippets": {snippet: entry}}}, in the
    order of `releases` (the pin first); a release that has not run yet is left out."""
    files = {version: root / DATA / f"torch-{version}.json" for version in releases(root)}
    return {version: json.loads(file.read_text()) for version, file in files.items() if file.is_file()}


def pins(root: Path = ROOT) -> dict[str, str]:
    """requirements.txt's `name==version` lines, as {name: version}."""
    found = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (root / "requirements.txt").read_text(), re.MULTILINE)
    return {name.lower(): version for name, version in found}


def included(root: Path = ROOT) -> dict[str, str]:
    """{snippet: page} for every snippet a page includes, in page order."""
    found = {}
    for page in sorted((root / "docs").rglob("*.md")):
        for block in pages.python_blocks(page.read_text(encoding="utf-8")):
            if block.include and (root / block.include).is_file():
                found.setdefault(block.include, page.relative_to(root / "docs").as_posix())
    return found


def digest(path: Path) -> str:
    """What a verdict depends on in the project: the snippet's text (its #> lines included,
    since they decide clean or differs) and each sibling file it `uses`."""
    text = path.read_text(encoding="utf-8")
    uses = headers.parse(path).uses
    text += "".join((path.parent / name).read_text(encoding="utf-8") for name in uses if (path.parent / name).is_file())
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def imports(path: Path) -> set[str]:
    """The top-level modules a snippet and the siblings it `uses` import."""
    found = set()
    for file in [path] + [path.parent / name for name in headers.parse(path).uses]:
        if not file.is_file():
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.partition(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.partition(".")[0])
    return found


def verdict(path: Path, outcome: runner.Outcome) -> dict:
    """How a run fared against the snippet: clean, differs (with a short diff) or fails (with
    the error's last line). The rules are the harness's: gpu_run.verdict for how it ended,
    harness.compare for what it printed."""
    import harness  # the test suite's (pytest, Sybil): this process's, not the release's

    ended = gpu_run.verdict(path, headers.parse(path), outcome)
    if ended != "ok":
        return {"status": "fails", "error": ended.removeprefix("failed: ")}
    snippet = harness.Snippet.load(path)
    try:
        harness.compare(snippet, harness.printed(snippet, outcome))
    except harness.SnippetError as error:
        summary, _, diff = str(error).partition("\n")
        lines = (diff or summary).splitlines()
        if len(lines) > DIFF_LINES:
            lines = lines[:DIFF_LINES] + [f"... {len(lines) - DIFF_LINES} more lines"]
        return {"status": "differs", "diff": "\n".join(lines)}
    return {"status": "clean"}


def not_run(path: Path, missing: dict[str, str]) -> str | None:
    """Why a snippet cannot run in an environment that lacks the modules in `missing`
    ({module: why}); None if it can."""
    if headers.parse(path).requires == "cuda":
        return "needs a GPU"
    lacking = sorted(imports(path) & missing.keys())
    return missing[lacking[0]] if lacking else None


def judge(path: Path, missing: dict[str, str], server: runner.ForkServer | None = None,
          threads: int | None = None) -> dict:
    """A snippet's verdict in the environment whose fork server is `server` (this process's by
    default) and that lacks the modules in `missing`."""
    if reason := not_run(path, missing):
        return {"status": "not run", "reason": reason}
    parsed, start = headers.parse(path), time.perf_counter()
    outcome = runner.run(path, parsed.timeout, parsed.ranks, threads=threads, server=server)
    if outcome.failure and outcome.failure.startswith("not run: "):  # the server failed, not the snippet
        raise SystemExit(f"{path}: {outcome.failure}")
    return verdict(path, outcome) | {"seconds": round(time.perf_counter() - start, 1)}


def pip(python: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-m", "pip", *arguments], env=PIP_ENVIRONMENT, capture_output=True, text=True)


def request(version: str, root: Path = ROOT) -> dict[str, str]:
    """What the environment for torch `version` asks pip for, {package: requirement}: that
    torch, its torchvision, and PACKAGES at their pins."""
    pinned = pins(root)
    if version == gpu_run.pinned_torch(root):
        torchvision = f"torchvision=={pinned['torchvision']}"
    else:  # torchvision 0.N+15 is made for torch 2.N (0.25 for 2.10); pip takes its newest patch
        torchvision = f"torchvision==0.{int(version.split('.')[1]) + 15}.*"
    return {"torch": f"torch=={version}", "torchvision": torchvision,
            **{name: f"{name}=={pinned[name]}" for name in PACKAGES}}


def build(version: str, folder: Path, wanted: dict[str, str]) -> list[str]:
    """Make the environment in `folder` for torch `version` from `wanted` (see `request`);
    return what departs from it (no torchvision release, pins pip had to drop), for the provenance."""
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)  # without the system's site-packages
    python, notes = folder / "bin" / "python", []
    torchvision, others = wanted["torchvision"], {k: v for k, v in wanted.items() if k not in ("torch", "torchvision")}
    while True:
        done = pip(python, "install", "--quiet", wanted["torch"], *([torchvision] if torchvision else []),
                   *others.values())
        if done.returncode == 0:
            return notes
        if torchvision and f"No matching distribution found for {torchvision}" in done.stderr:
            notes.append(f"no torchvision release for torch {version} ({torchvision} is not on PyPI)")
            torchvision = None
            continue
        conflict = re.search(r"The conflict is caused by:\n(.*?)\n\n", done.stderr, re.DOTALL)
        dropped = [name for name, spec in others.items()
                   if "==" in spec and conflict and re.search(rf"\b{re.escape(name)}\b", conflict[1], re.IGNORECASE)]
        if not dropped:
            raise SystemExit(f"pip could not make the environment for torch {version}:\n{done.stderr[-3000:]}")
        notes.append(f"unpinned (their pins conflict with torch {version}): {', '.join(dropped)}")
        others |= {name: name for name in dropped}


PROBE = """
import importlib.metadata, importlib.util, json, platform, sys
import torch
modules, packages = json.loads(sys.argv[1]), json.loads(sys.argv[2])

def version(name):
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None

print(json.dumps({
    "torch": torch.__version__, "python": platform.python_version(),
    "cpu_capability": torch.backends.cpu.get_cpu_capability(),
    "packages": {name: version(name) for name in packages},
    "missing": [module for module in modules if importlib.util.find_spec(module) is None],
}))
"""


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    names = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE) if cpuinfo.is_file() else []
    return names[0].strip() if names else platform.processor() or platform.machine()


def environment(version: str, role: str, modules: set[str], root: Path = ROOT) -> tuple[Path, dict]:
    """The environment for `version`, made again when what it asks pip for changed (a pin),
    and its provenance: what it holds, the CPU, and which of `modules` it lacks."""
    folder, wanted = ENVIRONMENTS / version, request(version, root)
    stamp = folder / "matrix-environment.json"  # written last: an interrupted build has none
    if not stamp.is_file() or json.loads(stamp.read_text())["request"] != wanted:
        start = time.perf_counter()
        print(f"torch {version}: making its environment in {folder}", flush=True)
        notes = build(version, folder, wanted)
        size = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True).stdout.split("\t")[0]
        print(f"torch {version}: environment made in {time.perf_counter() - start:.0f} s, {size}", flush=True)
        write_atomic(stamp, json.dumps({"request": wanted, "notes": notes}, indent=1) + "\n")
    python = folder / "bin" / "python"
    probe = subprocess.run([str(python), "-c", PROBE, json.dumps(sorted(modules)), json.dumps(list(wanted))],
                           capture_output=True, text=True, check=True)
    info = json.loads(probe.stdout)
    info |= {"role": role, "pinned_torch": gpu_run.pinned_torch(root), "cpu": cpu_model(), "cpus": os.cpu_count(),
             "machine": platform.machine(), "notes": json.loads(stamp.read_text())["notes"]}
    return python, info


def missing_reasons(info: dict, version: str) -> dict[str, str]:
    """{module: why a snippet that imports it is not run} for the modules the environment lacks."""
    return {module: (f"no torchvision release for torch {version}" if module == "torchvision"
                     else f"needs {module}, which this environment lacks") for module in info["missing"]}


def run_release(version: str, role: str, full: bool, root: Path = ROOT) -> dict:
    """Bring docs/matrix-data/torch-<version>.json up to date; return its counts by status."""
    # The modules a snippet may need from its environment: those this process (the pinned
    # suite's) can import that are not part of Python; a snippet's own siblings are neither.
    modules = {module for path in included(root) for module in imports(root / path)
               if module not in sys.stdlib_module_names and importlib.util.find_spec(module)}
    python, info = environment(version, role, modules, root)
    snippets = included(root)  # again: the pages may have changed while the environment was made
    out = root / DATA / f"torch-{version}.json"
    saved = json.loads(out.read_text()) if out.is_file() else {"provenance": {}, "snippets": {}}
    same = {key: saved["provenance"].get(key) for key in ("torch", "python", "packages")} == {
        key: info[key] for key in ("torch", "python", "packages")}
    results = {name: entry for name, entry in saved["snippets"].items() if name in snippets and same and not full}
    stale = [name for name in snippets if results.get(name, {}).get("digest") != digest(root / name)]
    print(f"torch {version} ({role}): {len(stale)} of {len(snippets)} snippets to run", flush=True)
    missing = missing_reasons(info, version)
    info["date"] = datetime.date.today().isoformat()
    provenance = info if stale else saved["provenance"]  # the latest run's

    def save() -> None:
        ordered = {name: results[name] for name in snippets if name in results}
        write_atomic(out, json.dumps({"provenance": provenance, "snippets": ordered}, indent=1, ensure_ascii=False)
                     + "\n")

    # A cache of compiled kernels per release: inductor's would be shared between releases.
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(ENVIRONMENTS / version / "inductor")
    at_once, threads = cores.share(len(stale) or 1)
    servers = queue.Queue()
    for _ in range(at_once):
        servers.put(runner.ForkServer(str(python)))

    def one(name: str) -> dict | None:
        if not (root / name).is_file():  # removed while the matrix ran: the next run drops it
            return None
        server = servers.get()
        try:
            return {"digest": digest(root / name)} | judge(root / name, missing, server, threads)
        finally:
            servers.put(server)

    pool = concurrent.futures.ThreadPoolExecutor(at_once)
    try:
        futures = {pool.submit(one, name): name for name in stale}
        for future in concurrent.futures.as_completed(futures):
            name = futures[future]
            if (result := future.result()) is None:
                continue
            results[name] = result
            shown = results[name].get("error") or results[name].get("reason") or ""
            print(f"torch {version}: {name}: {results[name]['status']} {shown}".rstrip(), flush=True)
            save()  # after each: an interrupted run keeps what it did
    finally:  # on a failure or an interrupt: the runs under way end, the rest never start
        pool.shutdown(cancel_futures=True)
        while not servers.empty():
            servers.get().close()
    save()  # also when nothing ran: a snippet that no page includes any more is dropped
    return collections.Counter(entry["status"] for entry in results.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--torch", action="append", choices=list(releases()), help="only this release (repeatable)")
    parser.add_argument("--full", action="store_true", help="run every snippet, not only those new or changed")
    arguments = parser.parse_args()
    for version, role in releases().items():
        if not arguments.torch or version in arguments.torch:
            counts = run_release(version, role, arguments.full)
            print(f"torch {version}: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
