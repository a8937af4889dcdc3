# stderr: No CUDA runtime is found
"""Time a call correctly and report it with everything needed to compare runs.

Other benchmark snippets do `from bench import measure, sizes`: copy this file next to them.
BENCH_FULL=1 runs full sizes for longer with every thread (BENCH_THREADS=n sets the count).
Each result is a dict; `make bench` collects them into docs/benchmark-data/.
"""

import datetime
import os
import platform
from pathlib import Path

import numpy as np
import torch
from torch.utils.benchmark import Measurement, Timer

FULL = os.environ.get("BENCH_FULL") == "1"
MIN_RUN_TIME = 1.0 if FULL else 0.02  # seconds of timed calls per measurement
# One thread in the tests, and where BENCH_THREADS=1: steadier on a machine others share.
THREADS = int(os.environ.get("BENCH_THREADS", torch.get_num_threads() if FULL else 1))
MIN_BLOCKS = 5  # a spread (IQR) from fewer timed blocks is not worth reporting
# CPU extensions that decide float32 and bfloat16 speed (x86, then ARM), named as in /proc/cpuinfo
CPU_FLAGS = {"avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16", "asimd", "sve", "bf16"}

# Dense datasheet peaks: TFLOP/s per matmul mode, TB/s of memory bandwidth. NVIDIA's
# datasheets quote tensor-core TF32/BF16 "with sparsity", which is twice the dense figure.
PEAKS = {
    # NVIDIA H100 Tensor Core GPU datasheet, H100 SXM column (nvidia.com/en-us/data-center/h100)
    "NVIDIA H100 80GB HBM3": {"float32": 67, "tf32": 494.5, "bfloat16": 989.5, "bandwidth": 3.35},
    # same datasheet, H100 PCIe column
    "NVIDIA H100 PCIe": {"float32": 51, "tf32": 378, "bfloat16": 756.5, "bandwidth": 2.0},
    # NVIDIA H200 Tensor Core GPU datasheet, H200 SXM column (nvidia.com/en-us/data-center/h200)
    "NVIDIA H200": {"float32": 67, "tf32": 494.5, "bfloat16": 989.5, "bandwidth": 4.8},
    # NVIDIA A100 Tensor Core GPU datasheet, 80GB SXM column (nvidia.com/en-us/data-center/a100)
    "NVIDIA A100-SXM4-80GB": {"float32": 19.5, "tf32": 156, "bfloat16": 312, "bandwidth": 2.039},
}


def sizes(small: list, full: list) -> list:
    return full if FULL else small


def cpu_flags() -> list[str] | None:
    """Which of CPU_FLAGS this CPU has (None where there is no /proc/cpuinfo, as on macOS)."""
    cpuinfo = Path("/proc/cpuinfo")
    if not cpuinfo.is_file():
        return None
    lines = cpuinfo.read_text().splitlines()
    words = {w for line in lines if line.startswith(("flags", "Features")) for w in line.split()}
    return sorted(CPU_FLAGS & words)


def device_name(device: torch.device) -> str:
    """The accelerator's name (CUDA, ROCm and XPU report one), or the host CPU's model."""
    backend = getattr(torch, device.type, None)
    if device.type != "cpu" and hasattr(backend, "get_device_name"):
        return backend.get_device_name(device)
    if device.type != "cpu":  # MPS names no device: say which kind it is
        return f"{device.type} device of {platform.machine()}"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def ceiling(device: torch.device, mode: str) -> tuple[float, float, bool]:
    """(FLOP/s, bytes/s, from a datasheet?): no honest result can exceed these."""
    peak = PEAKS.get(device_name(device), {})
    if mode in peak:
        return peak[mode] * 1e12, peak["bandwidth"] * 1e12, True
    if device.type == "cuda":  # unknown NVIDIA or AMD GPU: limits from its properties
        p = torch.cuda.get_device_properties(device)
        bandwidth = 2 * p.memory_clock_rate * 1e3 * p.memory_bus_width / 8
        return p.multi_processor_count * p.clock_rate * 1e3 * 8192, bandwidth, False
    if device.type != "cpu":  # another accelerator: no limit known, so none is checked
        return float("inf"), float("inf"), False
    # A CPU core: at most 5 GHz x 1024 FLOP (AMX bfloat16) or 192 bytes of L1 traffic per cycle.
    return os.cpu_count() * 5e9 * 1024, os.cpu_count() * 5e9 * 192, False


def fp32_precision(device: torch.device) -> str:
    """The setting that lets this device's float32 matmuls run in lower precision."""
    if device.type == "cuda":
        return torch.backends.cuda.matmul.fp32_precision  # "tf32": tensor cores
    if device.type == "cpu":
        return torch.backends.mkldnn.matmul.fp32_precision  # oneDNN: "bf16" or "tf32" where supported
    return torch.get_float32_matmul_precision()  # the one global setting other backends read


def matmul_mode(device: torch.device, dtype: torch.dtype) -> str:
    """float32 matmuls run as TF32 on a CUDA GPU when the precision setting allows it."""
    tf32 = device.type == "cuda" and fp32_precision(device) == "tf32"
    return "tf32" if dtype == torch.float32 and tf32 else str(dtype).removeprefix("torch.")


def measure(name: str, size: int, fn, *, device: torch.device, dtype: torch.dtype = torch.float32,
            flops: float = 0, bytes_moved: float = 0, threads: int | None = None) -> dict:
    """Median and IQR of fn() over at least MIN_RUN_TIME, plus throughput and provenance."""
    threads = threads or THREADS
    # blocked_autorange warms up, then times blocks of calls; on an accelerator it synchronizes
    # the device before each clock reading, so the time is the work, not the launch.
    # Timer's num_threads defaults to 1: pass the count you mean to measure.
    timer = Timer("fn()", globals={"fn": fn}, num_threads=threads)
    m = timer.blocked_autorange(min_run_time=MIN_RUN_TIME)
    while len(m.times) < MIN_BLOCKS:  # a slow call fits few blocks in MIN_RUN_TIME: add more
        more = timer.timeit(m.number_per_run).raw_times
        m = Measurement(m.number_per_run, m.raw_times + more, m.task_spec)
    mode = matmul_mode(device, dtype)
    result = {
        "name": name, "size": size, "device": device.type, "device_name": device_name(device),
        "dtype": str(dtype).removeprefix("torch."), "mode": mode, "threads": threads,
        "median_s": m.median, "iqr_s": m.iqr, "blocks": len(m.times),
        "calls_per_block": m.number_per_run,
        "gflops": flops / m.median / 1e9 if flops else None,
        "gbs": bytes_moved / m.median / 1e9 if bytes_moved else None, "peak_fraction": None,
        "torch": torch.__version__, "cuda": torch.version.cuda, "numpy": np.__version__,
        "matmul_fp32_precision": fp32_precision(device),
        "date": datetime.date.today().isoformat(), "full": FULL, "cpus": os.cpu_count(),
        # other work on the machine slows a CPU result (no load average on Windows)
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        # the host CPU's kernels and extensions: bfloat16 is fast with avx512_bf16 or amx_bf16
        "cpu_capability": torch.backends.cpu.get_cpu_capability(), "cpu_flags": cpu_flags(),
    }
    max_flops, max_bytes, datasheet = ceiling(device, mode)
    # A GPU's ceiling is its memory's bandwidth; data that stays in its L2 cache can beat it.
    cached = device.type == "cuda" and bytes_moved <= 2 * torch.cuda.get_device_properties(device).L2_cache_size
    for key, limit in (("gflops", max_flops), ("gbs", max_bytes)):
        if result[key] is not None and not (key == "gbs" and cached):
            check(f"{name} {size}", result[key] * 1e9, limit, result["device_name"])
            if datasheet:
                result["peak_fraction"] = result[key] * 1e9 / limit
    return result


def check(label: str, rate: float, limit: float, name: str) -> None:
    """Fail a rate faster than the hardware: that is how a missing synchronize shows."""
    if rate > limit:
        raise RuntimeError(f"{label}: {rate / 1e9:.0f} G/s is more than the {limit / 1e9:.0f} G/s"
                           f" that {name} can do; was the device synchronized?")


def show(result: dict) -> str:
    """One line: median, spread, and the rate, with the fraction of peak when known."""
    spread = (f"IQR {result['iqr_s'] * 1e6:.2g}" if result["blocks"] >= MIN_BLOCKS
              else "too few blocks for a spread")
    line = (f"{result['name']} {result['size']}: {result['median_s'] * 1e6:.4g} us "
            f"({spread}, {result['blocks']} blocks of calls)")
    if result["gflops"] is not None:
        line += f" {result['gflops']:.3g} GFLOP/s"
    if result["gbs"] is not None:
        line += f" {result['gbs']:.3g} GB/s"
    if result["peak_fraction"] is not None:
        line += f", {result['peak_fraction']:.0%} of peak"
    return line


if __name__ == "__main__":
    device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
    torch.manual_seed(0)
    x = torch.randn(256, 256, device=device)
    r = measure("matmul", 256, lambda: x @ x, device=device, flops=2 * 256**3)
    print(show(r))
    #> matmul 256: ... us (IQR ..., ... blocks of calls) ... GFLOP/s...
    print(sorted(r))  # what every result records
    #> ['blocks', 'calls_per_block', 'cpu_capability', 'cpu_flags', 'cpus', 'cuda', 'date', 'device', 'device_name', 'dtype', 'full', 'gbs', 'gflops', 'iqr_s', 'load_average', 'matmul_fp32_precision', 'median_s', 'mode', 'name', 'numpy', 'peak_fraction', 'size', 'threads', 'torch']
