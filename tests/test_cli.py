"""The command line, run as users run it: the installed console script, in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.flatten import COLUMNS

from conftest import DATA

SAMPLE = DATA / "iraqnewsnow" / "2019-11-10-makhmour.txt"
WIRE = DATA / "generic" / "wire-story.txt"
SCRIPT = Path(sys.executable).with_name("newsparse")


def run(*args: str, stdin: bytes | None = None, module: bool = False, cwd: Path | None = None):
    command = [sys.executable, "-m", "newsparse", *args] if module else [str(SCRIPT), *args]
    return subprocess.run(
        command, input=stdin, capture_output=True, timeout=300, check=False, cwd=cwd
    )


@pytest.fixture(scope="module", autouse=True)
def _script_installed():
    if not SCRIPT.exists():
        pytest.skip(f"console script not installed at {SCRIPT}")


@pytest.fixture
def folder(tmp_path):
    """A folder of articles: two good ones (one nested), one empty, and a file to ignore."""
    (tmp_path / "nested").mkdir()
    (tmp_path / "a.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "nested" / "b.txt").write_bytes(WIRE.read_bytes())
    (tmp_path / "c.txt").write_text("   \n")
    (tmp_path / "notes.md").write_text("not an article")
    return tmp_path


def jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_parse_a_file_prints_the_article_as_json():
    result = run(str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert newsparse.from_json(result.stdout, newsparse.Article) == newsparse.parse(
        SAMPLE.read_bytes()
    )
    assert result.stderr == b""


def test_python_dash_m_works_the_same():
    assert run(str(SAMPLE), module=True).stdout == run("parse", str(SAMPLE)).stdout


def test_a_folder_streams_json_lines_in_order_with_errors_and_a_summary(folder):
    result = run("parse", str(folder), "--no-progress")
    assert result.returncode == 1
    records = jsonl(result)
    assert [Path(r["path"]).name for r in records] == ["a.txt", "c.txt", "b.txt"]
    assert records[0]["article"]["site"] == "iraqnewsnow"
    assert records[1] == {
        "path": str(folder / "c.txt"),
        "error": "EmptyInputError: input holds no text",
    }
    assert records[2]["article"]["site"] == "generic"
    summary = result.stderr.decode().splitlines()[-1]
    assert summary.startswith("parsed 2, failed 1, ")
    assert summary.endswith(" articles/s")


def test_jobs_keep_input_order_and_give_the_same_output(folder):
    for name in range(12):
        (folder / f"z{name:02}.txt").write_text(
            f"Story number {name}.\n\nIt has a second paragraph."
        )
    one = run("parse", str(folder), "--jobs", "1", "--no-progress")
    two = run("parse", str(folder), "--jobs", "2", "--no-progress")
    every = run("parse", str(folder), "-j", "0", "--no-progress")
    assert one.stdout == two.stdout == every.stdout
    assert len(jsonl(one)) == 15
    # CSV rows are made in the workers and get their file's id in this process.
    errors = str(folder / "errors.csv")  # c.txt fails: its row goes here, not into the cwd
    csv_run = ("parse", str(folder), "--format", "csv", "--errors", errors, "--no-progress")
    one, two = (run(*csv_run, "--jobs", jobs) for jobs in ("1", "2"))
    assert one.stdout == two.stdout
    assert one.stdout.decode().count("z11.txt") == 1


def test_fail_fast_stops_at_the_first_failure(folder):
    result = run("parse", str(folder), "--fail-fast", "--no-progress")
    assert result.returncode == 1
    assert len(jsonl(result)) == 2  # a.txt, then the failure on c.txt; b.txt never parsed


def test_glob_chooses_the_files_in_folders(folder):
    result = run("parse", str(folder), "--glob", "*.md", "--no-progress")
    assert [Path(r["path"]).name for r in jsonl(result)] == ["notes.md"]


def test_json_format_for_many_is_one_array(folder):
    result = run(
        "parse", str(folder / "a.txt"), str(folder / "nested" / "b.txt"), "--format", "json"
    )
    data = json.loads(result.stdout)
    assert [item["article"]["site"] for item in data] == ["iraqnewsnow", "generic"]


def test_stdin_site_published_and_no_extract():
    result = run(
        "parse",
        "-",
        "--site",
        "generic",
        "--published",
        "2020-03-21",
        "--no-extract",
        stdin=b"Hello there. Police said 3 people were killed.",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["site"] == "generic"
    assert data["published"] == "2020-03-21T00:00:00"
    assert data["attributions"] == []
    assert data["incidents"] == []


def test_jsonl_input_with_text_and_date_fields(tmp_path):
    source = tmp_path / "dump.jsonl"
    source.write_text(
        json.dumps({"id": 1, "body": "First story here.", "day": "2019-11-10"})
        + "\n"
        + json.dumps({"id": 2, "body": ""})
        + "\n"
        + "{broken\n"
        + json.dumps({"id": 3, "other": "x"})
        + "\n"
    )
    result = run(
        "parse", str(source), "--jsonl-field", "body", "--published-field", "day", "--no-progress"
    )
    records = jsonl(result)
    assert records[0]["path"] == f"{source}:1"
    assert records[0]["article"]["published"] == "2019-11-10T00:00:00"
    assert records[1]["error"].startswith("EmptyInputError")
    assert records[2]["error"].startswith("not a JSON record")
    assert records[3]["error"] == "no text field 'body' in the record"
    assert result.returncode == 1


@pytest.mark.parametrize("table", list(COLUMNS))
def test_csv_tables_with_output_and_error_files(folder, tmp_path, table):
    target = tmp_path / "out" / f"{table}.csv"
    target.parent.mkdir()
    result = run(
        "parse",
        str(folder),
        "--format",
        "csv",
        "--table",
        table,
        "--output",
        str(target),
        "--no-progress",
    )
    assert result.returncode == 1
    assert result.stdout == b""
    with target.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == COLUMNS[table]
        table_rows = list(reader)
    assert {row["id"] for row in table_rows} <= {
        str(folder / "a.txt"),
        str(folder / "nested" / "b.txt"),
    }
    if table in ("articles", "credits"):
        assert table_rows
    errors = list(csv.reader(io.StringIO((tmp_path / "out" / f"{table}.errors.csv").read_text())))
    assert errors == [
        ["id", "error"],
        [str(folder / "c.txt"), "EmptyInputError: input holds no text"],
    ]


def test_csv_errors_file_can_be_named(folder, tmp_path):
    errors = tmp_path / "problems.csv"
    run(
        "parse",
        str(folder),
        "--format",
        "csv",
        "--errors",
        str(errors),
        "--no-progress",
        cwd=tmp_path,
    )
    assert "EmptyInputError" in errors.read_text()


def test_progress_bar_when_forced(folder):
    result = run("parse", str(folder), "--progress")
    stderr = result.stderr.decode()
    assert "\r[" in stderr
    assert "3/3" in stderr
    assert "ETA" in stderr
    quiet = run("parse", str(folder), "--no-progress").stderr.decode()
    assert "\r" not in quiet


def test_detect_and_sites(folder):
    detected = run("detect", str(folder)).stdout.decode().splitlines()
    assert detected[0] == f"{folder / 'a.txt'}\tiraqnewsnow"
    assert detected[-1] == f"{folder / 'nested' / 'b.txt'}\tgeneric"
    listed = run("sites").stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == list(newsparse.sites())
    assert all(len(line.split(maxsplit=1)) == 2 for line in listed)  # a description each


def test_missing_files_are_errors_not_tracebacks(tmp_path):
    result = run("parse", str(tmp_path / "missing.txt"), str(SAMPLE), "--no-progress")
    assert result.returncode == 1
    records = jsonl(result)
    assert records[0]["error"].startswith("cannot read")
    assert b"Traceback" not in result.stderr


def test_bad_arguments_exit_with_usage():
    result = run("parse", str(SAMPLE), "--published", "yesterday")
    assert result.returncode == 2
    assert b"not an ISO 8601 date" in result.stderr
    assert run("parse", str(SAMPLE), "--site", "nope").returncode == 2
    assert run("parse", str(SAMPLE), "--jobs", "-1").returncode == 2
    assert run().returncode == 2


def test_a_closed_pipe_is_not_a_traceback(folder):
    command = f"'{SCRIPT}' parse '{folder}' --no-progress | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, timeout=60, check=False)
    assert b"Traceback" not in result.stderr
