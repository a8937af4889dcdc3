"""`mkdocs serve` rebuilds the whole site on every save. Four steps of a rebuild gave the same
result as the last for every page the edit did not touch, and were more than half of it:
Pygments' highlighting of the code blocks, Jinja's compiling of the theme's templates, the
search plugin's parsing of each page's HTML, and mkdocs-jupyter's conversion of each notebook.
Each keeps what it made, keyed on all its result depends on, so a rebuild redoes them only for
what changed. A `mkdocs build` is one rebuild: it gains nothing and loses nothing.

What is kept hangs on the classes that made it, for the life of the process, and only from one
build to the next (Memo): an edited page's old results are dropped, so a long `serve` session
does not grow.
"""

import copy

import jinja2
from material.plugins.search import plugin as search
from mkdocs_jupyter import convert
from pymdownx.highlight import Highlight


class Memo:
    """Results by key, kept while each build uses them: what the last build made and this one
    has not asked for is dropped when the next build starts (`turn`)."""

    def __init__(self):
        self.last: dict = {}
        self.now: dict = {}

    def turn(self) -> None:
        self.last, self.now = self.now, {}

    def get(self, key, make, keep=lambda made: True):
        if key in self.now:
            return self.now[key]
        if key in self.last:
            self.now[key] = self.last.pop(key)
            return self.now[key]
        made = make()
        if keep(made):
            self.now[key] = made
        return made


def _highlight(highlight):
    def remembered(self, *args, **kwargs):
        settings = sorted((name, repr(value)) for name, value in vars(self).items() if name != "md")
        stash = self.md.htmlStash.rawHtmlBlocks
        stashed = len(stash)
        # Not inline code's element, which the page goes on to change, nor a block that left
        # HTML in this page's stash (an HTML title), which another page's stash would lack.
        return Highlight.made.get(repr((settings, args, sorted(kwargs.items()))), lambda: highlight(self, *args, **kwargs),
                                  keep=lambda made: isinstance(made, str) and len(stash) == stashed)

    return remembered


class Templates(jinja2.BytecodeCache):
    """Compiled templates, keyed by Jinja on each template's name and source."""

    made = Memo()

    def load_bytecode(self, bucket):
        code = self.made.get(bucket.key, lambda: None, keep=lambda code: code is not None)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.made.get(bucket.key, bucket.bytecode_to_string)


class Sections:
    """Material's search parser, as the search plugin uses it (feed, close, data), remembering
    the sections of each page's HTML; the plugin fills in a missing title, so it gets a copy."""

    made = Memo()

    def __init__(self):
        self.html = []

    def feed(self, html: str):
        self.html.append(html)

    def close(self):
        def parse():
            parser = Sections.parser()
            parser.feed(html)
            parser.close()
            return parser.data

        html = "".join(self.html)
        self.data = copy.deepcopy(self.made.get(html, parse))


def _notebook(nb2html):
    def remembered(path, **options):
        with open(path, "rb") as notebook:
            key = repr((notebook.read(), sorted(options.items())))
        return convert.made.get(key, lambda: nb2html(path, **options))

    return remembered


def on_config(config, **kwargs):
    if not hasattr(Highlight, "made"):
        Highlight.made = Memo()
        Highlight.highlight = _highlight(Highlight.highlight)
    if getattr(search, "Parser", None) is not None and search.Parser is not Sections:
        Sections.parser, search.Parser = search.Parser, Sections
    if not hasattr(convert, "made"):
        convert.made = Memo()
        convert.nb2html = _notebook(convert.nb2html)
    for memo in (Highlight.made, Templates.made, Sections.made, convert.made):
        memo.turn()
    return config


def on_env(env, **kwargs):
    env.bytecode_cache = Templates()
    return env
