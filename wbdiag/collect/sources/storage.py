"""The object store, probed the way W&B and its clients use it (writes `probes/storage.json`).

From the BUCKET setting (`s3://KEY:SECRET@HOST/BUCKET?tls=true`, `s3://bucket` for AWS with
credentials from the usual AWS sources, `gs://`, `az://`):

1. reachability and credentials: HeadBucket, and when that fails with a bare status (a HEAD
   answer has no body) one ListObjectsV2 of the probe prefix to learn the S3 error code;
2. the store's clock: its `Date` header against local time;
3. a presigned round trip: PUT, GET and HEAD of one small object `wbdiag-probe/<uuid>`, each URL
   made with `generate_presigned_url` and executed with `requests` exactly as a client receives
   it, then a presigned DELETE of that object (always attempted once the PUT was sent);
4. CORS: the bucket's configuration (GetBucketCors) checked against the W&B origin (HOST), and a
   real preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) per method.

Nothing but the one probe object is ever written to the bucket. Everything is signed with
signature v4; non-AWS endpoints are addressed path-style. Every request has short connect/read
timeouts and no retries, and the probe stops starting new requests when its own time budget is
spent, so the document is always written before the runner's deadline. This module declares
the collector; the checks themselves are `storage_probe.Probe`.
"""

from __future__ import annotations

from typing import Any

from wbdiag.bundle import layout
from wbdiag.collect.base import (
    CollectContext,
    Collector,
    Output,
    PlanStep,
    SourceSkipped,
    planned_setting,
)
from wbdiag.collect.sources.storage_cors import CORS_METHODS
from wbdiag.collect.sources.storage_probe import PROBE_PREFIX, Probe
from wbdiag.errors import CollectError
from wbdiag.settings import parse_bucket_url


# -- the collector -------------------------------------------------------------------------
class StorageCollector(Collector):
    name = "storage"
    writes = (layout.PROBE_STORAGE,)
    description = (
        "Object store (BUCKET): reachability, credentials, presigned PUT/GET/HEAD/DELETE, "
        "CORS for the W&B origin, clock skew"
    )
    timeout = 60.0

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        raw = planned_setting(ctx, "BUCKET")
        if raw is None:
            where = "the BUCKET in the deployment's settings, if discovery finds one"
        else:
            url = parse_bucket_url(raw)
            if url.scheme in ("gs", "az"):
                return [PlanStep("nothing (the S3 checks do not apply)", f"{url.scheme}://")]
            endpoint = f"{'https' if url.tls else 'http'}://{url.host}" if url.host else "AWS S3"
            where = f"bucket {url.bucket} at {endpoint}"
        origin = ctx.settings.get("HOST") or "the W&B HOST"
        return [
            PlanStep(
                "HeadBucket (and one ListObjectsV2 of wbdiag-probe/ if it fails)", where, True
            ),
            PlanStep(
                f"WRITES one small test object {PROBE_PREFIX}<uuid> with a presigned PUT, reads it "
                "back (presigned GET, HEAD), then DELETES it (presigned DELETE)",
                where,
                True,
            ),
            PlanStep("GetBucketCors", where, True),
            PlanStep(
                f"CORS preflights (OPTIONS, Origin {origin}) for {', '.join(CORS_METHODS)}",
                where,
                True,
            ),
        ]

    def collect(self, ctx: CollectContext, out: Output) -> None:
        raw = ctx.settings.get("BUCKET")
        if raw is None:
            raise SourceSkipped(
                "BUCKET is not set: W&B uses the MinIO embedded in wandb/local (nothing to probe)"
            )
        doc: dict[str, Any] = {
            "bucket_url": raw,
            "provider": None,
            "endpoint": None,
            "bucket": None,
            "region": None,
            "tls": None,
            "bucket_queue": ctx.settings.get("BUCKET_QUEUE"),
            "auth_source": None,
            "reachable": None,
            "credentials_ok": None,
            "error": None,
            "error_kind": None,
            "presigned": None,
            "cors": None,
            "clock_skew_seconds": None,
            "skipped": None,
        }
        try:
            url = parse_bucket_url(raw)
        except CollectError as exc:
            doc.update(error=str(exc), error_kind="invalid_url")
            out.json(layout.PROBE_STORAGE, doc)
            raise
        ctx.redactor.add_secret(url.secret_key, "password")
        doc["bucket"] = url.bucket
        if url.scheme in ("gs", "az"):
            provider = "gcs" if url.scheme == "gs" else "azure"
            why = (
                f"BUCKET is a {provider} store ({url.scheme}://): the S3 checks (credentials, "
                "presigned URLs, CORS, clock skew) were not run"
            )
            doc.update(provider=provider, tls=True, skipped=why)
            out.note(why, partial=False)
            out.json(layout.PROBE_STORAGE, doc)
            return
        Probe(ctx, out, doc, url).run()
