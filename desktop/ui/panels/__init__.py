"""Docked and tabbed panels beside the text: annotations, codebook, columns shown, framing, reuse, lexicon, stories."""
