"""Qt-free heart of Coach: routine format, validation, timeline, player."""
