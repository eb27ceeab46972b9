"""Site parsers, one module per site; each registers itself when imported."""
