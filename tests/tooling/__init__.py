"""Plumbing shared by the tests and the build hooks; nothing here is shown on a page."""
