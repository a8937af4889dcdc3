"""The build's Jupyter kernels (tooling/kernelserver.py): each a fork of one server that imported
the libraries, started as a new kernel would be, and none outlives its launcher or the server."""

import os
import socket
import time

import nbformat
import pytest
from nbclient import NotebookClient

from tooling import kernelserver, runner

PID = "import os\nprint(os.getpid())"


@pytest.fixture(scope="module")
def server():
    """One for the module (the last test ends it): torch preloaded, as the build's is."""
    made = kernelserver.Server(("torch", "numpy"), {**os.environ, "MPLBACKEND": "Agg"})
    yield made
    made.close()


def notebook(*cells: str):
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell) for cell in cells])


def ended(pid: int) -> bool:
    deadline = time.monotonic() + 60  # a killed process ends soon, later on a busy machine
    while runner.alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not runner.alive(pid)


def test_a_kernel_runs_in_its_folder_with_its_threads_and_its_own_random_numbers(server, tmp_path):
    """What a new kernel's interpreter would have: its working folder first on sys.path, the
    threads OMP_NUM_THREADS gives torch and every OpenMP and BLAS library the server loaded
    (NumPy's), torch's generator seeded anew."""
    draws = []
    for threads in ("1", "2"):
        run = notebook("import os, sys, threadpoolctl, torch\n"
                       "used = {info['num_threads'] for info in threadpoolctl.threadpool_info()} | {torch.get_num_threads()}\n"
                       "print(torch.rand(1).item(), os.getcwd(), sys.path[0], *used)")
        NotebookClient(run, kernel_manager_class=server.manager(), resources={"metadata": {"path": str(tmp_path)}}
                       ).execute(env={**server.env, "OMP_NUM_THREADS": threads})
        draw, *seen = run.cells[0].outputs[0].text.split()
        assert seen == [str(tmp_path), str(tmp_path), threads]
        draws.append(draw)
    assert draws[0] != draws[1], "two kernels drew the same numbers: the fork kept the server's generator"


def test_a_killed_launcher_takes_its_kernel_and_what_it_started_along(server):
    run = notebook("import os, subprocess\nchild = subprocess.Popen(['sleep', '600'])\nprint(os.getpid(), child.pid)")
    client = NotebookClient(run, kernel_manager_class=server.manager())
    with client.setup_kernel():
        client.execute_cell(run.cells[0], 0)
        kernel, started = map(int, run.cells[0].outputs[0].text.split())
        client.km.provisioner.process.kill()  # as Jupyter kills a kernel that does not shut down
        assert ended(kernel), "the kernel outlived its launcher"
        assert ended(started), "a process the kernel started outlived it"


def test_a_launcher_that_dies_mid_request_leaves_the_server_serving(server):
    with socket.socket(socket.AF_UNIX) as launcher:
        launcher.connect(server._start())
        launcher.sendall(b'{"cwd": ')
    run = notebook("print(1)")
    NotebookClient(run, kernel_manager_class=server.manager()).execute()
    assert run.cells[0].outputs[0].text == "1\n"


def test_the_server_s_end_ends_its_kernels_and_their_launchers(server):
    run = notebook(PID)
    client = NotebookClient(run, kernel_manager_class=server.manager())
    with client.setup_kernel():
        client.execute_cell(run.cells[0], 0)
        kernel, launcher = int(run.cells[0].outputs[0].text), client.km.provisioner.process
        server.close()
        assert ended(kernel), "the kernel outlived the server"
        assert launcher.wait(timeout=60) != 0
