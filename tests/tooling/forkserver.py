"""A server that imports the heavy libraries once, then forks a clean child per snippet.

Started by runner.ForkServer as `python forkserver.py`. It reads one JSON request a line on
stdin, {"snippet", "workdir", "capture"}, forks, answers {"pid"} at once and {"status"} (the
raw wait status) when the child ends. The child is in its own process group, so the runner can
kill a hung snippet together with any workers it started.
"""

import contextlib
import json
import os
import sys

import child  # noqa: F401 - before the libraries, so a failure to import it is seen first

PRELOAD = ("torch", "torchvision", "numpy", "matplotlib", "matplotlib.pyplot", "sklearn")
for name in PRELOAD:
    __import__(name)


def serve() -> None:
    requests, answers = sys.stdin.buffer, sys.stdout
    for raw in requests:
        request = json.loads(raw)
        pid = os.fork()
        if pid == 0:
            os.setpgid(0, 0)
            os.chdir(request["workdir"])
            capture = request["capture"]
            for fd, path in ((0, os.devnull), (1, f"{capture}/stdout.txt"), (2, f"{capture}/stderr.txt")):
                os.dup2(os.open(path, os.O_RDWR | os.O_CREAT, 0o644), fd)
            try:
                child.run(request["snippet"], f"{capture}/report.json")
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(0)
        with contextlib.suppress(PermissionError, ProcessLookupError):
            os.setpgid(pid, pid)  # as the child does itself: the group exists before anyone kills it
        answers.write(json.dumps({"pid": pid}) + "\n")
        answers.flush()
        _, status = os.waitpid(pid, 0)
        answers.write(json.dumps({"status": status}) + "\n")
        answers.flush()


if __name__ == "__main__":
    serve()
