"""Random tokens on a line that speaks of secrets: when a line holds a secret word (password,
secret, token, credential, api key, auth, signature, …), any token of 16 or more characters
that mixes upper case, lower case and digits and reads as random goes, wherever it stands and
whatever introduced it (`msg="secret loaded" value=…`, `your new API token is …`, `secret
regenerated to …`).

What is excluded is what shares that shape without being a secret: digests and fingerprints
(after `sha256:`, `sha512-`, `h1:`, `digest`, `fingerprint`, `integrity`, `etag`, `hash`), XML-DSig
signature and digest values (SAML), ids under an id-like key (`kid=`, `request_id=`, `trace_id=`), public keys and certificates (`AAAA…`,
`LS0t…`, `MII…`), paths and URLs (also as base64), dotted code names, names of words between
separators (a thread's `1/NR-Activate-Session/app`), and anything inside a placeholder. Hex-only
and lower-case-only tokens (UUIDs, object ids, commit hashes, Kubernetes names) never qualify
here; the layers that know a name before them decide those."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from itertools import pairwise

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, entropy, identifier_around
from wbdiag.redact.names import is_cursor_name, is_secret_name, words
from wbdiag.redact.payloadsig import payload_signatures
from wbdiag.redact.valuerefs import SCOPE_TAIL, is_reference_value
from wbdiag.redact.values import is_node_id, is_trivial_value
from wbdiag.redact.vendorpublic import is_vendor_public

KIND = "random_in_context"
_WORDS = (
    "pass", "secret", "token", "credential", "apikey", "api_key", "api-key", "api key", "auth",
    "sig", "cookie", "session_key", "session-key", "sessionkey", "session key", "private_key",
    "private-key", "privatekey", "private key", "licen", "pw ",
)  # fmt: skip
# `auth` alone only as a key or a header (`auth: `, `X-Auth-Token`): `auth.go` is a file
_WORD_PATTERN = (
    # (not `passed`, `passing`: a test's or a check's result)
    r"pass(?:word|wd|phrase)?(?!(?:ed|ing)\b)|secret|token|credential|api[ _-]?key|auth[ \t]{0,4}[:=]"
    r"|authori[sz]|authenticat|signature|sig[ \t]{0,4}[:=]|cookie|session[ _-]?key|private[ _-]?key"
    # a licence is a secret (names.py): a line that reads one prints it, also as Go's `%q` does
    # (`"85flYaTI\x002eEVg0OF"`: the escapes inside the token are part of it)
    r"|licen[cs]e"
    # a note's short word for a password before its value (`bind pw …`; not `pwd`, the command)
    r"|(?<![a-z])pw(?=[ \t])"
)
_WORD_RX = lazyre.compile(_WORD_PATTERN, re.IGNORECASE)
_IDENT_WORD = lazyre.compile(r"[A-Za-z_-]{1,32}")
_TOKEN = lazyre.compile(r"[^\s\"'`<>()\[\]{},;|?&]{16,1024}")
# `key=` / `key:` glued before the value, also as an option (`--key=`, a JVM's `-Dkey=`)
_LEAD_KEY = lazyre.compile(r"-{0,2}(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,64})[=:]")
_MIN = 16
_MAX = 1024
_NOT_SECRET_KEYS = frozenset(
    {
        "h1", "sha1", "sha256", "sha384", "sha512", "md5", "digest", "etag", "kid", "id", "uid",
        "uuid", "sid", "request", "trace", "span", "fingerprint", "integrity", "checksum",
        "commit", "revision", "hash", "nonce", "state", "run", "sum", "image", "n", "e", "x",
        "y", "x5c", "x5t", "modulus", "exponent", "publickey", "public_key", "pubkey",
        "challenge",  # PKCE's code_challenge: a hash of the verifier, sent in the open
        "timestamp",  # a signed timestamp of a public log (cosign's SignedEntryTimestamp)
        # who a session or a record belongs to: an id, not a credential (oauth2-proxy's
        # `Session{email:… user:hbPJG9odTcm4IMSAifUF … token:true}`)
        "user", "username", "userid", "email", "owner", "subject", "sub",
        "scope",  # what a token is asked for (a registry's `scope=repository%3A…%3Apull`)
        # Azure Blob's Put Block: the block's id in its list, base64 the client chose (`blockid=`)
        "blockid",
    }
)  # fmt: skip
_NOT_SECRET_PREFIX = (
    "AAAA",
    "LS0t",
    "MII",
    "sha",
    "SHA",
    "md5",
    "http",
    "/",
    "./",
    "~/",
    "[REDACTED",
    "evt_",  # a Stripe event's id (`evt_1N…`), as its dashboard and webhooks show it
)
# what names an id, a digest or a handle just before the token (Vault's token `accessor`: it
# looks a token up or revokes it, and logs in nowhere; a key's hash as kubectl describe prints
# an ACME account's `Last Private Key Hash:`)
_BEFORE = lazyre.compile(
    r"(?i)(?:sha\d{1,3}|md5|digest|fingerprint|integrity|etag|checksum|commit|kid|id|"
    r"trace|span|request|accessor|hash)[\"']?[ \t]{0,4}[:=]?[ \t]{0,4}[\"']?\Z"
    # a host key's fingerprint after its type and size, as WinSCP's `-hostkey=` and its log
    # write it (`ssh-ed25519 255 <SHA-256 in base64>`): the server shows it to every client
    r"|(?:ssh-ed25519|ssh-ed448|ssh-rsa|ssh-dss|ecdsa-sha2-nistp\d{3}) \d{3,5} \Z"
    # an id's XML element (S3's `<HostId>`, `<RequestId>`: which host and request answered)
    r"|<[\w.-]{0,40}(?:Id|ID)>\Z"
    # Dovecot's log prefix `passdb(user,ip,<session id>)`: the session's id after the address
    r"|[0-9a-f:.]{2,45},<\Z"
    # a Matrix signature by its key's id (`"signatures": {"example.com": {"ed25519:a_wB5d":
    # "…"}}`): made with the server's published key, checked by anyone who fetches it
    r"|\"ed25519:\w{1,64}\"[ \t]{0,4}:[ \t]{0,4}\"\Z"
)
# the key of a quoted JSON or YAML value just before the token: `"n":"…`
_QUOTED_KEY = lazyre.compile(
    r"[\"']?(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,64})[\"']?[ \t]{0,4}[:=][ \t]{0,4}[\"']\Z"
)
_MIN_LETTERS = 8
_UPPER = lazyre.compile(r"[A-Z]")
_LOWER = lazyre.compile(r"[a-z]")
_DIGIT = lazyre.compile(r"[0-9]")
_LETTERS = lazyre.compile(r"[A-Za-z]")
# A generated token switches from lower case to upper case or a digit, or from a digit to lower
# case, somewhere (a 16-character one fails to in about 1 of 250); timestamps, words, capitalised
# words and snake_case names do not, and most lines that mention a password hold only those.
_SWITCH = lazyre.compile(r"[a-z][A-Z0-9]|[0-9][a-z]")

# (a line break only: other escapes are part of a token, as Go's `%q` writes it)
_ESCAPED_BREAK = lazyre.compile(r"\\[nr]")
_HEX_NUMBER = lazyre.compile(r"0x[0-9A-Fa-f]{1,1022}")
# (Java names hold `$`: `TokenService$$SpringCGLIB$$0.refresh`)
_DOTTED = lazyre.compile(r"[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+")
# a logger and its method as log4j prints them (`%c:%M`: `nl.b3p.….JDBCFeatureSource:nl.b3p.…
# .createDataStore`): two dotted code names of three parts or more
_CODE_PLACE = lazyre.compile(
    r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}"
)
# a class's name of capitalised words, an acronym's digit among them (FastAPI's
# `OAuth2PasswordBearer`, `HTTPBasicCredentials`): no generator writes words
_CAMEL_WORDS = lazyre.compile(r"(?:[A-Z]{1,4}[a-z]{2,20}[0-9]?){2,8}")
# a name in camel case, a short lower-case head (digits allowed) then capitalised words
_CAMEL_KEY = lazyre.compile(r"[a-z][a-z0-9]{0,5}(?:[A-Z][a-z]{2,20}){2,8}")
# an HTTP header's name: dashed words, the last of letters (`X-aws-ec2-metadata-token`)
_HEADER_NAME = lazyre.compile(
    r"[A-Za-z][a-z0-9]{0,24}(?:-[A-Za-z][a-z0-9]{0,24}){0,8}-[A-Za-z][a-z]{1,24}"
)
# a name scoped by `::` (C++'s, Ruby's, Rust's, PHP's: `Aws::S3::Errors::SignatureDoesNotMatch`,
# Ceph's `rgw::auth::s3::LocalEngine`), each part words, an acronym or a short versioned name
_SCOPE_PART = (
    r"(?:[A-Z]{0,5}[a-z]{2,20}){1,6}[A-Z]{0,5}[0-9]{0,2}|[A-Z]{1,5}[0-9]{0,2}|[a-z][0-9]{1,2}"
)
_SCOPED = lazyre.compile(rf"(?:(?:{_SCOPE_PART})::)+(?:{_SCOPE_PART})")
# an HTTP header's canonical name before its colon, digits in its words (`X-Amz-Content-Sha256:`)
_CANONICAL_HEADER = lazyre.compile(r"[A-Z][a-z0-9]{0,24}(?:-[A-Z][a-z0-9]{1,24}){1,8}")
# a code place's line number after a dotted name (log4j's `(o.a.a.f.t.j.s.S3JetS3tBinaryProvider:369)`)
_LINE_NUMBER = lazyre.compile(r":\d{1,6}\Z")
_TRANSITIONS_MIN = 0.3
_HS_OWN_WORD = (
    r"(?:credential|api[ _-]?key|auth[ \t]{0,4}[:=]|authori[sz]|authenticat|signature"
    r"|sig[ \t]{0,4}[:=]|cookie|session[ _-]?key|private[ _-]?key|licen[cs]e"
    r"|(?:^|[^a-z])pw[ \t])"
)


def _class(c: str) -> int:
    return 0 if c.isdigit() else 1 if c.isupper() else 2 if c.islower() else 3


def reads_random(token: str) -> bool:
    """Mixed upper, lower and digits, high entropy, and the character classes alternating as
    in a generated string (CamelCase names with a digit alternate far less)."""
    if not (_MIN <= len(token) <= _MAX):
        return False
    # the regular expressions run in C: most tokens (timestamps, words) stop here
    if not (_UPPER.search(token) and _LOWER.search(token) and _DIGIT.search(token)):
        return False
    if len(_LETTERS.findall(token)) < _MIN_LETTERS or entropy(token) < 3.4:
        return False
    switches = sum(1 for a, b in pairwise(token) if _class(a) != _class(b))
    return switches / (len(token) - 1) >= _TRANSITIONS_MIN


_JOSE_HEADER = re.compile(rb'\{\s{0,8}"(?:alg|typ|kid)"\s{0,8}:')


# an id as hex (a Notion page's 32 hex digits its export names folders by, an object's id)
_HEX_ID = lazyre.compile(r"[0-9a-f]{16,64}")


# a name made of words and numbers between separators (a Python agent's thread,
# `1/NR-Activate-Session/wandb-weave`): each part one word in one case, none generated
_WORD_PART = lazyre.compile(r"[A-Z]?[a-z]{2,32}|[A-Z]{2,8}|\d{1,10}")
_NAME_SEPARATORS = lazyre.compile(r"[/_.:-]+")


def _word_parts(token: str) -> bool:
    parts = [p for p in _NAME_SEPARATORS.split(token) if p]
    return len(parts) > 1 and all(_WORD_PART.fullmatch(p) for p in parts)


def _generated_piece(piece: str) -> bool:
    """A piece of a token that switches case as a generated string does, not words."""
    return (
        _SWITCH.search(piece) is not None
        and _CAMEL_WORDS.fullmatch(piece) is None
        and not _word_parts(piece)
    )


def _id_path(token: str) -> bool:
    """A path whose parts are ids and names (`…/caa7e1d4…9d4/Untitled`), none generated."""
    parts = token.split("/")
    return any(_HEX_ID.fullmatch(p) for p in parts) and not any(reads_random(p) for p in parts)


def _jose_header(token: str) -> bool:
    """A JWT's header segment alone (`eyJhbGciOi…`, no dots): the algorithm and key id, public."""
    if not token.startswith("eyJ") or "." in token:
        return False
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return False
    return _JOSE_HEADER.match(raw) is not None


# XML-DSig (SAML assertions, signed metadata): the signature and digest of a signed document
# are public, checked with the signer's published certificate
_XMLDSIG = r"(?:[A-Za-z][\w.-]{0,30}:)?(?:SignatureValue|DigestValue|X509Certificate)"
_XMLDSIG_OPEN = lazyre.compile(r"<" + _XMLDSIG + r"(?:[ \t][^<>]{0,256})?>\Z")
_XMLDSIG_CLOSE = lazyre.compile(r"={0,2}</" + _XMLDSIG + ">")


# base64 of a reference (Label Studio's presign link, `?fileuri=czM6Ly90ZXh0ZmlsZXMv…`: the
# base64 of `s3://textfiles/…`): an object's URL or a file's path without userinfo, port, query
# or `:` in its path (a bot's token), and no part of it a generator wrote (a Slack webhook's
# path, a key as a file's name)
_BASE64 = lazyre.compile(r"[A-Za-z0-9+/_-]{16,1024}")
_TO_STANDARD = str.maketrans("-_", "+/")
_OBJECT_URL = lazyre.compile(
    r"(?:s3a?|gs|gcs|az|azure-blob|abfss?|wasbs?|hdfs|file|https?)://[\w.-]{0,253}"
    r"(?:/[\w.~%+-]{0,255}){0,32}"
)
_FILE_PATH = lazyre.compile(r"(?:~|\.{1,2})?(?:/[\w.~%+-]{1,255}){1,32}/?")
_URL_PARTS = lazyre.compile(r"[/.~%+-]+")


def _encoded_reference(token: str) -> bool:
    """Base64 (standard or URL-safe) of an object's URL or a file's path, as a link carries it."""
    bare = token.rstrip("=")
    if not _BASE64.fullmatch(bare):
        return False
    try:
        raw = base64.b64decode(bare.translate(_TO_STANDARD) + "=" * (-len(bare) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    if not (_OBJECT_URL.fullmatch(text) or _FILE_PATH.fullmatch(text)):
        return False
    return not any(reads_random(p) for p in _URL_PARTS.split(text))


def _in_sops_value(line: str, pos: int) -> bool:
    enc = line.rfind("ENC[", max(0, pos - 4096), pos)
    return enc >= 0 and "]" not in line[enc:pos]


def _in_template(line: str, start: int, end: int) -> bool:
    """The token stands inside a `${…}` expression it does not leave (a variable, a vault's
    reference, Payara's `${ALIAS=…}`), and none of the expression's parts reads as generated
    (WildFly's `${ENC::resolver:…}` holds a ciphertext)."""
    opened = line.rfind("${", max(0, start - 200), start)
    if opened < 0 or "}" in line[opened:start] or not line.startswith("}", end):
        return False
    return not any(map(reads_random, _EXPRESSION_PARTS.split(line[opened + 2 : end])))


_EXPRESSION_PARTS = lazyre.compile(r"[:=]+")


def _generated_part(text: str) -> bool:
    """A part of a generated value before its `=` (`gC1rlZgiIaap=3Dge66…`, quoted-printable's
    `=3D`), not a key: long, of both cases and digits."""
    return (
        len(text) >= _MIN_LETTERS
        and _UPPER.search(text) is not None
        and _LOWER.search(text) is not None
        and _DIGIT.search(text) is not None
        and _SWITCH.search(text) is not None
    )


def speaks_of_secrets(line: str) -> bool:
    """A secret word on the line, other than inside a compound name that says it holds none
    (`password_policy`, Elasticsearch's `invalidated_api_keys`: a list of key ids)."""
    for m in _WORD_RX.finditer(line):
        if not _IDENT_WORD.fullmatch(m.group()):
            return True
        ks, ke = identifier_around(line, m.start(), m.end(), 0)
        name = line[ks:ke]
        if len(words(name)) < 2 or is_secret_name(name):
            return True
    return False


def _spans(line: str) -> Iterator[Span]:
    if _SWITCH.search(line) is None or not speaks_of_secrets(line):
        return
    signed = payload_signatures(line)  # a webhook's HMAC of its payload stays
    for m in _TOKEN.finditer(line):
        start, end = m.span()
        # strip glued `key=` / `key:` prefixes (`value=…`, `h1:…`), remembering the last key
        key = ""
        if line[start] == ":" and _LEAD_KEY.match(line, start + 1, end):
            start += 1  # the next of colon-joined pairs (Payara's `…:serverName=db:portNumber=…`)
        lead = _LEAD_KEY.match(line, start, end)
        while lead is not None and not _generated_part(lead.group("k")):
            key = lead.group("k")
            start = lead.end()
            lead = _LEAD_KEY.match(line, start, end)
        brk = _ESCAPED_BREAK.search(line, start, end) if "\\" in m.group() else None
        if brk is not None:
            end = brk.start()  # a line break escaped in a string (`…\n- [ ] next item`) ends it
        if end - start < _MIN:
            continue
        while end > start and line[end - 1] in ".:=!?":
            end -= 1
        if line.startswith('"', end):
            # a JSON string's escaped closing quote (`\"id\":\"…\"` inside a string), escaped
            # again in JSON (`…=0\\\"\"`, a container's json-file log)
            while end > start and line[end - 1] == "\\":
                end -= 1
        token = line[start:end]
        if not reads_random(token) or _word_parts(token) or _CAMEL_WORDS.fullmatch(token):
            continue
        if "\\t" in token and not any(map(_generated_piece, token.split("\\t"))):
            # fields an escaped tab joins, none read as generated (a JSON-escaped log record's
            # `…508Z\tERROR\tactions-runner…\tFailed`, `…\tcache\tGenerateSecret`); a value's
            # own tab, as Go's `%q` writes it, joins pieces that do (`Kq2Wz\tNv8Lr…`)
            continue
        if key and (
            key.lower() in _NOT_SECRET_KEYS
            or (words(key) or [""])[-1] in _NOT_SECRET_KEYS
            or is_cursor_name(key)
        ):
            continue
        if key == "session" and ("dovecot" in line or "-login:" in line):
            continue  # Dovecot's session id (`session=<…>` in its login and auth lines)
        if token.startswith(_NOT_SECRET_PREFIX) or "://" in token:
            continue
        if token.endswith("aws4_request") and (
            (key and is_reference_value(key, token)) or SCOPE_TAIL.fullmatch(token)
        ):
            # a SigV4 credential scope, percent-encoded (`X-Amz-Credential=…`), or its end
            # after a placeholder for the key id (`<ACCESS_KEY_ID>%2F…%2Fs3%2Faws4_request`)
            continue
        if "/" in token and ("." in token or _id_path(token)):
            continue  # a path with a file name, or through a folder named by an id
        if _DOTTED.fullmatch(_LINE_NUMBER.sub("", token)) or _CODE_PLACE.fullmatch(token):
            continue
        if _SCOPED.fullmatch(m.group().rstrip(".:=!?")):
            continue
        if _CANONICAL_HEADER.fullmatch(token) and line.startswith(":", end):
            continue
        if _CAMEL_KEY.fullmatch(token) and line.startswith("=", end) and key == "":
            continue  # a setting's name before its `=` (velero's `s3ForcePathStyle="true"`)
        if (
            line.startswith(": ", end)
            and line[start - 1 : start] in ('"', "'")
            and (_HEADER_NAME.fullmatch(token))
        ):
            continue  # a header's name in curl's `-H "X-aws-ec2-metadata-token: $TOKEN"`
        if _HEX_NUMBER.fullmatch(token):
            continue  # a checksum or query id written as a number (pt-query-digest's 0x…)
        if _jose_header(token) or _encoded_reference(token) or is_node_id(token):
            continue
        if _in_template(line, m.start(), m.end()):
            continue  # a reference's parts (PicketBox's `${VAULT::ds_AppDS::password::1}`)
        if _in_sops_value(line, start):
            continue  # SOPS ciphertext, its iv and tag (`ENC[AES256_GCM,data:…,iv:…]`)
        if _BEFORE.search(line, max(0, m.start() - 24), m.start()):
            continue
        if _XMLDSIG_OPEN.search(line, max(0, start - 300), start) or _XMLDSIG_CLOSE.match(
            line, end
        ):
            continue
        quoted = _QUOTED_KEY.search(line, max(0, m.start() - 72), m.start())
        if quoted and (
            quoted.group("k").lower() in _NOT_SECRET_KEYS
            or (words(quoted.group("k")) or [""])[-1] in _NOT_SECRET_KEYS
            or is_cursor_name(quoted.group("k"))
        ):
            continue
        if "arn:" in m.group() or is_trivial_value(m.group()) or is_trivial_value(token):
            continue  # a reference (an ARN, `vault:…`) or a mask
        if any(s <= start and end <= e for s, e in signed) or is_vendor_public(key, token):
            continue  # a webhook's HMAC, a key the vendor gives browsers (Mapbox's `pk.…`)
        yield start, end, KIND


RANDOM_IN_CONTEXT = Detector(
    KIND,
    _WORDS,
    _spans,
    # lines with password, secret or token come through keyvalue.py's and generic.py's hints
    # (detectors.FOLLOWERS); these are the words neither looks for
    (_HS_OWN_WORD,),
)
