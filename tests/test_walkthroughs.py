"""Each walkthrough notebook, checked from the executed notebook the build made (it is run
once per change, by docs/hooks/notebooks.py, never again by the tests)."""

import re

import nbformat
import pytest

from harness import ROOT
from tooling import cache

NOTEBOOKS = sorted((ROOT / "snippets" / "walkthroughs").glob("*.py"))
# the line each notebook prints about its result, and the least value it must reach
RESULTS = {
    "cnn_digits.py": (r"test accuracy: (?P<value>[\d.]+)", lambda value: value > 0.9),
    "transfer_digits.py": (
        r"transfer (?P<value>[\d.]+), from scratch (?P<other>[\d.]+)",
        lambda value, other: min(value, other) > 0.6,
    ),
    "vae_digits.py": (r"test negative ELBO: (?P<value>[\d.]+)", lambda value: value < 35),
}


def test_every_walkthrough_is_checked():
    assert sorted(RESULTS) == [path.name for path in NOTEBOOKS]


def test_every_walkthrough_is_a_page():
    pages = ROOT / "docs" / "walkthroughs"
    for path in NOTEBOOKS:
        link = pages / path.name
        assert link.is_symlink() and link.resolve() == path, f"{link} must link to {path}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_walkthrough_ran_in_the_build_and_reached_its_result(site, path):
    entry = cache.lookup("notebooks", path)
    assert entry, f"{path.name}: the build left no executed notebook that matches its current inputs"
    notebook = nbformat.read(entry / f"{path.stem}.ipynb", as_version=4)
    printed = "\n".join(
        output.get("text", "") for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    )
    pattern, check = RESULTS[path.name]
    found = re.search(pattern, printed)
    assert found, f"{path.name} printed no line matching {pattern!r}:\n{printed}"
    values = {k: float(v) for k, v in found.groupdict().items()}
    assert check(**values), f"{path.name}: {found[0]}"
