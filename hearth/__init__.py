"""Operator tools for a Hearth deployment (not shipped to Lambda)."""
