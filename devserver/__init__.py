"""Local API Gateway WebSocket emulator with embedded DynamoDB (never shipped to Lambda).

Run it with `python -m devserver`; see devserver/README.md.
"""
