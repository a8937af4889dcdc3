"""`make api-inventory`: rebuild the index of the official docs that the code links come from.

    make api-inventory PROJECT=torch FILE=path/to/objects.inv
    python tests/tooling/api_inventory.py torch path/to/objects.inv [--source TEXT]

FILE is the docs' own index of objects, downloaded by whoever regenerates it (the build never goes
online): Sphinx's `objects.inv` (https://docs.pytorch.org/docs/2.14/objects.inv,
https://docs.pytorch.org/vision/0.29/objects.inv) or the search index `searchindex.js` beside it,
or the same file from a checkout of the docs' gh-pages repository (pytorch/docs, pytorch/vision).
Every Python object it lists becomes an entry, documented name -> page#anchor, in
docs/api-data/torch-inventory.json; the project's entry is replaced, the other one kept. The
version is the installed package's (major.minor), so the links name the pinned docs.
"""

import argparse
import datetime
import importlib.metadata
import json
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the tooling package
from tooling.api import INVENTORY  # noqa: E402
from tooling.files import write_atomic  # noqa: E402

BASE_URLS = {"torch": "https://docs.pytorch.org/docs/{}/", "torchvision": "https://docs.pytorch.org/vision/{}/"}
ENTRY = re.compile(r"(?P<name>.+?)\s+(?P<role>\S+)\s+(?P<priority>-?\d+)\s+?(?P<uri>\S*)\s+(?P<display>.*)")


def from_objects_inv(data: bytes) -> dict[str, str]:
    """The Python objects of a Sphinx inventory (version 2): name -> uri."""
    header = data.split(b"\n", 4)
    if len(header) < 5 or not header[0].startswith(b"# Sphinx inventory version 2"):
        raise ValueError("not a Sphinx objects.inv (version 2)")
    objects = {}
    for line in zlib.decompress(header[4]).decode().splitlines():
        entry = ENTRY.fullmatch(line.rstrip())
        if entry and entry["role"].startswith("py:"):
            uri = entry["uri"]
            objects[entry["name"]] = uri[:-1] + entry["name"] if uri.endswith("$") else uri
    return objects


def from_searchindex(text: str) -> dict[str, str]:
    """The Python objects of a Sphinx search index (searchindex.js): name -> uri, with the
    anchors its JavaScript would compute ("" is the full name, "-" is role-fullname)."""
    data = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    docnames, roles, labels = data["docnames"], data["objtypes"], data["objnames"]
    objects = {}
    for prefix, entries in data["objects"].items():
        for doc, kind, _priority, anchor, name in entries:
            if not roles[str(kind)].startswith("py:"):
                continue
            full = f"{prefix}.{name}" if prefix else name
            anchor = full if anchor == "" else f"{labels[str(kind)][1]}-{full}" if anchor == "-" else anchor
            objects[full] = f"{docnames[doc]}.html#{anchor}"
    return objects


def write(project: str, version: str, source: str, objects: dict[str, str], path: Path = INVENTORY) -> None:
    """Replace one project's entry in the inventory file."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data.setdefault("about", (
        "The official docs' index of objects, for the links from the code blocks (docs/hooks/api_links.py):"
        " documented name -> page#anchor under base_url. Regenerate with `make api-inventory` (README)."))
    data.setdefault("projects", {})[project] = {
        "version": version,
        "base_url": BASE_URLS[project].format(version),
        "source": source,
        "date": datetime.date.today().isoformat(),
        "objects": dict(sorted(objects.items())),
    }
    write_atomic(path, json.dumps(data, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", choices=sorted(BASE_URLS))
    parser.add_argument("file", type=Path, help="objects.inv or searchindex.js of the docs of the installed version")
    parser.add_argument("--source", help="where FILE came from (default: its name)")
    args = parser.parse_args()
    raw = args.file.read_bytes()
    objects = from_searchindex(raw.decode()) if args.file.suffix == ".js" else from_objects_inv(raw)
    version = ".".join(importlib.metadata.version(args.project).split("+")[0].split(".")[:2])
    write(args.project, version, args.source or args.file.name, objects)
    print(f"{len(objects)} objects of {args.project} {version} written to {INVENTORY}")


if __name__ == "__main__":
    main()
