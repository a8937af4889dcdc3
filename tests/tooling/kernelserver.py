"""A server that imports ipykernel and the heavy libraries once, then forks a Jupyter kernel for
each walkthrough the build runs (docs/hooks/notebooks.py): a kernel is ready at once, where a
new interpreter spends some five seconds of CPU importing them.

    python kernelserver.py serve SOCKET LIBRARY...   # the server, on a Unix socket
    python -S kernelserver.py launch SOCKET ARG...   # what Jupyter starts as the kernel

Jupyter starts the launcher as it would start a kernel. The launcher sends its working folder,
its environment and the kernel's arguments, with its stdin, stdout and stderr attached; the
server forks the kernel with them (in a session of its own, as Jupyter starts a kernel), answers
its pid and, once it has ended, its exit status, with which the launcher exits. A signal the
launcher gets (Jupyter's interrupt) goes on to the kernel's group; if the launcher dies (Jupyter
killed it), the server kills that group. The server ends when its stdin closes (its build has
ended), kills the kernels still running and removes its socket's folder; a kernel whose server
died ends within a second (ipykernel's parent poller).
"""

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import traceback


class Server:
    """The server, started on first use (a build whose notebooks are all kept starts none), and
    a kernel manager for nbclient whose kernels it forks."""

    def __init__(self, preload: tuple[str, ...], env: dict[str, str]):
        self.preload = preload
        self.env = env  # the server's: what its imports read (MPLBACKEND, say) is read there
        self.process: subprocess.Popen | None = None
        self.lock = threading.Lock()  # notebooks start side by side
        self.path = ""

    def _start(self) -> str:
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                folder = tempfile.mkdtemp(prefix="kernels-")
                atexit.register(shutil.rmtree, folder, True)
                self.path = os.path.join(folder, "socket")
                self.process = subprocess.Popen([sys.executable, __file__, "serve", self.path, *self.preload],
                                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=self.env, cwd=folder)
                if self.process.stdout.readline() != b"ready\n":
                    raise RuntimeError(f"the kernel server exited with status {self.process.wait()}")
            return self.path

    def close(self) -> None:
        """End the server, and every kernel still running (its stdin closes at the build's end too)."""
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait()
            self.process = None

    def manager(self) -> type:
        """A jupyter_client kernel manager whose kernel is a fork of this server."""
        from jupyter_client import AsyncKernelManager
        from jupyter_client.kernelspec import KernelSpec

        spec = KernelSpec(argv=[sys.executable, "-S", __file__, "launch", self._start(), "-f", "{connection_file}"],
                          display_name="Python 3", language="python")

        class Forked(AsyncKernelManager):
            kernel_spec = property(lambda self: spec)

        return Forked


def kernel(request: dict, fds: list[int]) -> None:
    """In the fork: become the kernel the launcher asked for, as Jupyter would have started it
    (never returns)."""
    import importlib.util

    import child
    import threadpoolctl
    from ipykernel.kernelapp import IPKernelApp

    os.setsid()  # a group of its own, as Jupyter starts a kernel: killing it reaches its children
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the server ignores it
    for target, fd in enumerate(fds):  # the launcher's stdin, stdout, stderr
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = [importlib.util.find_spec("ipykernel_launcher").origin, *request["argv"]]
    sys.path[0] = os.getcwd()  # as `python -m` puts it, not this script's folder
    if "OMP_NUM_THREADS" in os.environ:  # what a new interpreter's libraries would read at import
        threadpoolctl.threadpool_limits(int(os.environ["OMP_NUM_THREADS"]))
        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    child.fresh_generators()
    # its parent is the server: it ends within a second of the server's end (ipykernel's poller)
    try:
        IPKernelApp.launch_instance(argv=[*request["argv"], f"--IPKernelApp.parent_handle={os.getppid()}"])
    except SystemExit as end:
        os._exit(end.code if isinstance(end.code, int) else int(end.code is not None))
    os._exit(0)


def serve(path: str, libraries: list[str]) -> None:
    import gc

    import child

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the build, which ends; so does this
    child.preload(tuple(libraries))
    import ipykernel.kernelapp  # noqa: F401 - imported once, here
    import threadpoolctl  # noqa: F401

    gc.freeze()  # a fork's collections skip what the server made: no copy of every shared page
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen()
    print("ready", flush=True)
    kernels: dict[socket.socket, int] = {}  # a launcher's connection -> its kernel's pid (and group)
    try:
        while True:
            ready, _, _ = select.select([listener, sys.stdin, *kernels], [], [], 0.1)
            if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1024):
                return
            if listener in ready:
                connection, _ = listener.accept()
                with contextlib.suppress(OSError):  # a launcher that died or hung: dropped
                    start(listener, connection, kernels)
            for connection in [c for c in ready if c in kernels]:  # it sends nothing more: the launcher died
                send(kernels.pop(connection), signal.SIGKILL)
                connection.close()
            reap(kernels)
    finally:
        for pid in kernels.values():
            send(pid, signal.SIGKILL)
        shutil.rmtree(os.path.dirname(path), ignore_errors=True)  # it may outlive the build that made it


def start(listener: socket.socket, connection: socket.socket, kernels: dict[socket.socket, int]) -> None:
    """Read a launcher's request and fork its kernel."""
    connection.settimeout(60)
    message, fds, _, _ = socket.recv_fds(connection, 1 << 16, 3)
    try:
        while message and not message.endswith(b"\n") and (more := connection.recv(1 << 16)):
            message += more
        if not message.endswith(b"\n"):
            raise ConnectionError("the launcher died before its request was whole")
        pid = os.fork()
        if pid == 0:
            try:
                for other in [listener, connection, *kernels]:
                    other.close()
                kernel(json.loads(message), fds)  # it ends the process
            except BaseException:
                traceback.print_exc()
            os._exit(1)
    except BaseException:
        connection.close()
        raise
    finally:
        for fd in fds:
            os.close(fd)
    kernels[connection] = pid
    connection.sendall(f"{pid}\n".encode())


def send(pid: int, number: int) -> None:
    """A signal to a kernel's group; to the kernel alone if it has not made its group yet."""
    try:
        os.killpg(pid, number)
    except ProcessLookupError:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, number)


def reap(kernels: dict[socket.socket, int]) -> None:
    """Tell each ended kernel's launcher how it ended."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        for connection in [c for c, kernel_pid in kernels.items() if kernel_pid == pid]:
            with contextlib.suppress(OSError):
                connection.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
            connection.close()
            del kernels[connection]


def launch(path: str, argv: list[str]) -> None:
    """Run as Jupyter's kernel process: stand for the forked kernel until it ends."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.connect(path)
    request = {"cwd": os.getcwd(), "env": dict(os.environ), "argv": argv}
    socket.send_fds(connection, [json.dumps(request).encode() + b"\n"], [0, 1, 2])
    answers = connection.makefile("rb")
    pid = int(answers.readline())
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # to the kernel's group, as Jupyter sends them
        signal.signal(number, lambda number, frame: send(pid, number))
    answer = answers.readline()  # empty: the server died, and its kernels with it
    code = int(answer) if answer else 1
    sys.exit(code if code >= 0 else 128 - code)  # killed by a signal: as a shell reports it


if __name__ == "__main__":
    role, path, *rest = sys.argv[1:]
    serve(path, rest) if role == "serve" else launch(path, rest)
