"""Run a snippet in a clean process and tell how it went: the one runner of the project.

Every run is a fork of a server that imported torch once (forkserver.py): the snippet itself,
or its torchrun ranks as forks with torchrun's environment, or a real command (`torchrun`) that
the fork executes. Each run gets an empty working folder, a real `__main__`, a reader's
`-W error` warning filters, and two limits: CPU time (the snippet's `timeout`), which a busy
machine cannot use up for it, so it catches a spinning hang; and wall-clock time (WALL_FACTOR
times that), which catches a sleeping one. Whatever the end (success, failure, time-out or an
interrupt), no process the run started outlives it.
"""

import contextlib
import json
import math
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tooling import ROOT, child, cores

HERE = Path(__file__).resolve().parent
WALL_FACTOR = 10  # a snippet this much slower than its CPU budget is asleep, not busy


@dataclass
class Raised:
    """What a snippet raised (a warning too: warnings are errors)."""

    type: str
    names: list[str]  # the class names in its MRO, so `raises: OSError` accepts a subclass
    line: int | None  # the snippet line where the traceback enters it
    warning: bool
    text: str  # the traceback's last line(s), as Python prints them
    traceback: str


@dataclass
class Outcome:
    lines: list[tuple[int | None, str]] = field(default_factory=list)  # (snippet line, text)
    raised: Raised | None = None
    stderr: str = ""  # what the run wrote to stderr
    reads: list[str] = field(default_factory=list)  # project files it (or a fork of it) opened
    failure: str | None = None  # how it ended badly: "timed out after ...", "crashed with ..."
    files: dict[str, bytes] = field(default_factory=dict)  # files it left that the caller asked for
    types: dict[str, str] = field(default_factory=dict)  # its globals' torch types at the end (child.torch_types)
    spawned: bool = False  # it started a program, whose reads `reads` misses (child.Trace)

    def to_json(self) -> str:
        """The outcome of a clean run (no files), to keep in a cache."""
        assert not self.failure and not self.files, "only a clean run's outcome without files is kept"
        return json.dumps({name: value for name, value in asdict(self).items() if name not in ("failure", "files")})

    @classmethod
    def from_json(cls, text: str) -> "Outcome":
        data = json.loads(text)
        raised = data.pop("raised")
        lines = [(line, text) for line, text in data.pop("lines")]
        return cls(lines=lines, raised=Raised(**raised) if raised else None, **data)


def _ended(status: int, cpu_seconds: int) -> str | None:
    """A wait status in words; None for a clean exit."""
    code = os.waitstatus_to_exitcode(status)
    if code == -signal.SIGXCPU:
        return f"timed out after {cpu_seconds} s of CPU time"
    if code < 0:
        return f"crashed with signal {signal.Signals(-code).name}"
    return f"exited with status {code}" if code else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerError(Exception):
    """The fork server itself failed (not a snippet)."""


def alive(pid: int) -> bool:
    """Running, or killed but not yet ended? (A zombie has ended: only its exit status is left.)"""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


class ForkServer:
    """A server that runs snippets, started on first use, restarted after a fault."""

    def __init__(self, python: str = sys.executable, preload: tuple[str, ...] = child.PRELOAD):
        self.python = python  # another environment's interpreter runs the same server (make matrix)
        self.preload = preload  # what it imports once, for every run (a self-test's server: nothing)
        self.process: subprocess.Popen | None = None
        self.errors = tempfile.TemporaryFile()  # the server's own stderr, quoted if it dies
        self.lock = threading.Lock()  # one run at a time: a build's threads take turns

    def _start(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": "", "OMP_NUM_THREADS": str(cores.per_worker())}
            self.process = subprocess.Popen(
                [self.python, "-W", "error", str(HERE / "forkserver.py"), *self.preload],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors,
                bufsize=0,  # unbuffered: select() sees every answer line still in the pipe
                env=env, cwd=tempfile.gettempdir(),
            )
        return self.process

    def _answer(self, timeout: float | None) -> dict | None:
        """The server's next answer; None if `timeout` passed first."""
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        if not line:
            self.errors.seek(0)
            tail = self.errors.read().decode(errors="replace")[-2000:]
            raise ServerError(f"the fork server exited with status {self.process.wait()}:\n{tail}")
        return json.loads(line)

    def run(self, request: dict, wall_seconds: float) -> list[int] | None:
        """Start a run and wait for it: its wait statuses, or None if it ran out of wall time
        (it is then killed, and everything it started is gone when this returns)."""
        with self.lock:
            return self._run(request, wall_seconds)

    def _run(self, request: dict, wall_seconds: float) -> list[int] | None:
        server = self._start()
        pids = None
        try:
            server.stdin.write((json.dumps(request) + "\n").encode())
            pids = self._answer(None)["pids"]
            answer = self._answer(wall_seconds)
            if answer is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pids[0], signal.SIGKILL)
                self._answer(None)  # the server has cleaned up after the run
                return None
            return answer["statuses"]
        except BaseException:  # an interrupt or a dead server: kill the run, then the server
            if pids:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pids[0], signal.SIGKILL)
            self._kill_adopted(server.pid)  # first: the server's death would orphan them
            server.kill()
            server.wait()
            self.process = None
            raise

    @staticmethod
    def _kill_adopted(server: int) -> None:
        """Kill every descendant of the server (on an interrupt, before the server goes)."""
        with contextlib.suppress(FileNotFoundError):
            parents = {}
            for entry in filter(str.isdigit, os.listdir("/proc")):
                with contextlib.suppress(OSError, IndexError, ValueError):
                    parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            doomed, grew = {server}, True
            while grew:
                more = {pid for pid, parent in parents.items() if parent in doomed} - doomed
                doomed |= more
                grew = bool(more)
            for pid in doomed - {server}:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            # A killed process ends soon, not at once (later on a loaded machine): wait for it,
            # so that nothing outlives the run
            deadline = time.monotonic() + 60
            while any(map(alive, doomed - {server})) and time.monotonic() < deadline:
                time.sleep(0.01)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()
        self.process = None


SERVER = ForkServer()  # the one this process's runs share, unless a run names another


def run(snippet: Path, timeout: float, ranks: int = 0, real_torchrun: bool = False,
        keep: tuple[str, ...] = (), threads: int | None = None, server: ForkServer | None = None) -> Outcome:
    """Run `snippet` as `python -W error snippet` would, or as `torchrun --nproc-per-node
    {ranks}` would start it (its ranks as forks; `real_torchrun`: the real command). `keep`
    names files it saves in its working folder that the outcome should carry (figures).
    `server`: another than this process's (another interpreter's, or one of several)."""
    server = server or SERVER
    cpu_seconds = math.ceil(timeout)
    with tempfile.TemporaryDirectory() as workdir, tempfile.TemporaryDirectory() as capture:
        argv = None
        if real_torchrun:
            argv = [server.python, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={ranks}",
                    "--no-python", server.python, "-W", "error", str(HERE / "child.py"), str(snippet), capture,
                    str(ROOT)]
        request = {
            "snippet": str(snippet), "workdir": workdir, "capture": capture, "root": str(ROOT),
            "cpu_seconds": cpu_seconds, "threads": threads or cores.per_worker(),
            "ranks": 0 if real_torchrun else ranks, "port": _free_port() if ranks else None, "argv": argv,
        }
        try:
            statuses = server.run(request, WALL_FACTOR * timeout)
        except ServerError as error:
            return Outcome(failure=f"not run: {error}")
        capture = Path(capture)
        stderr = (capture / "stderr.txt").read_text(errors="replace") if (capture / "stderr.txt").exists() else ""
        if statuses is None:
            return Outcome(stderr=stderr, failure=f"timed out after {WALL_FACTOR * timeout:g} s of wall-clock time"
                           " (asleep or waiting, not busy)")
        outcome = _read(capture, stderr, [_ended(status, cpu_seconds) for status in statuses], ranks or 1)
        outcome.files = {f: (Path(workdir) / f).read_bytes() for f in keep if (Path(workdir) / f).is_file()}
        return outcome


def _read(capture: Path, stderr: str, endings: list[str | None], processes: int) -> Outcome:
    """The outcome from the reports a run (or each rank) left in `capture`. The first bad
    ending is the failure: a crash or an exit status at the end counts, report or not."""
    reports = sorted(capture.glob("rank*.json"), key=lambda p: int(p.stem[4:])) or [capture / "report.json"]
    reports = [report for report in reports if report.is_file()]
    # the first bad ending, but not a rank the server stopped because another one failed
    bad = next((e for e in endings if e and "SIGKILL" not in e), None) or next((e for e in endings if e), None)
    missing = processes - len(reports)
    if bad or missing:
        what = bad or "ended"
        if processes > 1 and missing:
            what += f", {missing} of {processes} ranks without a report"
        tail = "\n".join(stderr.strip().splitlines()[-25:])
        when = "at exit, after its last line" if not missing else "before the snippet finished"
        return Outcome(stderr=stderr, failure=f"{what} {when}\n{tail}".rstrip())
    outcome = Outcome(stderr=stderr)
    for report in reports:
        data = json.loads(report.read_text())
        outcome.lines += [(line, text) for line, text in data["lines"]]
        outcome.raised = outcome.raised or (Raised(**data["raised"]) if data["raised"] else None)
        outcome.reads = sorted(set(outcome.reads) | set(data["reads"]))
        outcome.types = data["types"] | outcome.types  # rank 0's wins where ranks differ
        outcome.spawned = outcome.spawned or data["spawned"]
    reads, started = child.Trace.of_forks(str(capture))  # whole: every process of the run has ended
    outcome.reads, outcome.spawned = sorted({*outcome.reads, *reads}), outcome.spawned or started
    # Output that bypassed Python's sys.stdout (a forked worker, C code) comes last.
    stdout = (capture / "stdout.txt").read_text(errors="replace") if (capture / "stdout.txt").exists() else ""
    outcome.lines += [(None, text) for text in stdout.splitlines()]
    return outcome
