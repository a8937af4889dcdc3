"""The harness's own tests, on a fixture page whose snippets pass, drift, warn, raise, hang,
crash, leak state, need CUDA, run under torchrun, or are malformed."""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile

import pytest
import torch

import harness
from harness import ROOT, Snippet, SnippetError
from tooling import cache, headers, runner
from tooling.files import write_atomic

FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = {ex.parsed or "inline": ex for ex in harness.PAGES.parse(FIXTURES / "docs" / "page.md")}


def example(name):
    return EXAMPLES[f"tests/fixtures/snippets/{name}.py" if name != "inline" else name]


def failure(name) -> str:
    message = harness.check(example(name))  # Sybil's evaluator: the failure as text, or None
    assert message, f"{name} passed"
    return message


def passes(name) -> None:
    assert harness.check(example(name)) is None


def test_lexer_finds_python_fences_with_attributes_and_skips_other_languages():
    assert len(EXAMPLES) == 35
    assert example("passes").line == 3  # ```python title="passes.py"
    assert example("drifts").line == 7  # ```py hl_lines="2"


def test_matching_output_passes_including_loops_and_ellipsis():
    passes("passes")


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
        ("... 0.25 ...", "x 0.25 y 0.99 z", True),  # the number the text places, not the last one
        ("... 0.99 ...", "x 0.25 y 0.99 z", True),
    ],
)
def test_numbers_compare_to_the_precision_shown_and_everything_else_exactly(expected, printed, result):
    assert harness.matches(expected, printed) is result


def test_a_warning_is_an_error_that_names_the_line():
    message = failure("warns")
    assert message.startswith("tests/fixtures/snippets/warns.py:5: emitted a warning DeprecationWarning")


def test_a_declared_error_of_the_last_statement_is_checked_as_output():
    passes("raises")


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
    passes("changes_state")
    passes("fresh_state")


def test_a_snippet_has_a_real_main_module_for_spawned_workers():
    passes("spawn_pool")


def test_a_sleeping_hang_times_out_on_the_wall_clock_with_the_file_named(monkeypatch):
    monkeypatch.setattr(runner, "WALL_FACTOR", 2)  # 1 s of sleep, not the 5 s a real limit waits
    assert failure("hangs") == (
        "tests/fixtures/snippets/hangs.py: timed out after 1 s of wall-clock time (asleep or waiting, not busy)"
    )


def test_a_spinning_hang_times_out_on_its_cpu_time_however_busy_the_machine():
    assert failure("spins").startswith("tests/fixtures/snippets/spins.py: timed out after 1 s of CPU time")


def test_a_crash_is_reported_with_the_file_and_how_it_ended():
    assert failure("segfaults").startswith(
        "tests/fixtures/snippets/segfaults.py: crashed with signal SIGSEGV before the snippet finished")
    assert failure("exits").startswith("tests/fixtures/snippets/exits.py: exited with status 3 before")
    passes("passes")  # the suite goes on


def test_a_crashed_rank_fails_even_when_another_rank_reported():
    assert failure("rank_crash").startswith("tests/fixtures/snippets/rank_crash.py: crashed with signal SIGABRT")


def test_output_lines_must_stand_under_the_statement_that_printed_them():
    assert failure("misplaced").startswith("tests/fixtures/snippets/misplaced.py:5: its #> lines match")


def test_a_declared_error_with_a_message_of_several_lines():
    passes("raises_multiline")


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
    passes("launched")


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


def test_unseeded_numpy_and_random_draw_new_numbers_each_on_its_own():
    snippet = Snippet.load(FIXTURES / "snippets" / "unseeded.py")
    first, second = harness.run(snippet), harness.run(snippet)
    assert len(first) == 3 and all(a != b for a, b in zip(first, second))  # torch, NumPy, random


def test_the_warning_filters_libraries_install_on_import_hold_as_under_python_w_error():
    passes("library_filter")
    assert subprocess.run([sys.executable, "-W", "error", FIXTURES / "snippets" / "library_filter.py"],
                          capture_output=True).returncode == 0


def test_a_warning_at_exit_fails_as_a_reader_sees_it():
    assert failure("warns_at_exit").startswith("tests/fixtures/snippets/warns_at_exit.py:1: wrote to stderr")
    done = subprocess.run([sys.executable, "-W", "error", FIXTURES / "snippets" / "warns_at_exit.py"],
                          capture_output=True, text=True)
    assert "DeprecationWarning: a warning at exit" in done.stderr  # the reader's terminal shows it


def test_a_crash_at_exit_fails_after_the_last_line():
    assert failure("crashes_at_exit").startswith(
        "tests/fixtures/snippets/crashes_at_exit.py: crashed with signal SIGABRT at exit, after its last line")
    assert subprocess.run([sys.executable, FIXTURES / "snippets" / "crashes_at_exit.py"]).returncode < 0


def test_stderr_fails_unless_declared():
    assert failure("writes_stderr") == (
        "tests/fixtures/snippets/writes_stderr.py:1: wrote to stderr (a reader sees it; declare an expected line"
        " with '# stderr: TEXT', which the page then shows):\na line only the terminal shows"
    )
    passes("declares_stderr")


def test_output_that_bypasses_sys_stdout_is_still_compared():
    passes("bypasses_stdout")


def test_a_declared_sibling_that_is_missing_names_the_file():
    assert failure("uses_missing") == (
        "tests/fixtures/snippets/uses_missing.py:1: '# uses: not_there.py', but there is no not_there.py next to it")


@pytest.mark.parametrize(("line", "message"), [
    ("# requires: gpu", "bad value 'gpu' for header 'requires': the only value is 'cuda'"),
    ("# raises: torch.OutOfMemoryError", "bad value 'torch.OutOfMemoryError' for header 'raises'"),
    ("# figure: chart.pdf", "bad value 'chart.pdf' for header 'figure': expected a file name ending in .svg or .png"),
    ("# timeout: 0", "bad value '0' for header 'timeout': expected seconds between 0 and 600"),
    ("# timeout: soon", "bad value 'soon' for header 'timeout'"),
    ("# uses: bench", "bad value 'bench' for header 'uses': expected sibling file names"),
    ("# launch: torchrun 2", "bad value 'torchrun 2' for header 'launch': expected 'torchrun --nproc-per-node N'"),
    ("# stderr:", "bad value '' for header 'stderr': expected the text"),
    ("# device: cuda", "unknown header 'device' (known: requires, raises, figure, timeout, uses, launch, stderr)"),
])
def test_every_header_validator_names_the_file_and_line(tmp_path, line, message):
    snippet = tmp_path / "bad.py"
    snippet.write_text(f"# figure: a.svg\n{line}\nprint()\n")  # a valid first header, then the bad one
    with pytest.raises(headers.HeaderError) as info:
        headers.parse(snippet, "bad.py")
    assert str(info.value).startswith(f"bad.py:2: {message}")


def test_a_header_given_twice_names_its_second_line(tmp_path):
    snippet = tmp_path / "twice.py"
    snippet.write_text("# timeout: 5\n# timeout: 6\n")
    with pytest.raises(headers.HeaderError, match="twice.py:2: header 'timeout' given twice"):
        headers.parse(snippet, "twice.py")


def test_a_torchrun_snippet_runs_under_the_real_torchrun_too():
    outcome = runner.run(FIXTURES / "snippets" / "launched.py", 60, ranks=2, real_torchrun=True)
    assert outcome.failure is None
    snippet = Snippet.load(FIXTURES / "snippets" / "launched.py")
    harness.compare(snippet, harness.printed(snippet, outcome))


def _pids(*names: str) -> list[str]:
    """Files in which the fixtures record their pids, emptied first."""
    paths = [os.path.join(tempfile.gettempdir(), name) for name in names]
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    return paths


def _once_started(monkeypatch, paths: list[str], then) -> None:
    """Make the runner's wait end, with `then()`, as soon as every file in `paths` holds a pid:
    the processes the run hangs in have started. A condition, not a guess at how long a busy
    machine takes to start them."""
    answer = runner.ForkServer._answer

    def waiting(self, timeout):
        if timeout is None:
            return answer(self, None)
        while not all(os.path.exists(path) and open(path).read() for path in paths):
            assert answer(self, 0.05) is None, "the run ended before its processes started"
        return then()

    monkeypatch.setattr(runner.ForkServer, "_answer", waiting)


def test_no_rank_outlives_a_hung_torchrun_snippet(monkeypatch):
    """Its wall-clock limit expires once both ranks run, as forks and under the real torchrun,
    whose ranks lead sessions of their own; then no rank is left. (One test: one pid file.)"""
    for real_torchrun in (False, True):
        paths = _pids("rank_hangs.0.pid", "rank_hangs.1.pid")
        _once_started(monkeypatch, paths, lambda: None)  # None: the limit passed first
        outcome = runner.run(FIXTURES / "snippets" / "rank_hangs.py", 30, ranks=2, real_torchrun=real_torchrun)
        monkeypatch.undo()
        assert outcome.failure.startswith("timed out after 300 s of wall-clock time"), outcome.failure
        assert not [pid for path in paths if runner.alive(pid := int(open(path).read()))], real_torchrun


@pytest.fixture
def bare_server():
    """A fork server of its own that imports no library, for a test that kills it: the shared
    one's restart would cost seconds of imports."""
    server = runner.ForkServer(preload=())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "SERVER", server)
        yield server
    server.close()


def test_an_interrupt_leaves_no_process_and_the_next_run_works(monkeypatch, bare_server):
    [record] = _pids("sleeps_and_records.pid")

    def interrupt():
        raise KeyboardInterrupt

    _once_started(monkeypatch, [record], interrupt)
    with pytest.raises(KeyboardInterrupt):
        runner.run(FIXTURES / "snippets" / "sleeps_and_records.py", 30)
    monkeypatch.undo()
    assert not runner.alive(int(open(record).read()))
    assert bare_server.process is None  # killed with the run
    passes("bypasses_stdout")


def test_a_dead_fork_server_is_a_clear_failure_and_is_restarted(bare_server):
    assert failure("kills_server").startswith(
        "tests/fixtures/snippets/kills_server.py: not run: the fork server exited with status -9")
    assert bare_server.process is None
    passes("bypasses_stdout")
    assert bare_server.process.poll() is None  # a new one ran it


def test_update_outputs_keeps_a_statement_s_lines_when_a_print_is_added_above(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "SNIPPETS", tmp_path.resolve())
    snippet = tmp_path / "timed.py"
    snippet.write_text(
        "import time\n\nstart = time.perf_counter()\n"
        'print(f"took {time.perf_counter() - start:.6f} s")\n#> took ... s\n'
    )
    snippet.write_text(snippet.read_text().replace("import time\n", 'import time\n\nprint("new line")\n'))
    loaded = Snippet.load(snippet)
    harness.rewrite(loaded, harness.run(loaded))
    assert snippet.read_text().endswith('print("new line")\n#> new line\n\nstart = time.perf_counter()\n'
                                        'print(f"took {time.perf_counter() - start:.6f} s")\n#> took ... s\n')


def test_update_outputs_writes_only_a_changed_file_and_atomically(tmp_path, monkeypatch):
    target = tmp_path / "snippet.py"
    target.write_text("old\n")
    before = target.stat().st_ino
    assert write_atomic(target, "old\n") is False and target.stat().st_ino == before  # unchanged: untouched

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["snippet.py"]  # no half file, no litter


def test_one_reader_finds_fences_of_any_length_with_backticks_or_tildes():
    from tooling import pages

    text = (
        '~~~ python title="a.py"\n--8<-- "snippets/a.py"\n~~~\n'
        "````py\n```python\n--8<-- \"inner.py\"\n```\n````\n"  # a longer fence holds a shorter one
        '    ```pycon\n    --8<-- "snippets/b.py"\n    ```\n'  # indented, in an admonition
        "```text\nnot python\n```\n"
        '```python3 {.no-copy}\n--8<-- "snippets/c.py"\n```\n'
    )
    found = pages.python_blocks(text)
    assert [(b.line, b.include) for b in found] == [(1, "snippets/a.py"), (4, None), (9, "snippets/b.py"),
                                                    (15, "snippets/c.py")]
    assert text[found[0].start : found[0].end] == '~~~ python title="a.py"\n--8<-- "snippets/a.py"\n~~~\n'


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project of its own (snippets/, docs/, a cache), as the harness and the runner see it."""
    for module in (harness, runner, cache):
        monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(cache, "CACHE", tmp_path / ".cache")
    monkeypatch.setattr(harness, "SNIPPETS", tmp_path / "snippets")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "docs").mkdir()
    runs = []
    real = runner.run
    monkeypatch.setattr(runner, "run", lambda *args, **kwargs: runs.append(args[0].name) or real(*args, **kwargs))
    return tmp_path, runs


def checked(root, name: str, code: str, fresh: bool = False, update: bool = False, settled: bool = True) -> str | None:
    """Write snippets/NAME holding CODE and a page that includes it; the harness's verdict.
    `settled`: the files were last written a while ago (not while, or just before, it runs)."""
    write_atomic(root / "snippets" / name, code)  # an unchanged file keeps its time
    (root / "docs" / "page.md").write_text(f'```python\n--8<-- "snippets/{name}"\n```\n')
    if settled:
        for path in [root / "snippets", *(root / "snippets").iterdir()]:
            os.utime(path, (path.stat().st_atime, path.stat().st_mtime - 60))
    [found] = harness.PAGES.parse(root / "docs" / "page.md")
    found.namespace.update(fresh=fresh, update=update)
    return harness.check(found)


def test_an_unchanged_snippet_is_recalled_and_an_edited_or_fresh_one_runs(project):
    root, runs = project
    code = f"import pathlib\nprint(pathlib.Path({str(root / 'snippets' / 'data.txt')!r}).read_text())\n#> 1\n"
    (root / "snippets" / "data.txt").write_text("1")
    assert checked(root, "s.py", code) is None and runs == ["s.py"]
    assert checked(root, "s.py", code) is None and runs == ["s.py"], "an unchanged snippet ran again"
    assert checked(root, "s.py", code + "# edited\n") is None and len(runs) == 2, "an edited snippet was not run"
    assert checked(root, "s.py", code + "# edited\n", fresh=True) is None and len(runs) == 3, "--fresh did not run it"
    (root / "snippets" / "data.txt").write_text("2")  # a file it read changed: run, and now it differs
    assert "output differs" in checked(root, "s.py", code + "# edited\n") and len(runs) == 4


def test_a_run_that_started_a_process_or_saw_a_fresh_edit_is_not_kept(project):
    root, runs = project
    spawns = "import subprocess, sys\nsubprocess.run([sys.executable, '-c', 'pass'], check=True)\nprint(1)\n#> 1\n"
    for _ in range(2):
        assert checked(root, "spawns.py", spawns) is None
    assert runs == ["spawns.py"] * 2, "a run whose child process may have read files was kept"
    for _ in range(2):
        assert checked(root, "edited.py", "print(1)\n#> 1\n", settled=False) is None
    assert runs[2:] == ["edited.py"] * 2, "a run of a file written just before it was kept"


def kept_and_keyed_on(project, name: str, code) -> None:
    """The snippet NAME, `code(path)` reading the file at path, is kept (two checks, one run),
    and runs again once that file changes."""
    root, runs = project
    data = root / "snippets" / f"{name}.txt"
    data.write_text("1")
    for _ in range(2):
        assert checked(root, name, code(data)) is None
    assert runs.count(name) == 1, f"{name}: the run was not kept"
    data.write_text("2")
    assert checked(root, name, code(data)) is None and runs.count(name) == 2, f"{name}: what it read is not in the key"


def test_a_fork_s_reads_join_the_key_and_a_new_program_s_run_is_not_kept(project):
    """A fork keeps the hooks that record reads (a DataLoader worker's run can be kept); a
    program started fresh (multiprocessing's spawn, an exec) has none, so its run is not."""
    root, runs = project
    kept_and_keyed_on(project, "forks.py", lambda data: (
        f"import os, pathlib\nif os.fork() == 0:\n    pathlib.Path({str(data)!r}).read_text()\n    os._exit(0)\n"
        "os.wait()\nprint(1)\n#> 1\n"))
    spawns = ("import multiprocessing\nif __name__ == '__main__':\n"
              "    p = multiprocessing.get_context('spawn').Process(target=int)\n    p.start()\n    p.join()\n")
    execs = "import os, sys\nif os.fork() == 0:\n    os.execv(sys.executable, [sys.executable, '-c', 'pass'])\nos.wait()\n"
    for name, code in (("spawns.py", spawns), ("execs.py", execs)):
        for _ in range(2):
            assert checked(root, name, code) is None
        assert runs[-2:] == [name] * 2, f"{name}: a run that started a new program was kept"


def test_what_a_run_reads_as_it_exits_joins_the_key(project):
    """Its report is written after its last line; its atexit handlers (and the threads it left)
    run after that, and what they read is in the key too."""
    kept_and_keyed_on(project, "late.py",
                      lambda data: f"import atexit, pathlib\natexit.register(lambda: pathlib.Path({str(data)!r}).read_text())\n")


def test_update_outputs_rewrites_from_a_real_run_not_a_kept_one(project):
    root, runs = project
    assert checked(root, "s.py", "print(1)\n#> 1\n") is None
    assert checked(root, "s.py", "print(1)\n#> 1\n", update=True) is None
    assert runs == ["s.py", "s.py"]


def test_a_failed_check_is_never_recalled(project):
    root, runs = project
    for _ in range(2):
        assert "output differs" in checked(root, "s.py", "print(2)\n#> 1\n")
    assert runs == ["s.py", "s.py"]
    assert cache.lookup("snippets", root / "snippets" / "s.py") is None
