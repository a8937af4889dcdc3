import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "docs" / "benchmark-data"  # from snippets/gpu/
MIN_BLOCKS = 5  # as in bench.py: a spread from fewer timed blocks is shown as "-"
paths = sorted(DATA.glob("bench-*.json"))
if not paths:  # copied out of the repository: say so rather than print an empty table
    raise SystemExit(f"no benchmark data in {DATA}: run this file from a clone of the site")
gpu_run = json.loads((DATA / "gpu-run.json").read_text())["provenance"] if (DATA / "gpu-run.json").is_file() else None
lines = []
for path in paths:
    results = json.loads(path.read_text())
    first, loads = results[0], [r["load_average"] for r in results]
    flags = " ".join(first.get("cpu_flags") or ["none"]) if "cpu_flags" in first else "not recorded"
    lines += [
        f"{path.name}: {first['date']}, torch {first['torch']} (built for CUDA {first['cuda']}), "
        f"NumPy {first['numpy']}, {first['cpus']} CPUs, "
        f"load average {min(loads):.1f} to {max(loads):.1f}",
        *sorted({f"  {r['device']}: {r['device_name']}" for r in results}),
        f"  host CPU kernels: {first.get('cpu_capability', 'not recorded')}, flags: {flags}",
    ]
    if path.name == "bench-cuda.json" and gpu_run:  # the GPU machine, as the GPU run recorded it
        smi = gpu_run["nvidia_smi_after"] or {}
        lines.append(f"  GPU: driver {smi.get('driver_version')}, SM clock {smi.get('clocks.sm')} of"
                     f" {smi.get('clocks.max.sm')} after the run, compute capability {gpu_run['compute_capability']},"
                     f" site's pinned torch {gpu_run['pinned_torch']}")
    lines.append(f"{'benchmark':<17}{'size':>10}{'device':>7}{'mode':>9}{'threads':>8}"
                 f"{'median us':>11}{'IQR us':>9}{'blocks':>7}{'rate':>18}")
    for r in results:
        iqr = f"{r['iqr_s'] * 1e6:.2g}" if r["blocks"] >= MIN_BLOCKS else "-"
        rate = (f"{r['gflops']:.3g} GFLOP/s" if r["gflops"] is not None
                else f"{r['gbs']:.3g} GB/s" if r["gbs"] is not None else "")
        row = (f"{r['name']:<17}{r['size']:>10}{r['device']:>7}{r['mode']:>9}{r['threads']:>8}"
               f"{r['median_s'] * 1e6:>11.4g}{iqr:>9}{r['blocks']:>7}{rate:>18}")
        peak = f" {r['peak_fraction']:.0%}" if r["peak_fraction"] is not None else ""
        lines.append(row.rstrip() + peak)
lines.append(f"IQR -: fewer than {MIN_BLOCKS} blocks, too few for a spread")
print("\n".join(lines))
#> bench-cpu.json: 2026-12-04, torch 2.14.1+cu130 (built for CUDA 13.0), NumPy 2.4.6, 2 CPUs, load average 2.2 to 3.4
#>   cpu: AMD EPYC
#>   host CPU kernels: AVX512, flags: avx2 avx512_bf16 avx512f
#> benchmark              size device     mode threads  median us   IQR us blocks              rate
#> numpy matmul              8    cpu  float32       2     0.8752    0.021     12      1.17 GFLOP/s
#> torch matmul              8    cpu  float32       2      1.096     0.13      9     0.934 GFLOP/s
#> numpy matmul             32    cpu  float32       2      1.796     0.81     49      36.5 GFLOP/s
#> torch matmul             32    cpu  float32       2      3.071    0.066     33      21.3 GFLOP/s
#> numpy matmul            128    cpu  float32       2      25.07      1.5     40       167 GFLOP/s
#> torch matmul            128    cpu  float32       2      27.28      1.6     37       154 GFLOP/s
#> numpy matmul            512    cpu  float32       2       1213       30      9       221 GFLOP/s
#> torch matmul            512    cpu  float32       2       1337       29     72       201 GFLOP/s
#> numpy matmul           2048    cpu  float32       2  7.649e+04  2.1e+03     13       225 GFLOP/s
#> torch matmul           2048    cpu  float32       2  9.211e+04  5.2e+03     11       187 GFLOP/s
#> add                    1024    cpu  float32       2      1.521    0.099      7         8.08 GB/s
#> add                   16384    cpu  float32       2      2.145     0.48     45         91.7 GB/s
#> add                  262144    cpu  float32       2       18.4      1.3      6          171 GB/s
#> add                 4194304    cpu  float32       2      793.2       50     13         63.5 GB/s
#> add                67108864    cpu  float32       2  2.323e+04  1.2e+03     44         34.7 GB/s
#> float32 matmul         1024    cpu  float32       2  1.197e+04       43      9       179 GFLOP/s
#> tf32 matmul            1024    cpu  float32       2  1.228e+04  4.2e+02      9       175 GFLOP/s
#> bfloat16 matmul        1024    cpu bfloat16       2       2867  1.1e+02     35       749 GFLOP/s
#> randn             100000000    cpu  float32       2  6.182e+05  1.4e+05      5
#> add_              100000000    cpu  float32       2  2.466e+04  6.8e+02     41         48.7 GB/s
#> regression epoch    1000000    cpu  float32       2       7629    9e+02     14
#> bench-cuda.json: 2026-12-04, torch 2.11.0+cu130 (built for CUDA 13.0), NumPy 2.5.2, 16 CPUs, load average 1.1 to 2.9
#>   cpu: Intel(R) Xeon(R) Processor
#>   cuda: NVIDIA H200
#>   host CPU kernels: AVX512, flags: amx_bf16 amx_tile avx2 avx512_bf16 avx512f
#>   GPU: driver 580.159.04, SM clock 1980 MHz of 1980 MHz after the run, compute capability 9.0, site's pinned torch 2.14.1
#> benchmark              size device     mode threads  median us   IQR us blocks              rate
#> numpy matmul              8    cpu  float32      16      1.777    0.036      6     0.576 GFLOP/s
#> torch matmul              8    cpu  float32      16      3.176     0.11      5     0.322 GFLOP/s
#> numpy matmul             32    cpu  float32      16      2.991    0.048      5      21.9 GFLOP/s
#> torch matmul             32    cpu  float32      16      2.179     0.28      5      30.1 GFLOP/s
#> numpy matmul            128    cpu  float32      16      32.02      3.8     31       131 GFLOP/s
#> torch matmul            128    cpu  float32      16      14.46      3.7   5889       290 GFLOP/s
#> numpy matmul            512    cpu  float32      16      336.6       11      5       797 GFLOP/s
#> torch matmul            512    cpu  float32      16      282.4       82    321       950 GFLOP/s
#> numpy matmul           2048    cpu  float32      16  1.729e+04  8.9e+02      6       994 GFLOP/s
#> torch matmul           2048    cpu  float32      16  1.435e+04    1e+03     70   1.2e+03 GFLOP/s
#> add                    1024   cuda  float32      16      6.715     0.33     15         1.83 GB/s
#> add                   16384   cuda  float32      16      8.921      1.8     13           22 GB/s
#> add                  262144   cuda  float32      16      9.391      3.1     13          335 GB/s
#> add                 4194304   cuda  float32      16      13.14    0.004      8     3.83e+03 GB/s
#> add                67108864   cuda  float32      16        187    0.057      6     4.31e+03 GB/s 90%
#> float32 matmul         8192   cuda  float32      16   2.17e+04       32     47  5.07e+04 GFLOP/s 76%
#> tf32 matmul            8192   cuda     tf32      16       3191       85      5  3.45e+05 GFLOP/s 70%
#> bfloat16 matmul        8192   cuda bfloat16      16       1689       57    592  6.51e+05 GFLOP/s 66%
#> randn             100000000    cpu  float32      16  6.687e+05  6.7e+04      5
#> add_              100000000    cpu  float32      16       9987  3.1e+02     11          120 GB/s
#> regression epoch    1000000   cuda  float32      16        638    2e+02   1612
#> add                67108864    cpu  float32      16  1.015e+04  1.6e+02     10         79.4 GB/s
#> matmul                 4096    cpu  float32      16  1.275e+05  4.8e+03      8  1.08e+03 GFLOP/s
#> add                67108864   cuda  float32      16      187.1    0.019      6      4.3e+03 GB/s 90%
#> matmul                 4096   cuda  float32      16       2739       58    365  5.02e+04 GFLOP/s 75%
#> eager gelu         67108864   cuda  float32      16       1150     0.18      9          467 GB/s 10%
#> compiled gelu      67108864   cuda  float32      16      129.4     0.14      8     4.15e+03 GB/s 86%
#> F.gelu             67108864   cuda  float32      16        129    0.065      8     4.16e+03 GB/s 87%
#> IQR -: fewer than 5 blocks, too few for a spread
