"""Each chapter page offers its snippets as a notebook (docs/hooks/chapter_notebooks.py): opened
with nbformat, its code cells are the page's snippet files in page order, less their `#> `
lines, which are the cells' outputs."""

import re

import nbformat
import pytest

from tooling import ROOT, headers, pages

CHAPTERS = sorted(
    path.relative_to(ROOT / "docs").as_posix()
    for path in (ROOT / "docs").glob("*.md")
    if any(block.include for block in pages.python_blocks(path.read_text(encoding="utf-8")))
)


def built_notebook(site, source: str) -> nbformat.NotebookNode:
    stem = source.removesuffix(".md")
    folder = site if stem == "index" else site / stem
    path = folder / f"{stem}.ipynb"
    assert path.is_file(), f"{source}: no notebook at {path.relative_to(site)}"
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<a href="{re.escape(path.name)}"[^>]*download', html), f"{source}: no download button for {path.name}"
    notebook = nbformat.read(str(path), as_version=4)
    nbformat.validate(notebook)
    return notebook


@pytest.mark.parametrize("source", CHAPTERS)
def test_chapter_notebook_holds_the_pages_snippets(site, source):
    notebook = built_notebook(site, source)
    text = (ROOT / "docs" / source).read_text(encoding="utf-8")
    snippets = [ROOT / block.include for block in pages.python_blocks(text) if block.include]
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert len(cells) == len(snippets), f"{source}: {len(cells)} code cells for {len(snippets)} snippets"
    for cell, snippet in zip(cells, snippets):
        lines = snippet.read_text(encoding="utf-8").splitlines()
        code = [line for line in lines if not headers.OUTPUT.match(line)]
        shown = [headers.OUTPUT.match(line)["text"] or "" for line in lines if headers.OUTPUT.match(line)]
        assert cell.source == "\n".join(code).strip("\n"), f"{source}: the cell for {snippet.name} differs from the file"
        outputs = [
            output.text.splitlines() if output.output_type == "stream" else output.traceback
            for output in cell.outputs
        ]
        assert [line for output in outputs for line in output] == shown, f"{source}: {snippet.name}'s outputs"
    headings = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"][1:]
    assert headings and all(heading.startswith("##") for heading in headings), f"{source}: its headings"


def test_a_rebuild_writes_the_same_notebook():
    """Cell ids are the cells' numbers, not nbformat's random ones: two builds of an unchanged
    page give the same file (a deployment diff shows only what changed)."""
    import sys

    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    import chapter_notebooks

    text = (ROOT / "docs" / CHAPTERS[0]).read_text(encoding="utf-8")
    first, second = (nbformat.writes(chapter_notebooks.notebook_of(text, "t", "u/")) for _ in range(2))
    assert first == second
