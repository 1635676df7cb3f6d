"""`python -m backpain_gui` does what the `backpain-gui` command does."""

import sys

from backpain_gui.app.cli import main

sys.exit(main())
