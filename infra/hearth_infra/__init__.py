"""Hearth's AWS CDK v2 app: tables, Chalice WebSocket API, deploy hooks, optional hosting."""
