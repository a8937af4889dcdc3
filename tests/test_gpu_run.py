"""`make gpu-run DRY=1`: the GPU run works end to end before a GPU is lent, and its way back
(`make gpu-apply`) rewrites only what a clean run printed and records where it ran."""

import json
import shutil
import subprocess
import sys

import pytest

from harness import ROOT
from tooling import cache, gpu_run

sys.path.insert(0, str(ROOT / "docs" / "hooks"))
import snippet_notes  # noqa: E402

SOME = ["add_bandwidth.py", "cpu_vs_gpu.py"]


DRY_READS = ("requirements.txt", "snippets", "tests/tooling")  # what a dry run may read


@pytest.fixture(scope="session")
def dry(once, pytestconfig):
    """One dry, quick run of the whole script, as `make gpu-run DRY=1 QUICK=1` makes it, shared
    by the test workers; of the benchmarks, one that runs on a CPU and one that needs a GPU
    (each is a fresh interpreter, and they all take the same path). A run that passed is kept
    while nothing it may read changed (not `--fresh`)."""
    out = once.folder / "gpu-dry-run"
    script = ROOT / "tests" / "tooling" / "gpu_run.py"

    def run() -> str:
        fresh = pytestconfig.getoption("fresh")
        hit = None if fresh else cache.lookup("dry-runs", script)
        if hit:
            shutil.copytree(hit / "out", out)
            return (hit / "stdout.txt").read_text()
        reads = cache.tree_digests(DRY_READS)
        done = subprocess.run([sys.executable, str(script), "run", str(out),
                               "--quick", "--dry", "--benchmarks", *SOME], capture_output=True, text=True, timeout=600)
        stdout = f"exit {done.returncode}\n{done.stdout}{done.stderr}"
        if not fresh and done.returncode == 0 and reads == cache.tree_digests(DRY_READS):
            made = {f"out/{path.name}": path.read_bytes() for path in out.iterdir()}
            cache.store("dry-runs", script, reads[script.relative_to(ROOT).as_posix()], reads,
                        {"stdout.txt": stdout.encode(), **made})
        return stdout

    stdout = once("gpu-dry-run", run)
    assert stdout.startswith("exit 0\n"), stdout
    return out, stdout


def test_dry_run_tries_every_cuda_snippet_and_says_why_each_failed(dry):
    out, stdout = dry
    results = json.loads((out / "snippets.json").read_text())
    assert sorted(results) == [p.relative_to(ROOT).as_posix() for p in gpu_run.cuda_snippets()]
    assert len(results) >= 7
    for name, result in results.items():  # no GPU: even a snippet that declares `raises:` fails early
        assert result["verdict"].startswith("failed: "), (name, result["verdict"])
        assert f"{name}: failed" in stdout
    assert f"0 of {len(results)} CUDA snippets ok" in stdout


def test_dry_run_runs_the_cpu_benchmarks_and_records_provenance(dry):
    out, _ = dry
    info = json.loads((out / "provenance.json").read_text())
    assert info["dry_run"] and info["quick"] and info["gpu"] is None
    assert info["pinned_torch"] == "2.14.1" and info["torch"].startswith(info["pinned_torch"])
    assert {name: verdict.split(" (")[0] for name, verdict in info["benchmarks"].items()} == {
        name: "skipped: needs a GPU" if gpu else "ok" for name, gpu in gpu_run.benchmarks.BENCHMARKS if name in SOME}
    results = json.loads((out / "bench-cuda.json").read_text())
    assert results and all(r["device"] == "cpu" and r["full"] is False for r in results)


def test_a_dry_run_never_reaches_the_pages(dry):
    with pytest.raises(SystemExit, match="dry run"):
        gpu_run.apply(dry[0])


@pytest.fixture
def copy(tmp_path):
    """A project of its own: the snippets, the benchmark data and the pins."""
    shutil.copytree(ROOT / "snippets", tmp_path / "snippets")
    shutil.copytree(ROOT / "docs" / "benchmark-data", tmp_path / "docs" / "benchmark-data")
    shutil.copy(ROOT / "requirements.txt", tmp_path)
    return tmp_path


def test_apply_rewrites_a_clean_run_and_records_it(dry, copy, tmp_path_factory):
    out = tmp_path_factory.mktemp("edited")
    shutil.copytree(dry[0], out, dirs_exist_ok=True)
    results = json.loads((out / "snippets.json").read_text())
    query = "snippets/gpu/cuda_query.py"  # what it printed before it failed, taken as a clean run
    results[query].update(verdict="ok", raised=None)
    assert results[query]["lines"] == [[4, "False 0"]]
    (out / "snippets.json").write_text(json.dumps(results))

    done = gpu_run.apply(out, copy)
    assert f"{query}: #> lines rewritten" in done
    assert any(line.startswith("snippets/gpu/mixed_devices.py: not applied, failed: ") for line in done)
    lines = (copy / query).read_text().splitlines()
    assert lines[lines.index("print(torch.cuda.is_available(), torch.cuda.device_count())") + 1] == "#> False 0"
    assert not any(line.startswith("#> NVIDIA") for line in lines)  # its old lines, not printed, are gone
    record = json.loads((copy / gpu_run.RECORD).read_text())
    assert list(record["snippets"]) == [query]
    assert record["snippets"][query]["code"] == gpu_run.code_digest(copy / query)
    # a quick or dry run's benchmarks are not results: the published file is untouched
    assert (copy / "docs/benchmark-data/bench-cuda.json").read_bytes() == (
        ROOT / "docs/benchmark-data/bench-cuda.json").read_bytes()
    assert f"{query}: output unchanged" in gpu_run.apply(out, copy)  # a second apply changes nothing


def test_the_page_says_where_a_gpu_output_was_printed_and_when_it_lapsed(copy):
    record = json.loads((copy / gpu_run.RECORD).read_text())
    name = next(iter(record["snippets"]))
    note = snippet_notes.gpu_note(copy / name, copy)
    info = record["provenance"]
    assert note.startswith('!!! info "Output from a GPU run"') and info["gpu"] in note and info["date"] in note
    assert ("not the pin" in note) == (info["torch"].split("+")[0] != info["pinned_torch"])
    (copy / name).write_text((copy / name).read_text().replace("#> ", "#>  "))  # outputs edited: still valid
    assert snippet_notes.gpu_note(copy / name, copy).startswith('!!! info "Output from a GPU run"')
    (copy / name).write_text((copy / name).read_text() + "print()\n")  # code edited: lapsed
    assert snippet_notes.gpu_note(copy / name, copy).startswith('!!! warning "Edited since its GPU run"')
