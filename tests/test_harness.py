"""The harness's own tests: a fixture page whose snippets pass, drift, warn, raise and need CUDA."""

import shutil

import pytest
import torch

import harness
from harness import ROOT, Snippet, SnippetError

FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = {ex.parsed or "inline": ex for ex in harness.PAGES.parse(FIXTURES / "docs" / "page.md")}


def example(name):
    return EXAMPLES[f"tests/fixtures/snippets/{name}.py" if name != "inline" else name]


def failure(name) -> str:
    with pytest.raises(SnippetError) as info:
        example(name).evaluate()
    return str(info.value)


def test_lexer_finds_python_fences_with_attributes_and_skips_other_languages():
    assert len(EXAMPLES) == 8
    assert example("passes").line == 3  # ```python title="passes.py"
    assert example("drifts").line == 7  # ```py hl_lines="2"


def test_matching_output_passes_including_loops_and_ellipsis():
    example("passes").evaluate()


def test_drift_names_the_file_and_the_print_line_and_shows_both_outputs():
    message = failure("drifts")
    assert message.startswith("tests/fixtures/snippets/drifts.py:5: output differs")
    assert "\n-tensor([0.0000, 0.2500, 0.5000, 0.7500, 2.0000])" in message
    assert "\n+tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])" in message


def test_a_warning_is_an_error_that_names_the_line():
    message = failure("warns")
    assert message.startswith("tests/fixtures/snippets/warns.py:5: emitted a warning DeprecationWarning")


def test_a_declared_error_of_the_last_statement_is_checked_as_output():
    example("raises").evaluate()


def test_a_declared_error_must_come_from_the_last_statement():
    message = failure("raises_too_early")
    assert message.startswith("tests/fixtures/snippets/raises_too_early.py:4: raised RuntimeError")
    assert "must be raised by its last statement" in message


def test_an_error_message_that_changed_is_a_drift(tmp_path):
    snippet = tmp_path / "raises.py"
    text = (FIXTURES / "snippets" / "raises.py").read_text()
    snippet.write_text(text.replace("(4)", "(5)"))
    with pytest.raises(SnippetError, match=r"raises.py:6: output differs"):
        harness.compare(Snippet.load(snippet), harness.run(Snippet.load(snippet)))


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the skip on a machine without CUDA")
def test_a_cuda_snippet_is_skipped_with_its_reason():
    with pytest.raises(pytest.skip.Exception, match="requires cuda"):
        example("needs_cuda").evaluate()


def test_a_missing_include_names_the_page_line():
    assert failure("missing") == (
        "tests/fixtures/docs/page.md:27: includes tests/fixtures/snippets/missing.py, which does not exist"
    )


def test_inline_code_on_a_page_names_the_page_line():
    assert failure("inline").startswith("tests/fixtures/docs/page.md:31: a Python code block must hold")


def test_update_outputs_rewrites_from_a_real_run_and_keeps_matching_ellipses(tmp_path):
    for name in ("drifts", "passes"):
        copy = tmp_path / f"{name}.py"
        shutil.copy(FIXTURES / "snippets" / f"{name}.py", copy)
        before = Snippet.load(copy)
        harness.rewrite(before, harness.run(before))
        after = Snippet.load(copy)
        harness.compare(after, harness.run(after))
        if name == "passes":  # already right: the rewrite changes nothing, `...` included
            assert copy.read_text() == (FIXTURES / "snippets" / "passes.py").read_text()
    assert "#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])" in (tmp_path / "drifts.py").read_text()


@pytest.mark.parametrize(
    ("expected", "actual", "result"),
    [("took ... s", "took 0.31 s", True), ("a...b...c", "aXbYc", True), ("took ... s", "took 1 ms", False)],
)
def test_ellipsis_matches_any_text_within_a_line(expected, actual, result):
    assert harness.matches(expected, actual) is result
