"""Cue sounds behind one small interface with a silent fallback. Qt-free."""
