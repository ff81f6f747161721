"""What the analyst reads: the columns and pair views, the text widgets and how text is rendered."""
