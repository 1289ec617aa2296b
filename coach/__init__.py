"""Coach: guided leg-cramp care for pregnancy."""

__version__ = "0.1.0"
