"""`make bench`: run the full-size benchmarks here, save them in docs/benchmark-data/."""

import os
import subprocess
import sys
from pathlib import Path

import torch

HERE = Path(__file__).parent
BENCHMARKS = [  # (snippet, needs a GPU)
    ("matmul_numpy_torch.py", False),
    ("add_bandwidth.py", False),
    ("matmul_precision.py", False),
    ("randn_vs_add.py", False),
    ("linreg_loop.py", False),
    ("cpu_vs_gpu.py", True),
    ("compile_vs_eager.py", True),
]
gpu = torch.cuda.is_available()
DATA = HERE.parents[1] / "docs" / "benchmark-data"
out = DATA / f"bench-{'cuda' if gpu else 'cpu'}.json"
for script, needs_gpu in BENCHMARKS:
    print(script + (" (GPU only)" if needs_gpu else ""))
    #> matmul_numpy_torch.py
    #> add_bandwidth.py
    #> matmul_precision.py
    #> randn_vs_add.py
    #> linreg_loop.py
    #> cpu_vs_gpu.py (GPU only)
    #> compile_vs_eager.py (GPU only)
if sys.argv[1:] == ["--run"]:  # without it (as in the tests) only list them
    out.unlink(missing_ok=True)
    for script, needs_gpu in BENCHMARKS:
        if gpu or not needs_gpu:
            env = {**os.environ, "BENCH_FULL": "1", "BENCH_OUT": str(out)}
            subprocess.run([sys.executable, str(HERE / script)], env=env, check=True)
