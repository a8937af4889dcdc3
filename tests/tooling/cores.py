"""How the cores are shared by runs side by side (the build's notebooks, its figures)."""

import os


def share(jobs: int) -> tuple[int, int]:
    """For `jobs` runs to make: how many to run at once (one a core at most) and the threads
    each may use. OMP_NUM_THREADS, where it is set (`make portability`), is the threads; else
    an equal share of the cores: OpenMP threads beyond a run's share spin against each other,
    and a 1 s snippet then takes 30."""
    cores = os.cpu_count() or 1
    at_once = max(1, min(jobs, cores))
    return at_once, int(os.environ.get("OMP_NUM_THREADS") or max(1, cores // at_once))


def per_worker() -> int:
    """The threads one run may use while pytest-xdist's workers run side by side."""
    return share(int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))[1]
