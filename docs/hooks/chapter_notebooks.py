"""Each chapter as a Jupyter notebook, offered by a download button on its page.

The notebook holds the page's headings as Markdown cells and its snippets as code cells, in
page order. A code cell is the snippet without its `#> ` lines; those lines become the cell's
output. They are what a real run printed: the test run compares them with a fresh run of the
snippet on every commit (`...` marks what varies from run to run, such as a timing). So the
notebook needs no kernel at build time, and a build makes all of them in milliseconds.
"""

import re
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import ROOT, headers, pages  # noqa: E402

HEADING = re.compile(r"^(#{1,6}) +(.+?)\s*$")
NOTEBOOKS: dict[str, nbformat.NotebookNode] = {}  # page source -> its notebook, for on_post_page


def cell_of(snippet: Path) -> nbformat.NotebookNode:
    """The snippet as a code cell: its code, and its `#> ` lines as the output."""
    code, printed = [], []
    for line in snippet.read_text(encoding="utf-8").splitlines():
        shown = headers.OUTPUT.match(line)
        if shown:
            printed.append(shown["text"] or "")
        else:
            code.append(line)
    cell = nbformat.v4.new_code_cell("\n".join(code).strip("\n"))
    raised = headers.parse(snippet).raises
    if printed and raised and printed[-1].startswith(f"{raised}: "):
        # The last statement raises on purpose: its message is an error, not printed text.
        *printed, message = printed
        error = nbformat.v4.new_output("error", ename=raised, evalue=message.removeprefix(f"{raised}: "), traceback=[message])
    else:
        error = None
    if printed:
        cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text="\n".join(printed) + "\n"))
    if error:
        cell.outputs.append(error)
    return cell


def notebook_of(markdown: str, title: str, url: str) -> nbformat.NotebookNode:
    """The page's headings and snippets, in order, as a notebook."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells.append(nbformat.v4.new_markdown_cell(f"# {title}\n\nThe snippets of [{url}]({url}), in page order."))
    fenced = pages.blocks(markdown)
    inside = [range(block.start, block.end) for block in fenced]
    offset = 0
    for line in markdown.splitlines(keepends=True):
        heading = HEADING.match(line)
        if heading and len(heading[1]) > 1 and not any(offset in span for span in inside):
            notebook.cells.append(nbformat.v4.new_markdown_cell(line.strip()))
        for block in fenced:
            if block.start == offset and block.python and block.include:
                notebook.cells.append(cell_of(ROOT / block.include))
        offset += len(line)
    for number, cell in enumerate(notebook.cells, 1):  # not nbformat's random ids: a rebuild writes the same file
        cell.id = f"cell-{number}"
    return notebook


def on_page_markdown(markdown, page, config, **kwargs):
    if page.file.src_uri.startswith("walkthroughs/") or not any(block.include for block in pages.python_blocks(markdown)):
        return markdown
    url = config.site_url.rstrip("/") + "/" + page.url if config.site_url else page.url
    NOTEBOOKS[page.file.src_uri] = notebook_of(markdown, page.title or page.file.name, url)
    page.meta["notebook"] = f"{Path(page.file.src_uri).stem}.ipynb"  # main.html's download button
    return markdown


def on_post_page(output, page, config, **kwargs):
    notebook = NOTEBOOKS.pop(page.file.src_uri, None)
    if notebook is not None:
        target = Path(page.file.abs_dest_path).parent / page.meta["notebook"]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, str(target))
    return output
