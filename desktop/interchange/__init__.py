"""Project exchange with QDA tools: REFI-QDA .qdpx export and import (DESIGN.md §8).

    from desktop.interchange import export_qdpx, import_qdpx
    with Project.open("gaza.qarin") as p:
        export_qdpx(p, "gaza.qdpx")
    import_qdpx("from-maxqda.qdpx", "new.qarin")

Qt-free; reads and writes projects only through desktop.store's public API.
"""
from .qde import QdpxError
from .qdpx_export import ExportStats, build_qde, export_qdpx
from .qdpx_import import ImportReport, import_qdpx

__all__ = ["ExportStats", "ImportReport", "QdpxError", "build_qde", "export_qdpx", "import_qdpx"]
