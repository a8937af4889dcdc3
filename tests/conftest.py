import os
import subprocess
import sys
from pathlib import Path

import pytest

import harness

os.environ.setdefault("MPLBACKEND", "Agg")  # figures render to files, never to a window


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite every snippet's #> lines from a real run instead of comparing them",
    )


def pytest_configure(config):
    harness.update_outputs = config.getoption("--update-outputs")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test session with `mkdocs build --strict`."""
    site_dir = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=harness.ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        # mkdocs's own lines start with their level; a Jupyter kernel's stderr chatter does not.
        problems = [line for line in build.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
        pytest.fail("mkdocs build --strict failed:\n" + "\n".join(problems or [build.stderr[-3000:]]), pytrace=False)
    return site_dir
