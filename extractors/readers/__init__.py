"""Readers: one module per file format, each returning a `Document`.

A reader knows nothing of minutes; it reports text, positions, fonts and which
lines are repeated page furniture.
"""
