"""Material's search indexes a page's text, and reads it with Python's HTML parser, tag by tag.
The code blocks' highlighting and API links are about 130,000 tags on this site, and reading
them was a third of every build. The index is given the page with those tags taken out of the
code blocks (their text stays); the page itself keeps them. The index holds the same text:
tests/test_invariants.py parses every built page both ways and compares the sections.
"""

import re

PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
MARKUP = re.compile(r"</?(?:span|a)\b[^>]*>")  # what highlighting and links add in a block


def lean(html: str) -> str:
    """The page with the highlighting and link tags inside its code blocks removed."""
    return PRE.sub(lambda block: MARKUP.sub("", block[0]), html)


def on_config(config, **kwargs):
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(search, "search_index", None)
    if index is None or getattr(index, "lean", False):
        return config
    add = index.add_entry_from_context

    def add_lean(page):
        shown = page.content
        page.content = lean(shown)
        try:
            add(page)
        finally:
            page.content = shown

    index.add_entry_from_context, index.lean = add_lean, True
    return config
