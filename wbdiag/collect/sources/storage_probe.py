"""The S3 checks behind the storage collector, one `Probe` per collect (see `storage.py`).

Each request has short connect/read timeouts and no retries, and the probe stops starting new
requests when its own time budget is spent, so the document is always written before the
runner's deadline.
"""

from __future__ import annotations

import email.utils
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import requests

from wbdiag.bundle import layout
from wbdiag.collect.base import CollectContext, Output
from wbdiag.collect.sources.storage_cors import cors_report
from wbdiag.collect.sources.storage_errors import (
    classify_connection_error,
    connection_message,
    scrub,
    xml_code,
)
from wbdiag.settings import BucketUrl

if TYPE_CHECKING:
    import botocore.exceptions

# boto3 and botocore are imported where the probe uses them: a collect without the storage
# probe (a Docker host's log, --no-probes) does not pay for loading them.

CONNECT_TIMEOUT = 3.0
READ_TIMEOUT = 5.0
# Stop starting requests after this many seconds: one more request (connect + read) still ends
# well inside the collector's timeout, so the document is always written.
BUDGET = 40.0
PROBE_PREFIX = "wbdiag-probe/"
PRESIGN_EXPIRES = 300  # seconds; the URLs are used at once and never written to the bundle
DEFAULT_REGION = "us-east-1"
# Error codes that say the credentials themselves do not work for this bucket.
_CREDENTIAL_CODES = {
    "InvalidAccessKeyId": "invalid_access_key",
    "SignatureDoesNotMatch": "signature_mismatch",
    "AccessDenied": "access_denied",
    "InvalidToken": "invalid_access_key",
    "ExpiredToken": "invalid_access_key",
    "AuthorizationHeaderMalformed": "signature_mismatch",
}


def _clock() -> float:
    """Local wall-clock time (a seam for the clock-skew test)."""
    return time.time()


class StoreUnreachable(Exception):
    """The object store could not be reached (DNS, refused, timeout, TLS)."""


class NoStoreCredentials(Exception):
    """No credentials were found to sign requests with (s3://bucket and an empty AWS chain)."""


# -- small helpers -------------------------------------------------------------------------
@dataclass
class _Target:
    provider: str  # aws | s3-compatible
    endpoint_url: str | None  # None: boto3's AWS endpoint
    bucket: str
    region: str
    access_key: str | None
    secret_key: str | None
    session_token: str | None
    auth_source: str  # url | settings | aws-default-chain


class Probe:
    """One run of the S3 checks, filling `doc` as it goes."""

    def __init__(self, ctx: CollectContext, out: Output, doc: dict[str, Any], url: BucketUrl):
        self.ctx = ctx
        self.out = out
        self.doc = doc
        self.url = url
        self.started = time.monotonic()
        self.key = f"{PROBE_PREFIX}{uuid.uuid4()}"
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "wbdiag-storage-probe"
        self.verify: str | bool = True

    # -- set-up ----------------------------------------------------------------------------
    def _target(self) -> _Target:
        s, url = self.ctx.settings, self.url
        host = url.host.lower()
        aws = not host or host.split(":")[0].endswith(".amazonaws.com")
        region = s.get("AWS_REGION") or url.region
        access: str | None = None
        secret: str | None = None
        token: str | None = None
        source = "aws-default-chain"  # environment, ~/.aws, instance profile, IRSA...
        if url.access_key and url.secret_key:
            access, secret, source = url.access_key, url.secret_key, "url"
        elif s.get("BUCKET_ACCESS_KEY") and s.get("BUCKET_SECRET_KEY"):
            access, secret = s.get("BUCKET_ACCESS_KEY"), s.get("BUCKET_SECRET_KEY")
            source = "settings"
        elif s.get("AWS_ACCESS_KEY_ID") and s.get("AWS_SECRET_ACCESS_KEY"):
            access, secret = s.get("AWS_ACCESS_KEY_ID"), s.get("AWS_SECRET_ACCESS_KEY")
            token, source = s.get("AWS_SESSION_TOKEN"), "settings"
        if aws:
            endpoint = None if not host else f"https://{url.host}"
            return _Target("aws", endpoint, url.bucket, region or "", access, secret, token, source)
        scheme = "https" if url.tls else "http"
        return _Target(
            "s3-compatible",
            f"{scheme}://{url.host}",
            url.bucket,
            region or DEFAULT_REGION,
            access,
            secret,
            token,
            source,
        )

    @contextmanager
    def _verify(self) -> Iterator[str | bool]:
        """TLS verification: the system/certifi trust store plus --ca-bundle when given."""
        extra = self.ctx.options.ca_bundle
        if extra is None:
            yield True
            return
        import certifi

        try:
            pem = Path(certifi.where()).read_bytes() + b"\n" + Path(extra).read_bytes()
        except OSError as exc:
            self.out.note(f"--ca-bundle {extra}: {exc.strerror}; the system trust store is used")
            yield True
            return
        fd, name = tempfile.mkstemp(prefix="ca-", suffix=".pem", dir=self.out.scratch_dir())
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
            yield name
        finally:
            Path(name).unlink(missing_ok=True)

    def _client(self, target: _Target, verify: str | bool) -> Any:
        import boto3.session
        from botocore.config import Config

        session = boto3.session.Session(
            aws_access_key_id=target.access_key,
            aws_secret_access_key=target.secret_key,
            aws_session_token=target.session_token,
            region_name=target.region or None,
        )
        creds = session.get_credentials()
        if creds is not None:  # whatever the default chain found must never reach the bundle
            frozen = creds.get_frozen_credentials()
            self.ctx.redactor.add_secret(frozen.secret_key, "aws_secret_key")
            self.ctx.redactor.add_secret(frozen.token, "token")
            self.ctx.redactor.add_secret(frozen.access_key, "access_key")
        config = Config(
            signature_version="s3v4",
            connect_timeout=CONNECT_TIMEOUT,
            read_timeout=READ_TIMEOUT,
            retries={"mode": "standard", "total_max_attempts": 1},
            s3={"addressing_style": "virtual" if target.provider == "aws" else "path"},
            user_agent_extra="wbdiag-storage-probe",
        )
        return session.client("s3", endpoint_url=target.endpoint_url, config=config, verify=verify)

    def time_left(self) -> bool:
        return time.monotonic() - self.started < BUDGET

    # -- the run ---------------------------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        target = self._target()
        with self._verify() as verify:
            self.verify = verify
            client = self._client(target, verify)
            endpoint = str(client.meta.endpoint_url)
            doc.update(
                provider=target.provider,
                endpoint=endpoint,
                region=client.meta.region_name,
                tls=endpoint.lower().startswith("https://"),
                auth_source=target.auth_source,
            )
            try:
                self._check_bucket(client, target.bucket)
                if doc["reachable"] is False:
                    raise StoreUnreachable(
                        f"object store {endpoint}: {doc['error_kind']}: {doc['error']}"
                    )
                if doc["error_kind"] == "no_credentials":
                    raise NoStoreCredentials(f"object store {endpoint}: {doc['error']}")
                if doc["error_kind"] == "no_such_bucket":
                    why = (
                        f"bucket {target.bucket} does not exist: presigned and CORS checks skipped"
                    )
                    self.out.note(why)
                    doc["presigned"] = {"ok": None, "skipped": why, "problems": []}
                    doc["cors"] = {"ok": None, "skipped": why, "problems": []}
                else:
                    doc["presigned"] = self._presigned(client, target.bucket)
                    doc["cors"] = cors_report(self, client, target.bucket)
            finally:
                self.http.close()
                self.out.json(layout.PROBE_STORAGE, doc)

    # -- 1. reachability, credentials, clock ---------------------------------------------
    def _check_bucket(self, client: Any, bucket: str) -> None:
        import botocore.exceptions

        doc = self.doc
        before = _clock()
        try:
            answer = client.head_bucket(Bucket=bucket)
            headers = answer.get("ResponseMetadata", {}).get("HTTPHeaders", {})
            doc.update(reachable=True, credentials_ok=True)
        except botocore.exceptions.NoCredentialsError as exc:
            doc.update(credentials_ok=False, error=scrub(str(exc)), error_kind="no_credentials")
            return
        except botocore.exceptions.ClientError as exc:
            after = _clock()
            headers = exc.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
            doc["reachable"] = True
            self._skew(headers, before, after)
            self._classify_client_error(client, bucket, exc)
            return
        except (botocore.exceptions.BotoCoreError, OSError) as exc:
            doc.update(
                reachable=False,
                error=connection_message(exc),
                error_kind=classify_connection_error(exc),
            )
            return
        self._skew(headers, before, _clock())

    def _skew(self, headers: dict[str, str], before: float, after: float) -> None:
        date = headers.get("date") or headers.get("Date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        # Date has whole seconds: the store's clock was somewhere in [server, server + 1).
        self.doc["clock_skew_seconds"] = round(server + 0.5 - (before + after) / 2, 1)

    def _classify_client_error(
        self, client: Any, bucket: str, exc: botocore.exceptions.ClientError
    ) -> None:
        import botocore.exceptions

        doc = self.doc
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        code = str(exc.response.get("Error", {}).get("Code", ""))
        message = scrub(str(exc))
        if (code.isdigit() or not code) and self.time_left():
            # A HEAD answer has no body, hence no S3 error code: ask once with a GET that reads
            # nothing but the probe prefix.
            try:
                client.list_objects_v2(Bucket=bucket, Prefix=PROBE_PREFIX, MaxKeys=1)
            except botocore.exceptions.ClientError as exc2:
                code2 = str(exc2.response.get("Error", {}).get("Code", ""))
                if code2 and not code2.isdigit():
                    code, message = code2, f"{message}; ListObjectsV2: {scrub(str(exc2))}"
            except (botocore.exceptions.BotoCoreError, OSError):
                pass
        doc["error"] = message
        if code in _CREDENTIAL_CODES:
            doc.update(credentials_ok=False, error_kind=_CREDENTIAL_CODES[code])
        elif code in ("NoSuchBucket", "404") or status == 404:
            doc["error_kind"] = "no_such_bucket"
        elif code == "RequestTimeTooSkewed":
            doc["error_kind"] = "clock_skew"
        elif code == "403" or status == 403:
            doc.update(credentials_ok=False, error_kind="access_denied")
        else:
            doc["error_kind"] = "other"
        region = (
            exc.response.get("ResponseMetadata", {})
            .get("HTTPHeaders", {})
            .get("x-amz-bucket-region")
        )
        if region:
            doc["bucket_region"] = region

    # -- 2. presigned round trip ---------------------------------------------------------
    def request(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        """One HTTP request as a client makes it: status, S3 error code, the error verbatim."""
        if not self.time_left():
            return _not_attempted("the probe's time budget was spent")
        step: dict[str, Any] = {"status": None, "ok": False, "code": None, "error": None}
        try:
            resp = self.http.request(
                method,
                url,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                verify=self.verify,
                allow_redirects=False,
                **kwargs,
            )
        except requests.RequestException as exc:
            step["error"] = scrub(str(exc))
            step["error_kind"] = classify_connection_error(exc)
            return step
        step["status"] = resp.status_code
        step["ok"] = 200 <= resp.status_code < 300
        step["code"] = xml_code(resp.content) if not step["ok"] else None
        step["_response"] = resp
        return step

    def _presigned(self, client: Any, bucket: str) -> dict[str, Any]:
        body = f"wbdiag storage probe {self.key}\n".encode()
        result: dict[str, Any] = {
            "ok": False,
            "key": self.key,
            "bytes": len(body),
            "put": None,
            "get": None,
            "head": None,
            "delete": None,
            "problems": [],
        }
        problems: list[str] = result["problems"]
        params = {"Bucket": bucket, "Key": self.key}

        def sign(operation: str) -> str:
            return str(
                client.generate_presigned_url(operation, Params=params, ExpiresIn=PRESIGN_EXPIRES)
            )

        def step(name: str, operation: str, method: str, **kwargs: Any) -> dict[str, Any]:
            import botocore.exceptions

            try:
                url = sign(operation)
            except (botocore.exceptions.BotoCoreError, ValueError) as exc:
                rec = _not_attempted(f"could not sign the URL: {scrub(str(exc))}")
            else:
                rec = self.request(method, url, **kwargs)
            result[name] = rec
            return rec

        put = step("put", "put_object", "PUT", data=body)
        try:
            if put["ok"]:
                get = step("get", "get_object", "GET")
                resp = get.get("_response")
                if get["ok"] and resp is not None and resp.content != body:
                    get["ok"] = False
                    get["error"] = (
                        f"content differs from what was uploaded ({len(resp.content)} bytes, "
                        f"expected {len(body)})"
                    )
                step("head", "head_object", "HEAD")
        finally:
            # Sent PUT (even if its answer was lost): always try to remove the object.
            if put["status"] is not None or put.get("error_kind") == "timeout":
                step("delete", "delete_object", "DELETE")
        for name in ("put", "get", "head"):
            rec = result[name]
            if rec is None:
                continue
            problem = _step_problem(name.upper(), rec)
            if problem:
                problems.append(problem)
        if put["ok"] and result["delete"] is not None and not result["delete"]["ok"]:
            problems.append(
                f"the probe object {self.key} could not be deleted: "
                + (_step_problem("DELETE", result["delete"]) or "unknown error")
            )
        if not put["ok"]:
            for name in ("get", "head"):
                result[name] = result[name] or _not_attempted("the PUT failed")
        for name in ("put", "get", "head", "delete"):
            if result[name] is not None:
                result[name].pop("_response", None)
        result["ok"] = not problems
        return result

    # -- 3. CORS -----------------------------------------------------------------------------
    def object_url(self, client: Any, bucket: str) -> str:
        """The object's URL as a presigned URL names it, without the signed query."""
        import botocore.exceptions

        try:
            signed = str(
                client.generate_presigned_url(
                    "get_object", Params={"Bucket": bucket, "Key": self.key}, ExpiresIn=60
                )
            )
            parts = urlsplit(signed)
            return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        except (botocore.exceptions.BotoCoreError, ValueError):
            return f"{str(client.meta.endpoint_url).rstrip('/')}/{bucket}/{self.key}"


def _not_attempted(why: str) -> dict[str, Any]:
    return {"status": None, "ok": False, "code": None, "error": f"not attempted: {why}"}


def _step_problem(method: str, rec: dict[str, Any]) -> str | None:
    if rec["ok"]:
        return None
    if rec["status"] is None:
        return f"presigned {method} failed: {rec['error']}"
    if rec["status"] and 200 <= rec["status"] < 300:
        return f"presigned {method} answered {rec['status']} but {rec['error']}"
    code = f" {rec['code']}" if rec.get("code") else ""
    return f"presigned {method} answered {rec['status']}{code}"
