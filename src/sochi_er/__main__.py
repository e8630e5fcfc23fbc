"""``python -m sochi_er`` runs the CLI."""

import sys

from sochi_er.cli import main

sys.exit(main())
