"""What the app keeps on disk: the event log, session history and settings."""
