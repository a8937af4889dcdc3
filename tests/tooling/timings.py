"""`make timings`: the author's loop, measured. Prints a Markdown table.

- `make test` (its pytest part): fresh (`--fresh`: every snippet run, every page visited, as
  on a clean clone), with an empty cache, warm (nothing changed since), and after one snippet
  is edited; the five slowest tests of the fresh run and the wall time of each torchrun snippet;
- a cold `mkdocs build --strict` (empty cache) and a warm one;
- under `mkdocs serve`, the time from saving an edit (a page, a snippet) to the new page.

Machines differ in speed by a factor of about 2.5, so each figure is also given as a multiple
of `python -c "import torch"`, timed in the same run: that ratio is what holds across machines.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tooling import ROOT  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PATH": f"{BIN}:{os.environ.get('PATH', '')}"}


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=ENV)
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return time.perf_counter() - start, done.stdout


def edit_to_page(url: str, path: Path, marker: str, edit) -> float:
    """Seconds from saving `edit(path text)` to `marker` being served at `url`."""
    original = path.read_text()
    try:
        start = time.perf_counter()
        write_atomic(path, edit(original))  # an interrupt leaves the author's file whole
        while time.perf_counter() - start < 120:
            with urllib.request.urlopen(url) as response:
                if marker in response.read().decode():
                    return time.perf_counter() - start
            time.sleep(0.1)
        return float("inf")
    finally:
        write_atomic(path, original)


def serve_times() -> list[tuple[str, float]]:
    server = subprocess.Popen(
        [BIN / "mkdocs", "serve", "--dev-addr", "127.0.0.1:8765"], cwd=ROOT, env=ENV,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):  # the first build
            try:
                urllib.request.urlopen("http://127.0.0.1:8765/losses/")
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(2)
        page = edit_to_page(
            "http://127.0.0.1:8765/losses/", ROOT / "docs" / "losses.md", "timing-marker-1",
            lambda text: text + "\ntiming-marker-1\n",
        )
        snippet = edit_to_page(
            "http://127.0.0.1:8765/losses/", ROOT / "snippets" / "losses" / "l1_mse.py", "timing_marker_2",
            lambda text: text + "# timing_marker_2\n",
        )
        return [("serve: a page edit shows", page), ("serve: a snippet edit shows", snippet)]
    finally:
        server.terminate()
        server.wait()


def import_torch() -> float:
    """Seconds `python -c "import torch"` takes: the median of three, after one run that
    brings the files into memory (as they are for every figure measured here)."""
    command = [str(BIN / "python"), "-c", "import torch"]
    timed(command)
    return statistics.median(timed(command)[0] for _ in range(3))


def table(rows: list[tuple[str, float]], slowest: list[tuple[str, str, str]], unit: float) -> str:
    """The figures in seconds and in multiples of `unit` (one `import torch`)."""
    lines = [f"`import torch` took {unit:.2f} s on this machine: the unit of the last column.\n",
             "| What | Seconds | Times `import torch` |", "| --- | --- | --- |"]
    lines += [f"| {what} | {value:.1f} | {value / unit:.1f} |" for what, value in rows]
    lines.append("\nSlowest tests:\n")
    lines += [f"- {value} s ({float(value) / unit:.1f} x import torch, {phase}) {test}" for value, phase, test in slowest]
    return "\n".join(lines)


def pytest(*options: str) -> tuple[float, str]:
    return timed([str(BIN / "python"), "-m", "pytest", "-n", "2", "-p", "no:cacheprovider", *options])


def main() -> None:
    unit = import_torch()
    rows = []
    seconds, output = pytest("--fresh", "--durations=0")
    rows.append(("make test, fresh (every snippet run, every page visited)", seconds))
    durations = re.findall(r"^(\d+\.\d+)s (call|setup|teardown)\s+(.+)$", output, re.MULTILINE)
    for value, phase, test in durations:  # the launched snippets, by their own line
        found = re.search(r"(snippets/\S+\.py)\]$", test)
        if phase == "call" and found and "# launch: torchrun" in (ROOT / found[1]).read_text():
            rows.append((f"torchrun snippet {found[1]} (fresh)", float(value)))
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)  # as after a change to the runner
    rows.append(("make test, empty cache (it stores what passes)", pytest()[0]))
    rows.append(("make test, warm (nothing changed)", pytest()[0]))
    edited = ROOT / "snippets" / "losses" / "l1_mse.py"
    original = edited.read_text()
    try:
        write_atomic(edited, original + "# timing edit\n")
        rows.append(("make test, after one snippet's edit", pytest()[0]))
    finally:
        write_atomic(edited, original)
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)
    rows.append(("cold mkdocs build --strict", timed([str(BIN / "mkdocs"), "build", "--strict", "-q"])[0]))
    rows.append(("warm mkdocs build --strict", timed([str(BIN / "mkdocs"), "build", "--strict", "-q"])[0]))
    rows += serve_times()
    print(table(rows, durations[:5], unit))


if __name__ == "__main__":
    main()
