"""Synthesize Hearth's stacks once per session (chalice packaging makes each synth take seconds).

Two variants cover every setting: `dev` (all defaults) and `prod` (production stage with every
opt-in switched on). Nothing here needs AWS credentials or the network.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
INFRA_DIR = REPO_ROOT / "infra"
for path in (INFRA_DIR / "functions", INFRA_DIR, REPO_ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from aws_cdk import App, Environment, assertions  # noqa: E402
from hearth_infra.config import HearthConfig  # noqa: E402
from hearth_infra.stack import HearthStack  # noqa: E402

PROD_CONFIG = HearthConfig(
    stage="prod",
    lambda_memory_mb=512,
    lambda_timeout_seconds=25,
    reserved_concurrency=10,
    log_retention_days=30,
    point_in_time_recovery=True,
    throttle_rate_per_second=20.0,
    throttle_burst=40,
    host_web=True,
)


@dataclass
class Synth:
    app: App
    stack: HearthStack
    template: assertions.Template
    path: Path  # the synthesized template on disk (for cfn-lint)

    @property
    def json(self) -> dict[str, Any]:
        return self.template.to_json()  # type: ignore[no-any-return]

    def resources(self, cfn_type: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.json["Resources"].items() if v["Type"] == cfn_type}


def synthesize(config: HearthConfig, workdir: Path) -> Synth:
    # chalice.cdk writes chalice.out/ into the working directory: keep it out of the repo.
    previous = Path.cwd()
    # chalice packaging copies the stage's environment variables (CDK tokens such as
    # "${Token[...]}") into os.environ; restore it so later tests in this worker see a clean env.
    saved_env = dict(os.environ)
    os.chdir(workdir)
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    try:
        app = App(outdir=str(workdir / "cdk.out"))
        stack = HearthStack(
            app,
            config,
            env=Environment(account="000000000000", region="us-east-1"),
        )
        template = assertions.Template.from_stack(stack)
    finally:
        os.chdir(previous)
        os.environ.clear()
        os.environ.update(saved_env)
    path = workdir / f"{stack.stack_name}.template.json"
    path.write_text(json.dumps(template.to_json()), encoding="utf-8")
    return Synth(app=app, stack=stack, template=template, path=path)


@pytest.fixture(scope="session")
def dev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synth]:
    yield synthesize(HearthConfig(), tmp_path_factory.mktemp("dev"))


@pytest.fixture(scope="session")
def prod(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synth]:
    yield synthesize(PROD_CONFIG, tmp_path_factory.mktemp("prod"))


@pytest.fixture(scope="session", params=["dev", "prod"])
def any_stack(request: pytest.FixtureRequest) -> Synth:
    """Both variants: properties that must hold whatever the settings."""
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]
