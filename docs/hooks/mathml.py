"""Render the page's LaTeX to MathML at build time: no script, no font, no request to a CDN."""

import html
import logging
import re

from latex2mathml.converter import convert

log = logging.getLogger("mkdocs.hooks.mathml")

# What pymdownx.arithmatex (generic mode) leaves in the HTML.
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])\s*</(?P=tag)>',
    re.DOTALL,
)


def on_page_content(html_text, page, **kwargs):
    def render(match):
        tex = html.unescape(match["inline"] if match["inline"] is not None else match["block"])
        tex = tex.replace("{aligned}", "{split}")  # latex2mathml knows split, not aligned
        display = "inline" if match["inline"] is not None else "block"
        try:
            mathml = convert(tex, display=display)
        except Exception as error:  # a build warning fails `mkdocs build --strict`
            log.warning("%s: cannot render math %r: %s", page.file.src_uri, tex, error)
            return match[0]
        return f'<span class="math-{display}">{mathml}</span>'

    return MATH.sub(render, html_text)
