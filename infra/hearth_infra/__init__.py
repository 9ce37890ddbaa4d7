"""Hearth's AWS CDK v2 app: tables, the Chalice WebSocket API, deploy hooks, optional web hosting."""
