"""The snippet header grammar, the one definition the harness and the build hooks share.

Headers are the first lines of a snippet, each `# key: value`:

    # requires: cuda
    # timeout: 60
    # stderr: No CUDA runtime is found

The run of header lines ends at the first line of another form. A key or a value outside this
grammar is an error that names the file and line.
"""

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

LINE = re.compile(r"^#\s*(?P<key>[a-z_]+):\s*(?P<value>.*?)\s*$")
OUTPUT = re.compile(r"^(?P<indent>\s*)#>(?: (?P<text>.*))?$")  # a line of expected output
DEFAULT_TIMEOUT = 30.0  # CPU seconds: catches a hang; speed is measured by `make timings`, not here


class HeaderError(Exception):
    pass


@dataclass
class Headers:
    requires: str | None = None  # "cuda": skipped where torch.cuda.is_available() is false
    raises: str | None = None  # the exception the last statement raises on purpose
    figures: list[str] = field(default_factory=list)  # files it saves for the build to publish
    timeout: float = DEFAULT_TIMEOUT  # seconds of CPU time; a wall-clock limit ten times that
    uses: list[str] = field(default_factory=list)  # sibling files it imports
    launch: list[str] | None = None  # e.g. ["torchrun", "--nproc-per-node", "2"]
    stderr: list[str] = field(default_factory=list)  # it may write stderr lines containing these

    @property
    def ranks(self) -> int:
        """How many torchrun ranks run it (0: a plain script)."""
        return int(self.launch[2]) if self.launch else 0


def _requires(value: str) -> str:
    if value != "cuda":
        raise ValueError("the only value is 'cuda'")
    return value


def _raises(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z_]\w*", value):
        raise ValueError("expected an exception class name without its module, such as RuntimeError")
    return value


def _figure(value: str) -> str:
    if not re.fullmatch(r"[\w-]+\.(svg|png)", value):
        raise ValueError("expected a file name ending in .svg or .png")
    return value


def _timeout(value: str) -> float:
    seconds = float(value)
    if not 0 < seconds <= 600:
        raise ValueError("expected seconds between 0 and 600")
    return seconds


def _uses(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",")]
    if not all(re.fullmatch(r"\w+\.py", name) for name in names):
        raise ValueError("expected sibling file names such as bench.py, separated by commas")
    return names


def _launch(value: str) -> list[str]:
    argv = shlex.split(value)
    if len(argv) != 3 or argv[0] != "torchrun" or argv[1] != "--nproc-per-node" or not argv[2].isdigit():
        raise ValueError("expected 'torchrun --nproc-per-node N'")
    return argv


def _stderr(value: str) -> str:
    if not value:
        raise ValueError("expected the text that the stderr lines it may write contain")
    return value


# key: (parse, repeatable, field)
GRAMMAR = {
    "requires": (_requires, False, "requires"),
    "raises": (_raises, False, "raises"),
    "figure": (_figure, True, "figures"),
    "timeout": (_timeout, False, "timeout"),
    "uses": (_uses, False, "uses"),
    "launch": (_launch, False, "launch"),
    "stderr": (_stderr, True, "stderr"),
}


def parse(path: Path, name: str | None = None) -> Headers:
    """The headers of a snippet; `name` is how errors refer to the file."""
    name = name or str(path)
    headers, seen = Headers(), set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = LINE.match(line)
        if not match:
            break
        key, value = match["key"], match["value"]
        if key not in GRAMMAR:
            raise HeaderError(f"{name}:{number}: unknown header '{key}' (known: {', '.join(GRAMMAR)})")
        convert, repeatable, attribute = GRAMMAR[key]
        if key in seen and not repeatable:
            raise HeaderError(f"{name}:{number}: header '{key}' given twice")
        seen.add(key)
        try:
            parsed = convert(value)
        except ValueError as error:
            raise HeaderError(f"{name}:{number}: bad value {value!r} for header '{key}': {error}") from None
        if repeatable:
            getattr(headers, attribute).append(parsed)
        else:
            setattr(headers, attribute, parsed)
    return headers


def unverified(headers: Headers, text: str) -> bool:
    """A GPU-only snippet whose output no GPU run has written yet (`text`: the file)."""
    return headers.requires == "cuda" and not any(OUTPUT.match(line) for line in text.splitlines())


def stray_stderr(headers: Headers, stderr: str) -> list[str]:
    """The stderr lines a run wrote that no `# stderr:` header of its snippet declares."""
    return [line for line in stderr.splitlines() if line.strip() and not any(text in line for text in headers.stderr)]
