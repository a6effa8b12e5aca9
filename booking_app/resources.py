"""Where the files that ship with the program live (demo data, fonts, translations)."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder beside the package (the project is installed editable)."""
    return Path(__file__).resolve().parent.parent / "resources"


def demo_dir() -> Path:
    """The demo corridor data: locations, rates, surcharges and FX as CSV."""
    return resources_dir() / "demo"
