"""Make the site's figures at build time by running the snippets that draw them.

A snippet that draws a figure declares it in its headers, `# figure: activations.svg`, and
saves that file into its working folder; pages show it as `![...](figures/activations.svg)`.
Nothing is pasted in: the picture is always what the code on the page makes. A figure is
drawn again only when its snippet, a file the snippet read, or a package version changed.
"""

import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))  # the shared tooling
from tooling import cache, child, cores, headers, runner  # noqa: E402

log = logging.getLogger("mkdocs.hooks.figures")
# The figures' snippets import torch and matplotlib alone: the tests' other preloads would cost
# a cold build seconds.
SERVER = runner.ForkServer(preload=child.STARTING)


def draw(snippet: Path, names: list[str], threads: int) -> dict[str, bytes]:
    hit = cache.lookup("figures", snippet)
    if hit:
        return {name: (hit / name).read_bytes() for name in names}
    before = cache.digest(snippet)
    name = os.path.relpath(snippet, cache.ROOT)
    outcome = runner.run(snippet, headers.parse(snippet, name).timeout, keep=tuple(names), threads=threads, server=SERVER)
    problem = outcome.failure or (outcome.raised and outcome.raised.traceback)
    missing = [figure for figure in names if figure not in outcome.files]
    if problem or missing:
        log.warning("%s did not make %s:\n%s", name, ", ".join(missing or names), problem or "")
        return {}
    cache.store("figures", snippet, before, outcome.reads, outcome.files)
    return outcome.files


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    wanted = {}
    for snippet in sorted((root / "snippets").rglob("*.py")):
        try:
            figures = headers.parse(snippet, os.path.relpath(snippet, root)).figures
        except headers.HeaderError as error:
            log.warning("%s", error)
            continue
        if figures:
            wanted[snippet] = figures
    at_once, threads = cores.share(len(wanted))
    with ThreadPoolExecutor(at_once) as pool:  # side by side, each with its share of the cores
        drawn = pool.map(draw, wanted, wanted.values(), [threads] * len(wanted))
    for made in drawn:
        for name, content in made.items():
            files.append(File.generated(config, f"figures/{name}", content=content))
    return files
