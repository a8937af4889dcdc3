"""`mkdocs serve` rebuilds the whole site on every save. Four steps of a rebuild gave the same
result as the last for every page the edit did not touch, and were more than half of it:
Pygments' highlighting of the code blocks, Jinja's compiling of the theme's templates, the
search plugin's parsing of each page's HTML, and mkdocs-jupyter's conversion of each notebook. Each keeps what it made in this process, keyed on all
its result depends on, so a rebuild redoes them only for what changed. A `mkdocs build` is one
rebuild: it gains nothing and loses nothing.

mkdocs loads hooks afresh on each rebuild; what is kept hangs on the classes that made it,
which stay imported.
"""

import copy

import jinja2
from material.plugins.search import plugin as search
from mkdocs_jupyter import convert
from pymdownx.highlight import Highlight


def _highlight(highlight):
    def remembered(self, *args, **kwargs):
        settings = sorted((name, repr(value)) for name, value in vars(self).items() if name != "md")
        key = repr((settings, args, sorted(kwargs.items())))
        if key in Highlight.made:
            return Highlight.made[key]
        made = highlight(self, *args, **kwargs)
        if isinstance(made, str):  # not inline code's element, which the page goes on to change
            Highlight.made[key] = made
        return made

    return remembered


def _notebook(nb2html):
    def remembered(path, **options):
        with open(path, "rb") as notebook:
            key = repr((notebook.read(), sorted(options.items())))
        if key not in convert.made:
            convert.made[key] = nb2html(path, **options)
        return convert.made[key]

    return remembered


class Templates(jinja2.BytecodeCache):
    """Compiled templates, keyed by Jinja on each template's name and source."""

    made: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.made:
            bucket.bytecode_from_string(self.made[bucket.key])

    def dump_bytecode(self, bucket):
        self.made[bucket.key] = bucket.bytecode_to_string()


class Sections:
    """Material's search parser, as the search plugin uses it (feed, close, data), remembering
    the sections of each page's HTML; the plugin fills in a missing title, so it gets a copy."""

    made: dict[str, list] = {}

    def __init__(self):
        self.html = []

    def feed(self, html: str):
        self.html.append(html)

    def close(self):
        html = "".join(self.html)
        if html not in self.made:
            parser = Sections.parser()
            parser.feed(html)
            parser.close()
            self.made[html] = parser.data
        self.data = copy.deepcopy(self.made[html])


def on_config(config, **kwargs):
    if not hasattr(Highlight, "made"):
        Highlight.made = {}
        Highlight.highlight = _highlight(Highlight.highlight)
    if getattr(search, "Parser", None) is not None and not hasattr(search.Parser, "made"):
        Sections.parser, search.Parser = search.Parser, Sections
    if not hasattr(convert, "made"):
        convert.made = {}
        convert.nb2html = _notebook(convert.nb2html)
    return config


def on_env(env, **kwargs):
    env.bytecode_cache = Templates()
    return env
