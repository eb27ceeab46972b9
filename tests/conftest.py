"""Test configuration: Hypothesis profiles and the shared corpus."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "ci" is chosen automatically when the CI variable is set (as .ci/run does); "fast" is for
# quick local runs: HYPOTHESIS_PROFILE=fast.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("fast", max_examples=20, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def shared_dir() -> Path:
    """Where ../shared is: $NEWSPARSE_SHARED, else beside the repository."""
    return Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder (CONTRACT.md, corpus/, gold/); tests that need it skip without it."""
    path = shared_dir()
    if not (path / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {path} (set NEWSPARSE_SHARED)")
    return path


def corpus_lines(shared: Path) -> Iterator[str]:
    """Every line of every article in the shared corpus, raw: what the fast paths of the
    extractors are compared with their former code on."""
    for path in sorted((shared / "corpus").rglob("*.txt")):
        yield from path.read_text(errors="replace").split("\n")


@contextmanager
def hang_guard(seconds: int = 120) -> Iterator[None]:
    """Turn a hang into a failure instead of a stuck CI run.

    This is not a timing test: speed is measured by ``benchmarks/``; the guard only catches
    work that would never end (a catastrophic regular expression, say).
    """

    def fail(*_: object) -> None:
        raise AssertionError(f"still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
