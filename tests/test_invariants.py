"""Whole-site invariants: no orphan snippet, and a strict build that passes."""

import os
import subprocess
import sys

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


def test_strict_build_passes(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    # mkdocs's own lines start with their level; a Jupyter kernel's stderr chatter does not.
    problems = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert build.returncode == 0, "mkdocs build --strict failed:\n" + "\n".join(problems or [build.stderr])
