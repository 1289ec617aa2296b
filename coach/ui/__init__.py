"""PySide6 screens: thin views over coach.core state."""
