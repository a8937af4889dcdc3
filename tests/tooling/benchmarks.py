"""`make bench`: run the benchmark snippets at full size and store every result, with its
provenance, in docs/benchmark-data/bench-<device>.json (the results page reads it).

Each benchmark is the snippet a reader sees, run with BENCH_FULL=1; this script only collects
what its `measure` calls return, so no snippet writes files.
"""

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
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
    out.write_text(json.dumps(saved + results, indent=1) + "\n")


def main() -> None:
    import torch

    gpu = torch.cuda.is_available()
    out = ROOT / "docs" / "benchmark-data" / f"bench-{'cuda' if gpu else 'cpu'}.json"
    out.unlink(missing_ok=True)
    for name, needs_gpu in BENCHMARKS:
        if needs_gpu and not gpu:
            print(f"{name}: skipped, needs a GPU")
            continue
        print(name, flush=True)
        env = {**os.environ, "BENCH_FULL": "1"}
        subprocess.run([sys.executable, __file__, str(GPU / name), str(out)], env=env, check=True, cwd=GPU)


if __name__ == "__main__":
    if len(sys.argv) == 3:
        collect(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        main()
