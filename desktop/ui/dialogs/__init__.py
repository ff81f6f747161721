"""Dialogs: each takes its data in the constructor and hands back what the analyst chose."""
