"""Every Python code block on every page: run its snippet, compare its output."""

import pytest

from harness import SnippetError, check, page_examples, where

EXAMPLES = list(page_examples())


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{where(ex)} {ex.parsed or 'inline code'}" for ex in EXAMPLES])
def test_code_block(example, pytestconfig):
    try:
        check(example, update=pytestconfig.getoption("update_outputs"))
        return
    except SnippetError as failure:
        message = str(failure)
    pytest.fail(message, pytrace=False)  # outside `except`: no chained traceback
