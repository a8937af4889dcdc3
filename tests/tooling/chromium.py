"""Where Chromium is, and the flags every headless run of it uses (the PDF, the browser tests)."""

import shutil

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
