"""Qt-free comparison engine: ingest, normalize, segment, align, reuse, framing."""
from .classcode import install as _install_class_code

_install_class_code()  # dataclasses' generated methods compiled once per machine (classcode.py)
