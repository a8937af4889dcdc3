"""Each walkthrough notebook (jupytext percent format) also runs as a plain snippet."""

import re

import pytest

import harness
from harness import ROOT, SnippetError

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
def test_walkthrough_runs(path):
    try:
        printed = "\n".join(text for _, text in harness.run(harness.Snippet.load(path)))
    except SnippetError as failure:
        printed, message = None, str(failure)
    if printed is None:
        pytest.fail(message, pytrace=False)  # outside `except`: no chained traceback
    pattern, check = RESULTS[path.name]
    found = re.search(pattern, printed)
    assert found, f"{path.name} printed no line matching {pattern!r}:\n{printed}"
    values = {k: float(v) for k, v in found.groupdict().items()}
    assert check(**values), f"{path.name}: {found[0]}"
