import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "docs" / "benchmark-data"  # from snippets/gpu/
MIN_BLOCKS = 5  # as in bench.py: a spread from fewer timed blocks is shown as "-"
lines = []
for path in sorted(DATA.glob("bench-*.json")):
    results = json.loads(path.read_text())
    first, loads = results[0], [r["load_average"] for r in results]
    flags = " ".join(first.get("cpu_flags") or ["none"]) if "cpu_flags" in first else "not recorded"
    lines += [
        f"{path.name}: {first['date']}, torch {first['torch']} (built for CUDA {first['cuda']}), "
        f"NumPy {first['numpy']}, {first['cpus']} CPUs, "
        f"load average {min(loads):.1f} to {max(loads):.1f}",
        *sorted({f"  {r['device']}: {r['device_name']}" for r in results}),
        f"  host CPU kernels: {first.get('cpu_capability', 'not recorded')}, flags: {flags}",
        f"{'benchmark':<17}{'size':>10}{'device':>7}{'mode':>9}{'threads':>8}"
        f"{'median us':>11}{'IQR us':>9}{'blocks':>7}{'rate':>16}",
    ]
    for r in results:
        iqr = f"{r['iqr_s'] * 1e6:.2g}" if r["blocks"] >= MIN_BLOCKS else "-"
        rate = (f"{r['gflops']:.3g} GFLOP/s" if r["gflops"] is not None
                else f"{r['gbs']:.3g} GB/s" if r["gbs"] is not None else "")
        row = (f"{r['name']:<17}{r['size']:>10}{r['device']:>7}{r['mode']:>9}{r['threads']:>8}"
               f"{r['median_s'] * 1e6:>11.4g}{iqr:>9}{r['blocks']:>7}{rate:>16}")
        peak = f" {r['peak_fraction']:.0%}" if r["peak_fraction"] is not None else ""
        lines.append(row.rstrip() + peak)
lines.append(f"IQR -: fewer than {MIN_BLOCKS} blocks, too few for a spread")
print("\n".join(lines))
#> bench-cpu.json: 2026-11-22, torch 2.14.1+cu130 (built for CUDA 13.0), NumPy 2.4.6, 2 CPUs, load average 0.4 to 0.8
#>   cpu: AMD EPYC
#>   host CPU kernels: not recorded, flags: not recorded
#> benchmark              size device     mode threads  median us   IQR us blocks            rate
#> numpy matmul              8    cpu  float32       2      1.349     0.04      8   0.759 GFLOP/s
#> torch matmul              8    cpu  float32       2      1.725   0.0098      6   0.594 GFLOP/s
#> numpy matmul             32    cpu  float32       2      2.511   0.0068     40    26.1 GFLOP/s
#> torch matmul             32    cpu  float32       2      4.644     0.18     22    14.1 GFLOP/s
#> numpy matmul            128    cpu  float32       2      34.08      8.5     27     123 GFLOP/s
#> torch matmul            128    cpu  float32       2      30.81      1.6     32     136 GFLOP/s
#> numpy matmul            512    cpu  float32       2       1545       20      7     174 GFLOP/s
#> torch matmul            512    cpu  float32       2       1510  1.4e+02     64     178 GFLOP/s
#> numpy matmul           2048    cpu  float32       2   9.25e+04  1.5e+03     11     186 GFLOP/s
#> torch matmul           2048    cpu  float32       2  9.877e+04    2e+03     11     174 GFLOP/s
#> add                    1024    cpu  float32       2      1.613    0.027      7       7.62 GB/s
#> add                   16384    cpu  float32       2      3.655    0.063     28       53.8 GB/s
#> add                  262144    cpu  float32       2      25.43      1.3     40        124 GB/s
#> add                 4194304    cpu  float32       2      867.7       32     12         58 GB/s
#> add                67108864    cpu  float32       2  1.923e+04  1.4e+03     52       41.9 GB/s
#> float32 matmul         1024    cpu  float32       2  1.179e+04  1.9e+02      9     182 GFLOP/s
#> tf32 matmul            1024    cpu  float32       2  1.195e+04  6.6e+02      9     180 GFLOP/s
#> bfloat16 matmul        1024    cpu bfloat16       2  2.143e+06        -      1       1 GFLOP/s
#> randn             100000000    cpu  float32       2  6.241e+05        -      2
#> add_              100000000    cpu  float32       2  2.561e+04  1.6e+03     39       46.9 GB/s
#> regression epoch    1000000    cpu  float32       2  1.227e+04  2.2e+02      8
#> IQR -: fewer than 5 blocks, too few for a spread
