import os

import harness

os.environ.setdefault("MPLBACKEND", "Agg")  # figures render to files, never to a window


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite every snippet's #> lines from a real run instead of comparing them",
    )


def pytest_configure(config):
    harness.update_outputs = config.getoption("--update-outputs")
