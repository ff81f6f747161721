"""Qt-free comparison engine: ingest, normalize, segment, align, reuse, framing."""
