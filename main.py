#!/usr/bin/env python3
"""Qarin launcher: `python main.py` opens the window on the bundled seeds; see README.md."""
import sys

from desktop.cli.main import main

if __name__ == "__main__":
    if len(sys.argv) == 1:
        sys.argv.append("gui")
    sys.exit(main())
