"""Plumbing shared by the tests and the build hooks; nothing here is shown on a page."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project's root folder
