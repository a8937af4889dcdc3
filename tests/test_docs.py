"""Every Python code block on every page: run its snippet, compare its output."""

import pytest

from harness import SnippetError, page_examples, where

EXAMPLES = list(page_examples())


@pytest.mark.parametrize(
    "example",
    EXAMPLES,
    ids=[f"{where(ex)} {ex.parsed or 'inline code'}" for ex in EXAMPLES],
)
def test_code_block(example):
    try:
        example.evaluate()
        return
    except SnippetError as failure:
        message = str(failure)
    pytest.fail(message, pytrace=False)  # outside `except`: no chained traceback
