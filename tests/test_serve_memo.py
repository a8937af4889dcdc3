"""What a `mkdocs serve` rebuild reuses (docs/hooks/serve_memo.py) is what a fresh build would
make: the same text for the same input, made again for a changed one, and never an object a
page goes on to change."""

import importlib.util

import jinja2
import markdown
import nbformat
import pytest
from material.plugins.search import plugin as search
from mkdocs_jupyter import convert
from pymdownx.highlight import Highlight

from tooling import ROOT

spec = importlib.util.spec_from_file_location("serve_memo", ROOT / "docs" / "hooks" / "serve_memo.py")
serve_memo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(serve_memo)


@pytest.fixture(scope="module", autouse=True)
def memo():
    """The hook's patches, as a build's on_config makes them, undone after this module."""
    saved = Highlight.highlight, search.Parser, convert.nb2html
    serve_memo.on_config(None)
    yield
    Highlight.highlight, search.Parser, convert.nb2html = saved
    del Highlight.made, convert.made


def html(source: str, **highlight) -> str:
    return markdown.markdown(source, extensions=["pymdownx.highlight", "pymdownx.superfences", "pymdownx.inlinehilite"],
                             extension_configs={"pymdownx.highlight": highlight})


def test_a_block_is_highlighted_once_and_again_when_it_or_a_setting_changes():
    block = "```python\nx = 1\n```\n"
    first = html(block)
    made = len(Highlight.made.now)
    assert html(block) == first and len(Highlight.made.now) == made  # recalled
    assert ">xy</span>" in html(block.replace("x", "xy")) and len(Highlight.made.now) == made + 1
    assert html(block, linenums=True) != first and len(Highlight.made.now) == made + 2
    inline = "`#!python y = 2` and `#!python y = 2`"  # inline code is an element the page changes
    assert html(inline).count('<code class="highlight">') == 2 and len(Highlight.made.now) == made + 2


def test_a_block_whose_title_went_to_its_page_s_html_stash_is_not_kept():
    block = "```python\nx = 1\n```\n"
    titled = {"auto_title": True, "auto_title_map": {"Python": {"title": "<b>a.py</b>", "mode": "html"}}}
    made = len(Highlight.made.now)
    for page in (block, "<div>raw</div>\n\n" + block):  # the second page's stash holds more
        assert "<b>a.py</b>" in html(page, **titled)
    assert len(Highlight.made.now) == made


def test_the_search_sections_of_a_page_are_parsed_once_and_each_reader_gets_its_own():
    page = "<h2 id='a'>A</h2><p>text</p><h2 id='b'></h2><p>more</p>"
    first, second = search.Parser(), search.Parser()
    for parser in (first, second):
        parser.feed(page)
        parser.close()
    assert [(s.id, s.title, s.text) for s in first.data] == [(s.id, s.title, s.text) for s in second.data]
    assert first.data[2].title == []  # the search plugin fills in the page's title
    first.data[2].title.append("a title the plugin filled in")
    assert second.data[2].title == [] and first.data[2] is not second.data[2]


def test_a_template_compiles_once_per_source():
    loader = jinja2.DictLoader({"page.html": "{{ 1 + 1 }} {{ name }}"})
    env = serve_memo.on_env(jinja2.Environment(loader=loader))
    assert env.get_template("page.html").render(name="x") == "2 x"
    again = serve_memo.on_env(jinja2.Environment(loader=loader))

    def compile_(*args, **kwargs):
        raise AssertionError("a template whose source did not change was compiled again")

    again.compile = compile_  # a rebuild's environment is new: only the bytecode can spare it
    assert again.get_template("page.html").render(name="y") == "2 y"
    edited = serve_memo.on_env(jinja2.Environment(loader=jinja2.DictLoader({"page.html": "{{ name }}!"})))
    assert edited.get_template("page.html").render(name="z") == "z!"


def test_a_notebook_is_converted_again_when_its_file_changes(tmp_path):
    path = tmp_path / "walkthrough.ipynb"
    for source in ("print('first')", "print('second')"):
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), str(path))
        assert source.split("'")[1] in convert.nb2html(str(path))
    assert convert.nb2html(str(path)) == convert.nb2html(str(path))


def test_what_a_build_did_not_use_is_dropped_at_the_next():
    memo = serve_memo.Memo()
    assert memo.get("a", lambda: 1) == 1 and memo.get("b", lambda: 2) == 2
    memo.turn()  # a rebuild that uses a alone
    assert memo.get("a", lambda: "made again") == 1
    memo.turn()
    assert memo.get("b", lambda: "made again") == "made again"
    assert memo.get("c", lambda: None, keep=lambda made: made is not None) is None and "c" not in memo.now
