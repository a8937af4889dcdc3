"""Run one snippet in this process exactly as `python path/to/snippet.py` would, and report.

The fork server calls `run` in a fresh fork; torchrun and the build run this file as a script:

    python child.py SNIPPET REPORT.json

The report (JSON) holds each printed line with the snippet line that printed it, the error
the snippet raised (if any), and every project file that the run opened.
"""

import importlib.util
import io
import json
import os
import sys
import traceback
import types
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Recorder(io.TextIOBase):
    """Stdout that remembers, for each write, the outermost snippet line that made it."""

    def __init__(self, filename: str, passthrough):
        self.filename, self.passthrough, self.pid = filename, passthrough, os.getpid()
        self.chunks: list[tuple[int | None, str]] = []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if os.getpid() != self.pid:  # a forked worker: its output goes where a script's would
            self.passthrough.write(text)
            self.passthrough.flush()
            return len(text)
        line, frame = None, sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename == self.filename:
                line = frame.f_lineno
            frame = frame.f_back
        self.chunks.append((line, text))
        return len(text)

    def lines(self) -> list[tuple[int | None, str]]:
        """Each output line with the line that printed its first character."""
        result, owner, partial = [], None, None
        for line, text in self.chunks:
            for piece in text.splitlines(keepends=True):
                if partial is None:
                    partial, owner = "", line
                partial += piece
                if piece.endswith(("\n", "\r")):
                    result.append((owner, partial.rstrip("\r\n")))
                    partial = None
        if partial is not None:
            result.append((owner, partial))
        return result


def record_reads(root: str, sink: set) -> None:
    """Add to `sink` every project file (under snippets/ or docs/) this process opens, and every
    such folder it lists (a glob's answer changes when a file is added), from now on.

    Packages are not listed: a cache keys them by their versions instead.
    """
    prefixes = tuple(os.path.join(root, folder, "") for folder in ("snippets", "docs"))

    def hook(event, args):
        if event in ("open", "os.listdir", "os.scandir") and isinstance(args[0], (str, bytes, os.PathLike)):
            path = os.path.abspath(os.fsdecode(args[0]))
            if path.endswith(".pyc"):  # a module imported from its cache: its source is the input
                try:
                    path = importlib.util.source_from_cache(path)
                except ValueError:
                    return
            if (path.startswith(prefixes) or path + os.sep in prefixes) and "__pycache__" not in path:
                sink.add(os.path.relpath(path, root))

    sys.addaudithook(hook)


def _error(snippet: str, error: BaseException) -> dict:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == snippet]
    tb = error.__traceback__.tb_next if error.__traceback__ else None  # not this file's frame
    return {
        "type": type(error).__name__,
        "names": sorted({cls.__name__ for cls in type(error).__mro__} | {type(error).__qualname__}),
        "line": frames[0].lineno if frames else None,
        "warning": isinstance(error, Warning),
        "text": "".join(traceback.format_exception_only(error)).rstrip("\n"),
        "traceback": "".join(traceback.format_exception(type(error), error, tb)).rstrip(),
    }


def run(snippet: str, report: str) -> None:
    """Run `snippet` as __main__ here (cwd is already its working folder); write the report."""
    snippet = os.path.abspath(snippet)
    reads: set[str] = set()
    record_reads(ROOT, reads)
    sys.argv = [snippet]
    sys.path[0] = os.path.dirname(snippet)
    sys.warnoptions.append("error")  # what `python -W error` sets; spawned workers inherit it
    warnings.resetwarnings()
    warnings.simplefilter("error")
    # A new interpreter seeds torch's and NumPy's global generators from the OS; a fork would
    # inherit the server's state, so every unseeded snippet would draw the same numbers.
    if "torch" in sys.modules:
        sys.modules["torch"].seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    main = types.ModuleType("__main__")
    main.__file__, main.__builtins__ = snippet, __builtins__
    sys.modules["__main__"] = main
    recorder = Recorder(snippet, sys.stdout)
    sys.stdout = recorder
    error = None
    try:
        with open(snippet, encoding="utf-8") as source:
            code = compile(source.read(), snippet, "exec")
        exec(code, main.__dict__)
    except SystemExit as exit_:
        if exit_.code not in (None, 0):
            error = _error(snippet, exit_)
    except BaseException as raised:  # noqa: BLE001 - everything a script can raise is reported
        error = _error(snippet, raised)
    finally:
        sys.stdout = sys.__stdout__
    with open(report, "w", encoding="utf-8") as out:
        json.dump({"lines": recorder.lines(), "error": error, "reads": sorted(reads)}, out)


if __name__ == "__main__":
    snippet, report = sys.argv[1:3]
    rank = os.environ.get("RANK")
    if rank is not None:  # under torchrun: one report per rank
        report = os.path.join(report, f"rank{rank}.json")
    run(snippet, report)
    sys.stdout.flush()
    os._exit(0)  # no interpreter teardown: the report is all that counts
