"""The build's cache can never serve a stale figure or notebook."""

import pytest

from tooling import cache


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project root of its own, with a snippet that reads a data file."""
    monkeypatch.setattr(cache, "ROOT", tmp_path)
    monkeypatch.setattr(cache, "CACHE", tmp_path / ".cache")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "chart.py").write_text("print(open('data.json').read())\n")
    (tmp_path / "snippets" / "data.json").write_text("[1, 2]")
    source = tmp_path / "snippets" / "chart.py"
    reads = ["snippets/data.json", "snippets"]  # a file it opened, a folder it listed
    cache.store("figures", source, cache.digest(source), reads, {"chart.svg": b"<svg/>"})
    return source


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
    monkeypatch.setattr(cache, "environment", lambda: "torch==99")
    assert cache.lookup("figures", project) is None


def test_a_run_records_the_project_files_it_read(tmp_path):
    from harness import ROOT
    from tooling import runner

    snippet = ROOT / "snippets" / "gpu" / "results_chart.py"  # globs docs/benchmark-data/, reads its JSON
    outcome = runner.run(snippet, 60)
    assert "snippets/gpu/results_chart.py" in outcome.reads
    assert "docs/benchmark-data" in outcome.reads, outcome.reads
    assert any(path.startswith("docs/benchmark-data/bench-") for path in outcome.reads), outcome.reads
