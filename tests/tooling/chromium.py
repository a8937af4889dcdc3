"""Where Chromium is, and the flags every headless run of it uses (the PDF, the browser tests)."""

import functools
import shutil
import subprocess

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Headless, as root in CI, and quiet: no request leaves the machine.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def find() -> str | None:
    """The first Chromium-like browser on PATH (Debian's chromium; Chrome on CI runners)."""
    return next(filter(None, map(shutil.which, BROWSERS)), None)


@functools.cache
def identity() -> str:
    """Which browser is installed, as `--version` names it (a cache keys what the browser
    showed on it)."""
    found = find()
    if found is None:
        return "no browser"
    done = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=60)
    return f"{found} {done.stdout.strip()}"
