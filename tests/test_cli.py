"""The command line, run as users run it: the installed console script, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse

from conftest import DATA

SAMPLE = DATA / "iraqnewsnow" / "2019-11-10-makhmour.txt"
SCRIPT = Path(sys.executable).with_name("newsparse")


def run(
    *args: str, stdin: bytes | None = None, module: bool = False
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "newsparse", *args] if module else [str(SCRIPT), *args]
    return subprocess.run(command, input=stdin, capture_output=True, timeout=120, check=False)


@pytest.fixture(scope="module", autouse=True)
def _script_installed():
    if not SCRIPT.exists():
        pytest.skip(f"console script not installed at {SCRIPT}")


def test_parse_a_file_prints_the_article_as_json():
    result = run(str(SAMPLE))
    assert result.returncode == 0, result.stderr
    article = newsparse.from_json(result.stdout, newsparse.Article)
    assert article == newsparse.parse(SAMPLE.read_bytes())


def test_python_dash_m_works_the_same():
    assert run(str(SAMPLE), module=True).stdout == run(str(SAMPLE)).stdout


def test_parse_subcommand_stdin_and_options():
    result = run(
        "parse", "-", "--site", "generic", "--published", "2020-03-21", stdin=b"Hello there."
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["site"] == "generic"
    assert data["published"] == "2020-03-21T00:00:00"


def test_many_files_print_one_json_line_each():
    result = run(str(SAMPLE), str(DATA / "generic" / "wire-story.txt"))
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["site"] for line in lines] == ["iraqnewsnow", "generic"]


def test_detect_and_sites():
    detected = run("detect", str(SAMPLE), str(DATA / "generic" / "wire-story.txt")).stdout.decode()
    assert detected.splitlines() == [
        f"{SAMPLE}\tiraqnewsnow",
        f"{DATA / 'generic' / 'wire-story.txt'}\tgeneric",
    ]
    listed = run("sites").stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == list(newsparse.sites())


def test_errors_are_reported_and_the_rest_still_parses(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run(str(tmp_path / "missing.txt"), str(empty), str(SAMPLE))
    assert result.returncode == 1
    errors = result.stderr.decode()
    assert "missing.txt" in errors
    assert "empty.txt: input holds no text" in errors
    assert "Traceback" not in errors
    assert len(result.stdout.decode().splitlines()) == 1


def test_bad_arguments_exit_with_usage():
    result = run("parse", str(SAMPLE), "--published", "yesterday")
    assert result.returncode == 2
    assert b"not an ISO 8601 date" in result.stderr
    assert run("parse", str(SAMPLE), "--site", "nope").returncode == 1
