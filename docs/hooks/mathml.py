"""Render the page's LaTeX to MathML at build time: no script and no request to a CDN.

Browsers draw MathML natively, but stretchy brackets and aligned equations need a font with
an OpenType MATH table; the site serves STIX Two Math, which the ziamath package ships.
"""

import html
import logging
import re
from pathlib import Path

import ziamath
from latex2mathml.converter import convert
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.mathml")

# What pymdownx.arithmatex (generic mode) leaves in the HTML.
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])\s*</(?P=tag)>',
    re.DOTALL,
)


# latex2mathml copies the body of \text{...} verbatim, LaTeX's escapes (\_ , \%) included.
TEXT = re.compile(r"<mtext>(.*?)</mtext>", re.DOTALL)
TEXT_ESCAPE = re.compile(r"\\([_%&#$ {}])")

MATH_FONT = Path(ziamath.__file__).parent / "fonts" / "STIXTwoMath-Regular.ttf"


def on_files(files, config, **kwargs):
    files.append(File.generated(config, "assets/fonts/STIXTwoMath-Regular.ttf", abs_src_path=str(MATH_FONT)))
    return files


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
        mathml = TEXT.sub(lambda text: "<mtext>" + TEXT_ESCAPE.sub(r"\1", text[1]) + "</mtext>", mathml)
        if any("\\" in text for text in TEXT.findall(mathml)):
            log.warning("%s: a backslash would show in the text of %r", page.file.src_uri, tex)
        # A wide formula scrolls sideways: focusable, the keyboard can scroll it (WCAG 2.1.1).
        focus = ' tabindex="0"' if display == "block" else ""
        return f'<span class="math-{display}"{focus}>{mathml}</span>'

    return MATH.sub(render, html_text)
