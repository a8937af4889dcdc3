"""Every Python code block on every page: Sybil evaluates it (harness.check runs its snippet
and compares the output); the test ids name the page, line and snippet, for `-k`."""

import pytest
from sybil.example import SybilFailure

from harness import page_examples, where

EXAMPLES = list(page_examples())


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{where(ex)} {ex.parsed or 'inline code'}" for ex in EXAMPLES])
def test_code_block(example, pytestconfig):
    example.namespace["update"] = pytestconfig.getoption("update_outputs")
    example.namespace["fresh"] = pytestconfig.getoption("fresh")
    try:
        example.evaluate()
        return
    except SybilFailure as failure:
        message = failure.result
    pytest.fail(message, pytrace=False)  # outside `except`: no chained traceback
