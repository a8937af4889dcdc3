"""The build's cache can never serve a stale figure or notebook, and survives damage and
builds side by side."""

import ast
import importlib.util
import os
import threading
from pathlib import Path

import pytest

from tooling import ROOT, cache, cores, files

READS = ["snippets/data.json", "snippets"]  # a file the snippet opened, a folder it listed


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project root of its own, with a snippet that reads a data file."""
    monkeypatch.setattr(cache, "ROOT", tmp_path)
    monkeypatch.setattr(cache, "CACHE", tmp_path / ".cache")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "chart.py").write_text("print(open('data.json').read())\n")
    (tmp_path / "snippets" / "data.json").write_text("[1, 2]")
    source = tmp_path / "snippets" / "chart.py"
    environment = cache.environment
    environment.cache_clear()  # tests below pretend to edit the code it digests
    cache.store("figures", source, cache.digest(source), READS, {"chart.svg": b"<svg/>"})
    yield source
    environment.cache_clear()


def test_an_unchanged_entry_is_served(project):
    assert (cache.lookup("figures", project) / "chart.svg").read_bytes() == b"<svg/>"


def test_a_changed_source_misses(project):
    project.write_text(project.read_text() + "# edited\n")
    assert cache.lookup("figures", project) is None


def test_a_changed_file_it_read_misses(project):
    (project.parent / "data.json").write_text("[1, 3]")
    assert cache.lookup("figures", project) is None


def test_a_deleted_file_it_read_misses(project):
    (project.parent / "data.json").unlink()
    assert cache.lookup("figures", project) is None


def test_a_file_added_to_a_folder_it_listed_misses(project):
    (project.parent / "more.json").write_text("[3]")
    assert cache.lookup("figures", project) is None


def test_another_package_version_misses(project, monkeypatch):
    monkeypatch.setattr(cache, "environment", lambda kind: "torch==99")
    assert cache.lookup("figures", project) is None


def test_a_run_records_the_project_files_it_read(tmp_path):
    from tooling import runner

    snippet = ROOT / "snippets" / "gpu" / "results_chart.py"  # globs docs/benchmark-data/, reads its JSON
    outcome = runner.run(snippet, 60)
    assert "snippets/gpu/results_chart.py" in outcome.reads
    assert "docs/benchmark-data" in outcome.reads, outcome.reads
    assert any(path.startswith("docs/benchmark-data/bench-") for path in outcome.reads), outcome.reads


# Only the code that made an entry is its input.


def pretend_edited(monkeypatch, path: Path) -> None:
    """As if the real file `path` had been edited (it is not touched)."""
    real = cache.digest
    monkeypatch.setattr(cache, "digest", lambda p: "edited" if Path(p) == path else real(p))
    cache.environment.cache_clear()


@pytest.mark.parametrize("edited, kept", [
    (cache.TOOLING / "timings.py", True),
    (cache.TOOLING / "screenshots.py", True),
    (cache.HOOKS / "notebooks.py", True),
    (cache.HOOKS / "figures.py", False),
    (cache.TOOLING / "runner.py", False),
    (cache.TOOLING / "cache.py", False),
], ids=lambda value: value.name if isinstance(value, Path) else ("kept" if value else "remade"))
def test_a_figure_is_remade_only_when_its_own_code_changes(project, monkeypatch, edited, kept):
    assert edited.is_file()
    pretend_edited(monkeypatch, edited)
    assert (cache.lookup("figures", project) is not None) == kept


def tooling_imported(path: Path, seen: set[Path]) -> set[Path]:
    """The tooling modules `path` imports, directly or through other tooling modules."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "tooling":
            names = [node.module.split(".")[1]] if "." in node.module else [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".")[1] for alias in node.names if alias.name.startswith("tooling.")]
        else:
            continue
        for name in names:
            module = cache.TOOLING / f"{name}.py"
            if module.is_file() and module not in seen:
                seen.add(module)
                tooling_imported(module, seen)
    return seen


@pytest.mark.parametrize("kind", sorted(cache.CODE))
def test_each_kind_names_the_tooling_its_maker_imports(kind):
    """CODE lists, for each kind, its maker (a hook, the runner, the browser tests) and the
    tooling that maker imports (the runner also starts forkserver.py and child.py as scripts,
    which CODE lists by hand)."""
    maker = cache.CODE[kind][0]
    needed = tooling_imported(maker, set()) | {maker, cache.TOOLING / "__init__.py"}
    assert needed <= set(cache.CODE[kind]), f"cache.CODE[{kind!r}] misses {sorted(needed - set(cache.CODE[kind]))}"



@pytest.fixture
def kept(project):
    """A project with a page, a hook's tooling module and a build of it kept (conftest.Site)."""
    root = project.parent.parent
    (root / "mkdocs.yml").write_text("site_name: x\n")
    (root / "docs" / "hooks").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# x\n")
    (root / "tests" / "tooling").mkdir(parents=True)
    (root / "tests" / "tooling" / "api.py").write_text("")
    reads = cache.tree_digests(cache.SITE)
    cache.store("site", root / "mkdocs.yml", reads["mkdocs.yml"], reads, {"site/index.html": b"x", "site/a/b.css": b""})
    return root


@pytest.mark.parametrize("edit", [
    lambda root: (root / "docs" / "index.md").write_text("# y\n"),  # a page
    lambda root: (root / "docs" / "hooks" / "new.py").write_text(""),  # a hook added
    lambda root: (root / "snippets" / "data.json").write_text("[9]"),  # what a snippet reads
    lambda root: (root / "snippets" / "chart.py").unlink(),
    lambda root: (root / "tests" / "tooling" / "api.py").write_text("x = 1\n"),  # what a hook imports
    lambda root: (root / "mkdocs.yml").write_text("site_name: y\n"),
    lambda root: (root / "requirements.txt").write_text("torch\n"),
], ids=["page", "hook added", "snippet data", "snippet deleted", "tooling", "config", "requirements"])
def test_a_kept_site_is_served_until_anything_the_build_reads_changes(kept, edit):
    (kept / "docs" / ".index.md.swp").write_text("")  # an editor's, and Python's cache: no input
    (kept / "tests" / "tooling" / "__pycache__").mkdir()
    (kept / "site").mkdir()  # the site itself, and what is outside SITE: no input either
    (kept / "README.md").write_text("")
    assert (cache.lookup("site", kept / "mkdocs.yml") / "site" / "a" / "b.css").is_file()
    edit(kept)
    assert cache.lookup("site", kept / "mkdocs.yml") is None


# Damage, interrupts and builds side by side.


def test_a_torn_manifest_misses_and_is_rebuilt(project):
    manifest = cache.folder("figures", project) / cache.MANIFEST
    manifest.write_text(manifest.read_text()[:40])  # a write cut short
    assert cache.lookup("figures", project) is None
    cache.store("figures", project, cache.digest(project), READS, {"chart.svg": b"<svg>2</svg>"})
    assert (cache.lookup("figures", project) / "chart.svg").read_bytes() == b"<svg>2</svg>"


def leftovers(project) -> list[str]:
    """What a store left beside the entries: staging folders, entries moved aside."""
    return sorted(p.name for p in (cache.CACHE / "figures").iterdir() if p != cache.folder("figures", project))


@pytest.mark.parametrize("writes", [0, 1], ids=["in a figure", "in the manifest"])
def test_a_store_interrupted_in_a_write_leaves_no_entry(project, monkeypatch, writes):
    project.write_text(project.read_text() + "# edited\n")  # the entry is stale: a store must replace it
    done = []

    def torn(write):
        def cut(path, data, *args, **kwargs):
            if len(done) == writes:
                write(path, data[: len(data) // 2])
                raise KeyboardInterrupt  # Ctrl-C halfway through the write
            done.append(path)
            return write(path, data, *args, **kwargs)
        return cut

    with monkeypatch.context() as patch:
        patch.setattr(Path, "write_bytes", torn(Path.write_bytes))
        patch.setattr(Path, "write_text", torn(Path.write_text))
        with pytest.raises(KeyboardInterrupt):
            cache.store("figures", project, cache.digest(project), READS, {"chart.svg": b"<svg>new</svg>"})
    assert cache.lookup("figures", project) is None
    assert not leftovers(project)


def race(work, writers: int = 8) -> list[str]:
    """Run work(writer) in `writers` threads that start together; the errors they raised."""
    start, errors = threading.Barrier(writers), []

    def one(writer: int):
        start.wait()
        try:
            work(writer)
        except Exception as error:  # noqa: BLE001 - returned, with the others
            errors.append(repr(error))

    threads = [threading.Thread(target=one, args=(writer,)) for writer in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_stores_racing_leave_one_whole_entry(project):
    """Eight builds store the same entries at once (each stale, so each store replaces it):
    none fails, and each entry left is the whole of one writer's."""
    sources = []
    for n in range(20):
        source = project.with_name(f"chart{n}.py")
        source.write_text("print(1)\n")
        cache.store("figures", source, cache.digest(source), READS, {"a.svg": b"old", "b.svg": b"old"})
        source.write_text("print(2)\n")
        sources.append(source)

    def build(writer: int):
        for source in sources:
            made = str(writer).encode()
            cache.store("figures", source, cache.digest(source), READS, {"a.svg": made, "b.svg": made})

    assert not race(build)
    for source in sources:
        entry = cache.lookup("figures", source)
        assert entry, f"{source.name}: no valid entry"
        assert (entry / "a.svg").read_bytes() == (entry / "b.svg").read_bytes() != b"old"
    assert not [name for name in os.listdir(cache.CACHE / "figures") if name.startswith(".")]


# The cheat sheet's PDF.


@pytest.fixture
def pdf(tmp_path, monkeypatch):
    """docs/hooks/pdf.py, keeping its PDFs in tmp_path."""
    spec = importlib.util.spec_from_file_location("pdf_hook", cache.HOOKS / "pdf.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.setattr(hook, "CACHE", tmp_path)
    return hook


PRINTED = b"%PDF-1.4\n" + b"x" * 5000 + b"\nstartxref\n42\n%%EOF\n"


def test_a_whole_pdf_is_served_and_a_torn_one_misses(pdf, tmp_path):
    pdf.keep("key", PRINTED)
    assert pdf.cached("key") == PRINTED
    (tmp_path / "key.pdf").write_bytes(PRINTED[:3000])  # a copy cut short
    assert pdf.cached("key") is None


def test_a_pdf_interrupted_in_its_write_leaves_nothing(pdf, tmp_path, monkeypatch):
    real = os.fdopen

    class Cut:
        """A file that takes half of what it is given, then sees Ctrl-C."""

        def __init__(self, fd, *args, **kwargs):
            self.out = real(fd, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.out.close()

        def write(self, data):
            self.out.write(data[: len(data) // 2])
            raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(files.os, "fdopen", Cut)
        with pytest.raises(KeyboardInterrupt):
            pdf.keep("key", PRINTED)
    assert pdf.cached("key") is None
    assert not list(tmp_path.iterdir())


def test_pdfs_racing_leave_one_whole_pdf(pdf, tmp_path):
    assert not race(lambda writer: pdf.keep("key", PRINTED.replace(b"x", str(writer).encode())))
    assert pdf.cached("key") in {PRINTED.replace(b"x", str(writer).encode()) for writer in range(8)}
    assert [p.name for p in tmp_path.iterdir()] == ["key.pdf"]


# The build's runs side by side share the cores.


@pytest.mark.parametrize("jobs, omp, expected", [(3, "", (2, 1)), (1, "", (1, 2)), (0, "", (1, 2)), (3, "1", (2, 1)), (1, "1", (1, 1))])
def test_runs_side_by_side_share_the_cores(monkeypatch, jobs, omp, expected):
    monkeypatch.setattr(cores.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("OMP_NUM_THREADS", omp)
    assert cores.share(jobs) == expected


def test_the_build_s_entries_do_not_depend_on_the_tests_workers_but_a_snippet_s_threads_do(monkeypatch):
    """`make serve` and `make test -n 2` share the notebooks and figures; a snippet run with
    another thread count is run again (its last digits may differ)."""
    monkeypatch.setattr(os, "cpu_count", lambda: 4)  # one worker gets 4 threads, each of two 2
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    digests = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", workers)
        cache.environment.cache_clear()
        digests[workers] = {kind: cache.environment(kind) for kind in cache.CODE}
    cache.environment.cache_clear()
    assert digests["1"]["notebooks"] == digests["2"]["notebooks"] and digests["1"]["figures"] == digests["2"]["figures"]
    assert digests["1"]["snippets"] != digests["2"]["snippets"]


def test_another_source_with_the_same_folder_name_misses(project):
    """snippets/a/b.py and snippets/a--b.py share a folder name; an entry is only its own source's."""
    (project.parent / "a").mkdir()
    nested, flat = project.parent / "a" / "b.py", project.parent / "a--b.py"
    nested.write_text("print(1)\n")
    flat.write_text("print(2)\n")
    cache.store("figures", nested, cache.digest(nested), [], {"chart.svg": b"<svg/>"})
    assert cache.folder("figures", nested) == cache.folder("figures", flat)
    assert cache.lookup("figures", nested) is not None and cache.lookup("figures", flat) is None


def test_a_variable_that_steers_torch_s_kernels_misses(project, monkeypatch):
    monkeypatch.setenv("DNNL_MAX_CPU_ISA", "SSE41")  # oneDNN's instruction set: other last digits
    cache.environment.cache_clear()
    assert cache.lookup("figures", project) is None


def test_an_editor_s_hidden_file_in_a_listed_folder_keeps_the_entry(project):
    (project.parent / ".chart.py.swp").write_text("")
    (project.parent / "__pycache__").mkdir()
    assert cache.lookup("figures", project) is not None


def test_importing_the_libraries_changes_no_key(pytestconfig):
    """Importing torch and the others sets some variables (SET_ON_IMPORT), and setuptools puts
    its vendored packages on sys.path: a key made before and one made after must agree, or a
    build would miss what the one before it stored. conftest made the keys before. (A variable
    that the caller's environment already sets cannot be caught here: CI's is clean.)"""
    before, imported = pytestconfig.keys_before_imports
    assert not imported, f"conftest made the keys after {imported} were imported: the check needs them made before"
    import matplotlib.pyplot  # noqa: F401
    import setuptools  # noqa: F401
    import sklearn  # noqa: F401
    import torchvision  # noqa: F401

    cache.environment.cache_clear()
    try:
        assert {kind: cache.environment(kind) for kind in cache.CODE} == before
    finally:
        cache.environment.cache_clear()
