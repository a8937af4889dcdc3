"""The snippet harness: Sybil finds the code blocks on the pages, this module checks them.

A page shows code only as a fenced block holding one include of a snippet file:

    ```python title="linspace.py"
    --8<-- "snippets/tensors/linspace.py"
    ```

The snippet runs as `python snippets/tensors/linspace.py` would (tooling/runner.py: a clean
process, an empty working folder, warnings as errors, a time limit), and what it prints must
match its `#> ` lines: words exactly, `...` as any text, numbers to the precision shown.
"""

import ast
import difflib
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sybil import Region, Sybil
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

from tooling import headers as header_grammar
from tooling.files import write_atomic
from tooling.headers import OUTPUT
from tooling.runner import ForkServer, Outcome, run_script

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"

# Stock Sybil skips fences with attributes such as title="..."; this lexer keeps them.
PYTHON_FENCE = RawFencedCodeBlockLexer(
    info_pattern=re.compile(r"(?P<language>python3?|py|pycon)\b[^\n]*$\n", re.MULTILINE)
)
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
# A decimal number, not part of a word or of a dotted version such as 2.14.1 (but maybe after `...`).
NUMBER = r"(?:(?<=\.\.\.)|(?<![\w.]))[-+]?\d+\.\d+(?:[eE][-+]?\d+)?(?![\w.])"
TOKEN = re.compile(rf"\.\.\.|{NUMBER}")

SERVER = ForkServer()  # one per test process; it imports torch once and forks per snippet


class SnippetError(Exception):
    """A failure worth a one-line location and no harness traceback."""


def relative(path: Path) -> str:
    return Path(os.path.relpath(path, ROOT)).as_posix()


@dataclass
class Snippet:
    path: Path
    lines: list[str]
    headers: header_grammar.Headers
    expected: list[tuple[int, str]]  # (line number of the #> line, expected text)
    tree: ast.Module

    @classmethod
    def load(cls, path: Path) -> "Snippet":
        try:
            headers = header_grammar.parse(path, relative(path))
        except header_grammar.HeaderError as error:
            raise SnippetError(str(error)) from None
        text = path.read_text(encoding="utf-8")
        try:
            tree = ast.parse(text, filename=relative(path))
        except SyntaxError as error:
            raise SnippetError(f"{relative(path)}:{error.lineno}: {type(error).__name__}: {error.msg}") from None
        lines = text.splitlines()
        expected = [(n, m["text"] or "") for n, line in enumerate(lines, 1) if (m := OUTPUT.match(line))]
        return cls(path, lines, headers, expected, tree)

    @property
    def name(self) -> str:
        return relative(self.path)


def check_siblings(snippet: Snippet) -> None:
    """A sibling module the snippet imports is declared with `# uses:`, and exists."""
    for used in snippet.headers.uses:
        if not (snippet.path.parent / used).is_file():
            raise SnippetError(f"{snippet.name}:1: '# uses: {used}', but there is no {used} next to it")
    for node in ast.walk(snippet.tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        for module in modules:
            file = f"{module.split('.')[0]}.py"
            if (snippet.path.parent / file).is_file() and file not in snippet.headers.uses:
                raise SnippetError(
                    f"{snippet.name}:{node.lineno}: imports {file} from its own folder; declare it with"
                    f" '# uses: {file}' so that its page tells readers to copy it"
                )


def run(snippet: Snippet) -> list[tuple[int | None, str]]:
    """Run a snippet as `python path` would, and return its attributed output lines."""
    check_siblings(snippet)
    if snippet.headers.launch:
        outcome = run_script(snippet.path, snippet.name, snippet.headers.timeout, snippet.headers.launch)
    else:
        outcome = SERVER.run(snippet.path, snippet.name, snippet.headers.timeout)
    if outcome.failure:
        raise SnippetError(outcome.failure)
    return printed(snippet, outcome)


def printed(snippet: Snippet, outcome: Outcome) -> list[tuple[int | None, str]]:
    """What a run printed, with a declared error of the last statement as its last lines;
    any other error, or a declared one that never came, fails."""
    if outcome.error:
        return outcome.lines + _expected_raise(snippet, outcome)
    if snippet.headers.raises:
        raise SnippetError(
            f"{snippet.name}:1: declares 'raises: {snippet.headers.raises}' but ran to its end without raising"
        )
    return outcome.lines


def _expected_raise(snippet: Snippet, outcome: Outcome) -> list[tuple[int, str]]:
    """A declared error of the last statement, as output lines; any other error fails."""
    error, declared = outcome.error, snippet.headers.raises
    line = error["line"] or 1
    last = snippet.tree.body[-1]
    if declared in error["names"] and last.lineno <= line <= last.end_lineno:
        return [(line, text) for text in error["text"].splitlines()]
    what = "emitted a warning" if error["warning"] else "raised"
    hint = f"\n(it declares 'raises: {declared}', which must be raised by its last statement)" if declared else ""
    raise SnippetError(f"{snippet.name}:{line}: {what} {error['text']}{hint}\n\n{error['traceback']}")


def matches(expected: str, actual: str) -> bool:
    """Does a printed line match its #> line?

    Text compares exactly and `...` matches any text. A decimal number matches one written with
    as many digits that differs by at most one unit in the last digit, as pytest's doctest
    NUMBER option does, so an output does not depend on how a CPU rounds its last bit.
    Integers, and numbers such as `6.` with no digit after the point, compare exactly.
    """
    pattern, numbers, start = [], [], 0
    for token in TOKEN.finditer(expected):
        pattern.append(re.escape(expected[start : token.start()]))
        text = token.group()
        if text == "...":
            pattern.append(".*")
        else:
            mantissa, _, exponent = text.lower().partition("e")
            digits = len(mantissa.split(".")[1])
            exponent_pattern = r"[eE][-+]?\d+" if exponent else ""
            pattern.append(rf"(?<![\d.])([-+]?\d+\.\d{{{digits}}}{exponent_pattern})")
            numbers.append((Decimal(text), Decimal(1).scaleb(int(exponent or 0) - digits)))
        start = token.end()
    pattern.append(re.escape(expected[start:]))
    found = re.fullmatch("".join(pattern), actual, re.DOTALL)
    return found is not None and all(
        abs(Decimal(printed) - value) <= unit for printed, (value, unit) in zip(found.groups(), numbers)
    )


def _anchors(snippet: Snippet, actual: list[tuple[int | None, str]]) -> list[tuple[int, int]]:
    """For each printed line, (last line, indent) of the innermost statement that printed it.

    Its #> line goes right under that statement, so a print inside a loop collects all of its
    lines under itself, in the order they were printed.
    """
    statements = [node for node in ast.walk(snippet.tree) if isinstance(node, ast.stmt)]
    anchors = []
    for owner, _ in actual:
        around = [s for s in statements if s.lineno <= (owner or 0) <= s.end_lineno]
        if around:
            stmt = min(around, key=lambda s: s.end_lineno - s.lineno)
            anchors.append((stmt.end_lineno, stmt.col_offset))
        else:  # printed outside any statement of the file (a worker, C code): shown at the end
            anchors.append((len(snippet.lines), 0))
    return anchors


def _in_file_order(snippet: Snippet, actual: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """The printed lines in the order their #> lines stand in the file (stable: print order,
    and under torchrun rank 0's lines before rank 1's)."""
    anchors = _anchors(snippet, actual)
    return [actual[i] for i in sorted(range(len(actual)), key=lambda i: anchors[i][0])]


def _placed(snippet: Snippet, actual: list[tuple[int | None, str]]) -> bool:
    """Does each #> line stand right under the statement that printed its line?"""
    code = [n for n, line in enumerate(snippet.lines, 1) if not OUTPUT.match(line)]
    above = [max((c for c in code if c < n), default=0) for n, _ in snippet.expected]
    printed_under = [min(end, code[-1] if code else 0) for end, _ in _anchors(snippet, actual)]
    return above == printed_under


def compare(snippet: Snippet, actual: list[tuple[int | None, str]]) -> None:
    actual = _in_file_order(snippet, actual)
    expected = [text for _, text in snippet.expected]
    printed = [text for _, text in actual]
    if len(expected) == len(printed) and all(map(matches, expected, printed)):
        if _placed(snippet, actual):
            return
        raise SnippetError(
            f"{snippet.name}:{snippet.expected[0][0]}: its #> lines match what it printed but do not stand"
            " under the statements that printed them (run `make update-outputs` to move them)"
        )
    first = next(
        (i for i, (e, p) in enumerate(zip(expected, printed)) if not matches(e, p)),
        min(len(expected), len(printed)),
    )
    where = (actual[first][0] or 1) if first < len(actual) else snippet.expected[first][0]
    diff = difflib.unified_diff(expected, printed, "#> lines", "printed", lineterm="", n=2)
    raise SnippetError(
        f"{snippet.name}:{where}: output differs from its #> lines "
        f"(run `make update-outputs` if the new output is right)\n" + "\n".join(diff)
    )


def rewritten(snippet: Snippet, actual: list[tuple[int | None, str]]) -> str:
    """The snippet's text with its #> lines replaced by what the run printed, keeping each old
    line that still matches (so outputs never churn between machines)."""
    actual = _in_file_order(snippet, actual)
    blocks: dict[int, list[str]] = {}
    old = iter(text for _, text in snippet.expected)
    for (end, indent), (_, text) in zip(_anchors(snippet, actual), actual):
        previous = next(old, None)
        kept = previous if previous is not None and matches(previous, text) else text
        blocks.setdefault(end, []).append(" " * indent + ("#> " + kept if kept else "#>"))
    out = []
    for n, line in enumerate(snippet.lines, 1):
        if not OUTPUT.match(line):
            out.append(line)
        out.extend(blocks.get(n, []))
    return "\n".join(out) + "\n"


def rewrite(snippet: Snippet, actual: list[tuple[int | None, str]]) -> None:
    """`make update-outputs`: rewrite the #> lines, only under snippets/, only if they changed."""
    if not snippet.path.resolve().is_relative_to(SNIPPETS):
        raise SnippetError(f"{snippet.name}:1: --update-outputs rewrites only files under snippets/")
    write_atomic(snippet.path, rewritten(snippet, actual))


def check(example, update: bool = False) -> None:
    """Run the snippet a page includes and check (or, with `update`, rewrite) its output."""
    if example.parsed is None:
        raise SnippetError(
            f"{where(example)}: a Python code block must hold exactly one line "
            '--8<-- "snippets/<chapter>/<name>.py"; move this code into a snippet file'
        )
    target = ROOT / example.parsed
    if not target.is_file():
        raise SnippetError(f"{where(example)}: includes {example.parsed}, which does not exist")
    snippet = Snippet.load(target)
    if snippet.headers.requires == "cuda":
        import torch  # only here: the test process needs it for nothing else

        if not torch.cuda.is_available():
            if header_grammar.unverified(snippet.headers, "\n".join(snippet.lines)):
                pytest.xfail(f"unverified: {snippet.name} needs CUDA and no GPU run has written its #> lines")
            pytest.skip(f"{snippet.name} requires cuda, and torch.cuda.is_available() is False")
    actual = run(snippet)
    if update:
        rewrite(snippet, actual)
    else:
        compare(snippet, actual)


def where(example) -> str:
    return f"{relative(Path(example.path))}:{example.line}"


def parse_page(document):
    """Sybil parser: one example per Python fence on a page; `parsed` is the included path,
    or None for a fence that is not exactly one include."""
    for region in PYTHON_FENCE(document):
        lines = [line for line in region.lexemes["source"].splitlines() if line.strip()]
        include = INCLUDE.match(lines[0]) if len(lines) == 1 else None
        yield Region(region.start, region.end, include["path"] if include else None, check)


PAGES = Sybil(parsers=[parse_page], path=str(ROOT / "docs"), patterns=["*.md"])


def page_examples(docs: Path = ROOT / "docs"):
    """Every Python fence on every page, in page order, as Sybil examples."""
    for page in sorted(docs.rglob("*.md")):
        yield from PAGES.parse(page)


def page_problems(docs: Path = ROOT / "docs") -> list[str]:
    """The cheap checks of every page: inline code and includes of missing files."""
    problems = []
    for example in page_examples(docs):
        try:
            if example.parsed is None or not (ROOT / example.parsed).is_file():
                check(example)
        except SnippetError as error:
            problems.append(str(error))
    return problems


def orphans(snippets: Path = SNIPPETS, docs: Path = ROOT / "docs") -> list[str]:
    """Snippet files that no page includes (walkthroughs are pages of their own)."""
    included = {ex.parsed for ex in page_examples(docs) if ex.parsed}
    return [
        f"{relative(path)}:1: no page includes this snippet"
        for path in sorted(snippets.rglob("*.py"))
        if path.name != "__init__.py" and "walkthroughs" not in path.parts and relative(path) not in included
    ]
