"""CDK entry point: `npx cdk synth|deploy|destroy` (see docs/deploy.md and infra/Makefile.inc).

Synthesis works offline with no AWS credentials: the account and region fall back to
placeholders, and nothing is looked up in the account.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Not named app.py: `chalice package` imports the repository's app.py as module "app".
REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # chalicelib: the table schema and settings names

from aws_cdk import App, Environment, Validations  # noqa: E402
from cdk_nag import AwsSolutionsChecks  # noqa: E402
from hearth_infra.config import HearthConfig  # noqa: E402
from hearth_infra.stack import HearthStack  # noqa: E402

OFFLINE_ACCOUNT = "000000000000"
DEFAULT_REGION = "us-east-1"


def environment() -> Environment:
    """The CLI sets CDK_DEFAULT_* from credentials; without them, synthesize with placeholders."""
    region = os.environ.get("CDK_DEFAULT_REGION") or os.environ.get("AWS_REGION") or DEFAULT_REGION
    # `chalice package` needs a region even though it makes no AWS call.
    os.environ.setdefault("AWS_DEFAULT_REGION", region)
    return Environment(
        account=os.environ.get("CDK_DEFAULT_ACCOUNT") or OFFLINE_ACCOUNT, region=region
    )


def main() -> None:
    app = App()
    HearthStack(app, HearthConfig.from_context(app.node), env=environment())
    # Unacknowledged AwsSolutions findings fail `cdk synth`.
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    app.synth()


if __name__ == "__main__":
    main()
