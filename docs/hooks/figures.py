"""Make the site's figures at build time by running the snippets that draw them.

A snippet that draws a figure declares it in its first lines, `# figure: activations.svg`,
and saves that file into its working folder. Pages show it as `![...](figures/activations.svg)`.
Nothing is pasted in: the picture is always what the code on the page makes.
"""

import logging
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.figures")
FIGURE = re.compile(r"^# figure: (?P<name>\S+)$", re.MULTILINE)


def draw(snippet: Path, name: str) -> bytes | None:
    # No cache: a figure may read data files besides its snippet, and a stale one would lie.
    with tempfile.TemporaryDirectory() as workdir:
        done = subprocess.run(
            [sys.executable, "-W", "error", str(snippet.resolve())],
            cwd=workdir,
            env={**os.environ, "MPLBACKEND": "Agg"},
            capture_output=True,
            text=True,
        )
        made = Path(workdir) / name
        if done.returncode != 0 or not made.is_file():
            log.warning("%s did not make %s:\n%s", snippet.name, name, done.stderr[-2000:])
            return None
        return made.read_bytes()


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    for snippet in sorted((root / "snippets").rglob("*.py")):
        header = snippet.read_text(encoding="utf-8").split("\n\n", 1)[0]
        for match in FIGURE.finditer(header):
            content = draw(snippet, match["name"])
            if content is not None:
                files.append(File.generated(config, f"figures/{match['name']}", content=content))
    return files
