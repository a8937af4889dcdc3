"""`make gpu-run` and `make gpu-apply`: what only a GPU machine can run, in one command there,
and the way its results come back to the pages here.

    python tests/tooling/gpu_run.py run OUT [--quick] [--dry]
    python tests/tooling/gpu_run.py apply OUT

`run` needs only the Python standard library and torch (not the test suite's packages), so it
works with whatever `python3` holds torch on the GPU machine. It runs every `# requires: cuda`
snippet as the harness does (a fresh process, warnings as errors, the snippet's time limit) and
every benchmark at full size (`--quick`: at the sizes the tests use), and writes into OUT:

- snippets.json: each snippet's verdict and what it printed and raised, line by line;
- bench-cuda.json: every benchmark result (bench.py's provenance is in each one);
- provenance.json: the GPU, its driver and clocks, CUDA, torch, Python, the date.

`--dry` is for a machine without a GPU: every step runs except the CUDA work itself (the CUDA
snippets fail for want of a GPU, the GPU benchmarks are skipped), so the script is known to
work before a GPU is lent. `apply` refuses a dry or quick run's benchmarks.

`apply` rewrites the `#>` lines of each snippet that ran clean (keeping every old line that
still matches, as `make update-outputs` does), copies bench-cuda.json to docs/benchmark-data/,
and records the run in docs/benchmark-data/gpu-run.json; the build shows that record under
each GPU snippet, and says when its torch was not the pinned one.
"""

import argparse
import ast
import dataclasses
import datetime
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for `tooling`
from tooling import ROOT, benchmarks, headers, runner  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

RECORD = Path("docs") / "benchmark-data" / "gpu-run.json"  # under the project root
SMI_FIELDS = ("name", "driver_version", "pstate", "temperature.gpu", "power.limit",
              "clocks.sm", "clocks.max.sm", "clocks.mem", "clocks.max.mem")


# A fork server of its own: the CUDA snippets import torch alone, and the others' imports would
# cost each GPU run (and the dry run of every `make test`) seconds.
SERVER = runner.ForkServer(preload=("torch",))


def cuda_snippets(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "snippets").rglob("*.py") if headers.parse(p).requires == "cuda")


def code_digest(path: Path) -> str:
    """A digest of a snippet's code, not its #> lines: a run's record stays valid while only
    its outputs are edited (a timing written `...`), and lapses when the code changes."""
    code = [line for line in path.read_text(encoding="utf-8").splitlines() if not headers.OUTPUT.match(line)]
    return hashlib.sha256("\n".join(code).encode()).hexdigest()[:16]


def pinned_torch(root: Path = ROOT) -> str | None:
    found = re.search(r"^torch==(\S+)$", (root / "requirements.txt").read_text(), re.MULTILINE)
    return found[1] if found else None


def nvidia_smi() -> dict | None:
    """The driver, power state, temperature and clocks nvidia-smi reports; None without it."""
    try:
        done = subprocess.run(["nvidia-smi", f"--query-gpu={','.join(SMI_FIELDS)}", "--format=csv,noheader"],
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode or not done.stdout.strip():
        return None
    return dict(zip(SMI_FIELDS, (value.strip() for value in done.stdout.splitlines()[0].split(","))))


def provenance(dry: bool, quick: bool) -> dict:
    import torch

    info = {
        "date": datetime.date.today().isoformat(), "dry_run": dry, "quick": quick,
        "torch": torch.__version__, "pinned_torch": pinned_torch(), "cuda": torch.version.cuda,
        "hip": torch.version.hip, "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "gpu": None, "nvidia_smi": nvidia_smi(),
    }
    if torch.cuda.is_available():
        p = torch.cuda.get_device_properties(0)
        info |= {
            "gpu": torch.cuda.get_device_name(0), "gpu_count": torch.cuda.device_count(),
            "compute_capability": f"{p.major}.{p.minor}", "memory_gib": round(p.total_memory / 2**30, 1),
            "multiprocessors": p.multi_processor_count, "cudnn": torch.backends.cudnn.version(),
        }
    return info


def verdict(path: Path, parsed: headers.Headers, outcome) -> str:
    """"ok" when the run ended as the snippet declares: at its end, or with its last statement
    raising the `raises:` exception (the harness's rule, without its need of pytest)."""
    if outcome.failure:
        return "failed: " + outcome.failure.splitlines()[0]
    if stray := headers.stray_stderr(parsed, outcome.stderr):
        return f"failed: wrote to stderr: {stray[0]}"
    if outcome.raised:
        last = ast.parse(path.read_text(encoding="utf-8")).body[-1]
        line = outcome.raised.line or 0
        if parsed.raises in outcome.raised.names and last.lineno <= line <= last.end_lineno:
            return "ok"
        return "failed: " + outcome.raised.text.splitlines()[-1]
    return f"failed: ran to its end without raising {parsed.raises}" if parsed.raises else "ok"


def run_snippets(root: Path = ROOT) -> dict:
    results = {}
    for path in cuda_snippets(root):
        name = path.relative_to(root).as_posix()
        parsed = headers.parse(path, name)
        start = time.perf_counter()
        outcome = runner.run(path, parsed.timeout, parsed.ranks, server=SERVER)
        results[name] = {
            "verdict": verdict(path, parsed, outcome), "seconds": round(time.perf_counter() - start, 1),
            "code": code_digest(path), "lines": outcome.lines, "failure": outcome.failure, "stderr": outcome.stderr,
            "raised": dataclasses.asdict(outcome.raised) if outcome.raised else None,
        }
        print(f"{name}: {results[name]['verdict']} ({results[name]['seconds']} s)", flush=True)
    return results


def run(out: Path, quick: bool, dry: bool, only: list[str] | None = None) -> int:
    import torch

    if not dry and not torch.cuda.is_available():
        print("no CUDA GPU here (torch.cuda.is_available() is False); use --dry to try the script", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    info = provenance(dry, quick)
    print(f"torch {info['torch']} (CUDA {info['cuda']}) on {info['gpu'] or 'no GPU'}", flush=True)
    write_atomic(out / "provenance.json", json.dumps(info, indent=1) + "\n")  # kept if the run is cut short
    snippets = run_snippets()
    SERVER.close()  # its memory is the benchmarks' now
    write_atomic(out / "snippets.json", json.dumps(snippets, indent=1) + "\n")
    bench = benchmarks.run_all(out / "bench-cuda.json", full=not quick, gpu=not dry, only=only)
    info["nvidia_smi_after"] = nvidia_smi()  # clocks right after the benchmarks: loaded, not idle
    info["benchmarks"] = bench
    info["seconds"] = round(time.perf_counter() - start)
    write_atomic(out / "provenance.json", json.dumps(info, indent=1) + "\n")
    failed = [n for n, r in snippets.items() if r["verdict"] != "ok"] + [
        n for n, v in bench.items() if v.startswith("failed")]
    print(f"{len(snippets) - sum(n in failed for n in snippets)} of {len(snippets)} CUDA snippets ok, "
          f"{sum(v.startswith('ok') for v in bench.values())} of {len(bench)} benchmarks ok, "
          f"{info['seconds']} s; results in {out}")
    return 0 if dry or not failed else 1


def apply(folder: Path, root: Path = ROOT) -> list[str]:
    """Bring a GPU run's results into the project at `root`; return what was done, line by line."""
    import harness  # the test suite's: it needs pytest and Sybil, which the GPU machine may lack

    info = json.loads((folder / "provenance.json").read_text())
    results = json.loads((folder / "snippets.json").read_text())
    if info["dry_run"] and root.resolve() == ROOT:
        raise SystemExit(f"{folder} holds a dry run: nothing in it may reach the pages")
    done, record = [], {"provenance": info, "snippets": {}}
    for name, result in results.items():
        path = root / name
        if result["verdict"] != "ok":
            done.append(f"{name}: not applied, {result['verdict']}")
            continue
        if not path.is_file() or code_digest(path) != result["code"]:
            done.append(f"{name}: not applied, its code changed since the run")
            continue
        snippet = harness.Snippet.load(path)
        raised = result["raised"] and runner.Raised(**result["raised"])
        outcome = runner.Outcome(lines=[tuple(line) for line in result["lines"]], raised=raised)
        changed = write_atomic(path, harness.rewritten(snippet, harness.printed(snippet, outcome)))
        record["snippets"][name] = {"code": result["code"], "seconds": result["seconds"]}
        if result.get("note"):  # how a run departed from the harness's, said on the page
            record["snippets"][name]["note"] = result["note"]
        done.append(f"{name}: {'#> lines rewritten' if changed else 'output unchanged'}")
    bench = folder / "bench-cuda.json"
    if bench.is_file() and not info["dry_run"] and not info["quick"]:
        write_atomic(root / "docs" / "benchmark-data" / "bench-cuda.json", bench.read_bytes())
        done.append("docs/benchmark-data/bench-cuda.json: copied")
    write_atomic(root / RECORD, json.dumps(record, indent=1) + "\n")
    done.append(f"{RECORD.as_posix()}: written")
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the CUDA snippets and the benchmarks into OUT")
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("--quick", action="store_true", help="benchmarks at test sizes (about a minute)")
    run_parser.add_argument("--dry", action="store_true", help="no GPU: every step but the CUDA work")
    run_parser.add_argument("--benchmarks", nargs="+", metavar="SNIPPET", help="only these benchmarks (file names)")
    apply_parser = commands.add_parser("apply", help="bring a run's results into the snippets and the data")
    apply_parser.add_argument("out", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "run":
        return run(arguments.out, arguments.quick, arguments.dry, arguments.benchmarks)
    print("\n".join(apply(arguments.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
