"""The harness's own tests, on a fixture page whose snippets pass, drift, warn, raise, hang,
crash, leak state, need CUDA, run under torchrun, or are malformed."""

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
        harness.check(example(name))
    return str(info.value)


def test_lexer_finds_python_fences_with_attributes_and_skips_other_languages():
    assert len(EXAMPLES) == 24
    assert example("passes").line == 3  # ```python title="passes.py"
    assert example("drifts").line == 7  # ```py hl_lines="2"


def test_matching_output_passes_including_loops_and_ellipsis():
    harness.check(example("passes"))


def test_drift_names_the_file_and_the_print_line_and_shows_both_outputs():
    message = failure("drifts")
    assert message.startswith("tests/fixtures/snippets/drifts.py:5: output differs")
    assert "\n-tensor([0.0000, 0.2500, 0.5000, 0.7500, 2.0000])" in message
    assert "\n+tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])" in message


@pytest.mark.parametrize(
    ("expected", "printed", "result"),
    [
        ("tensor([-0.0040, 2.9960])", "tensor([-0.0041, 2.9959])", True),  # one unit in the last digit
        ("-0.0040", "-0.0042", False),  # two units
        ("-0.0040", "0.0040", False),
        ("0.50", "0.5", False),  # another number of digits
        ("1.0000e-05", "1.0001e-05", True),
        ("1.0000e-05", "1.0000e-06", False),
        ("3", "4", False),  # integers are exact
        ("tensor(6.)", "tensor(7.)", False),  # so is a float printed without decimals
        ("torch 2.14.1", "torch 2.14.2", False),  # a version is not a number
        ("loss 0.25 at step 3", "loss 0.26 at step 3", True),
        ("loss 0.25 at step 3", "loss 0.25 at step 4", False),
        ("took ... s", "took 0.31 s", True),
        ("a...b...c", "aXbYc", True),
        ("took ... s", "took 1 ms", False),
        ("...1.5", "11.5", False),  # `...` may not swallow a number's leading digits
    ],
)
def test_numbers_compare_to_the_precision_shown_and_everything_else_exactly(expected, printed, result):
    assert harness.matches(expected, printed) is result


def test_a_warning_is_an_error_that_names_the_line():
    message = failure("warns")
    assert message.startswith("tests/fixtures/snippets/warns.py:5: emitted a warning DeprecationWarning")


def test_a_declared_error_of_the_last_statement_is_checked_as_output():
    harness.check(example("raises"))


def test_a_declared_error_must_come_from_the_last_statement():
    message = failure("raises_too_early")
    assert message.startswith("tests/fixtures/snippets/raises_too_early.py:4: raised RuntimeError")
    assert "must be raised by its last statement" in message


def test_an_error_message_that_changed_is_a_drift(tmp_path):
    snippet = tmp_path / "raises.py"
    snippet.write_text((FIXTURES / "snippets" / "raises.py").read_text().replace("(4)", "(5)"))
    with pytest.raises(SnippetError, match=r"raises.py:6: output differs"):
        harness.compare(Snippet.load(snippet), harness.run(Snippet.load(snippet)))


def test_a_snippet_leaves_no_state_behind():
    """Print options, default dtype, seed and deterministic mode stay in their own process."""
    harness.check(example("changes_state"))
    harness.check(example("fresh_state"))


def test_unseeded_snippets_draw_new_numbers_as_a_new_interpreter_would():
    snippet = Snippet.load(FIXTURES / "snippets" / "unseeded.py")
    assert harness.run(snippet) != harness.run(snippet)


def test_a_snippet_has_a_real_main_module_for_spawned_workers():
    harness.check(example("spawn_pool"))


def test_a_hang_times_out_with_the_file_named():
    assert failure("hangs") == "tests/fixtures/snippets/hangs.py: timed out after 1 s"


def test_a_crash_is_reported_with_the_file_and_how_it_ended():
    assert failure("segfaults").startswith("tests/fixtures/snippets/segfaults.py: crashed with signal SIGSEGV")
    assert failure("exits").startswith("tests/fixtures/snippets/exits.py: exited with status 3")
    harness.check(example("passes"))  # the suite goes on


def test_a_crashed_rank_fails_even_when_another_rank_reported():
    assert failure("rank_crash").startswith("tests/fixtures/snippets/rank_crash.py: exited with status")


def test_output_lines_must_stand_under_the_statement_that_printed_them():
    assert failure("misplaced").startswith("tests/fixtures/snippets/misplaced.py:5: its #> lines match")


def test_a_declared_error_with_a_message_of_several_lines():
    harness.check(example("raises_multiline"))


def test_a_syntax_error_names_the_file_and_line():
    assert failure("syntax_error") == "tests/fixtures/snippets/syntax_error.py:1: SyntaxError: '(' was never closed"


def test_an_unknown_header_value_names_the_file_and_line():
    assert failure("bad_header") == (
        "tests/fixtures/snippets/bad_header.py:2: bad value 'gpu' for header 'requires': the only value is 'cuda'"
    )


def test_a_sibling_import_must_be_declared(tmp_path):
    message = failure("imports_sibling")
    assert message.startswith("tests/fixtures/snippets/imports_sibling.py:1: imports sibling_helper.py")
    declared = tmp_path / "imports_sibling.py"
    declared.write_text("# uses: sibling_helper.py\n" + (FIXTURES / "snippets" / "imports_sibling.py").read_text())
    shutil.copy(FIXTURES / "snippets" / "sibling_helper.py", tmp_path)
    harness.compare(Snippet.load(declared), harness.run(Snippet.load(declared)))


def test_a_torchrun_snippet_shows_each_rank_in_order():
    harness.check(example("launched"))


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the skip on a machine without CUDA")
def test_a_cuda_snippet_is_skipped_with_its_reason():
    with pytest.raises(pytest.skip.Exception, match="requires cuda"):
        harness.check(example("needs_cuda"))


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the report on a machine without CUDA")
def test_a_cuda_snippet_without_outputs_is_reported_unverified():
    with pytest.raises(pytest.xfail.Exception, match="unverified: tests/fixtures/snippets/unverified_cuda.py"):
        harness.check(example("unverified_cuda"))


def test_a_missing_include_names_the_page_line():
    assert failure("missing") == (
        "tests/fixtures/docs/page.md:27: includes tests/fixtures/snippets/missing.py, which does not exist"
    )


def test_inline_code_on_a_page_names_the_page_line():
    assert failure("inline").startswith("tests/fixtures/docs/page.md:31: a Python code block must hold")


def test_the_cheap_page_checks_list_every_problem_before_any_build():
    problems = harness.page_problems(FIXTURES / "docs")
    assert [p.split(":")[1] for p in problems] == ["27", "31"]


def test_update_outputs_rewrites_from_a_real_run_and_keeps_lines_that_still_match(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "SNIPPETS", tmp_path.resolve())
    for name in ("drifts", "passes"):
        shutil.copy(FIXTURES / "snippets" / f"{name}.py", tmp_path)
    nudged = tmp_path / "passes.py"  # a line one unit off in the last digit is kept as it is
    nudged.write_text(nudged.read_text().replace("#> loss 0.5", "#> loss 0.4"))
    for name in ("drifts", "passes"):
        before = Snippet.load(tmp_path / f"{name}.py")
        harness.rewrite(before, harness.run(before))
        after = Snippet.load(tmp_path / f"{name}.py")
        harness.compare(after, harness.run(after))
    assert "#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])" in (tmp_path / "drifts.py").read_text()
    assert nudged.read_text() == (FIXTURES / "snippets" / "passes.py").read_text().replace("#> loss 0.5", "#> loss 0.4")


def test_update_outputs_never_rewrites_a_file_outside_snippets():
    snippet = Snippet.load(FIXTURES / "snippets" / "drifts.py")
    with pytest.raises(SnippetError, match="rewrites only files under snippets/"):
        harness.rewrite(snippet, harness.run(snippet))
