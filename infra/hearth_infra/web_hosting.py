"""Optional static hosting of web/ (S3 + CloudFront), with the wss:// URL written to config.json."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

from .config import HearthConfig
from .functions import lambda_role, log_group, write_logs_statement

CLIENT_CONFIG = "config.json"


@dataclass
class WebHosting:
    bucket: s3.Bucket
    distribution: cloudfront.Distribution
    deployment: s3deploy.BucketDeployment

    @property
    def url(self) -> str:
        return f"https://{self.distribution.distribution_domain_name}"


def build_web_hosting(
    stack: Stack, config: HearthConfig, web_dir: Path, websocket_url: str
) -> WebHosting:
    """A private bucket served only through CloudFront (origin access control), HTTPS only."""
    bucket = s3.Bucket(
        stack,
        "WebBucket",
        block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
        encryption=s3.BucketEncryption.S3_MANAGED,
        enforce_ssl=True,
        removal_policy=RemovalPolicy.DESTROY,  # the site is rebuilt from web/ on every deploy
    )
    distribution = cloudfront.Distribution(
        stack,
        "WebDistribution",
        default_behavior=cloudfront.BehaviorOptions(
            origin=origins.S3BucketOrigin.with_origin_access_control(bucket),
            viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            response_headers_policy=cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
        ),
        default_root_object="index.html",
        price_class=cloudfront.PriceClass.PRICE_CLASS_100,  # cheapest edge set
    )
    deployment = _deploy_site(stack, config, bucket, distribution, web_dir, websocket_url)
    return WebHosting(bucket=bucket, distribution=distribution, deployment=deployment)


def _deploy_site(
    stack: Stack,
    config: HearthConfig,
    bucket: s3.Bucket,
    distribution: cloudfront.Distribution,
    web_dir: Path,
    websocket_url: str,
) -> s3deploy.BucketDeployment:
    logs = log_group(stack, "WebDeployLogs", config)
    # BucketDeployment adds its own S3/CloudFront grants to this role; we add only logging.
    role = lambda_role(
        stack, "WebDeployRole", "Hearth web/ upload to S3", [write_logs_statement(logs)]
    )
    return s3deploy.BucketDeployment(
        stack,
        "WebDeploy",
        destination_bucket=bucket,
        sources=[
            s3deploy.Source.asset(str(web_dir), exclude=[CLIENT_CONFIG, "*.test.*"]),
            # Written at deploy time, when the API's URL is known.
            s3deploy.Source.json_data(CLIENT_CONFIG, {"websocketUrl": websocket_url}),
        ],
        distribution=distribution,
        distribution_paths=["/*"],
        role=role,
        log_group=logs,
        memory_limit=256,
    )
