"""Whole-site invariants: no orphan snippet, and a strict build that passes."""

import harness
from harness import ROOT


def test_every_snippet_is_shown_on_a_page():
    missing = harness.orphans()
    assert not missing, "\n".join(missing)


def test_an_orphan_snippet_is_named():
    fixtures = ROOT / "tests" / "fixtures"
    assert harness.orphans(fixtures / "snippets", fixtures / "docs") == [
        "tests/fixtures/snippets/orphan.py:1: no page includes this snippet"
    ]


def test_strict_build_passes(site):
    assert (site / "index.html").is_file()  # the `site` fixture fails with mkdocs's warnings
