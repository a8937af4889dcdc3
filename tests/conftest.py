import os
import subprocess
import sys
from pathlib import Path

import pytest

import harness

# Cheap checks first, then the snippets, then what needs the built site: a broken page fails
# in seconds, not after the build.
ORDER = ["test_invariants.py", "test_harness.py", "test_cache.py", "test_docs.py", "test_walkthroughs.py", "test_browser.py"]


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> lines of snippets under snippets/ from a real run instead of comparing them",
    )
    parser.addoption("--reverse", action="store_true", help="run the tests in reverse order (isolation check)")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(ORDER)}
    items.sort(key=lambda item: rank.get(item.path.name, len(ORDER)))
    if config.getoption("--reverse"):
        items.reverse()
    for item in items:  # under pytest-xdist --dist loadgroup, one worker builds the site once
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("site"))


def pytest_sessionfinish(session):
    harness.SERVER.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test process with `mkdocs build --strict`."""
    problems = harness.page_problems()
    if problems:  # the build would fail on them too, with a less precise message
        pytest.fail("the site was not built:\n" + "\n".join(problems), pytrace=False)
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
