"""Print the cheat sheet to PDF at build time with headless Chromium, for download.

The PDF is the built page printed through its print stylesheet (docs/stylesheets/print.css),
which lays the cheat sheet out as a card: two A4 pages in landscape (its named `@page`, whose
size Chromium's print honours), three columns, the tables without the code blocks. It is never
committed. The page marks the place of the download link with the comment
`<!-- pdf-download -->`. Where no Chromium is installed the build still passes: the hook says
so at INFO and leaves the link out (a link to a PDF that was never made would be a 404), and
the page keeps its hint to print it from the browser, which gives the same layout.
"""

import hashlib
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import ROOT, chromium  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

log = logging.getLogger("mkdocs.hooks.pdf")
PAGE = "cheatsheet.md"
PDF = "pytorch-cheatsheet.pdf"
MARKER = "<!-- pdf-download -->"
LINK = f'<p class="pdf-download"><a href="{PDF}" download>Download the printable card (PDF, two A4 pages, landscape)</a></p>'
CACHE = ROOT / ".cache" / "pdf"  # `mkdocs serve` rebuilds often
CODE = [Path(__file__).resolve(), Path(chromium.__file__).resolve()]  # what prints it


def on_page_content(html_text, page, **kwargs):
    if page.file.src_uri != PAGE:
        return html_text
    if chromium.find() is None:
        log.info("no Chromium (%s) on PATH: %s gets no PDF download link", ", ".join(chromium.BROWSERS), PAGE)
        return html_text.replace(MARKER, "")
    return html_text.replace(MARKER, LINK)


def cached(key: str) -> bytes | None:
    """The PDF printed for `key`, or None; a torn or damaged file is a miss, printed again."""
    try:
        data = (CACHE / f"{key}.pdf").read_bytes()
    except OSError:
        return None
    return data if data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] else None


def keep(key: str, data: bytes) -> None:
    """Keep a printed PDF; written beside and renamed in, as builds may run side by side."""
    write_atomic(CACHE / f"{key}.pdf", data)


def on_post_build(config, **kwargs):
    browser = chromium.find()
    page = Path(File(PAGE, config.docs_dir, config.site_dir, config.use_directory_urls).abs_dest_path)
    if browser is None or not page.is_file():
        return
    # The print depends on the page, the site's own stylesheets and the code that prints it.
    digest = hashlib.sha256(page.read_bytes())
    for path in [*(Path(config.site_dir) / css for css in sorted(config.extra_css)), *CODE]:
        digest.update(path.read_bytes())
    data = cached(digest.hexdigest())
    if data is None:
        with tempfile.TemporaryDirectory() as profile:
            made = Path(profile) / PDF
            command = [browser, *chromium.FLAGS, "--no-pdf-header-footer", f"--user-data-dir={profile}"]
            try:
                done = subprocess.run(
                    [*command, f"--print-to-pdf={made}", page.as_uri()], capture_output=True, text=True, timeout=120
                )
            except subprocess.TimeoutExpired:
                log.warning("%s did not print %s to PDF within 120 s", browser, PAGE)
                return
            if done.returncode != 0 or not made.is_file():
                log.warning("%s could not print %s to PDF:\n%s", browser, PAGE, done.stderr[-2000:])
                return
            data = made.read_bytes()
        keep(digest.hexdigest(), data)
    write_atomic(page.parent / PDF, data)  # `mkdocs serve` may be serving the old one meanwhile
    log.info("printed %s to %s", PAGE, page.parent / PDF)
