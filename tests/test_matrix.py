"""The torch version matrix (`make matrix`): how a run is classified, the line the pages show
under a snippet, and that the committed data covers every snippet. The matrix itself is not run
here: it needs an environment per torch release."""

import json
import shutil
import sys

import pytest
import yaml

from harness import ROOT
from tooling import matrix

sys.path.insert(0, str(ROOT / "docs" / "hooks"))
import snippet_notes  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "snippets"


@pytest.mark.parametrize(
    ("fixture", "status", "detail"),
    [
        ("passes", "clean", None),
        ("raises", "clean", None),  # a declared error of the last statement is its output
        ("drifts", "differs", "+tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])"),
        ("warns", "fails", "DeprecationWarning: this API is deprecated"),
        ("raises_too_early", "fails", "RuntimeError: The size of tensor a (2) must match the size of tensor b (3)"
                                      " at non-singleton dimension 0"),
        ("needs_cuda", "not run", "needs a GPU"),
        ("unseeded", "not run", "no numpy here"),  # the environment lacks a module it imports
    ],
)
def test_a_run_is_clean_differs_fails_or_not_run(fixture, status, detail):
    verdict = matrix.judge(FIXTURES / f"{fixture}.py", {"numpy": "no numpy here"})
    assert verdict["status"] == status, verdict
    shown = verdict.get("diff") or verdict.get("error") or verdict.get("reason")
    if status == "differs":
        assert detail in shown.splitlines() and "-tensor([0.0000, 0.2500, 0.5000, 0.7500, 2.0000])" in shown
    else:
        assert shown == detail


@pytest.mark.parametrize(
    ("error", "version", "why"),
    [
        ("AttributeError: module 'torch' has no attribute 'accelerator'", "2.10.0", "`torch.accelerator` is newer"),
        ("AttributeError: module 'torch.nn' has no attribute 'RMSNorm'", "2.15.0", "`torch.nn.RMSNorm` was removed"),
        ("AttributeError: 'Tensor' object has no attribute 'mT'", "2.10.0", "`Tensor.mT` is newer"),
        ("ImportError: cannot import name 'Muon' from 'torch.optim' (/x/torch/optim/__init__.py)", "2.10.0",
         "`torch.optim.Muon` is newer"),
        ("ModuleNotFoundError: No module named 'torch.nn.attention.varlen'", "2.10.0",
         "`torch.nn.attention.varlen` is newer"),
        ("TypeError: load() got an unexpected keyword argument 'mmap'", "2.10.0", "`load(mmap=)` is newer"),
        ("FutureWarning: `x` is deprecated. Use `y`.", "2.15.0", "``FutureWarning: `x` is deprecated``"),
        ("timed out after 30 s of CPU time", "2.10.0", "timed out after 30 s of CPU time"),
        ("wrote to stderr: 100%|####| 3/3", "2.10.0", "writes to stderr: `100%|####| 3/3`"),
        ("wrote to stderr: W1204 20:03:03.592000 10749 torch/onnx/_registration.py:107] torchvision is not"
         " installed.", "2.15.0", "writes to stderr: `torchvision is not installed.`"),
    ],
)
def test_a_failure_is_said_in_a_few_words(error, version, why):
    assert snippet_notes.why_it_fails(error, version, "2.14.1") == why


@pytest.fixture
def project(tmp_path):
    """A project of its own: one page with three snippets, the pin, and a matrix of three releases."""
    (tmp_path / "snippets" / "demo").mkdir(parents=True)
    for name in ("clean", "gpu", "edited"):
        shutil.copy(FIXTURES / ("needs_cuda.py" if name == "gpu" else "passes.py"),
                    tmp_path / "snippets" / "demo" / f"{name}.py")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "demo.md").write_text("".join(
        f'```python\n--8<-- "snippets/demo/{name}.py"\n```\n\n' for name in ("clean", "gpu", "edited")))
    (tmp_path / "requirements.txt").write_text("torch==2.14.1\n")
    digest = matrix.digest(tmp_path / "snippets" / "demo" / "clean.py")
    verdicts = {
        "2.14.1": {"status": "clean"},
        "2.15.0": {"status": "differs", "diff": "--- #> lines\n+++ printed\n-1\n+2"},
        "2.10.0": {"status": "fails", "error": "AttributeError: module 'torch' has no attribute 'accelerator'"},
    }
    for version, role in matrix.releases(tmp_path).items():
        provenance = {"role": role, "notes": [], "pinned_torch": "2.14.1", "torch": version,
                      "python": "3.11.7", "packages": {"torch": version, "torchvision": None}, "cpu": "a CPU",
                      "cpus": 2, "cpu_capability": "AVX512", "date": "2026-12-04"}
        snippets = {
            "snippets/demo/clean.py": {"digest": digest} | verdicts[version],
            "snippets/demo/gpu.py": {"digest": matrix.digest(tmp_path / "snippets/demo/gpu.py"), "status": "not run",
                                     "reason": "needs a GPU"},
            "snippets/demo/edited.py": {"digest": digest, "status": "clean"},
        }
        (tmp_path / matrix.DATA).mkdir(parents=True, exist_ok=True)
        (tmp_path / matrix.DATA / f"torch-{version}.json").write_text(
            json.dumps({"provenance": provenance, "snippets": snippets}))
    with open(tmp_path / "snippets" / "demo" / "edited.py", "a") as edited:
        edited.write("print()\n")
    return tmp_path


def line(project, name: str) -> str:
    runs = matrix.load(project)
    return snippet_notes.matrix_line(project / "snippets" / "demo" / name, project, runs, "versions.md#demo")


def test_the_line_under_a_snippet_says_how_each_release_fared(project):
    assert line(project, "clean.py") == (
        "torch 2.14.1 ✓ · 2.15.0 ≠ [output differs](versions.md#demo) · 2.10.0 ✗ `torch.accelerator` is newer"
        "\n{: .torch-matrix }")
    assert line(project, "gpu.py") == "torch 2.14.1, 2.15.0, 2.10.0 not run (needs a GPU)\n{: .torch-matrix }"
    # edited after the matrix ran: no ✓ is claimed for it
    assert line(project, "edited.py") == (
        "torch 2.14.1, 2.15.0, 2.10.0 changed since the matrix ran\n{: .torch-matrix }")
    (project / matrix.DATA / "torch-2.15.0.json").unlink()
    assert line(project, "clean.py").startswith("torch 2.14.1 ✓ · 2.10.0 ✗")
    shutil.rmtree(project / matrix.DATA)
    assert line(project, "clean.py") is None


def test_the_matrix_page_lists_each_chapter_and_what_needs_a_newer_torch(project):
    page = snippet_notes.matrix_page(project, [{"Demo": "demo.md"}])
    assert "- `demo/clean.py` needs a torch newer than 2.10.0: `torch.accelerator` is newer" in page
    assert "## Demo {#demo}" in page
    assert "| `demo/clean.py` | ✓ | ≠ [output differs](#demo) | ✗ `torch.accelerator` is newer |" in page
    assert '??? note "demo/clean.py under torch 2.15.0: differs"' in page and "    +2" in page
    assert f"- torch 2.10.0: {matrix.WHY['older']}." in page


def test_the_committed_matrix_is_for_these_pages():
    """Each release has its file; each entry is a snippet a page shows, and a snippet not run
    says why. A snippet newer than the matrix is allowed: its line says "not in the matrix yet"
    until `make matrix` runs (it needs the three environments, about 20 GB), not a failure."""
    runs = matrix.load()
    assert list(runs) == list(matrix.releases()), "run `make matrix` for the missing releases"
    shown = set(matrix.included())
    problems = [
        f"{name}:1: torch {version}: "
        + ("no page shows it (rerun `make matrix` to drop it)" if name not in shown else f"not run, and no reason given: {entry}")
        for version, run in runs.items()
        for name, entry in run["snippets"].items()
        if name not in shown or entry["status"] == "not run" and not entry.get("reason")
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_ci_runs_the_matrix_for_each_release():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())
    assert workflow["jobs"]["matrix"]["strategy"]["matrix"]["torch"] == list(matrix.releases())
