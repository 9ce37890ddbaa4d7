"""cdk-nag AwsSolutions acknowledgements. Each one states why the finding is accepted."""

from __future__ import annotations

from aws_cdk import Stack


def acknowledge(stack: Stack) -> None:
    """Record every accepted AwsSolutions finding on the narrowest construct it applies to."""
