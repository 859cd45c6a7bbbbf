"""sitrep: conflict reports in, a geocoded, de-duplicated event dataset out."""

__version__ = "0.1.0"
