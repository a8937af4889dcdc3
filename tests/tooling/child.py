"""Run one snippet in this process as `python -W error path/to/snippet.py` would, and report.

The fork server calls `run` in a fresh fork of an interpreter started with `-W error`; a plain
process (real torchrun's ranks) runs this file as a script, under `python -W error` too:

    python -W error child.py SNIPPET REPORT ROOT

So the warning filters are a reader's: "error", with the filters the libraries install on
import in front of it. The report (JSON) holds each printed line with the snippet line that
printed it, what the snippet raised (if anything), and every project file the run opened. It is
written when the snippet's last line has run; the process then ends as a script does (atexit
handlers, destructors), so a crash or a message at exit is seen by the runner.
"""

import atexit
import gc
import importlib.util
import io
import json
import os
import resource
import sys
import threading
import traceback
import types


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


# Audit events of a process being started: its reads are not recorded here, so the run is not
# cached (tooling/cache.py). multiprocessing's spawn raises none; a waited child's rusage shows it.
STARTS = ("os.fork", "os.forkpty", "os.posix_spawn", "os.spawn", "os.system", "subprocess.Popen")


def record_starts(sink: list) -> None:
    """Append to `sink` each process this one starts (as far as an audit event tells)."""

    def hook(event, args):
        if event in STARTS:
            sink.append(event)

    sys.addaudithook(hook)


def started_processes(starts: list) -> bool:
    """Whether this process started another: an audit event, or a child it has waited for."""
    return bool(starts) or resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss > 0


def _raised(snippet: str, error: BaseException) -> dict:
    """What the snippet raised, as runner.Raised's fields."""
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


def torch_types(namespace: dict) -> dict[str, str]:
    """The type of each module-level variable whose value is an instance of a torch or
    torchvision class (of a user's subclass: its nearest torch base), as module.qualname.
    The docs link `x.view` by it (tooling/api.py). A class is skipped: its type is a metaclass."""
    found = {}
    for name, value in namespace.items():
        if name.startswith("__") or isinstance(value, type):
            continue
        for cls in type(value).__mro__:
            module = getattr(cls, "__module__", None) or ""
            if module.split(".")[0] in ("torch", "torchvision") and "<" not in cls.__qualname__:
                found[name] = f"{module}.{cls.__qualname__}"
                break
    return dict(sorted(found.items()))


def run(snippet: str, report: str, root: str) -> None:
    """Run `snippet` as __main__ here (cwd is already its working folder); write the report."""
    snippet = os.path.abspath(snippet)
    reads: set[str] = set()
    record_reads(root, reads)
    starts: list[str] = []
    record_starts(starts)
    sys.argv = [snippet]
    sys.path[0] = os.path.dirname(snippet)
    # A new interpreter seeds torch's and NumPy's global generators from the OS; a fork would
    # inherit the server's state, so every unseeded snippet would draw the same numbers.
    # (Python's `random` reseeds itself after a fork.)
    if "torch" in sys.modules:
        sys.modules["torch"].seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    main = types.ModuleType("__main__")
    main.__file__, main.__builtins__ = snippet, __builtins__
    sys.modules["__main__"] = main
    recorder = Recorder(snippet, sys.stdout)
    sys.stdout = recorder
    raised = None
    try:
        with open(snippet, encoding="utf-8") as source:
            code = compile(source.read(), snippet, "exec")
        exec(code, main.__dict__)
    except SystemExit as exit_:
        if exit_.code not in (None, 0):
            raised = _raised(snippet, exit_)
    except BaseException as error:  # noqa: BLE001 - everything a script can raise is reported
        raised = _raised(snippet, error)
    finally:
        sys.stdout = sys.__stdout__
    with open(report, "w", encoding="utf-8") as out:
        json.dump({"lines": recorder.lines(), "raised": raised, "reads": sorted(reads),
                   "types": torch_types(main.__dict__), "spawned": started_processes(starts)}, out)


def limit_cpu(seconds: int) -> None:
    """Hold this process, and each it starts, to `seconds` of CPU time. CPU time, not wall time:
    a busy machine slows a run but cannot make it spend more CPU. Past the soft limit the kernel
    sends SIGXCPU; a process that ignores it dies at the hard one."""
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))


def finish() -> None:
    """End a forked run as an interpreter ends a script, short of tearing down the modules the
    server preloaded (a second a run: every object the fork shares would be written to): wait
    for the threads it started, run its atexit handlers, free its objects (their destructors
    run, and what they warn goes to stderr), flush, and leave. Torchrun ranks, whose collective
    libraries run threads that C++ destructors must find stopped, take the full exit instead."""
    threading._shutdown()
    atexit._run_exitfuncs()
    sys.modules["__main__"].__dict__.clear()
    gc.collect()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    snippet, report, root = sys.argv[1:4]
    if "SNIPPET_CPU_SECONDS" in os.environ:  # a rank under real torchrun (runner.run)
        limit_cpu(int(os.environ["SNIPPET_CPU_SECONDS"]))
    if "RANK" in os.environ:  # under torchrun: one report per rank, in the folder given
        report = os.path.join(report, f"rank{os.environ['RANK']}.json")
    run(snippet, report, root)
