import contextlib
import fcntl
import functools
import http.server
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import harness
from tooling import cache, child, chromium, runner

# Cheap checks first, then the snippets, then what needs the built site (which is built
# meanwhile: site_in_background): a broken page fails in seconds, not after the build.
ORDER = ["test_invariants.py", "test_harness.py", "test_cache.py", "test_gpu_run.py", "test_matrix.py", "test_docs.py", "test_walkthroughs.py", "test_browser.py"]


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> lines of snippets under snippets/ from a real run instead of comparing them",
    )
    parser.addoption("--reverse", action="store_true", help="run the tests in reverse order (isolation check)")
    parser.addoption(
        "--fresh",
        action="store_true",
        help="run every snippet, build the site, make the dry GPU run and visit every page again, even where "
        "nothing they read changed since a kept run, and keep none of them",
    )


def pytest_configure(config):
    """In a process that runs tests: the cache's keys before it imports any library, for
    test_cache's check that importing them changes none (the test modules import torch)."""
    if hasattr(config, "workerinput") or not config.getoption("numprocesses", None):
        imported = [name for name in child.PRELOAD if name in sys.modules]
        config.keys_before_imports = {kind: cache.environment(kind) for kind in cache.CODE}, imported
        cache.environment.cache_clear()


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(ORDER)}
    items.sort(key=lambda item: ("site" in item.fixturenames, rank.get(item.path.name, len(ORDER))))
    if config.getoption("--reverse"):
        items.reverse()


# Tests that share one costly result go to one pytest-xdist worker, which makes it while the
# other runs something else: a page's visit (the tests of test_browser.py that take that page as
# their parameter), the home page whose browser has built the search index (the searches: 4 s
# of CPU each time), and the dry GPU run (test_gpu_run.py). xdist's own `xdist_group` marks do
# nothing under pytest 9.2: they rename node ids through an attribute pytest no longer reads.
SEARCHES = ("test_search_finds_the_page", "test_pasted_error_message_finds_its_entry_first")
SHARED = {
    "test_browser.py": lambda test: "the searches" if test.startswith(SEARCHES) else test.partition("[")[2],
    "test_gpu_run.py": lambda test: "the dry run",
}


def group(nodeid: str) -> str:
    """The unit of work a test belongs to: its group, or the test alone."""
    path, _, test = nodeid.partition("::")
    rule = SHARED.get(path.rsplit("/", 1)[-1])
    shared = rule(test) if rule else ""
    return f"{path}::{shared}" if shared else nodeid


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class Groups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return group(nodeid)

    config.option.loadscopereorder = False  # keep ORDER: cheap checks first
    return Groups(config, log)


class Builds:
    """The site builds this process starts, some from a thread: none outlives the test run."""

    def __init__(self):
        self.lock = threading.Lock()
        self.processes: list[subprocess.Popen] = []
        self.threads: list[threading.Thread] = []
        self.ended = False

    def start(self, command: list[str], **options) -> subprocess.Popen | None:
        """The build, in a process group of its own (the kernels and servers it starts go with
        it); None once the run has been cut short."""
        with self.lock:
            if self.ended:
                return None
            self.processes.append(subprocess.Popen(command, start_new_session=True, **options))
            return self.processes[-1]

    def in_background(self, make) -> None:
        def quietly():
            with contextlib.suppress(Exception):  # the site fixture makes it again, and says why
                make()

        self.threads.append(threading.Thread(target=quietly, daemon=True))
        self.threads[-1].start()

    def end(self, cut_short: bool) -> None:
        """Wait for every build (the other worker may be waiting for it), or kill them when the
        run was cut short (an interrupt, -x)."""
        with self.lock:
            self.ended = cut_short
            if cut_short:
                for process in self.processes:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGKILL)
        for thread in self.threads:
            thread.join()
        for process in self.processes:
            process.wait()


BUILDS = Builds()


def pytest_sessionfinish(session, exitstatus):
    runner.SERVER.close()
    cut_short = exitstatus == pytest.ExitCode.INTERRUPTED or bool(session.shouldfail or session.shouldstop)
    BUILDS.end(cut_short)
    if not cut_short:
        SITE.keep()


class Site:
    """The tests' site: copied from the one a passing build kept while nothing it may read has
    changed (cache.SITE, and the executed notebooks test_walkthroughs reads), else built with
    `mkdocs build --strict` and, once the run ends, kept (never with `--fresh`). The cache is
    read and written only from the main thread, before the tests and after them: a test may
    have swapped the cache module's globals for its own meanwhile."""

    def __init__(self):
        self.plan: tuple[bool, Path | None, dict[str, str]] | None = None  # fresh, the kept site, the inputs
        self.built: Path | None = None  # the site this process built, once it passed

    def prepare(self, fresh: bool) -> None:
        if self.plan is None:
            reads = cache.tree_digests(cache.SITE)
            hit = None if fresh else cache.lookup("site", harness.ROOT / "mkdocs.yml")
            walkthroughs = (harness.ROOT / "snippets" / "walkthroughs").glob("*.py")
            self.plan = fresh, hit if hit and all(cache.lookup("notebooks", path) for path in walkthroughs) else None, reads

    def make(self, site_dir: Path) -> str:
        """The site in site_dir: "" if it passed, else what went wrong."""
        problems = harness.page_problems()
        if problems:  # the build would fail on them too, with a less precise message
            return "the site was not built:\n" + "\n".join(problems)
        _, kept, _ = self.plan
        if kept:
            shutil.copytree(kept / "site", site_dir)
            return ""
        build = BUILDS.start(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
            cwd=harness.ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if build is None:
            return "the site was not built: the test run ended first"
        _, stderr = build.communicate()
        if build.returncode == 0:
            self.built = site_dir
            return ""
        # mkdocs's own lines start with their level; a Jupyter kernel's stderr chatter does not.
        problems = [line for line in stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
        return "mkdocs build --strict failed:\n" + "\n".join(problems or [stderr[-3000:]])

    def keep(self) -> None:
        """At the run's end: keep the site this process built, unless an input was edited meanwhile."""
        fresh, _, reads = self.plan or (True, None, {})
        if self.built and not fresh and reads == cache.tree_digests(cache.SITE):
            made = {f"site/{path.relative_to(self.built).as_posix()}": path.read_bytes()
                    for path in self.built.rglob("*") if path.is_file()}
            cache.store("site", harness.ROOT / "mkdocs.yml", reads["mkdocs.yml"], reads, made)


SITE = Site()


@pytest.fixture(scope="session")
def once(tmp_path_factory):
    """once(name, make) -> text: `make()` runs in one test process of this run, under a lock;
    every pytest-xdist worker gets its result (the site build, a page's visit in the browser)."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # this run's folder, common to its workers

    def run(name: str, make) -> str:
        result = shared / f"{name}.result"
        with open(shared / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not result.exists():
                result.write_text(make())
        return result.read_text()

    run.folder = shared
    return run


@pytest.fixture(scope="session", autouse=True)
def site_in_background(request, once):
    """When a test of this run needs the site, its build starts with the run's first test, in a
    thread, and both workers go on with the tests that need no site: else one worker builds
    while the other waits for it, and a core stands idle."""
    if any("site" in item.fixturenames for item in request.session.items):
        SITE.prepare(request.config.getoption("fresh"))
        BUILDS.in_background(lambda: once("site", lambda: SITE.make(once.folder / "site")))


@pytest.fixture(scope="session")
def site(once, pytestconfig) -> Path:
    """The site, built once per test run with `mkdocs build --strict` (or that build's, kept:
    Site), shared by the workers."""
    site_dir = once.folder / "site"
    SITE.prepare(pytestconfig.getoption("fresh"))
    problems = once("site", lambda: SITE.make(site_dir))
    if problems:
        pytest.fail(problems, pytrace=False)
    return site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site: Path) -> str:
    """The built site, served on 127.0.0.1 from a thread."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's, driven by Playwright) for every browser test of a worker."""
    executable = chromium.find()
    if executable is None:
        pytest.skip(f"no Chromium on PATH ({', '.join(chromium.BROWSERS)}): apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed in this Python")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, chromium_sandbox=False, args=chromium.FLAGS
        )
        yield launched
        launched.close()
