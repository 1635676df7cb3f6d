"""The routine: its model, and loading and validating it from YAML; no Qt, no I/O but reading."""
