"""synthlens: dataset quality and analysis for LLM instruction-tuning data."""

__version__ = "0.1.0"
