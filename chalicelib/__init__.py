"""Hearth: anonymous peer-support chat rooms (shipped to Lambda by Chalice)."""
