"""Run snippets in clean processes: forked from a server that imported torch once, or as a
plain script (under torchrun when the snippet says `# launch: torchrun ...`).

Each run gets an empty working folder, a real `__main__`, warnings as errors and a time
limit; nothing it changes reaches another run. A hang or a crash is a failure naming the file.
"""

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Outcome:
    lines: list[tuple[int | None, str]] = field(default_factory=list)  # (snippet line, text)
    error: dict | None = None  # what the snippet raised (see child._error)
    reads: list[str] = field(default_factory=list)  # files under the project root it opened
    failure: str | None = None  # a timeout or a crash, already worded with the file's name
    files: dict[str, bytes] = field(default_factory=dict)  # files it left that the caller asked for


def _env(threads: int | None = None) -> dict:
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": ""}
    # Runs side by side share the cores: OpenMP threads beyond a run's share spin against
    # each other, and a 1 s snippet then takes 30.
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    env.setdefault("OMP_NUM_THREADS", str(threads or max(1, (os.cpu_count() or 1) // workers)))
    return env


def _kill(group: int) -> None:
    """Kill a run and every process it started (it leads its own process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def _read(capture: Path, name: str, status: str | None, processes: int = 1) -> Outcome:
    """The outcome from the files a child (or each torchrun rank) left in `capture`.

    A child ends with exit status 0 right after writing its report, so any other status, or a
    missing report, is a crash, even when another rank's report is there.
    """
    stdout = (capture / "stdout.txt").read_text(errors="replace") if (capture / "stdout.txt").exists() else ""
    stderr = (capture / "stderr.txt").read_text(errors="replace") if (capture / "stderr.txt").exists() else ""
    reports = sorted(capture.glob("rank*.json"), key=lambda p: int(p.stem[4:])) or [capture / "report.json"]
    missing = processes - sum(report.is_file() for report in reports)
    if status or missing:
        tail = "\n".join(stderr.strip().splitlines()[-25:])
        what = status or "ended"
        if processes > 1 and missing:
            what += f", {missing} of {processes} ranks without a report"
        return Outcome(failure=f"{name}: {what} before the snippet finished\n{tail}".rstrip())
    outcome = Outcome()
    for report in reports:
        data = json.loads(report.read_text())
        outcome.lines += [(line, text) for line, text in data["lines"]]
        outcome.error = outcome.error or data["error"]
        outcome.reads = sorted(set(outcome.reads) | set(data["reads"]))
    # Output that bypassed Python's sys.stdout (a forked worker, C code) comes last.
    outcome.lines += [(None, text) for text in stdout.splitlines()]
    return outcome


def _describe(code: int) -> str | None:
    """A process's return code in words (negative: the signal that killed it)."""
    if code < 0:
        return f"crashed with signal {signal.Signals(-code).name}"
    return f"exited with status {code}" if code else None


class ServerError(Exception):
    """The fork server itself failed (not a snippet)."""


class ForkServer:
    """One server per test process, started on first use, restarted after any fault."""

    def __init__(self):
        self.process: subprocess.Popen | None = None
        self.errors = tempfile.TemporaryFile()  # the server's own stderr, quoted if it dies

    def _start(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [sys.executable, str(HERE / "forkserver.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.errors,
                bufsize=0,  # unbuffered: select() sees every answer line still in the pipe
                env=_env(),
                cwd=tempfile.gettempdir(),
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

    def run(self, snippet: Path, name: str, timeout: float) -> Outcome:
        server, pid = self._start(), None
        try:
            with tempfile.TemporaryDirectory() as workdir, tempfile.TemporaryDirectory() as capture:
                request = {"snippet": str(snippet), "workdir": workdir, "capture": capture}
                server.stdin.write((json.dumps(request) + "\n").encode())
                pid = self._answer(None)["pid"]
                answer = self._answer(timeout)
                _kill(pid)  # workers it left behind (a daemon process, a hung pool) go with it
                if answer is None:
                    self._answer(None)
                    return Outcome(failure=f"{name}: timed out after {timeout:g} s")
                return _read(Path(capture), name, _describe(os.waitstatus_to_exitcode(answer["status"])))
        except ServerError as error:
            self.process = None
            return Outcome(failure=f"{name}: not run: {error}")
        except BaseException:  # an interrupt: nothing may outlive the run, and the protocol restarts
            if pid is not None:
                _kill(pid)
            server.kill()
            self.process = None
            raise

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()


def run_script(
    snippet: Path,
    name: str,
    timeout: float,
    launch: list[str] | None = None,
    keep: list[str] = (),
    threads: int | None = None,
) -> Outcome:
    """Run the snippet as its own `python` process, or under `launch` (torchrun); `keep` names
    files it saves in its working folder that the outcome should carry (figures)."""
    with tempfile.TemporaryDirectory() as workdir, tempfile.TemporaryDirectory() as capture:
        child = [str(HERE / "child.py"), str(snippet)]
        if launch:  # torchrun --nproc-per-node N: each rank writes capture/rank<N>.json
            command = [sys.executable, "-m", "torch.distributed.run", "--standalone", *launch[1:], *child, capture]
        else:
            command = [sys.executable, *child, f"{capture}/report.json"]
        with open(f"{capture}/stdout.txt", "w") as out, open(f"{capture}/stderr.txt", "w") as err:
            process = subprocess.Popen(
                command, cwd=workdir, env=_env(threads), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                start_new_session=True,
            )
            try:
                status = process.wait(timeout)
            except subprocess.TimeoutExpired:
                return Outcome(failure=f"{name}: timed out after {timeout:g} s")
            finally:  # also on an interrupt; and whatever the run left behind
                _kill(process.pid)
                process.wait()
        outcome = _read(Path(capture), name, _describe(status), int(launch[2]) if launch else 1)
        outcome.files = {f: (Path(workdir) / f).read_bytes() for f in keep if (Path(workdir) / f).is_file()}
        return outcome
