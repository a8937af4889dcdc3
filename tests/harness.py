"""The snippet harness: Sybil finds the code blocks on the pages, this module checks them.

A page shows code only as a fenced block holding one include of a snippet file:

    ```python title="linspace.py"
    --8<-- "snippets/tensors/linspace.py"
    ```

Sybil parses each page into one example per Python block (tooling/pages.py finds them) and runs
`check`, its evaluator, which returns the failure as text. The snippet runs as `python -W error
snippets/tensors/linspace.py` would (tooling/runner.py), and what it prints must match its `#> `
lines: words exactly, `...` as any text, numbers to the precision shown.
"""

import ast
import contextlib
import difflib
import functools
import hashlib
import os
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sybil import Region, Sybil

from tooling import ROOT, api, cache, pages, runner
from tooling import headers as header_grammar
from tooling.files import write_atomic
from tooling.headers import OUTPUT
from tooling.runner import Outcome

SNIPPETS = ROOT / "snippets"
OUTCOME = "outcome.json"  # a cached run's outcome (tooling/cache.py)
# A decimal number, not part of a word or of a dotted version such as 2.14.1 (but maybe after `...`).
NUMBER = r"(?:(?<=\.\.\.)|(?<![\w.]))[-+]?\d+\.\d+(?:[eE][-+]?\d+)?(?![\w.])"
TOKEN = re.compile(rf"\.\.\.|{NUMBER}")


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
    digest: str  # of the file as loaded (tooling/cache.py's digest)

    @classmethod
    def load(cls, path: Path) -> "Snippet":
        try:
            headers = header_grammar.parse(path, relative(path))
        except header_grammar.HeaderError as error:
            raise SnippetError(str(error)) from None
        data = path.read_bytes()
        text = data.decode("utf-8")
        try:
            tree = ast.parse(text, filename=relative(path))
        except SyntaxError as error:
            raise SnippetError(f"{relative(path)}:{error.lineno}: {type(error).__name__}: {error.msg}") from None
        lines = text.splitlines()
        expected = [(n, m["text"] or "") for n, line in enumerate(lines, 1) if (m := OUTPUT.match(line))]
        return cls(path, lines, headers, expected, tree, hashlib.sha256(data).hexdigest())

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
    """Run a snippet as `python -W error path` (or torchrun) would; its attributed output lines."""
    return printed(snippet, execute(snippet))


def execute(snippet: Snippet, recalled: Outcome | None = None) -> Outcome:
    """Run a snippet (or take `recalled`, the outcome of an earlier run of the very same
    inputs); its outcome, once it is known to have ended well and written no stray stderr."""
    check_siblings(snippet)
    outcome = recalled or runner.run(snippet.path, snippet.headers.timeout, snippet.headers.ranks)
    if outcome.failure:
        raise SnippetError(f"{snippet.name}: {outcome.failure}")
    check_stderr(snippet, outcome.stderr)
    return outcome


def recall(snippet: Snippet) -> Outcome | None:
    """The outcome the cache holds for the snippet as it is now (see `remember`), or None."""
    hit = cache.lookup("snippets", snippet.path)
    try:
        return Outcome.from_json((hit / OUTCOME).read_text()) if hit else None
    except (OSError, ValueError, TypeError, KeyError):  # replaced or removed since the lookup: a miss
        return None


def remember(snippet: Snippet, outcome: Outcome, started: int) -> None:
    """Keep the outcome of a run (started at `started`, time.time_ns()) that passed its check,
    keyed on every file it read (the snippet itself among them), the packages, the CPU, the
    threads and the runner's code (tooling/cache.py): an unchanged snippet is not run again by
    the next `make test`. Not kept: a run that started a process (whose reads are not
    recorded), or one that read a file edited while it ran (or just before: file times are
    coarse), which may have seen either text."""
    own = relative(snippet.path)
    if outcome.spawned or own not in outcome.reads or cache.digest(snippet.path) != snippet.digest:
        return
    recent = started - 1_000_000_000
    for path in outcome.reads:
        with contextlib.suppress(FileNotFoundError):
            if (ROOT / path).stat().st_mtime_ns >= recent:
                return
    cache.store("snippets", snippet.path, snippet.digest, [r for r in outcome.reads if r != own],
                {OUTCOME: outcome.to_json().encode()})


def check_types(snippet: Snippet, types: dict[str, str]) -> None:
    """The docs link `x.view` by the type x had at the end of the run, recorded by
    `make update-outputs` in docs/api-data/snippet-types.json: it must still be that type."""
    recorded = api.recorded_types().get(snippet.name, {})
    if recorded != types:
        changed = sorted(name for name in recorded.keys() | types.keys() if recorded.get(name) != types.get(name))
        raise SnippetError(
            f"{snippet.name}:1: the types recorded for it in {relative(api.TYPES)} changed ({', '.join(changed)}):"
            " run `make update-outputs`"
        )


def check_stderr(snippet: Snippet, stderr: str) -> None:
    """A snippet writes nothing to stderr but the lines its `# stderr:` headers declare."""
    stray = header_grammar.stray_stderr(snippet.headers, stderr)
    if stray:
        shown = "\n".join(stray[:10]) + (f"\n... and {len(stray) - 10} more lines" if len(stray) > 10 else "")
        raise SnippetError(
            f"{snippet.name}:1: wrote to stderr (a reader sees it; declare an expected line with"
            f" '# stderr: TEXT', which the page then shows):\n{shown}"
        )


def printed(snippet: Snippet, outcome: Outcome) -> list[tuple[int | None, str]]:
    """What a run printed, with a declared error of the last statement as its last lines;
    any other error, or a declared one that never came, fails."""
    if outcome.raised:
        return outcome.lines + _expected_raise(snippet, outcome)
    if snippet.headers.raises:
        raise SnippetError(
            f"{snippet.name}:1: declares 'raises: {snippet.headers.raises}' but ran to its end without raising"
        )
    return outcome.lines


def _expected_raise(snippet: Snippet, outcome: Outcome) -> list[tuple[int, str]]:
    """A declared error of the last statement, as output lines; any other error fails."""
    raised, declared = outcome.raised, snippet.headers.raises
    line = raised.line or 1
    last = snippet.tree.body[-1]
    if declared in raised.names and last.lineno <= line <= last.end_lineno:
        return [(line, text) for text in raised.text.splitlines()]
    what = "emitted a warning" if raised.warning else "raised"
    hint = f"\n(it declares 'raises: {declared}', which must be raised by its last statement)" if declared else ""
    raise SnippetError(f"{snippet.name}:{line}: {what} {raised.text}{hint}\n\n{raised.traceback}")


def matches(expected: str, actual: str) -> bool:
    """Does a printed line match its #> line?

    Text compares exactly and `...` matches any text. A decimal number matches one written with
    as many digits that differs by at most one unit in the last digit, as pytest's doctest
    NUMBER option does, so an output does not depend on how a CPU rounds its last bit.
    Integers, and numbers such as `6.` with no digit after the point, compare exactly. Every
    way a `...` can split the line is tried, so a number after it is compared with the number
    the text around it places, not with the last one a greedy match happens to reach.
    """
    return _matcher(expected)(actual)


@functools.cache
def _matcher(expected: str):
    parts: list = []  # a literal string, ... (Ellipsis), or (number regex, value, unit)
    start = 0
    for token in TOKEN.finditer(expected):
        parts.append(expected[start : token.start()])
        text = token.group()
        if text == "...":
            parts.append(...)
        else:
            mantissa, _, exponent = text.lower().partition("e")
            digits = len(mantissa.split(".")[1])
            shape = re.compile(rf"[-+]?\d+\.\d{{{digits}}}" + (r"[eE][-+]?\d+" if exponent else ""))
            parts.append((shape, Decimal(text), Decimal(1).scaleb(int(exponent or 0) - digits)))
        start = token.end()
    parts.append(expected[start:])

    def match(actual: str) -> bool:
        @functools.cache
        def rest(i: int, at: int) -> bool:  # do parts[i:] match actual[at:]?
            if i == len(parts):
                return at == len(actual)
            part = parts[i]
            if part is ...:
                return any(rest(i + 1, end) for end in range(at, len(actual) + 1))
            if isinstance(part, str):
                return actual.startswith(part, at) and rest(i + 1, at + len(part))
            shape, value, unit = part
            if at and actual[at - 1] in "0123456789.":  # no number starts inside another
                return False
            number = shape.match(actual, at)
            return bool(number) and abs(Decimal(number[0]) - value) <= unit and rest(i + 1, number.end())

        return rest(0, 0)

    return match


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
    """The snippet's text with its #> lines replaced by what the run printed. Under each
    statement, the old lines that still match what that statement printed are kept (so outputs
    never churn between machines, and a print added elsewhere changes nothing here)."""
    actual = _in_file_order(snippet, actual)
    old: dict[int, list[str]] = {}  # the #> lines under each code line
    for n, text in snippet.expected:
        old.setdefault(_code_above(snippet, n), []).append(text)
    blocks: dict[int, list[str]] = {}
    for (end, indent), (_, text) in zip(_anchors(snippet, actual), actual):
        block = blocks.setdefault(end, [])
        before = old.get(min(end, _code_above(snippet, len(snippet.lines) + 1)), [])
        previous = before[len(block)] if len(block) < len(before) else None
        kept = previous if previous is not None and matches(previous, text) else text
        block.append(" " * indent + ("#> " + kept if kept else "#>"))
    out = []
    for n, line in enumerate(snippet.lines, 1):
        if not OUTPUT.match(line):
            out.append(line)
        out.extend(blocks.get(n, []))
    return "\n".join(out) + "\n"


def _code_above(snippet: Snippet, n: int) -> int:
    """The last line above line n that is code, not a #> line (0 if none)."""
    return next((k for k in range(n - 1, 0, -1) if not OUTPUT.match(snippet.lines[k - 1])), 0)


def rewrite(snippet: Snippet, actual: list[tuple[int | None, str]]) -> None:
    """`make update-outputs`: rewrite the #> lines, only under snippets/, only if they changed."""
    if not snippet.path.resolve().is_relative_to(SNIPPETS):
        raise SnippetError(f"{snippet.name}:1: --update-outputs rewrites only files under snippets/")
    write_atomic(snippet.path, rewritten(snippet, actual))


def check(example) -> str | None:
    """Sybil's evaluator: run the snippet a page includes and compare (or, when the document's
    namespace says "update", rewrite) its output. Returns the failure, or None."""
    try:
        _check(example, update=example.namespace.get("update", False))
    except SnippetError as error:
        return str(error)
    return None


def _check(example, update: bool) -> None:
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
    site = snippet.name.startswith("snippets/")  # the site's own, not the self-tests' fixtures
    # Not `--fresh`, nor `make update-outputs`, which rewrites the #> lines from a real run.
    cached = site and not example.namespace.get("fresh", False) and not update
    recalled = recall(snippet) if cached else None
    started = time.time_ns()
    outcome = execute(snippet, recalled)
    actual = printed(snippet, outcome)
    if update:
        rewrite(snippet, actual)
        if site:
            api.record_types(snippet.name, outcome.types)
    else:
        compare(snippet, actual)
        if site:
            check_types(snippet, outcome.types)
    if cached and recalled is None:
        remember(snippet, outcome, started)


def where(example) -> str:
    return f"{relative(Path(example.path))}:{example.line}"


def parse_page(document):
    """Sybil parser: one example per Python block on a page; `parsed` is the included path, or
    None for a block that is not exactly one include."""
    for block in pages.python_blocks(document.text):
        yield Region(block.start, block.end, block.include, check)


PAGES = Sybil(parsers=[parse_page], path=str(ROOT / "docs"), patterns=["*.md"])


def page_examples(docs: Path = ROOT / "docs"):
    """Every Python fence on every page, in page order, as Sybil examples."""
    for page in sorted(docs.rglob("*.md")):
        yield from PAGES.parse(page)


def page_problems(docs: Path = ROOT / "docs") -> list[str]:
    """The cheap checks of every page: inline code and includes of missing files."""
    return [
        problem
        for example in page_examples(docs)
        if example.parsed is None or not (ROOT / example.parsed).is_file()
        if (problem := check(example))
    ]


def orphans(snippets: Path = SNIPPETS, docs: Path = ROOT / "docs") -> list[str]:
    """Snippet files that no page includes (walkthroughs are pages of their own)."""
    included = {ex.parsed for ex in page_examples(docs) if ex.parsed}
    return [
        f"{relative(path)}:1: no page includes this snippet"
        for path in sorted(snippets.rglob("*.py"))
        if path.name != "__init__.py" and "walkthroughs" not in path.parts and relative(path) not in included
    ]


def included_twice(docs: Path = ROOT / "docs") -> list[str]:
    """Snippets that two blocks include: `make update-outputs` would rewrite them twice at once."""
    first: dict[str, str] = {}
    problems = []
    for example in page_examples(docs):
        if example.parsed in first:
            problems.append(f"{where(example)}: includes {example.parsed}, already included at {first[example.parsed]}")
        elif example.parsed:
            first[example.parsed] = where(example)
    return problems
