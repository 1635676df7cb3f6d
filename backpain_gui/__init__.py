"""backpain-gui: a follow-along Pilates session for mild low back pain."""

__version__ = "0.1.0"
