"""Execute the walkthrough notebooks once per change, and hand mkdocs-jupyter the result.

A walkthrough is a jupytext percent-format script under snippets/walkthroughs/, linked into
docs/walkthroughs/. This hook executes it as a notebook (in parallel, with warnings as errors
and its own empty working folder, in a Jupyter kernel forked from a server that imported the
libraries once: tooling/kernelserver.py), caches the executed .ipynb by everything it depends on
(tooling/cache.py), and points the page at it; mkdocs-jupyter only renders (execute: false).
The tests read the same executed notebooks instead of running the walkthroughs again.
"""

import ast
import logging
import os
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import ROOT, cache, child, cores, headers, kernelserver  # noqa: E402

log = logging.getLogger("mkdocs.hooks.notebooks")
FOLDER = "walkthroughs/"
EXECUTED: dict[Path, Future] = {}  # walkthrough source -> its executed notebook (or None), this build
# Each kernel is a fork of a server that imported what the tests' fork server does.
KERNELS = kernelserver.Server(child.PRELOAD, {**os.environ, "MPLBACKEND": "module://matplotlib_inline.backend_inline"})
# Run in the kernel before the notebook (its working folder; a fork of a server that imported
# the libraries, those that start a program among them): record the project files it opens and
# the programs it starts (child.Trace), warnings as errors, but for
# the one ipykernel 7.4 gives as it shuts down: as an error it broke the shutdown, and the
# client waited seconds before it killed the kernel.
STARTUP = f"""
import sys, warnings
sys.path.insert(0, {str(Path(child.__file__).parent)!r})
import child
sys.path.pop(0)
_trace = child.Trace({str(ROOT)!r}, ".")
warnings.simplefilter("error")
warnings.filterwarnings("ignore", category=PendingDeprecationWarning, module="ipykernel")
"""


def executed(source: Path, threads: int) -> Path | None:
    """The executed notebook for a walkthrough: from the cache, or run now."""
    hit = cache.lookup("notebooks", source)
    if hit:
        return hit / f"{source.stem}.ipynb"
    before = cache.digest(source)
    notebook = jupytext.read(source)
    notebook.cells.insert(0, nbformat.v4.new_code_cell(STARTUP))
    notebook.cells.append(nbformat.v4.new_code_cell("print((sorted(_trace.reads), bool(_trace.starts)))"))
    with tempfile.TemporaryDirectory() as workdir:
        client = NotebookClient(notebook, timeout=600, kernel_manager_class=KERNELS.manager(),
                                resources={"metadata": {"path": workdir}})
        try:
            # notebooks run side by side: a share of the cores each
            client.execute(env={**KERNELS.env, "OMP_NUM_THREADS": str(threads)})
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
            log.warning("%s failed to run:\n%s", os.path.relpath(source, cache.ROOT), error)
            return None
        # printed by the last cell, and noted by the kernel's forks, which have ended with it
        reads, started = ast.literal_eval(notebook.cells.pop()["outputs"][0]["text"])
        forks_read, forks_started = child.Trace.of_forks(workdir)
    reads, started = [*reads, *forks_read], started or forks_started
    notebook.cells.pop(0)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.execution_count -= 1  # the startup cell took the first count
            for output in cell.outputs:
                if "execution_count" in output:
                    output.execution_count -= 1
    # the snippets' rule: stderr fails, but for the lines a `# stderr: TEXT` header declares
    stderr = "".join(o["text"] for cell in notebook.cells for o in cell.get("outputs", []) if o.get("name") == "stderr")
    if stray := headers.stray_stderr(headers.parse(source), stderr):
        log.warning("%s wrote to stderr (declare an expected line with '# stderr: TEXT'):\n%s",
                    source.name, "\n".join(stray[:10]))
        return None
    if started:  # its output could change with files no hook saw: it can be neither kept nor trusted
        log.warning("%s started a new program (a subprocess, multiprocessing's spawn, an exec), whose reads the "
                    "build cannot key its cache on; use fork workers (a DataLoader's default on Linux)", source.name)
        return None
    content = nbformat.writes(notebook).encode()
    return cache.store("notebooks", source, before, reads, {f"{source.stem}.ipynb": content}) / f"{source.stem}.ipynb"


def on_files(files, config, **kwargs):
    """Start executing the notebooks; each page waits for its own (on_pre_page), so the rest
    of the build (the figures, the other pages) goes on beside them, on the idle cores."""
    sources = [Path(f.abs_src_path).resolve() for f in files if f.src_uri.startswith(FOLDER) and f.src_uri.endswith(".py")]
    at_once, threads = cores.share(len(sources))
    pool = ThreadPoolExecutor(at_once)
    EXECUTED.clear()
    EXECUTED.update({source: pool.submit(executed, source, threads) for source in sources})
    pool.shutdown(wait=False)  # what was submitted still runs
    return files


def on_pre_page(page, config, **kwargs):
    source = Path(page.file.abs_src_path).resolve()
    notebook = EXECUTED[source].result() if source in EXECUTED else None
    if notebook:  # mkdocs-jupyter reads the file when it renders, after this
        page.file.abs_src_path = str(notebook)
    return page


def on_post_page(output, page, config, **kwargs):
    """The walkthrough's .py next to its page, for the download button and links; its code
    cells, which scroll sideways, focusable (WCAG 2.1.1), as Material does for code blocks."""
    if page.file.src_uri.startswith(FOLDER):
        source = Path(page.file.src_uri)
        target = Path(page.file.abs_dest_path).parent / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((Path(config.docs_dir) / source).read_bytes())
        output = output.replace('<div class="highlight-ipynb hl-python">', '<div class="highlight-ipynb hl-python" tabindex="0">')
    return output
