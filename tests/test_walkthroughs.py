"""Each walkthrough notebook, checked from the executed notebook the build made (it is run
once per change, by docs/hooks/notebooks.py, never again by the tests)."""

import re

import nbformat
import pytest

from harness import ROOT
from tooling import cache

NOTEBOOKS = sorted((ROOT / "snippets" / "walkthroughs").glob("*.py"))


def _table_row(task: str, key: str) -> str:
    """A row of transfer_digits.py's last table: four mean accuracies, then on how many of the 10
    draws the frozen and the fine-tuned pre-trained network beat the one trained from scratch."""
    means = "".join(rf"\s+(?P<{key}_{column}>[\d.]+)" for column in ("frozen", "tuned", "random", "scratch"))
    return rf"{re.escape(task)}{means}\s+(?P<{key}_frozen_wins>\d+), (?P<{key}_tuned_wins>\d+) of 10"


def _transfer_conclusions(**v: float) -> bool:
    """What transfer.md concludes from the table, in the direction it claims.

    New classes: the pre-trained network, frozen or fine-tuned, does no better than training from
    scratch (it wins at most half the draws, and its mean is not above scratch's by more than
    0.01), and its frozen features do no better than random ones (the same margin). The same
    classes on other images: both beat training from scratch, on at least 8 of the 10 draws and
    on average."""
    no_better = (
        v["new_frozen_wins"] <= 5
        and v["new_tuned_wins"] <= 5
        and max(v["new_frozen"], v["new_tuned"]) <= v["new_scratch"] + 0.01
        and v["new_frozen"] <= v["new_random"] + 0.01
    )
    beats = (
        v["same_frozen_wins"] >= 8
        and v["same_tuned_wins"] >= 8
        and min(v["same_frozen"], v["same_tuned"]) > v["same_scratch"]
    )
    trained = min(v[f"{key}_scratch"] for key in ("new", "same")) > 0.6  # the baseline learned something
    return no_better and beats and trained


# the line(s) each notebook prints about its result, and what they must show
RESULTS = {
    "cnn_digits.py": (r"test accuracy: (?P<value>[\d.]+)", lambda value: value > 0.9),
    "transfer_digits.py": (
        _table_row("0-4 -> 5-9, 3 labels per class", "new")
        + r"\n"
        + _table_row("all ten, half -> other half, 1 label per class", "same"),
        _transfer_conclusions,
    ),
    "vae_digits.py": (r"test loss \(negative ELBO, [^)]*\): (?P<value>[\d.]+)", lambda value: value < 35),
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
