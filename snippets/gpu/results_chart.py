# figure: bench_results.svg
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

matplotlib.rcParams["svg.hashsalt"] = "bench"  # same data, same SVG bytes
DATA = Path(__file__).resolve().parents[2] / "docs" / "benchmark-data"  # from snippets/gpu/
results = [r for path in sorted(DATA.glob("bench-*.json")) for r in json.loads(path.read_text())]
if not results:  # copied out of the repository: say so rather than draw empty axes
    raise SystemExit(f"no benchmark data in {DATA}: run this file from a clone of the site")

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
panels = ((left, ("numpy matmul", "torch matmul", "float32 matmul", "matmul"), "gflops", "matrix side n", "GFLOP/s"),
          (right, ("add",), "gbs", "elements N", "GB/s"))
for ax, names, key, xlabel, ylabel in panels:
    for name in names:
        for device in sorted({r["device_name"] for r in results if r["name"] == name}):  # one line per machine
            points = sorted((r["size"], r[key]) for r in results
                            if r["name"] == name and r["device_name"] == device)
            ax.plot(*zip(*points), marker="o", label=f"{name}, {device}")
    ax.set(xscale="log", yscale="log", xlabel=xlabel, ylabel=ylabel)
    ax.legend(fontsize="x-small")
    ax.grid(True, which="both", alpha=0.3)
left.set_title("matrix multiply: per-call overhead, then BLAS")
right.set_title("c = a + b: caches, then memory")
fig.tight_layout()
fig.savefig("bench_results.svg", metadata={"Date": None})
