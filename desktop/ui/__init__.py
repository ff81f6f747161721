"""The Qt desktop window. The only package that imports PySide6.

Widgets take their models in the constructor, long work runs on a worker thread, and character
offsets are converted to Qt's UTF-16 units only here (see ``qtext``).
"""
