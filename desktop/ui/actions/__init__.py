"""What the window does on a menu entry or a key: file, export, coding, lexicon and corpus actions, undo commands."""
