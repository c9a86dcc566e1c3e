"""The leak gate on every corpus set's look-alikes, as written (not redacted first): a flag there
would stop a customer's `collect` on a line that holds no secret. Every set passes with none
flagged, except a set held below at its first measurement until its classes are fixed
(docs/redaction-measurements.md)."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from tests.redact.corpus_eval import CORPUS, load
from tests.redact.gatereplay import Run, assert_re_answers_as_hyperscan, hyperscan_run
from wbdiag.redact.gate import Gate

SETS = sorted(str(p.parent.relative_to(CORPUS)) for p in CORPUS.rglob("negatives.jsonl"))

# look-alike records the gate flags, per set (may only go down)
FLAG_LIMITS: dict[str, int] = {
    # holdout22: an AWS access key id alone in a credentials file (`aws_access_key_id = AKIA…`),
    # flagged by policy as the redactor replaces it (a DSN's `%VAR%` password and k6's `__ENV`
    # reads, flagged at its first measurement, pass since: 13 -> 5)
    "holdout22": 5,
    # holdout23 (its look-alikes from real configurations and guides): 20 at first; with variables
    # (`$OAUTH2_CLIENT_SECRET`, Argo CD's `$dex.github.clientSecret`, a URL's `:$SECRET_KEY@`) read
    # as references, 5: an AWS access key id in Bufstream's config, flagged by policy
    "holdout23": 5,
    # holdout24 (look-alikes in the collectors' own layouts): 10 at first; with a numbered cookie's
    # name (`AWSELBAuthSessionCookie-0=`) read as a name, 5: the AWS access key id in S3's
    # `InvalidAccessKeyId` error body, flagged by policy
    "holdout24": 5,
    # holdout25 and holdout26, at their first measurement (main c472c89): 15 and 11; unchanged
    # after the redactor's changes for their classes, and after the gate's (its patterns for what
    # the redactor had missed there: 21 of 21 leaking records caught, 5 before; no look-alike
    # flagged more). Since, 5 and 5: MinIO's service account's access key id (`mc admin user
    # svcacct info`) and a Sentry DSN's public key, flagged by policy as the redactor replaces
    # them; a line of base64 alone (a certificate's body ending in `…pWd…`) names no secret
    "holdout25": 5,
    "holdout26": 5,
    # holdout27 and holdout28, at their first measurement (main dcc8091): 25 and 0; holdout28 still
    # none after the changes for it (the gate's gatecut.py added: no look-alike of any set flagged by it);
    # holdout27's since Troubleshoot's `***HIDDEN***` and a usage's `user:password@` read as
    # fillers, 15: AWS access key ids and unsalted password hashes, flagged by policy as the
    # redactor replaces them
    "holdout27": 15,
    "holdout28": 0,
    # holdout29, at its first measurement (main 94c1ad7)
    "holdout29": 0,
    # holdout30 and holdout31, at their first measurement (main 91bff6b): 0 and 35; holdout31's
    # none since a header's property column (gcloud's `KEY_TYPE`), an endpoint's path (`…/msi/
    # token`), 1Password's `op://` references and a concealed field's hint read as names
    # (gatehandles.py)
    "holdout30": 0,
    "holdout31": 0,
    # holdout32, at its first measurement (main 905d0ac): 15, PowerShell's Set-PSDebug trace of
    # variable names, an error record's header naming a variable in Chinese, CLIXML's encrypted
    # SecureString placeholder; none since PowerShell's variables (`$env:NAME`, a member read
    # from one) read as references and a description in angle brackets as no value
    "holdout32": 0,
    # holdout33, at its first measurement (main 3c6f554): 1, Hugging Face's login banner (`Token
    # is valid (permission: read).` then the next output); none since what follows a clause
    # ended after the secret word reads as prose (gatefollow.py)
    "holdout33": 0,
    # holdout34, at its first measurement (main c1b2d89): 25, CloudWatch's forward and backward
    # tokens, an Event Hubs record's partition key, an OpenTelemetry mask keeping the last four
    # characters (and the key id beside it), a Kinesis record's partition key beside base64
    # payloads; none since a stream's routing key and a log service's paging cursors read as
    # names of public things and a mask may keep four characters
    "holdout34": 0,
    # holdout35, at its first measurement (main 186b6bc): 5, a MinIO client's alias listing for
    # its AWS access key id (replaced by the redactor by policy)
    "holdout35": 5,
    # holdout36, at its first measurement (main 438b324): none
    "holdout36": 0,
    # holdout37, at its first measurement (main ba2ff19): none
    "holdout37": 0,
    # holdout38, at its first measurement (main 91a3b62): 22, in five shapes (cert-manager's
    # DNS01 TXT value as it presents the challenge, a PagerDuty response's dedup_key, Grafana's
    # and Fluent Bit's environment references, htpasswd's help text); none since references,
    # a usage's option clusters, a DNS-01 challenge's TXT value and a dedup_key read as no value
    "holdout38": 0,
    # holdout39, at its first measurement (main 70e822a): 10, in two shapes (a Google service
    # account key file's public fields, Dex's `$VAR` substitutions in its config); none since a
    # key's id is judged beside its private key only and a mapping's key alone is no value
    "holdout39": 0,
    # holdout40, at its first measurement (main 6069c84): 10, in two shapes (`git config --list`'s
    # credential helper lines, a MinIO client's alias listing); none since git's signing key by
    # its OpenPGP id and a MinIO client's listed key id read as public
    "holdout40": 0,
    # holdout41, at its first measurement (main c5d050e8): 5, in one shape (a Go service's
    # `dialing redis url=rediss://default:xxxxx@…`, a masked password); none since a URL's
    # password of one repeated character reads as a mask
    "holdout41": 0,
    # holdout42, at its first measurement (main c5d050e8): 19, in four shapes (LiteLLM's key
    # info and spend logs with a masked key and a hashed token, a missing-token error naming the
    # variable, a masked `sk-…` key in a dashboard copy); none since a key masked but for its
    # prefix and tail, a SHA-256 beside a key's alias and a line whose value is a usage's
    # placeholder read as no value
    "holdout42": 0,
    # holdout43, at its first measurement (main 0f01ff62): 19, in four shapes (a documentation
    # comment's `amqp://guest:guest@…` default, the container id `docker run -e
    # REDIS_PASSWORD_FILE=…` prints, EMQX's API key list (key ids, no secrets), Service Bus
    # message lock tokens); none since a URL password repeating its user, `docker run`'s
    # container id, EMQX's listed key id and a lock token read as no secret
    "holdout43": 0,
    # holdout44, at its first measurement (main 0f01ff62): 25, in five shapes (IOS's SSH public key
    # hashes, `show crypto isakmp sa` cookies, Tailscale's public node keys, DNSKEY and DS records,
    # FreeRADIUS debug's Message-Authenticator and State); none since what those protocols
    # publish reads as public (gatepublic.py)
    "holdout44": 0,
    # holdout45, at its first measurement (main 07580012): 10, in two shapes (a New Relic
    # license key placeholder in a template, Dynatrace's masked token identifiers); none since
    # a template's tag reads as a placeholder and a token's identifier with its secret part
    # masked as public
    "holdout45": 0,
    # holdout46, at its first measurement (main 07580012): 24, in five shapes (a BigQuery
    # keyfile's public fields, Spark's redaction regex setting, Superset's chart and dashboard
    # ids, Superset's SECRET_KEY read from the environment, the Trino CLI's help text); none
    # since a key file's public fields on one line, a regular expression's secret words, a
    # cache entry's `form_data_key`, a variable read from the environment, an f-string's fields
    # in a URL and a usage's metavar read as no value
    "holdout46": 0,
    # holdout47, at its first measurement (main 1ba93efd): 19, in four shapes (Bun's and Gradle's
    # lockfile and verification checksums, Maven's `.sha1` sidecars in a download log, `npm
    # token list`'s truncated token ids); none since integrity hashes and checksums read as
    # digests of public artefacts (gatedigests.py) and a value cut after a few characters as
    # no secret
    "holdout47": 0,
    # holdout48, at its first measurement (main 1ba93efd): 14, in three shapes (ASP.NET Core's
    # antiforgery cookie and field names, FastAPI's OpenAPI security schemes, npm's
    # package-lock integrity hashes); none since a cookie's name and a key that opens a JSON
    # object read as names (gatehandles.py) and integrity hashes as digests
    "holdout48": 0,
    # holdout49, at its first measurement (main d2c17983): 53, in twelve shapes (publishable and
    # client-side keys: Mapbox `pk.`, Adyen's live client key, Razorpay's key id in checkout
    # options; webhook signature headers and fields of Twilio, Linear, Mailgun and Razorpay;
    # Adyen's PSP references, Typeform's form and response tokens, WooCommerce's order keys,
    # a masked Stripe key listing, a Google Maps key placeholder); none since keys their vendors
    # publish read as public by their documented forms, a webhook's signature and its payload's
    # own token as one delivery's, a key's mask as no value and a template's reference in a
    # query as the value (gatevendors.py)
    "holdout49": 0,
    # holdout50, at its first measurement (main d2c17983): 11, in three shapes (JuiceFS's status
    # with the secret key `removed`, a WinSCP script's host-key fingerprint and key path, a
    # Longhorn backup's status URL and snapshot names); none since an access key id whose
    # secret the status prints as removed, a host key's fingerprint, a key file's name and a
    # bucket named before its region read as public (gatevendors.py)
    "holdout50": 0,
    # holdout51, at its first measurement (main 5656648f): 5, in one shape (a Shelly Gen2
    # device's `auth_domain`, its MAC-derived device id); none since an authentication's realm
    # or domain reads as public (gatecontext.py), also as the name that takes the value after
    # another secret word (`"auth_en":true,"auth_domain":"…"`, gatefollow.py)
    "holdout51": 0,
    # holdout52, at its first measurement (main 5656648f): 5, in one shape (Modal's `token info`
    # table: the token's id and its workspace); none since Modal's token id (`ak-…`, its secret
    # is `as-…`) reads as a token's public identifier (gatepublic.py)
    "holdout52": 0,
    # holdout53, at its first measurement (main fd340550), imported untuned: 15, in three shapes
    # (Bitwarden's `bw status` JSON with the user's id, Hoppscotch's environment with a secret
    # flag and an empty value, chezmoi's managed list and age recipient); none since a URL ends
    # at a double quote, an age recipient reads as public key material and a marked object
    # closed on its line holds its value there (gateuserinfo.py, gatepublic.py, gatenested.py)
    "holdout53": 0,
    # holdout54, at its first measurement (main b863ab6b), imported untuned: 30, in six shapes
    # (a Postfix sasl_passwd.db listing with its checksum, Dovecot's imap-login session ids, ARC
    # seals and message signatures in mail headers, a Matrix server's public verify key,
    # Dovecot's `resp=<hidden>` debug line, Twilio's API key SID beside a secret file reference);
    # none since Dovecot's session ids, a signature's body hash, a Matrix verify key and a
    # Twilio key's SID read as public (gatevendors.py) and a checksum tool's line as a file's
    # digest (gatedigests.py)
    "holdout54": 0,
    # holdout55, at its first measurement (main 9c08366a), imported untuned: 25, in five shapes
    # (a MongoDB URI with MONGODB-X509 and no password, Cassandra's audit log with the password
    # already obfuscated, ClickHouse's users.xml with an SSH public key, CockroachDB's SHOW JOBS
    # with the backup URL's secret already redacted, `influx auth list` with masked tokens); none
    # since an authentication mechanism's name, a masked value's neighbours, an OpenSSH public
    # key's blob and a key id beside a masked query secret read as public, and a login's user
    # holds no `|` (gatewords.py, gatefollow.py, gatepublic.py, gatelogins.py)
    "holdout55": 0,
    # holdout56, at its first measurement (main d568b9a2), imported untuned: 18, in four shapes
    # (an S3 NoSuchKey error body's HostId, ETags in a ListObjectsV2 answer, `gsutil hmac list`'s
    # project argument, a 40-hex value under a W&B run config's `key`-named parameter); 8 since
    # a value an XML element opens reads as that element's (`<HostId>`, `<ETag>&quot;`: ids and
    # digests, gatecontext.py); none since gsutil's `-p` reads as a project's and a name that ends
    # in a digest's word (`tokenizer_sha:`) announces no secret on the next line (gatecontext.py)
    "holdout56": 0,
    # holdout57, at its first measurement (main a681269e), imported untuned: 9 (4 on the
    # redacted records; the same on 4e41c839): `sts get-caller-identity --output text`'s role id
    # before its session and `list-access-keys`' table rows; none since an AWS principal's
    # unique id and an access key's metadata row read as public (gatepublic.py)
    "holdout57": 0,
    # holdout58, at its first measurement (main dd2b95d3), imported untuned: 42 (27 on the
    # redacted records; the same on 2718b7af); 27 since the AWS SDK for JavaScript v3's
    # `***SensitiveInformation***`, Nodemailer's logged `AUTH PLAIN` of `/* secret */` and
    # OpenLDAP's `{SASL}` in LDIF's base64 read as no value (gatefollow.py, gatewire.py); 4
    # since a `Content-MD5` header's digest, krb5's trace of a key, a cache key's last segment
    # and an SMTP server's `334` challenge read as no value (gatedigests.py, gatehandles.py,
    # gatewire.py): Zeek's connection uid in the row under a `password` column is left
    "holdout58": 4,
    # holdout59, at its first measurement (main f43cbc80), imported untuned: 5 (5 on the redacted
    # records; the same on fa5e3203); none since a conda environment's pins read as a version
    # and a build string (gatedigests.py)
    "holdout59": 0,
    # holdout60, at its first measurement (main cddbbae6), imported untuned (the same on
    # 86e25488): 25 (15 on the redacted records); 20 since a GraphQL node's global id reads as
    # an id (values.py: `deleteApiKey`'s `QXBpS2V5Om…` in cmd's caret-quoted curl copy). Since,
    # by class, 10: Datadog's `pub…` client token is published (gatevendors.py), Insomnia's
    # `{{ _.apiKey }}` a variable (gatetoken.py); 5 since Sentry's `sentry_key` names a public
    # value (gatewords.py); none since a meta tag that names its own value is not armed by the
    # tag before (gatecontext.py: a page's `build-sha` after Rails' `csrf-param` tag)
    "holdout60": 0,
    # holdout61, at its first measurement (main 58a15466), imported untuned as tuning material:
    # 5 (none on the redacted records)
    "holdout61": 5,
    # holdout62, at its first measurement (main f17c4334), imported untuned (the same on
    # 9205d9cd): 15 (5 on the redacted records). Since, by class: `list-access-keys` as CSV,
    # mongosh's `mongodb://<credentials>@` banner and a file's hex digest in the cell after its
    # name pass: 0
    "holdout62": 0,
    # holdout63, at its first measurement (main e7ec0191), imported untuned (the same on
    # 909f29f2): 12 (8 on the redacted records). Since, by class: librdkafka's instance name
    # (`rdkafka#producer-1`) is public (gatepublic.py), Vault Agent's `agent-inject-secret-*`
    # path and Altinity's `k8s_secret_password` reference are no values (gatenamed.py): 0
    "holdout63": 0,
}


def test_every_limit_names_a_set() -> None:
    assert set(FLAG_LIMITS) <= set(SETS)
    assert len(SETS) > 20


def _flags(gate: Gate, record: dict[str, Any]) -> bool:
    """The gate flags a line of the record (and finished within its deadline)."""
    flagged = bool(list(gate.lines("negatives.jsonl", record["lines"])))
    assert not gate.timed_out
    return flagged


@functools.cache
def _run(part: str) -> Run:
    """The set's look-alike records, whether the gate (Hyperscan's) flags each, and what it asked
    its prefilter. One gate for the set, as test_gate_recall.py's: a gate keeps nothing from one
    call of `lines` to the next (only `timed_out`, past a deadline these gates have not got)."""
    return hyperscan_run(load(CORPUS / part / "negatives.jsonl"), _flags)


@pytest.mark.parametrize("part", SETS)
def test_the_gate_passes_the_look_alikes(part: str) -> None:
    """The limits hold for the Hyperscan prefilter (CI's, the `fast` extra), and so for `re`,
    which answers the gate's every question on these records as Hyperscan does
    (test_re_engine_answers_as_hyperscan)."""
    records, results, _ = _run(part)
    shapes = sorted({str(r["shape"]) for r, hit in zip(records, results, strict=True) if hit})
    assert sum(results) <= FLAG_LIMITS.get(part, 0), shapes


@pytest.mark.parametrize("part", SETS)
def test_re_engine_answers_as_hyperscan(part: str) -> None:
    """The `re` prefilter picks the same lines for the same checks as Hyperscan on every block
    the gate judged (gatereplay.py), so its flags are Hyperscan's; a record answered otherwise
    must be flagged the same when judged whole with `re`."""
    assert_re_answers_as_hyperscan(*_run(part), _flags)
