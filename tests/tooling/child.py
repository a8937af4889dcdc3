"""Run one snippet in this process as `python -W error path/to/snippet.py` would, and report.

The fork server calls `run` in a fresh fork of an interpreter started with `-W error`; a plain
process (real torchrun's ranks) runs this file as a script, under `python -W error` too:

    python -W error child.py SNIPPET REPORT ROOT

So the warning filters are a reader's: "error", with the filters the libraries install on
import in front of it. The report (JSON) holds each printed line with the snippet line that
printed it, what the snippet raised (if anything), and every project file the run opened. It is
written when the snippet's last line has run; the process then ends as a script does (atexit
handlers, destructors), so a crash or a message at exit is seen by the runner, and what it
reads or starts then is noted as its forks' is (Trace.FORKS).
"""

import _posixsubprocess
import atexit
import contextlib
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


class Trace:
    """What a run touches that a cache must know: every project file (under snippets/ or docs/)
    it opens, and every such folder it lists (a glob's answer changes when a file is added);
    and whether it started a program, whose reads no hook here sees.

    A fork (a DataLoader worker) keeps these hooks: it notes what it touches in FORKS, which
    the runner reads once every process of the run has ended. A new program (subprocess,
    multiprocessing's spawn, an exec) has no hooks, so starting one marks the run. Packages
    are not listed: a cache keys them by their versions instead. Not seen: a read or a process
    start made by C code.
    """

    FORKS = "forks.txt"  # in the capture folder: a line "read PATH" or "start EVENT" for each

    def __init__(self, root: str, capture: str):
        self.root, self.pid = root, os.getpid()
        self.prefixes = tuple(os.path.join(root, folder, "") for folder in ("snippets", "docs"))
        self.reads: set[str] = set()
        self.starts: list[str] = []
        self.forks = os.open(os.path.join(capture, self.FORKS), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        sys.addaudithook(self._hook)
        # multiprocessing's spawn starts its interpreter through this, which raises no audit event
        real = _posixsubprocess.fork_exec

        def fork_exec(*args, **kwargs):
            self._note("start", "_posixsubprocess.fork_exec")
            return real(*args, **kwargs)

        _posixsubprocess.fork_exec = fork_exec

    def _note(self, kind: str, what: str) -> None:
        if os.getpid() == self.pid:  # else a fork, or this process after its report
            (self.reads.add if kind == "read" else self.starts.append)(what)
        else:  # one write of one line: appended whole, even by forks writing at once
            os.write(self.forks, f"{kind} {what}\n".encode())

    @classmethod
    def of_forks(cls, capture: str) -> tuple[set[str], bool]:
        """What the forks of a run that has ended noted in `capture`: the files they read, and
        whether they started a program."""
        reads, started = set(), False
        with contextlib.suppress(FileNotFoundError), open(os.path.join(capture, cls.FORKS)) as notes:
            for note in notes.read().splitlines():
                kind, _, what = note.partition(" ")
                if kind == "read":
                    reads.add(what)
                else:
                    started = True
        return reads, started

    def _hook(self, event: str, args: tuple) -> None:
        if event in STARTS:
            self._note("start", event)
        elif event in ("open", "os.listdir", "os.scandir") and isinstance(args[0], (str, bytes, os.PathLike)):
            path = os.path.abspath(os.fsdecode(args[0]))
            if path.endswith(".pyc"):  # a module imported from its cache: its source is the input
                try:
                    path = importlib.util.source_from_cache(path)
                except ValueError:
                    return
            if (path.startswith(self.prefixes) or path + os.sep in self.prefixes) and "__pycache__" not in path:
                self._note("read", os.path.relpath(path, self.root))


# The imports that start a program, no part of what a run does: importing torch runs
# `ldconfig -p`, and matplotlib, with no font cache yet, `fc-list`. Whatever runs code under a
# Trace imports them before the trace starts (a fork server, a walkthrough's kernel).
STARTING = ("torch", "matplotlib", "matplotlib.pyplot")
# What the tests' fork server imports once: those, and the rest of what most snippets import.
PRELOAD = (*STARTING, "torchvision", "numpy", "sklearn")


def preload(names: tuple[str, ...] = PRELOAD) -> None:
    for name in names:
        # Only what this environment holds (make matrix runs a torch that has no torchvision): a
        # snippet that imports a missing one fails on its own import, naming it.
        if importlib.util.find_spec(name.partition(".")[0]):
            __import__(name)


# Audit events of a new program being started (a fork is not one: it keeps the hooks).
STARTS = ("os.exec", "os.posix_spawn", "os.spawn", "os.system", "subprocess.Popen")


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


def fresh_generators() -> None:
    """In a fork: seed torch's and NumPy's global generators from the OS, as a new interpreter
    does; a fork would inherit the server's state, and every unseeded run would draw the same
    numbers. (Python's `random` reseeds itself after a fork.)"""
    if "torch" in sys.modules:
        sys.modules["torch"].seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()


def run(snippet: str, report: str, root: str) -> None:
    """Run `snippet` as __main__ here (cwd is already its working folder); write the report
    (in `report`'s folder, the capture folder, beside what the run's forks note)."""
    snippet = os.path.abspath(snippet)
    trace = Trace(root, os.path.dirname(report))
    sys.argv = [snippet]
    sys.path[0] = os.path.dirname(snippet)
    fresh_generators()
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
        json.dump({"lines": recorder.lines(), "raised": raised, "reads": sorted(trace.reads),
                   "types": torch_types(main.__dict__), "spawned": bool(trace.starts)}, out)
    trace.pid = None  # the report is written: what the exit's threads and handlers touch goes to FORKS


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
