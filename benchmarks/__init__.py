"""Speed, memory and timing measurements, each against a target written in its issue."""
