"""The snippet harness: Sybil finds the code blocks on the pages, this module runs them.

A page shows code only as a fenced block holding one include of a snippet file:

    ```python title="linspace.py"
    --8<-- "snippets/tensors/linspace.py"
    ```

The snippet runs as ``__main__`` in an empty temporary folder with warnings turned into
errors, and what it prints must equal its ``#> `` lines (``...`` matches any text).
"""

import ast
import contextlib
import difflib
import io
import os
import re
import sys
import tempfile
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
import torch
from sybil import Region, Sybil
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

ROOT = Path(__file__).resolve().parent.parent

# Stock Sybil skips fences with attributes such as title="..."; this lexer keeps them.
PYTHON_FENCE = RawFencedCodeBlockLexer(
    info_pattern=re.compile(r"(?P<language>python3?|py|pycon)\b[^\n]*$\n", re.MULTILINE)
)
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
OUTPUT = re.compile(r"^(?P<indent>\s*)#>(?: (?P<text>.*))?$")
HEADER = re.compile(r"^#\s*(?P<key>requires|raises|figure):\s*(?P<value>.+?)\s*$")

update_outputs = False  # set by `pytest --update-outputs` (see conftest.py)


class SnippetError(Exception):
    """A failure worth a one-line location and no harness traceback."""


@dataclass
class Snippet:
    path: Path
    lines: list[str]
    headers: dict[str, str]
    expected: list[tuple[int, str]]  # (line number of the #> line, expected text)

    @classmethod
    def load(cls, path: Path) -> "Snippet":
        lines = path.read_text(encoding="utf-8").splitlines()
        headers = {}
        for line in lines:
            if not line.startswith("#"):
                break
            if m := HEADER.match(line):
                headers[m["key"]] = m["value"]
        expected = [
            (n, m["text"] or "")
            for n, line in enumerate(lines, 1)
            if (m := OUTPUT.match(line))
        ]
        return cls(path, lines, headers, expected)

    @property
    def name(self) -> str:
        return Path(os.path.relpath(self.path, ROOT)).as_posix()


class _Recorder(io.StringIO):
    """Stdout that remembers, for each write, the top-level snippet line that made it."""

    def __init__(self, filename: str):
        super().__init__()
        self.filename = filename
        self.owners: list[tuple[int, int]] = []  # (offset in output, snippet line)

    def write(self, text: str) -> int:
        line, frame = None, sys._getframe(1)
        while frame is not None:  # the outermost frame in the snippet is the statement shown
            if frame.f_code.co_filename == self.filename:
                line = frame.f_lineno
            frame = frame.f_back
        return self.record(text, line)

    def record(self, text: str, line: int | None) -> int:
        self.owners.append((self.tell(), line))
        return super().write(text)

    def attributed_lines(self) -> list[tuple[int, str]]:
        """Each output line with the snippet line that printed its first character."""
        text, result, offset = self.getvalue(), [], 0
        owners = iter(self.owners + [(len(self.getvalue()) + 1, None)])
        current, upcoming = (0, None), next(owners)
        for line in text.splitlines():
            while upcoming[0] <= offset:
                current, upcoming = upcoming, next(owners)
            result.append((current[1], line))
            offset += len(line) + 1
        return result


@contextlib.contextmanager
def _isolated(snippet: Snippet):
    """Run as `python path` would, in an empty folder, and undo process-wide settings after."""
    saved = (sys.argv, sys.path[:], os.getcwd())
    modules = set(sys.modules)
    threads, dtype = torch.get_num_threads(), torch.get_default_dtype()
    precision, grad = torch.get_float32_matmul_precision(), torch.is_grad_enabled()
    try:
        with tempfile.TemporaryDirectory() as workdir, warnings.catch_warnings():
            warnings.simplefilter("error")
            os.chdir(workdir)
            sys.argv = [str(snippet.path)]
            sys.path.insert(0, str(snippet.path.parent))
            yield
    finally:
        os.chdir(saved[2])
        sys.argv, sys.path[:] = saved[0], saved[1]
        torch.set_num_threads(threads)
        torch.set_default_dtype(dtype)
        torch.set_float32_matmul_precision(precision)
        torch.set_grad_enabled(grad)
        # A helper module a snippet imported from its own folder (`from bench import ...`) is
        # forgotten, so a same-named helper in another chapter is never silently reused.
        for name in set(sys.modules) - modules:
            if str(getattr(sys.modules[name], "__file__", None) or "").startswith(str(ROOT / "snippets")):
                del sys.modules[name]
        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")


def run(snippet: Snippet) -> list[tuple[int, str]]:
    """Run a snippet as `python path` would, and return its attributed output lines."""
    filename = str(snippet.path)
    recorder = _Recorder(filename)
    code = compile("\n".join(snippet.lines) + "\n", filename, "exec")
    with _isolated(snippet), contextlib.redirect_stdout(recorder):
        try:
            exec(code, {"__name__": "__main__", "__file__": filename})
        except Exception as error:
            _expected_raise(snippet, error, recorder)
        else:
            if "raises" in snippet.headers:
                raise SnippetError(
                    f"{snippet.name}:1: declares 'raises: {snippet.headers['raises']}'"
                    " but ran to its end without raising"
                )
    return recorder.attributed_lines()


def _expected_raise(snippet: Snippet, error: Exception, recorder: _Recorder) -> None:
    """Turn a declared error of the last statement into output; fail on any other."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == str(snippet.path)]
    line = frames[0].lineno if frames else 1
    declared = snippet.headers.get("raises")
    names = {cls.__name__ for cls in type(error).__mro__} | {type(error).__qualname__}
    last = ast.parse("\n".join(snippet.lines)).body[-1]
    if declared in names and last.lineno <= line <= last.end_lineno:
        recorder.record("".join(traceback.format_exception_only(error)), line)
        return
    what = "emitted a warning" if isinstance(error, Warning) else "raised"
    # Drop the harness's own frame: the traceback starts in the snippet.
    detail = "".join(traceback.format_exception(type(error), error, error.__traceback__.tb_next)).rstrip()
    hint = ""
    if declared:
        hint = f"\n(it declares 'raises: {declared}', which must be raised by its last statement)"
    raise SnippetError(f"{snippet.name}:{line}: {what} {type(error).__name__}: {error}{hint}\n\n{detail}")


def matches(expected: str, actual: str) -> bool:
    """Equality, except that `...` in the expected line matches any text."""
    pattern = ".*".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual) is not None


def _anchors(snippet: Snippet, actual: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """For each printed line, (last line, indent) of the innermost statement that printed it.

    Its #> line goes right under that statement, so a print inside a loop collects all of its
    lines under itself, in the order they were printed.
    """
    tree = ast.parse("\n".join(snippet.lines))
    statements = [node for node in ast.walk(tree) if isinstance(node, ast.stmt)]
    anchors = []
    for owner, _ in actual:
        around = [s for s in statements if s.lineno <= (owner or 0) <= s.end_lineno]
        if around:
            stmt = min(around, key=lambda s: s.end_lineno - s.lineno)
            anchors.append((stmt.end_lineno, stmt.col_offset))
        else:  # printed outside any statement of the file (e.g. at exit): show it at the end
            anchors.append((len(snippet.lines), 0))
    return anchors


def _in_file_order(snippet: Snippet, actual: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The printed lines in the order their #> lines stand in the file."""
    anchors = _anchors(snippet, actual)
    order = sorted(range(len(actual)), key=lambda i: anchors[i][0])  # stable: print order kept
    return [actual[i] for i in order]


def compare(snippet: Snippet, actual: list[tuple[int, str]]) -> None:
    actual = _in_file_order(snippet, actual)
    expected = [text for _, text in snippet.expected]
    printed = [text for _, text in actual]
    if len(expected) == len(printed) and all(map(matches, expected, printed)):
        return
    first = next(
        (i for i, (e, p) in enumerate(zip(expected, printed)) if not matches(e, p)),
        min(len(expected), len(printed)),
    )
    if first < len(actual):
        where = actual[first][0] or 1
    else:  # an expected line that was never printed: point at it
        where = snippet.expected[first][0]
    diff = difflib.unified_diff(expected, printed, "#> lines", "printed", lineterm="", n=2)
    raise SnippetError(
        f"{snippet.name}:{where}: output differs from its #> lines "
        f"(run `make update-outputs` if the new output is right)\n" + "\n".join(diff)
    )


def rewrite(snippet: Snippet, actual: list[tuple[int, str]]) -> None:
    """Replace the #> lines with what the run printed, keeping `...` lines that still match."""
    blocks: dict[int, list[str]] = {}
    for (end, indent), (_, text) in zip(_anchors(snippet, actual), actual):
        blocks.setdefault(end, []).append(" " * indent + ("#> " + text if text else "#>"))
    # Keep an old `...` line where it still matches the line printed in its place.
    old = iter(text for _, text in snippet.expected)
    out = []
    for n, line in enumerate(snippet.lines, 1):
        if not OUTPUT.match(line):
            out.append(line)
        for new in blocks.get(n, []):
            previous = next(old, None)
            if previous and "..." in previous and matches(previous, OUTPUT.match(new)["text"] or ""):
                new = new[: new.index("#>")] + "#> " + previous
            out.append(new)
    snippet.path.write_text("\n".join(out) + "\n", encoding="utf-8")


def check_include(example) -> None:
    """Sybil evaluator: run the included snippet and check its printed output."""
    target = ROOT / example.parsed
    if not target.is_file():
        raise SnippetError(f"{where(example)}: includes {example.parsed}, which does not exist")
    snippet = Snippet.load(target)
    if snippet.headers.get("requires") == "cuda" and not torch.cuda.is_available():
        pytest.skip(f"{snippet.name} requires cuda, and torch.cuda.is_available() is False")
    actual = run(snippet)
    if update_outputs:
        rewrite(snippet, actual)
    else:
        compare(snippet, actual)


def reject_inline_code(example) -> None:
    """Sybil evaluator for a Python fence that is not exactly one snippet include."""
    raise SnippetError(
        f"{where(example)}: a Python code block must hold exactly one line "
        '--8<-- "snippets/<chapter>/<name>.py"; move this code into a snippet file'
    )


def where(example) -> str:
    return f"{Path(os.path.relpath(example.path, ROOT)).as_posix()}:{example.line}"


def parse_page(document):
    """Sybil parser: one example per Python fence on a page."""
    for region in PYTHON_FENCE(document):
        lines = [line for line in region.lexemes["source"].splitlines() if line.strip()]
        include = INCLUDE.match(lines[0]) if len(lines) == 1 else None
        if include:
            yield Region(region.start, region.end, include["path"], check_include)
        else:
            yield Region(region.start, region.end, None, reject_inline_code)


PAGES = Sybil(parsers=[parse_page], path=str(ROOT / "docs"), patterns=["*.md"])


def page_examples(docs: Path = ROOT / "docs"):
    """Every Python fence on every page, in page order, as Sybil examples."""
    for page in sorted(docs.rglob("*.md")):
        yield from PAGES.parse(page)


def included_paths(docs: Path = ROOT / "docs") -> set[str]:
    return {ex.parsed for ex in page_examples(docs) if ex.parsed}


def orphans(snippets: Path = ROOT / "snippets", docs: Path = ROOT / "docs") -> list[str]:
    """Snippet files that no page includes (walkthroughs are pages of their own)."""
    included = included_paths(docs)
    return [
        f"{Path(os.path.relpath(path, ROOT)).as_posix()}:1: no page includes this snippet"
        for path in sorted(snippets.rglob("*.py"))
        if path.name != "__init__.py"
        and "walkthroughs" not in path.parts
        and Path(os.path.relpath(path, ROOT)).as_posix() not in included
    ]
