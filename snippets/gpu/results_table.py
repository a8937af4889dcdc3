import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "docs" / "benchmark-data"  # from snippets/gpu/
lines = []
for path in sorted(DATA.glob("bench-*.json")):
    results = json.loads(path.read_text())
    first, loads = results[0], [r["load_average"] for r in results]
    lines += [
        f"{path.name}: {first['date']}, torch {first['torch']} (CUDA {first['cuda']}), "
        f"NumPy {first['numpy']}, {first['cpus']} CPUs, "
        f"load average {min(loads):.1f} to {max(loads):.1f}",
        *sorted({f"  {r['device']}: {r['device_name']}" for r in results}),
        f"{'benchmark':<17}{'size':>10}{'device':>7}{'mode':>9}{'threads':>8}"
        f"{'median us':>11}{'IQR us':>9}{'blocks':>7}{'rate':>16}",
    ]
    for r in results:
        rate = (f"{r['gflops']:.3g} GFLOP/s" if r["gflops"] is not None
                else f"{r['gbs']:.3g} GB/s" if r["gbs"] is not None else "")
        row = (f"{r['name']:<17}{r['size']:>10}{r['device']:>7}{r['mode']:>9}{r['threads']:>8}"
               f"{r['median_s'] * 1e6:>11.4g}{r['iqr_s'] * 1e6:>9.2g}{r['blocks']:>7}{rate:>16}")
        peak = f" {r['peak_fraction']:.0%}" if r["peak_fraction"] is not None else ""
        lines.append(row.rstrip() + peak)
print("\n".join(lines))
#> bench-cpu.json: 2026-11-22, torch 2.14.1+cu130 (CUDA 13.0), NumPy 2.4.6, 2 CPUs, load average 6.9 to 7.1
#>   cpu: AMD EPYC
#> benchmark              size device     mode threads  median us   IQR us blocks            rate
#> numpy matmul              8    cpu  float32       1      2.803     0.18      4   0.365 GFLOP/s
#> torch matmul              8    cpu  float32       1       3.56     0.39     28   0.288 GFLOP/s
#> numpy matmul             32    cpu  float32       1      5.302     0.47     19    12.4 GFLOP/s
#> torch matmul             32    cpu  float32       1       5.59     0.24     18    11.7 GFLOP/s
#> numpy matmul            128    cpu  float32       1      101.4      1.9     10    41.4 GFLOP/s
#> torch matmul            128    cpu  float32       1         99      2.6     11    42.4 GFLOP/s
#> numpy matmul            512    cpu  float32       1       5761  3.1e+02     18    46.6 GFLOP/s
#> torch matmul            512    cpu  float32       1       5848  2.7e+02     18    45.9 GFLOP/s
#> numpy matmul           2048    cpu  float32       1  3.714e+05  7.7e+03      3    46.3 GFLOP/s
#> torch matmul           2048    cpu  float32       1  3.704e+05    8e+03      3    46.4 GFLOP/s
#> add                    1024    cpu  float32       1      3.267    0.013      4       3.76 GB/s
#> add                   16384    cpu  float32       1      8.219     0.46     13       23.9 GB/s
#> add                  262144    cpu  float32       1      120.6      3.4      9       26.1 GB/s
#> add                 4194304    cpu  float32       1       1729    4e+03    306       29.1 GB/s
#> add                67108864    cpu  float32       1  7.023e+04  3.6e+03     15       11.5 GB/s
#> float32 matmul         1024    cpu  float32       1  4.806e+04  4.2e+03     21    44.7 GFLOP/s
#> tf32 matmul            1024    cpu  float32       1  4.747e+04  3.3e+03     21    45.2 GFLOP/s
#> bfloat16 matmul        1024    cpu bfloat16       1  4.413e+06        0      1   0.487 GFLOP/s
#> randn             100000000    cpu  float32       1  1.263e+06        0      1
#> add_              100000000    cpu  float32       1  6.776e+04  3.8e+03     15       17.7 GB/s
#> regression epoch    1000000    cpu  float32       1  3.333e+04    8e+02      4
