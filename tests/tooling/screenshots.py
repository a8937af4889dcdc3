"""`make screenshots`: pictures of key pages of the built site, for a person to look at.

    python tests/tooling/screenshots.py SITE_DIR OUT_DIR
"""

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tooling import chromium  # noqa: E402

PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True}
SHOTS = [  # (file name, page, browser context options, element to scroll to, print media)
    ("home", "", {}, None, False),
    ("tensors", "tensors/", {}, "#reshaping", False),
    ("derivations", "derivations/", {}, ".math-block", False),
    ("cheatsheet", "cheatsheet/", {}, None, False),
    ("cheatsheet-dark", "cheatsheet/", {"color_scheme": "dark"}, None, False),
    ("cheatsheet-print", "cheatsheet/", {}, None, True),
    ("phone-tensors", "tensors/", PHONE, "#broadcasting", False),
    ("walkthrough", "walkthroughs/cnn_digits/", {}, "article img", False),
]


def main(site: Path, out: Path) -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.find(), args=chromium.FLAGS)
        for name, url, options, anchor, printed in SHOTS:
            context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
            page = context.new_page()
            page.goto(base + url, wait_until="networkidle")
            if anchor and page.locator(anchor).count():
                page.locator(anchor).first.scroll_into_view_if_needed()
            if printed:
                page.emulate_media(media="print")
            page.screenshot(path=out / f"{name}.png", full_page=printed)
            context.close()
            print(out / f"{name}.png")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
