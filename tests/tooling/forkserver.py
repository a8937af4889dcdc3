"""A server that imports the heavy libraries once, then forks a clean process for each run.

Started by runner.ForkServer as `python -W error forkserver.py LIBRARY...` (the libraries it
imports once: child.PRELOAD; torch alone for the GPU run; none for a self-test's), so every
fork starts with the warning filters of a reader's `python -W error`: "error", behind the
filters the libraries installed on import. It reads one JSON request a line on stdin:

    {"snippet", "workdir", "capture", "root", "cpu_seconds", "threads", "ranks", "port", "argv"}

and starts the run in a process group of its own: one fork that runs the snippet; or `ranks`
forks with the environment torchrun gives its ranks; or, with `argv`, one fork that executes
that command (real torchrun). It answers {"pids"} at once, then {"statuses"} (raw wait
statuses) once they have all ended and every process they started is gone: the server is a
subreaper, so even a process that left the group (torchrun's ranks lead sessions of their own)
becomes its child when its parent dies, and is killed here.
"""

import contextlib
import ctypes
import gc
import json
import os
import signal
import sys

import child  # before the libraries, so a failure to import it is seen first
from child import limit_cpu

child.preload(tuple(sys.argv[1:]))  # the libraries runner.ForkServer names
gc.freeze()  # a fork's collections skip what the server made: no copy of every shared page


def become_subreaper() -> None:
    """Linux: orphans of a run become this process's children instead of init's."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def children() -> list[int]:
    """This process's children, from /proc (empty where there is none: they are then only
    the run's group, which the runner kills)."""
    me, found = os.getpid(), []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                with contextlib.suppress(OSError, IndexError, ValueError):
                    with open(f"/proc/{entry}/stat") as stat:  # pid (comm) state ppid ...
                        if int(stat.read().rsplit(")", 1)[1].split()[1]) == me:
                            found.append(int(entry))
    return found


def clean_up() -> None:
    """Kill and reap every process still left; a killed one's children are adopted next."""
    while True:
        for pid in children():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def rank_environment(rank: int, ranks: int, port: int, threads: int) -> dict:
    """What torchrun --standalone sets for a rank (the agent's store replaced by rank 0's)."""
    return {
        "RANK": rank, "LOCAL_RANK": rank, "GROUP_RANK": 0, "ROLE_RANK": rank, "ROLE_NAME": "default",
        "WORLD_SIZE": ranks, "LOCAL_WORLD_SIZE": ranks, "ROLE_WORLD_SIZE": ranks, "GROUP_WORLD_SIZE": 1,
        "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": port, "TORCHELASTIC_USE_AGENT_STORE": "False",
        "TORCHELASTIC_RESTART_COUNT": 0, "TORCHELASTIC_MAX_RESTARTS": 0, "TORCHELASTIC_RUN_ID": "none",
        "OMP_NUM_THREADS": max(1, threads // ranks),
    }


def start(request: dict, rank: int | None, group: int) -> None:
    """In the fork: become the run (never returns: it ends as a script does, see child.finish)."""
    os.setpgid(0, group)
    os.chdir(request["workdir"])
    capture = request["capture"]
    for fd, path in ((0, os.devnull), (1, f"{capture}/stdout.txt"), (2, f"{capture}/stderr.txt")):
        os.dup2(os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644), fd)
    threads = request["threads"]
    if request["argv"]:  # the launcher is not held to the limit; child.py sets it for each rank
        os.environ.update(OMP_NUM_THREADS=str(threads), SNIPPET_CPU_SECONDS=str(request["cpu_seconds"]))
        os.execv(request["argv"][0], request["argv"])
    limit_cpu(request["cpu_seconds"])
    report = f"{capture}/report.json"
    if rank is not None:
        env = rank_environment(rank, request["ranks"], request["port"], threads)
        os.environ.update({key: str(value) for key, value in env.items()})
        report, threads = f"{capture}/rank{rank}.json", env["OMP_NUM_THREADS"]
    if "torch" in sys.modules:  # as OMP_NUM_THREADS does in a new interpreter
        sys.modules["torch"].set_num_threads(threads)
    else:  # for the snippet's own import of it
        os.environ["OMP_NUM_THREADS"] = str(threads)
    child.run(request["snippet"], report, request["root"])
    if rank is not None:  # a collective library's threads end in the interpreter's full exit
        sys.exit(0)
    child.finish()


def serve() -> None:
    become_subreaper()
    answers = sys.stdout
    for raw in sys.stdin.buffer:
        request = json.loads(raw)
        group, pids = 0, []
        for rank in range(request["ranks"]) if request["ranks"] else [None]:
            pid = os.fork()
            if pid == 0:
                start(request, rank, group)
            group = group or pid
            with contextlib.suppress(PermissionError, ProcessLookupError):
                os.setpgid(pid, group)  # as the fork does itself: the group exists before anyone kills it
            pids.append(pid)
        answers.write(json.dumps({"pids": pids}) + "\n")
        answers.flush()
        statuses, pending = {}, set(pids)
        while pending:
            pid, status = os.waitpid(-1, 0)
            if pid in pending:
                pending.discard(pid)
                statuses[pid] = status
                if status and pending:  # as torchrun does: one rank failed, stop the others
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(group, signal.SIGKILL)
        clean_up()
        answers.write(json.dumps({"statuses": [statuses[pid] for pid in pids]}) + "\n")
        answers.flush()


if __name__ == "__main__":
    serve()
