"""Whole-site invariants, cheap ones first: every page's code blocks are includes of files that
exist, every snippet is shown and has valid headers, none is named like a module; then a
strict build."""

import sys
import types

import pytest

import harness
from harness import ROOT
from tooling import headers


def fail_on(problems: list[str]) -> None:
    if problems:  # one line per problem, each naming its file and line; no assertion rewrite
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_code_block_on_a_page_is_an_include_of_an_existing_file():
    fail_on(harness.page_problems())


def test_every_snippet_is_shown_on_a_page():
    fail_on(harness.orphans())


def test_no_snippet_is_included_twice():
    fail_on(harness.included_twice())


def test_a_snippet_included_twice_is_named(tmp_path):
    page = (ROOT / "tests" / "fixtures" / "docs" / "page.md").read_text()
    (tmp_path / "page.md").write_text(page + '\n~~~~ py\n--8<-- "tests/fixtures/snippets/passes.py"\n~~~~\n')
    [problem] = harness.included_twice(tmp_path)
    assert problem.endswith("includes tests/fixtures/snippets/passes.py, already included at "
                            f"{harness.relative(tmp_path / 'page.md')}:3")


def test_an_orphan_snippet_is_named():
    fixtures = ROOT / "tests" / "fixtures"
    assert harness.orphans(fixtures / "snippets", fixtures / "docs") == [
        "tests/fixtures/snippets/orphan.py:1: no page includes this snippet"
    ]


def test_every_snippet_has_valid_headers():
    problems = []
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        try:
            headers.parse(path, harness.relative(path))
        except headers.HeaderError as error:
            problems.append(str(error))
    fail_on(problems)


def test_no_snippet_hides_a_module():
    # `python snippets/x/random.py` puts its folder first on sys.path, so a snippet named like a
    # standard-library module shadows it for torch and everything else the script imports
    clashes = [
        f"{harness.relative(path)}:1: shadows the standard-library module {path.stem!r} when run as a script"
        for path in sorted((ROOT / "snippets").rglob("*.py"))
        if path.stem in sys.stdlib_module_names
    ]
    fail_on(clashes)


def test_strict_build_passes(site):
    assert (site / "index.html").is_file()  # the `site` fixture fails with mkdocs's warnings


def test_the_tests_of_one_page_the_searches_and_the_dry_gpu_run_share_a_worker():
    """The scheduler that conftest.py gives pytest-xdist (`-n 2`) puts them in one unit of work."""
    pytest.importorskip("xdist")
    from conftest import pytest_xdist_make_scheduler

    class Config:  # what the scheduler reads of pytest's: the options, and the workers (--tx)
        option = types.SimpleNamespace()

        def getvalue(self, name):
            return ["2*popen"] if name == "tx" else None

    scope = pytest_xdist_make_scheduler(Config(), None)._split_scope
    page = {scope(f"tests/test_browser.py::{test}[nn.md]") for test in ("test_images_load", "test_no_console_or_page_error")}
    assert len(page) == 1 and page != {scope("tests/test_browser.py::test_images_load[losses.md]")}
    assert len({scope(f"tests/test_gpu_run.py::{test}") for test in ("test_a", "test_b")}) == 1
    searches = ("test_search_finds_the_page[CrossEntropyLoss-losses/]", "test_pasted_error_message_finds_its_entry_first[x.py]")
    assert len({scope(f"tests/test_browser.py::{test}") for test in searches}) == 1
    snippets = [f"tests/test_docs.py::test_code_block[docs/nn.md:{line} snippets/nn/x.py]" for line in (3, 9)]
    assert scope(snippets[0]) != scope(snippets[1]), "each snippet is a unit of its own"


def test_the_search_index_reads_the_same_text_from_the_lean_code_blocks(site):
    """docs/hooks/search_text.py gives Material's search each page without the highlighting and
    link tags of its code blocks: every section's title and text must come out the same."""
    from material.plugins.search.plugin import Parser

    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    import search_text

    def sections(html: str) -> list[tuple]:
        parser = Parser()
        parser.feed(html)
        parser.close()
        return [(s.id, "".join(s.title), "".join(s.text)) for s in parser.data]

    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        article = html[html.find("<article"): html.find("</article>")]
        assert sections(search_text.lean(article)) == sections(article), f"{page.relative_to(site)}: the index would differ"
