"""Qt item models over the core's plain objects (analysis, lexicon, annotations, codes)."""
