"""`make bench`: run the benchmark snippets at full size and store every result, with its
provenance, in docs/benchmark-data/bench-<device>.json (the results page reads it).

Each benchmark is the snippet a reader sees, run with BENCH_FULL=1 in a fresh interpreter with
warnings as errors (`python -W error`); this script only collects what its `measure` calls
return, so no snippet writes files. `gpu_run.py` runs the same collection on a GPU machine.
"""

import contextlib
import json
import os
import runpy
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for `tooling`
from tooling import ROOT  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

GPU = ROOT / "snippets" / "gpu"
BENCHMARKS = [  # (snippet, needs a GPU)
    ("matmul_numpy_torch.py", False),
    ("add_bandwidth.py", False),
    ("matmul_precision.py", False),
    ("randn_vs_add.py", False),
    ("linreg_loop.py", False),
    ("cpu_vs_gpu.py", True),
    ("compile_vs_eager.py", True),
]
LIMIT = 300  # seconds for one benchmark at full size: a hang, not a slow machine


def collect(script: Path, out: Path) -> None:
    """Run one benchmark snippet in this process, appending what `bench.measure` returns."""
    sys.path.insert(0, str(script.parent))
    import bench

    measure, results = bench.measure, []

    def recorded(*args, **kwargs):
        results.append(measure(*args, **kwargs))
        return results[-1]

    bench.measure = recorded
    runpy.run_path(str(script), run_name="__main__")
    saved = json.loads(out.read_text()) if out.is_file() else []
    write_atomic(out, json.dumps(saved + results, indent=1) + "\n")


def run_all(out: Path, full: bool, gpu: bool, only: list[str] | None = None) -> dict[str, str]:
    """Every benchmark (or those named in `only`; the GPU-only ones only where `gpu`) into
    `out`: {snippet: verdict}."""
    out.unlink(missing_ok=True)
    verdicts = {}
    for name, needs_gpu in BENCHMARKS:
        if only and name not in only:
            continue
        if needs_gpu and not gpu:
            verdicts[name] = "skipped: needs a GPU"
        else:
            env = {**os.environ, "BENCH_FULL": "1" if full else "0", "PYTHONUNBUFFERED": "1"}
            command = [sys.executable, "-W", "error", __file__, str(GPU / name), str(out)]
            start = time.perf_counter()
            process = subprocess.Popen(command, env=env, cwd=GPU, stderr=subprocess.PIPE, text=True,
                                       start_new_session=True)  # its compile workers die with it
            try:
                _, stderr = process.communicate(timeout=LIMIT)
                lines = stderr.strip().splitlines()
                verdicts[name] = "ok" if process.returncode == 0 else f"failed: {lines[-1] if lines else process.returncode}"
            except subprocess.TimeoutExpired:
                verdicts[name] = f"failed: timed out after {LIMIT} s"
            finally:  # also on an interrupt
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            verdicts[name] += f" ({time.perf_counter() - start:.0f} s)"
        print(f"{name}: {verdicts[name]}", flush=True)
    return verdicts


def main() -> None:
    import torch

    gpu = torch.cuda.is_available()
    out = ROOT / "docs" / "benchmark-data" / f"bench-{'cuda' if gpu else 'cpu'}.json"
    verdicts = run_all(out, full=True, gpu=gpu)
    if any(verdict.startswith("failed") for verdict in verdicts.values()):
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) == 3:
        collect(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        main()
