"""The routine: its model, and loading and validating it from YAML. No Qt, no I/O beyond reading it."""
