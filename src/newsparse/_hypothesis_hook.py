"""Hypothesis's entry point: register newsparse's strategies for ``st.from_type``.

Kept apart from :mod:`newsparse.strategies`, which imports Hypothesis: Hypothesis runs its entry
points while it is itself being imported, and may do so in the middle of importing
``newsparse.strategies``. That module registers its strategies at the end of its own import, so
the hook does nothing in that case.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    module = sys.modules.get("newsparse.strategies")
    if module is not None and not hasattr(module, "register_type_strategies"):
        return  # being imported right now; it registers itself when done
    from newsparse.strategies import register_type_strategies  # noqa: PLC0415 - lazy by design

    register_type_strategies()
