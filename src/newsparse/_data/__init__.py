"""Word lists and tables kept as data, near the rules that use them (nameparser's ``config/``)."""
