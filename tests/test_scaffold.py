"""A site parser made with ``newsparse new-site`` is found by ``newsparse sites`` and passes its
generated tests once its golden file is filled."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.scaffold import new_site

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(cwd / "src"), "HYPOTHESIS_PROFILE": "fast"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture
def checkout(tmp_path):
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.pyc")
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=ignore)
    shutil.copytree(ROOT / "tests", tmp_path / "tests", ignore=ignore)
    return tmp_path


def test_a_scaffolded_site_is_registered_and_passes_once_its_golden_file_is_filled(checkout):
    made = run(
        "-m", "newsparse", "new-site", "dailyexample", "--title", "Daily Example", cwd=checkout
    )
    assert made.returncode == 0, made.stderr
    assert (checkout / "src/newsparse/sites/dailyexample.py").exists()

    listed = run("-m", "newsparse", "sites", cwd=checkout)
    assert "dailyexample" in listed.stdout.split()

    detected = run("-m", "newsparse", "detect", "tests/data/dailyexample/sample.txt", cwd=checkout)
    assert detected.stdout.strip().endswith("\tdailyexample")

    tests = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_site_dailyexample.py"]
    before = run(*tests, cwd=checkout)
    assert before.returncode == 1
    assert "fill" in before.stdout

    regenerated = run("tests/regen_golden.py", cwd=checkout)
    assert regenerated.returncode == 0, regenerated.stderr
    after = run(*tests, cwd=checkout)
    assert after.returncode == 0, after.stdout + after.stderr


def test_the_scaffold_refuses_bad_names_and_overwrites(tmp_path):
    (tmp_path / "src/newsparse/sites").mkdir(parents=True)
    with pytest.raises(ValueError, match="lower case"):
        new_site("Bad-Name", root=tmp_path)
    new_site("okname", root=tmp_path)
    with pytest.raises(ValueError, match="would overwrite"):
        new_site("okname", root=tmp_path)
    with pytest.raises(FileNotFoundError, match="newsparse checkout"):
        new_site("other", root=tmp_path / "nowhere")
