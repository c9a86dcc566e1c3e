"""What each seen held-out redaction set may still do (tests/redact/test_corpus.py checks it):
its size and at most so many leaks, changed look-alikes and broken lines, with the history of
each set's measurements in a comment above its line (docs/redaction-measurements.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What a seen held-out set may still do: its size, and at most so many leaks, changed
    look-alikes and broken lines."""

    positives: int
    negatives: int
    leaks: int
    changed: int
    broken: int = 0


HOLDOUT_LIMITS = {
    # holdout5, written apart from the redactor (it was neither read nor run by its writer) and kept
    # outside the repository until measured once (docs/redaction-measurements.md): 36 of 447 secret-bearing
    # records leaked (12 shapes: webhook URLs of Teams and Discord, CSV rows and psql rows under their
    # header, an OIDC `code=` in an access log, a Terraform `random_password` result, a value after a
    # shell line continuation, non-English key names, arrows and guillemets around a value, a token
    # printed on the line after `cat` of its file), 13 of 273 look-alikes changed (4.8%).
    # Seen and fixed by class since (webhook shapes, tables under a header, OAuth codes, Terraform
    # blocks, shell continuations, `cat` of a token file, names in other languages, arrows and
    # typographic quotes; Vault `-field=`, Terraform references, PKCE challenges, empty Go struct
    # fields and Secret key names as look-alikes): 0 leaked, 0 changed.
    "holdout5": Limits(447, 273, leaks=0, changed=0),
    # holdout6, written like holdout5 (two thirds of its shapes new to every other set) while
    # holdout5's misses were fixed, measured once against the redactor at that time (docs/redaction-measurements.md): 123 of 396
    # secret-bearing records leaked (29 shapes, mostly positional arguments, values printed on the
    # line after a command, and key names no list holds), 10 of 255 look-alikes changed (3.9%).
    # Since fixed by class (positional secrets of tools, key material outside PEM, output of commands
    # that print a secret, new key names, Envoy header lists, heredocs, ODBC braced values, RESP
    # arrays after AUTH, `\` continuations, look-alikes): 4 records leak (Alertmanager's PagerDuty
    # `routing_key`; the access key id in `mc admin user svcacct add` output went with holdout10's
    # two-word labels), no look-alike changes.
    # The changes for holdout13 took it to 0 (PagerDuty's `routing_key` in its shape).
    "holdout6": Limits(396, 255, leaks=0, changed=0),
    # holdout7, written like holdout6 (three quarters of its shapes new to every other set), measured
    # once (docs/redaction-measurements.md): 139 of 504 secrets leaked in 88 of 414 records (31 shapes), 50 of 275
    # look-alikes changed (18.2%). Since fixed by class (key blocks of OpenVPN and NATS, tool keys of
    # a fixed shape, base64 PEM keys, new key names, box-drawn cells and Erlang binaries, LDAP, `-u …
    # -p`, `secret set --body`, Percona DSN and captured Redis AUTH passwords, output of commands that
    # print a secret, credentials files, JSON objects and `=>` keys over lines, wrapped values,
    # pydantic's input_value, Name/Value records, key tables; references, masks, SOPS ciphertext,
    # templates in URLs, scopes, a JOSE header and signed timestamps as look-alikes): 11 leak (11
    # records: an Elasticsearch `encoded` key, CBOR's `tok`, an OTel vendor header, a short value in
    # a space-aligned table, a password in a YAML comment; the hexdump's split ASCII column went with
    # holdout10's hex dumps), 0 changed. The changes for holdout13 took the OTel vendor header: 8 leak.
    # The changes for holdout31 took `pulumi config`'s namespaced row (both engines): 7 leak.
    # Later changes took the password in a YAML comment, a date in its note (`old password
    # (rotated 2026-02): …`): 6 leak, both engines. Since, Elasticsearch's `encoded` API key
    # (encodedtoken.py): 3 leak (CBOR's `tok`), both engines. Since, `tok` in a session token's
    # shape (keyshapes.py): none leaks, both engines.
    "holdout7": Limits(414, 275, leaks=0, changed=0),
    # holdout8, written like holdout7 (four fifths of its shapes new to every other set) while
    # holdout7's misses were fixed, measured once (docs/redaction-measurements.md): 68 of 564 secrets leaked in 62
    # of 435 records (22 shapes), 25 of 270 look-alikes changed (9.3%). Since fixed by class (JSON
    # in a secret-named file, YAML sequences at their key's indentation, flow lists and `{value: …}`
    # wrappers, multi-word CSV headers, host lists and cut URLs, more tools' positional and flag
    # passwords, vendor Authorization schemes, CephX keys, base64 of any text holding a secret pair,
    # tokens as URL path segments, expect's `send`; the look-alikes: pagination cursors, rates, bullet
    # masks, fill-in placeholders, a Redis reply's values at even positions): nothing leaks or changes.
    "holdout8": Limits(435, 270, leaks=0, changed=0),
    # holdout9, written like holdout8 (nine tenths of its shapes new to every other set) while the
    # analysis speed work went on, measured once against all of holdout8's fixes (docs/redaction-measurements.md):
    # 90 of 534 secrets leaked in 81 of 444 records (29 shapes), 30 of 275 look-alikes changed
    # (10.9%, 6 shapes), 3 JSON string lines replaced whole. Since fixed by class (values on the
    # lines after a label, a script, a raw query or a key-rotating command; positional passwords of
    # `net user`, Oracle connect strings, `echo … |` into a secret store, a DSN tuple; names in an
    # HTML row, PHP `print_r`, with an encoding aside or a foreign aside; percent-encoded queries in
    # a parameter; paired `…Key`/`…Value` fields; tab-separated rows and cookie jars; alert
    # integration keys in a URL path; a shipper's continued record; the look-alikes' policy, date
    # and form-text names, mail signatures, `id:/path` credentials and placeholders): 1 secret left
    # (an OCI secret key of letters and digits under a bare `key`), 5 look-alikes changed (CloudTrail's
    # `ASIA…` key id, which the redactor replaces on purpose), no line broken. Since, an S3-style key
    # without `/` or `+` whose classes alternate as a generator's do: none leaks, both engines.
    "holdout9": Limits(444, 275, leaks=0, changed=5),
    # holdout10, written like holdout9 (145 of its 160 shapes new to every other set), measured once
    # against all of holdout9's fixes (docs/redaction-measurements.md): 109 of 651 secrets leaked in 78 of 480
    # records (27 shapes), 40 of 275 look-alikes changed (14.5%, 8 shapes), no line broken. Since
    # fixed by class (look-alikes: references of more template languages and names inside a
    # template expression, prompts, calls, algorithm names, XML-DSig signatures; leaks: Go network
    # addresses as a URL's host, CDATA, option constructors, Lisp keywords, two-word labels, a
    # change's new value, property lists, quoted short flags, SQL table functions, CI mask
    # commands, salts and application keys, `{PLAIN}` schemes, OCI request paths, console echoes,
    # key files, columns under a rule of dashes, quoted CSV cells, literals beside a JSON value,
    # quoted-printable soft breaks, INI sections that qualify `key`, users files, base64 keys under
    # `k`, auditd's hex arguments, hex dumps): 8 secrets leak in 8 records (Jenkins' `id : user /
    # password` lines, `snyk config set api=<uuid>`, a `:` inside a passwd-file password, a glued
    # `-a` password holding a space), no look-alike changes. Later changes took Jenkins' lines
    # (an account and its password joined by a spaced slash) and Snyk's `api`: 2 leak (the
    # passwd-file password holding a `:`, its field separator; auditd's glued `-a` argument
    # holding a space), both engines. Since, a passwd-file password holding a `:` (it ends where a
    # uid and a gid follow): 1 leaks (auditd's glued `-a`), both engines. Since, redis-cli's `-a`
    # glued to six characters or more (the part before the password's space): none leaks.
    "holdout10": Limits(480, 275, leaks=0, changed=0),
    # holdout11, aimed at what a W&B Server bundle holds (117 of its 144 shapes new to every other
    # set), measured once after the changes for holdout10 (docs/redaction-measurements.md): 66 of 513 secrets leaked in
    # 54 of 432 records (18 shapes), 15 of 280 look-alikes changed (5.4%, 3 shapes), no line broken.
    # Since fixed by class (CRI partial lines judged joined, nginx `\x22` escapes decoded, URLs
    # before an escaped quote, YAML double-quoted values over lines, base64 of DSNs and env files,
    # rows under a query that names its columns and under MySQL's box rule, cut SQL statements,
    # announced and pasted passwords, key logs, keyring entries, `--cert FILE:PASSWORD`, `AUTH`
    # in Redis replies, fetches of secret-named resources, `stringData`; the look-alikes: webhook
    # templates, `namespace/name` Secret references, MinIO access keys that are user names):
    # nothing leaks or changes.
    "holdout11": Limits(432, 280, leaks=0, changed=0),
    # holdout12, written like holdout11 from 1,904 used shape names (123 of its 144 shapes new),
    # measured once before holdout11's misses were fixed (docs/redaction-measurements.md): 67 of 462 secrets
    # leaked in 67 of 432 records, 35 of 280 look-alikes changed, none broken. Since fixed by class
    # (masks a program printed, ids of revoked keys and key metadata, hex query ids, a session's
    # owner; what a command prints after it: stored secrets, keychain and SecureString reads,
    # echoed secret variables, SMTP AUTH LOGIN answers; passwords echoed into `sudo -S`; bound
    # parameters of statements naming a secret column; separators in words and glued arrows; a
    # full-width space; INI continuation lines; UUID secrets; Vault transit's plaintext; hex of
    # printable text; SAML attributes, also in base64; attributes before an element's text; a
    # generated value holding `=`): 9 leak in 9 records (base64 of an env file's `LICENSE_KEY=`,
    # external-secrets' fake provider entries, a bare `key` holding 40 hex), no look-alike changes.
    # The changes for holdout11 took it to 6 (none newly leaking), holdout13's to 3 (external-secrets'
    # fake provider; left: a bare `key` of 40 hex in a Python bytes repr). Those three leak by
    # policy: a JSON member `"key"` on a line naming no W&B tool is an object's or a cache's key
    # (docs/redaction.md, the set's README); the gate flags all three.
    "holdout12": Limits(432, 280, leaks=3, changed=0),
    # holdout13, written like holdout12 from 2,104 used shape names (127 of its 145 positive shapes
    # new), aimed at what admins attach; measured once after the changes for holdout11 and holdout12
    # (docs/redaction-measurements.md): 67 of 505 secrets leaked in 65 of 435 records, 40 of 280 look-alikes
    # changed, none broken. Since fixed by class (colour codes between a name and its value,
    # HCL's `value =` after `name =`, a flag alone in a JSON array, archivers' glued `-p`, Redis
    # ACL `>password`, keys named by their use; the look-alikes: Secret names in lists and Helm
    # release Secrets, a variable passed under its own name, services that keep secrets, ids and
    # events of tokens, Java names with `$`, what a block says about a key; then PagerDuty's
    # `routing_key` in its shape, session cookies also as a HAR's name/value entries, a quote
    # inside a quoted `curl -u` password): 34 leak, 0 changed. Then values folded at a fixed width
    # over several lines (a JWT at 80 columns, base64 at 76 with its short last line), gdb's
    # `name=0x… "…"`, the record of a key (`"keyName": …, "value": …`), OAuth's `code` in a HAR
    # query array by its shape: 18 leak in 18 records, 0 changed. Then Honeycomb's header, env
    # values kubectl's jsonpath prints, SSM `SecureString` rows, Docker json-file records that
    # split a line, a traceback's locals for a variable passed as a secret, base64 of
    # pretty-printed JSON: nothing leaks or changes.
    "holdout13": Limits(435, 280, leaks=0, changed=0),
    # holdout14, written like holdout13 from 2,166 used shape names (128 of its 142 positive shapes
    # new), aimed at what the collectors gather from a W&B Server deployment; measured once
    # (docs/redaction-measurements.md): 73 of 480 secrets leaked in 64 of 426 records, 46 of 285 look-alikes
    # changed, none broken. Since fixed by class (look-alikes: masks a program printed, a Secret's
    # key by its env name, SigV4 scopes, payload digests, placeholders, rates, options and CJK
    # prose after a secret word; leaks: Go DSNs without a network, percent-encoded and cut URLs,
    # what tools print, ioredis and list-form Redis passwords, ClickHouse remote(), REDIS_HOSTS,
    # ipsec.secrets and chrony keys, Azure keys under `key`, look-alike Cyrillic letters in a
    # name, HTML inline cells, shell quote joins, YAML parents qualifying `key`, headings, syslog
    # continuation records, Istio header values, ldap3 binds): 3 leak (a password in a YAML
    # comment after `root =`), 5 look-alikes change (an `AKIA…` key id, replaced on purpose).
    # Since, the key id in these records' presigned URLs (an `X-Amz-Credential` scope beside an
    # already masked signature) is kept: the same 3 leak, none change, both prefilter engines
    # alike. Since, an account given a generated value by `=` or `:` in a comment
    # (accountpair.py): none leak, none change, both engines.
    "holdout14": Limits(426, 285, leaks=0, changed=0),
    # holdout15, written like holdout14 from 2,365 used shape names (124 of its 144 positive shapes
    # new), aimed at what users and admins attach with --include; measured once at 613631d
    # (docs/redaction-measurements.md): 54 of 528 secrets leaked in 54 of 432 records, 20 of 285 look-alikes
    # changed with the Hyperscan prefilter and 25 with `re` (the engines disagree on one shape).
    # The engines agree since (each names the detectors whose hint patterns match a line, as
    # Hyperscan did; a Markdown table cell holding a `vault kv get` command stays): 20 changed.
    # Then (server directives, quoted .netrc, keychain -w, Rocket.Chat hooks, SAMLResponse,
    # notebook and Jupyter records, tools' masks, key ids, headings; and the encodings, splits
    # and Polish names): none leaks, none changed.
    "holdout15": Limits(432, 285, leaks=0, changed=0),
    # holdout16, written from 2,705 used shape names (123 of its 151 positive shapes new), aimed at
    # the database, object-store and proxy side and deployment tooling; measured once after
    # The changes for holdout15 (docs/redaction-measurements.md): 63 of 555 secrets leaked in 56 of 453 records, 31
    # of 295 look-alikes changed, the same with both prefilter engines. Its object-store, proxy,
    # CLI and config classes fixed (a command's lone output, box-drawn tables, ACME EAB keys,
    # positional key pairs and argument lists, CJK names, TOML sections and multi-line
    # strings; credential scopes, Secret references, kustomize paths, SealedSecret ciphertext,
    # a host's port), and its database side (SQL statements in every layout the logs print, hex
    # and CONCAT literals, INSERT rows and name/value tables, connect calls in traces): none
    # leaks, none changed, both engines.
    "holdout16": Limits(453, 295, leaks=0, changed=0),
    # holdout17, written from 2,871 used shape names (84 of its 189 positive shapes new, 44 of its
    # 80 look-alike shapes), aimed at the W&B server's own process, the Kubernetes and Docker
    # layer and machine-written formats; measured once before the changes for holdout16
    # (docs/redaction-measurements.md): 79 of 663 secrets leaked in 71 of 567 records, 15 of 400 look-alikes
    # changed, the same with both prefilter engines. The object-store changes for holdout16 took two of
    # its shapes (a TOML multi-line string, fluentd's shared_key directive): 70 leak. Then key
    # names in other scripts, elements in XML namespaces, vendors' key headers, and as look-alikes
    # masks in angle brackets, YAML tags and LDAP entry names: 57 leak, none changes. Then its
    # encoded forms (escapes read decoded, `$'…'` and `h'…'` values, MessagePack and CBOR maps
    # and text in hex, dumps of secret files, length-prefixed serialisations, base64 wrapped over
    # lines, Secret Manager payloads, BuildKit's step output): 22 leak, both engines. Then values
    # away from their name (YAML complex keys and folded plain scalars, terminal cuts, SQL's
    # encryption functions, token columns, comments, handler credentials): none leaks.
    "holdout17": Limits(567, 400, leaks=0, changed=0),
    # holdout18, written from 3,184 used shape names (105 of its 194 positive shapes new, all 55
    # look-alike shapes), aimed at the probes and settings of a deployment and the tools around
    # it (MySQL, object stores, HTTP dumps, identity and mail, infrastructure as code and CI);
    # measured once after the changes for holdout17 (docs/redaction-measurements.md): 58 of 670 secrets leaked in 42
    # of 582 records, 15 of 275 look-alikes changed, the same with both prefilter engines. Then
    # its config formats (XML values, LDAP names, AWS key pairs), SQL (doubled quotes, loaded and
    # exported rows), backslash-continued commands, key names in CJK scripts, and as look-alikes
    # command substitutions, a plugin's argument and placeholders: 33 leak, none changes. Then
    # the secrets a tool shows where no name says so (sibling-marked objects, a command's output,
    # CI debug and masked echoes, pieces, bytes literals): none leaks, none changes.
    "holdout18": Limits(582, 275, leaks=0, changed=0),
    # holdout19, written from 3,433 used shape names (246 shape names new, 125 of them new kinds),
    # aimed at the diagnostics W&B's own components, the Kubernetes and container runtime and the
    # observability stack print; measured once after holdout18's first measurement
    # (docs/redaction-measurements.md): 37 of 591 secrets leaked in 36 of 501 records, 30 of 395 look-alikes
    # changed, the same with both prefilter engines. Its look-alikes fixed since (Grafana's
    # `$__file{…}` and Vector's `SECRET[…]` references, a mask as a Go DSN's password, a form's
    # label in another script, a JVM option's `-D`): none changes, both engines. Then its leaks
    # (values split across records, secret fields under containers that mark them, encodings):
    # none leaks, both engines.
    "holdout19": Limits(501, 395, leaks=0, changed=0),
    # holdout20, written from 3,679 used shape names (201 shape names new), aimed at what
    # `--include` attachments and in-container log files bring from the machine-learning side and
    # the application stacks around a deployment (docs/redaction-measurements.md); measured once: 46 of 489
    # secrets leaked in 34 of 432 records, 15 of 285 look-alikes changed, the same with both
    # prefilter engines. Its leaks in layouts and splits fixed since (a DataFrame as it prints, a
    # Markdown table's blank index header, papermill's `-p NAME VALUE`, adjacent string literals,
    # a job's arguments beside a webhook URL), and its names and values by class (a symmetric key
    # named for its cipher, `env[NAME] =`, a JSON key in `\u` escapes, Oracle JDBC URLs, Maven's
    # master password, Bundler's per-host credentials, a key element's value below it; a command
    # that prints the key, a credentials entry's name and a placeholder in prose as look-alikes):
    # none leaks, 5 look-alikes change (an AWS key id, replaced by policy), both engines.
    "holdout20": Limits(432, 285, leaks=0, changed=5),
    # holdout21, written from 3,880 used shape names (205 shape names new), aimed at what people
    # write and export and attach with `--include`: tickets, chats, e-mails, wiki pages, OCR text
    # and prose in other languages (docs/redaction-measurements.md); measured once: 154 of 489 secrets leaked
    # in 136 of 435 records, 19 of 300 look-alikes changed, the same with both prefilter engines.
    # Then fixed by class: sentences that give a password in any language, foreign and Turkish
    # capital names, OCR and copy damage, struck-through old values, Windows' echo (96 left).
    # Then tables, tracker and chat exports and their look-alikes: 80 and 5.
    # Then mail and markup (HTML read as its text, RFC 2047 subjects decoded, base64 parts,
    # quoted replies, codes in wrapped and twice-encoded links).
    # Together: 51 secrets in 42 records, no look-alike changed.
    # Then `pw is …` let in by the prefilter, an account and its password joined by a spaced
    # slash, a key its word before names a secret's (`the API key is …`, `storage account key
    # used: …`) and a key's hex in a sentence: 33 secrets in 27 records, none changed, both
    # engines. Then Redis' `AUTH` in capitals as a sentence's word, a bare `key:` opening a quoted
    # string or an element before a W&B key's hex, a one-cell-per-line table's first value with
    # no digit: 26 secrets in 20 records, none changed, both engines. Then a bare `key in use:`
    # before a W&B key's hex, a rich-text sentence about a secret ending in a colon and the next
    # node's generated token, a chat message announcing a secret and the next message's
    # generated token: 14 secrets in 11 records, none changed, both engines.
    "holdout21": Limits(435, 300, leaks=14, changed=0),
    # holdout22, written from 4,085 used shape names (272 shape names new), a representative mix of
    # what a W&B Server bundle holds (the containers' logs, Kubernetes and Docker objects, env
    # files, command lines, DSNs, tokens, in the layouts redaction meets; docs/redaction-measurements.md);
    # measured once: 36 of 657 secrets leaked in 36 of 555 records, 42 of 435 look-alikes
    # changed, the same with both prefilter engines. Then its look-alikes by class (a placeholder
    # after Redis `AUTH`, a flag's help text, k6's `__ENV` and `process.env`, a `%VAR%` DSN
    # password, go-spew's empty string, a build secret's `id=`, openssl's `-pass env:/file:/stdin`,
    # a listing of API keys by their records, `passwordSecretKey`, a note pointing at Vault), and
    # its leaks by class (Redis Sentinel's auth-pass, ACL LIST's rules, redis-cli's raw reply, S3
    # SSE-C keys, Go's printed url.Userinfo, go-cmp's string("…"), escaped quotes in ANSI-C and
    # libpq values, TOML's one-line '''…''', Helm's escaped comma, Hurl's [BasicAuth], a hex key
    # cut mid-token): none leaks, 5 look-alikes change (an AWS key id alone, replaced by policy),
    # both engines.
    "holdout22": Limits(555, 435, leaks=0, changed=5),
    # holdout23, written from 4,313 used shape names (262 shape names new, 67 of them new kinds), its
    # layouts taken from real material: files as projects ship them or users paste them, log lines
    # from public issues, command lines from install guides, CI files (docs/redaction-measurements.md); measured
    # once: 16 of 627 secrets leaked in 16 of 519 records, 72 of 445 look-alikes changed, the same
    # with both prefilter engines. Then fixed by class (masks, references and usage lines that
    # stand for a secret, comments and component names in a secret's block; key records, a state's
    # generated password, triple quotes, master.info, ZooKeeper's addauth): no secret leaks, 15
    # look-alikes change, both engines: ten AWS key ids (replaced on purpose) and five SealedSecret
    # ciphertexts shorter than a real one; with an `encryptedData` mapping's values left in place
    # as the gate leaves them (sealed.py), the ten key ids alone.
    "holdout23": Limits(519, 445, leaks=0, changed=10),
    # holdout24, written from 4,575 used shape names (266 shape names new, 41 of them new kinds):
    # records as they sit in a bundle's files, in the layouts the collectors write them (container
    # logs, Kubernetes and Docker JSON, MySQL output, object-store and load-balancer probes, the
    # SDK's files; docs/redaction-measurements.md); measured once after the changes for holdout22 and holdout23: 37
    # of 657 secrets leaked in 34 of 528 records, 27 of 450 look-alikes changed, the same with
    # both prefilter engines. Look-alikes fixed by class (a tool's own mask in a secret's place, a
    # note of where a password is read from, a failure's class before its message): 5 change, both
    # engines, each an AWS access key id alone in S3's error body (replaced on purpose). Its leaks
    # fixed by class (a MySQL client's name/value rows and mysqld's variable listing, binlog row
    # images, an API key under a bare `key`, a Compose healthcheck's `test:` list, curl
    # --trace-ascii rows and multipart form fields, escapes inside a password, a query encoded
    # twice, urlparse's port error, a base64 member beside its name): no secret leaks, both engines.
    "holdout24": Limits(528, 450, leaks=0, changed=5),
    # holdout25, written from 4,885 used shape names (248 shape names new, 9 of them new kinds),
    # the same focus as holdout24 (what the collectors write); measured once after the changes
    # for holdout24 (main c472c89): 15 of 589 secrets leaked in 15 of 480 records, 15 of 440 look-alikes
    # changed, the same with both prefilter engines. Fixed by class since (Rust's `{:#?}` Option
    # over lines and its `None`, ASGI's query string as bytes, a parameter encoded twice inside
    # another, a settings row of blank `name= ` values, a Secret's data encoded twice): 3 leak (a
    # base64 `user:password` blob under a neutral name), 5 change (MinIO's `AccessKey` id,
    # replaced on purpose as every access key id is), both engines. Since, base64 of `login:password`
    # under any name (detectors/logins.py): no secret leaks, both engines.
    "holdout25": Limits(480, 440, leaks=0, changed=5),
    # holdout26, written from 5,133 used shape names (248 shape names new, 18 of them new kinds):
    # layouts from real public material customers paste and attach (shipped configurations,
    # issue pastes) and what happens to it on the way (terminal wrapping, quoting, escaping);
    # measured once at the same build: 32 of 681 secrets leaked in 25 of 474 records, 25 of 450
    # look-alikes changed, the same with both prefilter engines. Fixed by class since (echoes:
    # `terraform console`, an API's error, the SDK's; look-alikes: Compose's `${VAR:?message}`,
    # Terraform references, HTML-escaped placeholders, a `--from-file` path): 25 secrets leak in
    # 18 records (wrapped and quoted text, a tmux capture), 5 change (a Sentry DSN's key, replaced
    # by policy: holdout19 counts it a secret), both engines. Since, text wrapped at a fixed width
    # judged joined (fixedwidth.py), a key's `private_key_id`, a go-template's `|base64decode`:
    # no secret leaks, both engines.
    "holdout26": Limits(474, 450, leaks=0, changed=5),
    # holdout27, written from 5,381 used shape names (255 shape names new, about 43 of them new
    # kinds): structured logs and configuration dumps of the ecosystem's tools; measured once
    # after the changes for holdout25 and holdout26 (main dcc8091): 42 of 531 secrets leaked in 39 of
    # 495 records, 35 of 450 look-alikes changed, the same with both prefilter engines. Fixed by
    # class since (a URL's host before an escape shown as text or a closing brace, a traced Redis
    # AUTH, Spring actuator's one-property answer, etcd's base64 keys, Terraform's traced variables
    # and random_password results, nginx maps, Promtail's inspect output, a relabelling's
    # `__param_`, Jenkins' Groovy warning, a bare `session`; look-alikes: principals' unique ids,
    # a secret's version, a usage's metavar and example URL): no secret leaks, 20 change (AWS
    # access key ids and unsalted password hashes, replaced by policy), both engines.
    "holdout27": Limits(495, 450, leaks=0, changed=20),
    # holdout28, written at the same time (259 shape names new, 15 of them new kinds): hard values
    # (quotes, escapes, non-ASCII, lengths) and hard positions in ordinary material; measured once
    # at the same build: 52 of 711 secrets leaked in 45 of 510 records, 27 of 445 look-alikes
    # changed, the same with both prefilter engines. Fixed by class since (an env line's value
    # with spaces, quotes, `#x` and `,x=`; argv's quotes; escaped backslashes and doubled `\u`
    # escapes; CSV's doubled quotes; W&B's `wandb_v1_` keys; what `cat …; echo` and a decoded
    # jsonpath print; kubectl's tables without a rule; a box table's cell of words; a Go
    # struct's raw field; look-alikes: parameter expansions, hosts in NO_PROXY, a time zone
    # cookie, PEM markers in a help text, a TLS Secret's certificates): none leaks, none
    # changes, both engines.
    "holdout28": Limits(510, 445, leaks=0, changed=0),
    # holdout29, written from 5,895 used shape names (259 shape names new, 36 of them new kinds):
    # Kubernetes and operator material end to end (operator CRs, Helm output, Secrets, describe,
    # OpenShift, Argo CD, External Secrets, kustomize, Terraform); kept sealed until the changes
    # for holdout25 to holdout28 had landed, then measured once (main 94c1ad7): 21 of 676 secrets
    # leaked in 18 of 510 records, 40 of 445 look-alikes changed, 3 lines broken (a Docker
    # config without credentials replaced whole), the same with both prefilter engines. Since, a
    # decoded Secret field holding a JSON object keeps its structure (nextprinted.py): 0 broken,
    # its values still replaced (the same 40 changed). Fixed by class since (a Secret's data
    # decoded whole by jq's `@base64d`, `view-secret --all` and `oc extract --to=-`; a diff's
    # changed `value:`; a plan's `set` block; a token as a webhook path's segment; look-alikes:
    # commands listed without output, credential helpers, helm diff's mask, `# from secret`
    # comments, handlers, header names, MinIO user names): none leaks, none changes, both engines.
    "holdout29": Limits(510, 445, leaks=0, changed=0),
    # holdout30 and holdout31, written from 6,154 used shape names: W&B's own material, server and
    # SDK (the SDK's debug logs and settings, `wandb verify`, launch and sweeps, the server's env
    # and container logs, SSO flows, webhooks, integrations), and the cloud and infrastructure
    # tooling around a deployment (AWS, gcloud, Azure, Vault, 1Password, Bitwarden, Pulumi,
    # Terraform state, kubeconfigs, CI federation); kept sealed until the changes for holdout29 and the
    # gate's had landed, then measured once (main 91bff6b), the same with both prefilter engines:
    # holdout30 15 of 555 secrets leaked in 15 of 474 records, 14 of 435 look-alikes changed;
    # holdout31 44 of 846 secrets leaked in 44 of 513 records, 45 of 440 look-alikes changed.
    # Since, fixed by class and measured with both engines alike: holdout30 12 leaked, 12
    # changed (a Ray Tune table's `wandb/api_key` column, `.env` examples' `sk-...`); holdout31
    # 38 leaked, 20 changed (a TOTP seed, curl's header name, a Vault token's accessor). Then
    # holdout30 9 leaked (the service log's protobuf `api_key { value }`), holdout31 17 leaked
    # (1Password's concealed fields and `--reveal`, a `random_string` named after a secret).
    # Then holdout30 3 leaked (the SDK's Python dict of an account URL to its key, an OAuth code
    # as a form body's first field), holdout31 none (a token echoed after the command that set
    # it, Azure's `IDENTITY_HEADER`, `pulumi config --show-secrets` rows under their namespace).
    # Then holdout30 none (PKCE's `code_verifier`, seen in holdout36). Later changes' look-alike
    # classes leave holdout31 10 changed, both prefilter engines alike. A workload identity's
    # method as no value (`auth=managed-identity`, seen in holdout56) leaves holdout30 7 changed;
    # an e-mail address as no value (a service account's `client_email` under `credentials`, seen
    # in holdout58 as FTP's anonymous password) 2.
    "holdout30": Limits(474, 435, leaks=0, changed=2),
    "holdout31": Limits(513, 440, leaks=0, changed=10),
    # holdout32, written from 6,658 used shape names: Windows, localized and re-encoded material
    # (PowerShell, cmd, the registry, .NET and IIS configuration, Azure DevOps agents, unattend
    # files, labels in eight other languages, UTF-16 read as bytes); kept sealed until the
    # changes for holdout30/holdout31 and the gate's had landed, then measured once (main 905d0ac), the
    # same with both prefilter engines: 33 of 570 secrets leaked in 30 of 540 records, 45 of 450
    # look-alikes changed. Since, fixed by class and measured with both engines alike, none
    # leaks (Windows tools' flags, CLIXML, SecretManagement and appcmd reads, wrapped registry
    # hex, setvariable under a secret's name, localized labels and mixed-script values,
    # unattend's <Value> with CRLF); 5 changed (the stand-ins Windows settings write, glued
    # flags, credential helpers and stores kept).
    "holdout32": Limits(540, 450, leaks=0, changed=5),
    # holdout33, written from 6,928 used shape names: the ML team's side of a deployment
    # (notebooks and their outputs, Slurm, torchrun, Ray, Kubeflow, SageMaker, Vertex AI and
    # Databricks jobs, W&B, MLflow, DVC, Hugging Face and package index settings); kept sealed
    # until the changes for holdout32 and the gate's had landed, then measured once (main 3c6f554),
    # the same with both prefilter engines: 15 of 540 secrets leaked in 15 of 486 records, 20 of
    # 450 look-alikes changed, 3 lines broken (a notebook's JSON string cut inside a private key).
    # Since, fixed by class and measured with both engines alike: none leaks (JSON-escaped colour
    # codes, a cell's command read as a line, a VCS URL's revision, a call's encoded argument,
    # Modal's token id as an access key id), none changes (a secret syncer, a model's tensors,
    # `sso_session`, a prefix before `x`s) and none breaks (a key block ends with its string).
    "holdout33": Limits(486, 450, leaks=0, changed=0, broken=0),
    # holdout34, written from 7,180 used shape names: what log pipelines do to a line (JSON
    # escaped again, shippers' records and envelopes, base64 payloads of Kinesis, Pub/Sub,
    # Firehose and Event Hubs, a line split across two records, re-wrapped pastes, other tools'
    # masks); kept sealed until the changes for holdout33 had landed, then measured once (main
    # c1b2d89), the same with both prefilter engines: 76 of 610 secrets leaked in 69 of 540
    # records, 25 of 450 look-alikes changed. Since, fixed by class and measured with both
    # engines alike: 55 secrets leak in 48 records (none in a base64 record payload any more)
    # and 10 look-alikes change (CloudWatch's cursors and Datadog's mask kept). Then none leaks
    # (a line cut into records judged joined, a shipper's cut mark, re-wrapped pastes, CSV's
    # doubled quotes) and 5 change (the AWS access key ids, replaced by policy).
    "holdout34": Limits(540, 450, leaks=0, changed=5),
    # holdout35, written from 7,450 used shape names: the database and moving data (SQL text in
    # MySQL's general, slow and audit logs, replication settings, ProxySQL, option files, backup,
    # restore, sync and migration tools, Redis command logs); kept sealed until every other set's
    # changes had landed, then measured once (main 186b6bc), the same with both prefilter engines: 31 of
    # 528 secrets leaked in 31 of 477 records, 20 of 425 look-alikes changed. Since, with both
    # engines alike: 16 leak in 16 records (MySQL 8's `REPLACE '…'` and RDS's replication calls
    # read), 20 change. Since, both engines alike: none leaks (Redis' HELLO and MIGRATE AUTH
    # options, quoted ACL rules, `redis-benchmark -a`, MySQL 8's `binlog.NNNNNN` master.info, a
    # credentials table that lost its header rule) and 5 change (the AWS access key ids,
    # replaced by policy).
    "holdout35": Limits(477, 425, leaks=0, changed=5),
    # holdout36, written from 7,450 used shape names: API clients and traffic captures (devtools'
    # copies as cURL, PowerShell and fetch, HAR, Postman, Insomnia, Bruno, Hoppscotch, HTTPie,
    # `.http` files, mitmproxy, Fiddler, tcpdump, ngrep, tshark, clients' debug output, gRPC
    # metadata, GraphQL bodies, OAuth flows as captured); measured once while the changes
    # for holdout34 were being made (main 438b324, the redactor as the changes for holdout34 left it), the same with both
    # prefilter engines: 18 of 675 secrets leaked in 15 of 477 records, 56 of 430 look-alikes
    # changed. Since, fixed by class and measured with both engines alike: 6 secrets leak in 6
    # records (a HAR or Postman value whose name the window cut off) and none changes (PowerShell's
    # and API clients' variables, fetch's credentials mode, ngrep's and cmd's masks kept). Then
    # none leaks (a generated `"value"` on the input's first line, its name cut off, goes by its
    # shape; cutvalue.py) and still none changes.
    "holdout36": Limits(477, 430, leaks=0, changed=0),
    # holdout37, written from 7,939 used shape names: CI/CD, GitOps and secret managers (CI logs
    # and pipeline files, Argo CD, Flux, Terraform, Ansible, Helm, Vault, External Secrets,
    # Sealed Secrets, SOPS, cloud secret stores and their CLIs); kept sealed until the changes
    # for holdout35 landed, then measured once (main ba2ff19), the same with both prefilter engines: 39
    # of 501 secrets leaked in 39 of 465 records, 61 of 450 look-alikes changed. Since, fixed by
    # class and measured with both engines alike: none leaks (CI and secret-manager CLIs' reads,
    # Vault's table rows and unseal argument, a parameter's default, Terraform's outputs and
    # snippets, Ansible's task messages) and none changes (references, ciphertext, permission
    # levels, timestamps, Terraform's progress kept by policy).
    "holdout37": Limits(465, 450, leaks=0, changed=0),
    # holdout38, written from 8,184 used shape names: cluster add-ons, monitoring and alerting
    # (cert-manager, external-dns, Velero, Crossplane, ingress auth, Prometheus, Alertmanager,
    # Grafana, the OpenTelemetry Collector, APM agents, log shippers, service meshes); kept sealed
    # until every redactor and gate change made meanwhile had landed, then measured once (main
    # 91a3b62), the same with both prefilter engines: 6 of 528 secrets leaked in 6 of 477
    # records, 34 of 400 look-alikes changed. Since, both engines alike: none leaks (a Secret's
    # key named for the password it holds, Pushover's `user_key`) and 34 change (the
    # look-alikes' seven shapes, untouched yet). Then none changes either (a login's realm and a
    # key's presence hold none, a hash's name and a thread's name of words, the Secret named
    # under `tokens`, Argo CD notifications' `$key-name`, a usage's `-b[cmB25dpsDv]`).
    "holdout38": Limits(477, 400, leaks=0, changed=0),
    # holdout39, written from 8,423 used shape names: identity providers and single sign-on (OIDC
    # registrations and token responses, Okta, Entra ID, Keycloak, Dex, oauth2-proxy, SAML, LDAP
    # and Active Directory, SCIM, MFA seeds and recovery codes, Kerberos); kept sealed until the
    # holdout38 / holdout36 redactor changes and the gate's raw-recall changes landed, then measured
    # once (main 70e822a), the same with both prefilter engines: 51 of 600 secrets leaked in 33
    # of 456 records (11 shapes), 30 of 405 look-alikes changed (6 shapes). Since, read by class
    # (a note before a secret's colon, `device_code`, recovery codes, a TOTP seed file, Kerberos'
    # passwords and keys, a printed generated secret, a private key's DER under a label; lifetimes
    # and a path through a variable kept), both engines alike: 6 leak in 3 records (the
    # authenticator file's scratch codes), 10 look-alikes change (Dex's help text, a service
    # account key's `private_key_id`). Then Dex's help text (`htpasswd -bnBC 10 "" password`: the
    # docs' placeholder word) stays, both engines alike: the same 6 leak, 5 look-alikes change
    # (the key file's `private_key_id`, which the redactor takes by policy: docs/redaction.md).
    # Then the authenticator file's scratch codes below its option lines go (the corpus check
    # counts only objects and arrays as structure: a bare number is none), both engines alike:
    # none leaks, the same 5 change.
    "holdout39": Limits(456, 405, leaks=0, changed=5),
    # holdout40, written from 8,423 used shape names: the administrator's host and shell (terminal
    # captures with colour codes, xtrace, shell histories, env listings, ps and /proc, systemd
    # units and journald, auditd's EXECVE records, sudo and cron, dotfiles, ssh, strace); kept
    # sealed until every redactor and gate change made meanwhile had landed (holdout39's included),
    # then measured once (main 6069c84), the same with both prefilter engines: 38 of 627
    # secrets leaked in 38 of 510 records (13 shapes), 39 of 425 look-alikes changed (8 shapes).
    # Then `-u` ending a cluster of short flags (`curl -su`) and in auditd's split arguments,
    # ssh-keygen's `-N`/`-P`, a value in a traced test, a Redis AUTH whose announced length runs
    # past the line: 23 leak in 23 records (8 shapes), the same 39 change, both engines.
    # Then auditd's split `a2[1]=` pieces and `USER_CMD`'s hex `cmd=`, a W&B key's shape after
    # `--key` (systemctl status' cgroup tree), followers armed past a coloured prompt's codes,
    # strace's `-xx` escapes and its stdin read after a password prompt, the echo after
    # `mysql_config_editor`; ssh-agent's socket, a help text's metavar, mysql's argv overwrite,
    # htpasswd's placeholder, anonymous FTP's address, `-Credential $cred` and git's lower-case
    # `user.signingkey` kept: none leaks, 5 change (a MinIO alias listing's `AccessKey :` key
    # id, which the redactor takes as AWS key ids are), both engines.
    "holdout40": Limits(510, 425, leaks=0, changed=5),
    # holdout41, written from 8,911 used shape names: crash reports, validation errors and debug
    # dumps of application runtimes (tracebacks with locals, pydantic and JSON Schema errors,
    # reprs, Go and Java dumps, test assertion output, gdb, heap strings); kept sealed until the
    # redactor and gate changes before it had landed, then measured once (main c5d050e8), the same
    # with both prefilter engines: 59 of 522 secrets leaked in 50 of 486 records (18 shapes), 15
    # of 435 look-alikes changed (3 shapes). Then a secret under its name in a dump's syntax
    # (Lombok's toString, Java's env map, pydantic's and FastAPI's `input` under a secret's
    # `loc`, a heap dump's value after its property, Rails' `code` beside `state`), the value
    # better-exceptions marks under a secret-named variable a column off, PyMySQL's connect
    # tuple and a KeyError on a secret-named key: 33 leak in 24 records (8 shapes: parse errors
    # and assertions that name no secret, JSON Schema's instance quoted above its path, Celery's
    # task arguments), the same 15 change, both engines.
    # Since, rich's `inspect` help rows (a described setting), gdb's null pointer and Tomcat's
    # `auth="Container"` stay, both engines alike: the same 33 leak, none changes.
    # Then an error's quoted input that reads as generated (int(), float(), Java's
    # NumberFormatException, configparser's `found: '%…'`, jsonschema's and unittest's quoted
    # values, testify's and Jest's expected and actual lines, a diff below them), jsonschema's
    # instance under a secret's name and Celery's positional task arguments go, both engines
    # alike: none leaks, none changes.
    "holdout41": Limits(486, 435, leaks=0, changed=0),
    # holdout42, written from 8,911 used shape names: model-provider and data-platform
    # credentials in ML tooling (LLM provider keys, Weave, LangChain and LiteLLM, vector
    # databases, Databricks, Snowflake, Kaggle, other trackers); kept sealed like holdout41 and
    # measured with it (main c5d050e8), both engines alike: 18 of 576 secrets leaked in 15 of 471
    # records (5 shapes), 30 of 445 look-alikes changed (6 shapes). Since, a `<VENDOR>_KEY` set
    # to a random literal in Python's environment (`os.environ[…]`, `setdefault`, `putenv`,
    # `%env`), a server's allowed API keys, base64 of a Google credentials file and of a vendor's
    # token; LiteLLM's `os.environ/` references and spend-log hashes, rate-limit headers, token
    # budgets, key users and a placeholder after a vendor's prefix kept, both engines alike: 3
    # leak in 3 records (the loguru locals marker's key), none changes. Since, a loguru marker
    # under the value of a keyword argument named like a secret, both engines alike: none
    # leaks, none changes.
    "holdout42": Limits(471, 445, leaks=0, changed=0),
    # holdout43, written from 9,267 used shape names: messaging, streaming and job queues (Kafka
    # JAAS and client properties, Confluent and Schema Registry, Strimzi, RabbitMQ, NATS, Redis
    # Sentinel and ACLs, Memcached SASL, Celery and other task queues, Pulsar, MQTT, cloud queues,
    # KEDA, Temporal, Prefect, Dagster); measured once, untuned (main 0f01ff62), both prefilter
    # engines alike: 48 of 552 secrets leaked in 42 of 471 records (15 shapes), 40 of 455
    # look-alikes changed (8 shapes, 10 of them password hashes the writer counts as look-alikes
    # and the redactor replaces by policy), 3 lines' structure broken. Since, NATS NKEY seeds and
    # Prefect keys by their shape, `rabbitmqctl authenticate_user`'s and `-setcookie`'s
    # arguments, `username_pw_set`, a dotted password after `-u USER -P`, a `user:password` file
    # after its `cat`, Azure's `primaryKey`/`secondaryKey` in their shape, jq decoding one field,
    # Prefect's block documents read with their secrets, a coloured table cell's name, Kombu's
    # `sqs://KEY:SECRET@` and a value cut inside an escaped string (the 3 broken lines); the guest
    # default, JWT claim names, lock tokens, Ruby namespaces, EMQX's key ids and a help text's
    # format kept, both engines alike: none leaks, 10 change (the password hashes), none breaks.
    "holdout43": Limits(471, 455, leaks=0, changed=10),
    # holdout44, written from 9,267 used shape names: network, edge and VPN infrastructure (Cisco
    # IOS / NX-OS / ASA and Junos configs with their reversible type 7 and `$9$` encodings, SNMP
    # communities, RADIUS and TACACS+ keys, routing protocol keys, IPsec pre-shared keys,
    # keepalived, HAProxy, F5, NetScaler, WireGuard, OpenVPN, strongSwan, pfSense / OPNsense, Palo
    # Alto, Fortinet, Cloudflare, Tailscale and other overlays, DNS TSIG, ACME EAB, proxies);
    # measured once, untuned (main 0f01ff62), both prefilter engines alike: 235 of 669 secrets
    # leaked in 180 of 501 records (63 shapes), 18 of 525 look-alikes changed (4 shapes). Since,
    # network devices' configuration syntax (netdevice.py: type numbers, keys, pre-shared keys,
    # Junos `$9$`), SNMP communities and v3 keys (snmp.py), VPN, overlay, firewall-API and DNS
    # keys and device automation (netkeys.py), Headscale's printed keys, a credentials file shown
    # by `type` or under its path in a comment; IPsec SAs under `esp sas:`, `auth_protocol`, a
    # help text's metavar before an acronym kept, both engines alike: 3 leak in 3 records
    # (tac_plus's top-level `key = "…"` line, which reads as a TOML entry's name), none changes.
    # Then that key, in a block that holds tac_plus's own statements (tacplus.py): none leaks.
    "holdout44": Limits(501, 525, leaks=0, changed=0),
    # holdout45, written from 9,787 used shape names: monitoring, alerting and APM (Prometheus,
    # Alertmanager receivers, the Grafana stack, SaaS APM and log platforms, classic monitoring,
    # uptime checkers, alert channels); measured once, untuned (main 07580012), both prefilter
    # engines alike: 69 of 603 secrets leaked in 69 of 558 records (23 shapes), 30 of 475
    # look-alikes changed (6 shapes). Since, monitoring tools' keys in their own places
    # (monitors.py: mimirtool's `--key`, Icinga's `--ticket`, Nagios' `$USERn$`, Monit's `allow`,
    # curl logins of Graylog and Uptime Kuma, Pushover's user key, Hosted Graphite's metric
    # prefix, alert channels' endpoint paths, a Telegram bot's path, Rollbar's and Raygun's SDK
    # calls), Grafana's `glsa_` / `glc_` tokens, agent, keystore, NiFi and PRTG names, Airbrake's
    # and Scout's keys by shape, NCPA's and Observium's communities; Datadog's `ENC[…]`, ERB
    # tags, Dynatrace's public token ids, StatsD samples, Prometheus rule names and a DynaKube's
    # Secret kept, both engines alike: 3 leak in 3 records (Healthchecks.io ping UUIDs), none
    # changes. Since, a Healthchecks.io ping URL's UUID (monitors.py): none leak, none change.
    "holdout45": Limits(558, 475, leaks=0, changed=0),
    # holdout46, written from 9,787 used shape names: data platforms and analytics (Spark, Hadoop,
    # Hive, Kerberos, Airflow, dbt, warehouses and query engines, JDBC / ODBC, Databricks,
    # Jupyter, MLflow, DVC, BI tools, Kafka Connect); measured once, untuned (main 07580012), both
    # prefilter engines alike: 30 of 591 secrets leaked in 27 of 474 records (11 shapes), 24 of
    # 545 look-alikes changed (5 shapes). Since, a URI's password before an empty host, WebHDFS's
    # `delegation`, HTTP clients' basic auth in a call, `X-<Vendor>-Key` headers, the Databricks
    # CLI's `--string-value`, Shiro's `[users]`, NiFi's and Trino's keys; a table's rows under its
    # header, Snowflake's parameter groups, SQL object names after `CREATE SECRET`, Shiro's
    # matchers kept, both engines alike: 7 leak in 7 records (Trino digests that are no bcrypt,
    # Metabase's session id in its login answer, a dotted Spark password), 5 change (Google's
    # `private_key_id`, replaced by policy). Digests with `+` outside crypt's alphabet: 4 leak in
    # 4 records (Metabase's session id, a dotted Spark password), 5 change. Metabase's login
    # answer read below its `POST /api/session`: 1 leaks (the dotted Spark password), 5 change.
    # A dotted value after a space-separated directive: none leaks, 5 change, both engines.
    "holdout46": Limits(474, 545, leaks=0, changed=5),
    # holdout47, written from 10,335 used shape names: package managers, artifact repositories and
    # registries (npm, PyPI tools, conda, Maven, Gradle, NuGet, Cargo, Go, RubyGems, Composer,
    # Helm, OCI registries, Artifactory, Nexus, Hugging Face); measured once, untuned (main
    # 1ba93efd), both prefilter engines alike: 29 of 654 secrets leaked in 29 of 549 records (11
    # shapes), 50 of 535 look-alikes changed (10 shapes). Since, registries' tokens in their own
    # places (registries.py: `cargo login`, `composer config`, `X-JFrog-Art-Api`, Cloudsmith's
    # entitlement path), a token as an index URL's user, `docker login -p="…"`; references where a
    # tool reads a secret (toolrefs.py: Leiningen's `:env/…` and `:gpg`, Cargo's providers, a
    # lockfile's package), a flag named in a sentence, click's metavar, Maven's repository policy,
    # `npm token list`'s heads, a checksum sidecar, a masked URL before `@v`, `npm config ls`'s
    # next setting kept, both engines alike: 8 leak in 8 records (a Harbor secret `echo`ed into
    # `--password-stdin` in an xtrace, Artifactory's `joinKey`, an apr1 and a bcrypt digest
    # outside their alphabets), none changes. JFrog's `join` key qualifier and digests with `+`
    # and `_`: 3 leak in 3 records (the Harbor secret `echo`ed on the line above its login), none
    # changes. A generated key `echo`ed alone in an xtrace (`+ echo …`): none leaks or changes.
    "holdout47": Limits(549, 535, leaks=0, changed=0),
    # holdout48, written from 10,335 used shape names: application servers and web frameworks
    # (Tomcat, JBoss / WildFly, WebLogic, WebSphere, Liberty, Jetty, Spring Boot and Jasypt, .NET
    # and IIS, PHP frameworks, Rails, Django, Flask, FastAPI, Node); measured once, untuned (main
    # 1ba93efd), both prefilter engines alike: 81 of 648 secrets leaked in 60 of 453 records (20
    # shapes), 52 of 465 look-alikes changed (12 shapes). Since, PHP applications' keys
    # (phpconfig.py: WordPress's keys and salts, Laravel's cached key; Drupal's `hash_salt`),
    # Java application servers' syntax (appservers.py: Elytron's `clear-text`, WLST's
    # `connect(…)`, Liberty's and Jasypt's input; setters.py: `setPassword('…')`), Jetty's and
    # the JMX password file, `passenger_env_var`, frameworks' printed keys, Werkzeug's PIN; the
    # references (`${VAULT::…}`, `@@SECRET:…@@`, `${ALIAS=…}`, `%env(…)%`, `${DbPassword}`),
    # SameSite's `lax`, Rails' commands, Nginx Unit's `pass`, FastAPI's scheme names and a
    # comment that says how to make a key kept, both engines alike: 21 leak in 18 records
    # (ciphertexts kept by policy: Liberty's `{aes}`, Jasypt's output; digests under names only
    # their files give, Node Manager's `hashed=` and WildFly's `mgmt-users.properties` lines with
    # no name of the file; Jasypt's echoed `input:`,
    # Magento's `crypt` key and an Express `basicAuth` user's password under a parent on the
    # line above), 6 change (ASP.NET Core's antiforgery cookie names, .NET's `Jwt:SigningKey`).
    # Magento's nested `'crypt' => [` array, express-basic-auth's users map and WildFly's users
    # file by its opening comments: 12 leak in 9 records (the ciphertexts, `hashed=`, Jasypt's
    # echoed `input:`). Jasypt's run read below its command (nextjasypt.py): 9 leak in 9 records
    # (the ciphertexts by policy, `hashed=`), 6 change. `{aes}` and `{xor}` under any name or
    # none (reversible: Liberty's built-in key) and Node Manager's `hashed=`: 3 leak in 3
    # records (Jasypt's ciphertext, kept by policy), 6 change.
    "holdout48": Limits(453, 465, leaks=3, changed=6),
    # holdout49, written from 11,007 used shape names: business SaaS APIs (payments, e-commerce,
    # email and SMS, search and maps, product analytics, support and CRM, productivity APIs);
    # measured once, untuned (main d2c17983), both prefilter engines alike: 30 of 576 secrets
    # leaked in 27 of 450 records (9 shapes), 69 of 435 look-alikes changed (14 shapes). Since,
    # webhook signatures, vendors' public keys and references, fill-ins after a vendor's prefix
    # and idempotency tokens stay: 20 changed (5 shapes). Vendors' key shapes (Stripe, Shopify,
    # Airtable, Mandrill), an API key as curl's user and SDK clients' key arguments (MessageBird,
    # Algolia): none leaked. A dashboard's key after its prefix, an ellipsis or a starred UUID
    # (`sk_live_...sLDU`, `whsec_...`, `pat-na1-********-…-********ca6b`): 14 changed (Stripe's
    # key listing, Mailgun's and Typeform's payload tokens). A listing's rows aligned under its
    # header are no wrapped text: 10 changed (Mailgun's and Typeform's payload tokens).
    "holdout49": Limits(450, 435, leaks=0, changed=10),
    # holdout50, written from 11,007 used shape names: backup, sync and storage tools (restic,
    # Borg, Kopia, Duplicity, rclone, object-store clients, Velero, Ceph, database dump tools,
    # file shares, NAS and commercial backup); measured once, untuned (main d2c17983), both
    # prefilter engines alike: 51 of 618 secrets leaked in 39 of 465 records (13 shapes), 60 of
    # 470 look-alikes changed (12 shapes). Since, borgmatic's credential hooks, duply's and
    # Bacula's templates, duplicity's key fingerprint, WinSCP's host key and key path, iscsiadm's
    # authmethod and `rclone obscure --help` stay: 30 changed (6 shapes). A Backblaze B2
    # application key by its shape, lftp's and qlogin's logins, a Borg key file, a backend's bare
    # `key` below its `type`, jsonpath in brackets, a libsodium key's name: 6 leaked in 6 records
    # (Synology's session id in a login reply, a Proxmox Backup key file's `data`). A unit's
    # `Environment=` and a `…_COMMAND=` setting run nothing, a Secret's name under a setting named
    # for it, a Kerberos function's name: 16 changed (duply's URL template, an access key id,
    # `password: key` in a comment). Synology's session id (devicetools.py) and duply's usage
    # `user[:password]@host` kept: 3 leaked in 3 records (a Proxmox Backup key file's `data`), 11
    # changed (an access key id by policy, `password: key` in a comment, a Secret's name). A
    # Proxmox Backup key file's `data` below `"kdf": null`: none leaked, 11 changed.
    "holdout50": Limits(465, 470, leaks=0, changed=11),
    # holdout51, written from 11,493 used shape names: IoT, edge and home-lab devices (MQTT
    # brokers, Home Assistant, Node-RED, Zigbee and Z-Wave, ESPHome and Tasmota, routers and
    # firewalls, fleet and cloud IoT, edge Kubernetes, Wi-Fi provisioning, media servers,
    # cameras); measured once, untuned (main 5656648f), both prefilter engines alike: 165 of 720
    # secrets leaked in 131 of 483 records (45 shapes), 30 of 465 look-alikes changed (6 shapes).
    # Since, Wi-Fi PSKs by name and by a command's position, OpenWrt's UCI keys, Zigbee and Z-Wave
    # network keys, firmware literals, device keys and home-lab tools' own places go; Zigbee2MQTT's
    # `GENERATE`, `(removed)` and a subnet whitelist stay: 42 leaked in 33 records (12 shapes),
    # 15 changed (3 shapes). Since, a `psk_file` by its banner, `nvram get` and `nmcli -s -g`
    # output, k3s' and Particle's `token create`, LuCI's JSON-RPC login and session, OPNsense's
    # `<Key>`, UniFi Protect's stream alias, Home Assistant's `alarm_code` go; a header argument
    # before a URL, Frigate's `{FRIGATE_…}`, words in angle brackets stay: 6 leaked in 6 records
    # (an ESP32's serial print, tinytuya's bare `key`), none changed. A serial log's `connect
    # as USER / PASSWORD` and a Tuya device's `key` below its `id`: none leaked or changed.
    "holdout51": Limits(483, 465, leaks=0, changed=0),
    # holdout52, written from 11,493 used shape names: GPU clouds, HPC schedulers and ML
    # training infrastructure (Slurm, munge, PBS, LSF, HTCondor, NGC, GPU cloud CLIs, training
    # platforms and launchers, trackers and data tools, JupyterHub); measured once, untuned
    # (main 5656648f), both prefilter engines alike: 29 of 531 secrets leaked in 21 of 450
    # records (8 shapes), 40 of 485 look-alikes changed (8 shapes).
    # Since, munge and LSF eauth keys go by name; Slurm's `(null)` and key paths, LSF's method and
    # mod_auth_openidc's `…As` stay: 23 leaked in 15 records (6 shapes), 15 changed (3 shapes).
    # Since, `base64 -w0 munge.key; echo`, `cat` of a few key files, xCAT's commented CSV header,
    # an API key of parts as curl's user, ClearML's HOCON `session_secret` go; `your_…_api_key`
    # and Dex's `- email:` stay: 1 leaked (a Roboflow `key=` of letters alone), 5 changed (a
    # Modal token id, replaced as an access key id is). A URL's `key=` of letters that switch
    # case as a generator's do: none leaked, 5 changed.
    "holdout52": Limits(450, 485, leaks=0, changed=5),
    # holdout53, written from 11,994 used shape names: developer workstations (shell rc files
    # and histories, editors, IDEs and AI assistants' configs, git, SSH and GPG, password
    # managers' CLIs and OS keyrings, dotfile and version managers, API clients, notebooks and
    # database CLIs); kept sealed until every change made meanwhile had landed, measured once
    # (main fd340550) and imported untuned, both prefilter engines alike: 15 of 510 secrets
    # leaked in 15 of 450 records (6 shapes), 35 of 505 look-alikes changed (7 shapes).
    # Since, PuTTY's `-pw`, .NET's NetworkCredential, a reference's inlined default (a shell's,
    # devcontainer.json's `${localEnv:NAME:…}`) under a JSON key, an AI vendor's `…_key`,
    # 1Password's `OP_SESSION_<account>` and a keyring's `got password for …: '…'` go; Lisp
    # keywords, a URL after `credential`, `PROTECTED`, JetBrains' `$NAME$`, rounded counts, a JSON
    # literal before `}` and git's credential protocol without a password stay: 0 leaked, 0
    # changed.
    "holdout53": Limits(450, 505, leaks=0, changed=0),
    # holdout54, written from 12,106 used shape names: mail, telephony and team-communication
    # servers and their clients (Postfix, Dovecot, Exim, OpenDKIM, webmail, mail clients and
    # suites, Asterisk, FreeSWITCH, Kamailio / OpenSIPS, SIP phones, Matrix, Mattermost,
    # Rocket.Chat, Zulip, Jitsi, Mumble, TeamSpeak, IRC bouncers and bots); measured once (main
    # b863ab6b) and imported untuned, both prefilter engines alike: 145 of 813 secrets leaked in
    # 118 of 582 records (40 shapes), 59 of 520 look-alikes changed (12 shapes).
    # Since, SIP digest hashes, SCRAM keys, SRTP keys, Grandstream's P-values, the mail, SIP,
    # XMPP, Matrix and IRC tools' password arguments and own places, Dovecot's, Exim's and
    # OpenDKIM's, an Element key export and security key go; PJSIP's auth sections, `modparam`'s
    # names, a Twilio key's SID, `AUTH LOGIN`, Stalwart's macros, a backtick command, Dovecot's
    # session ids and SQL queries stay: 11 leaked in 11 records (5 shapes: SQL values on the line
    # after their columns, amavisd's DSN list over lines, maubot's admins map, an INI value
    # holding `&`, an UnrealIRCd link block's password), 5 changed (mautrix's placeholder
    # sentences). An INSERT's rows below its column list, a DBI data source's list over lines,
    # maubot's `admins:`, a spaced INI value holding `&x=`, `password "…";` in a block: none
    # leaked, 5 changed.
    "holdout54": Limits(582, 520, leaks=0, changed=5),
    # holdout55, written from 12,106 used shape names: databases and data stores beyond MySQL as
    # their servers and admin tools print and keep them (PostgreSQL and its poolers, HA, backup
    # and operators, MongoDB, Cassandra / ScyllaDB, Elasticsearch / OpenSearch / Kibana,
    # ClickHouse, CockroachDB, Neo4j, InfluxDB, Oracle, SQL Server, DB2, Couchbase, CouchDB, etcd,
    # Consul, Valkey, RabbitMQ, GUI clients); kept sealed until every change made meanwhile had
    # landed, measured once on that final code (main 9c08366a) and imported untuned, both
    # prefilter engines alike: 87 of 654 secrets leaked in 72 of 465 records (24 shapes), 31 of
    # 525 look-alikes changed (7 shapes).
    # Since, the database tools' own places (nodetool, orapki, DB2's `using`, pgAdmin's
    # add-user, rabbitmqctl encode, mongosh's db.auth, ETCDCTL_USER, CouchDB's config API and
    # `[admins]`, Pgpool's pcp.conf, ClickHouse's identity, HeidiSQL, Consul's tokens and gossip
    # key), Oracle's `user/password@service` after RMAN's target and catalog, `consul keygen`'s
    # and Elasticsearch's first-start output go; keystore listings, etcd's cluster token, Neo4j's
    # references, a `.pgpass` template, masked tokens' rows and a key id beside a redacted
    # secret stay: 3 leaked in 3 records (MongoDB's automation config `"key"` beside its
    # `"keyfile"`), 0 changed. Then the automation config's `key` read by its neighbours
    # (nextmongo.py): none leaked, 0 changed.
    "holdout55": Limits(465, 525, leaks=0, changed=0),
    # holdout56, written from 12,664 used shape names: a fresh representative mix of what a W&B
    # Server support bundle holds, weighted as bundles are (wandb/local's component logs, the
    # operator and Helm chart, Kubernetes objects, MySQL variables, grants, process lists and
    # logs, Redis, ClickHouse, the proxy and the object store, env and compose files, and the
    # attachments a customer adds); kept sealed until every change made meanwhile had landed,
    # measured on that final code (main d568b9a2) and imported untuned, both prefilter engines
    # alike: 9 of 540 secrets leaked in 9 of 456 records (3 shapes: MySQL Router's
    # `--bootstrap user:password@host`, a password typed after a sudo prompt in an SSH capture,
    # `az keyvault secret show`'s table `Value` column), 25 of 510 look-alikes changed
    # (5 shapes: gorilla's logfmt store settings without credentials, a commented requirepass
    # beside an ACL file, hashed ACL entries, a GCS signed URL's note that its signature was
    # removed, gorilla's IAM secret-store source). The same numbers on main 12083591, before the
    # changes made while sealed. Since, by class (MySQL Shell's and Router's `user:password@host:port`, a
    # here-string into `sudo -S`, `az keyvault secret show`'s `value` and `Value` column; a
    # workload identity's method, `(empty array)`, `[omitted]`, redis.conf's `foobared`): none
    # leaked, 0 changed, both prefilter engines alike.
    "holdout56": Limits(456, 510, leaks=0, changed=0),
    # holdout57, written from 12,918 used shape names: what a self-hosting admin attaches and runs
    # when asked for diagnostics (terraform plans, applies, state and tfvars of the AWS / GCP /
    # Azure modules, aws / gcloud / az CLI outputs in json, yaml, table and text, kubectl's and
    # Helm's outputs, the W&B operator's CR, Argo CD and Flux, CI job logs, docker inspect and
    # compose config); kept sealed until every change made meanwhile had landed, measured on that
    # final code (main a681269e) and imported untuned, both prefilter engines alike: 21 of 579
    # secrets leaked in 21 of 453 records, 35 of 515 look-alikes changed. The same numbers on
    # main 4e41c839, before the changes made while sealed. Since, by class (an `=` aligned past
    # 16 spaces, CloudFormation's parameter pair over lines, KMS's `Plaintext`, Secret Manager's
    # payload as YAML, jq of a secret-named path as JSON, a kubernetes_secret's `binary_data`
    # beside `"type": "Opaque"`, a debug log's unmasked `Result:`; a stored secret's name under
    # `secret_id`, Terragrunt's `dependency.…`, a Cloud KMS key's name, a provisioner's
    # progress and mask, an IAM member, an access key's metadata row): none leaked, 0 changed,
    # both prefilter engines alike.
    "holdout57": Limits(453, 515, leaks=0, changed=0),
    # holdout58, written from 13,311 used shape names: the wire-level and debug traces an admin
    # captures when asked to turn on debug (curl -v and --trace-ascii, wget -d, HTTPie, Python's
    # http.client, urllib3, requests-oauthlib and httpx, botocore and the AWS SDKs' wire logs, Go's
    # httputil dumps and http2 debug, Node, Java and Ruby HTTP client logs, gRPC metadata traces,
    # nginx, Envoy, HAProxy, Squid and Traefik debug logs, HAR files, tshark, tcpdump, ngrep and
    # Zeek captures, MySQL's general, slow and binary logs, Redis MONITOR and RESP, SMTP, IMAP and
    # LDAP transcripts, OAuth2 and OIDC token exchanges, wandb-core's debug logs); kept sealed until
    # every change made meanwhile had landed, measured on that final code (main dd2b95d3) and
    # imported untuned, both prefilter engines alike: 29 of 558 secrets leaked in 29 of 456
    # records, 65 of 585 look-alikes changed. The same numbers on main 2718b7af, before the
    # changes made while sealed. Since, by class (wget -d's `Setting --http-password (…) to …`,
    # MONITOR's `"CONFIG" "SET" "requirepass" "…"`, FTP's `PASS` argument in a tshark tree, SMTP
    # AUTH LOGIN's base64 lines in a tcpdump -A payload): 18 of 558 secrets leaked in 18
    # records, 65 changed, both prefilter engines alike. Since, by class (python-ldap's traced
    # bind arguments, Zeek's `#fields` header, SSLKEYLOGFILE's labels of one length read as a
    # wrap, http.client's escaped multipart field, tshark's hex of RESP `AUTH`, SMTP `AUTH
    # XOAUTH2`; kept: masks of AWS SDK v3, Armeria, Nodemailer, MSAL's logger, HAProxy's captured
    # scheme, e-mail addresses, OpenLDAP's `{SASL}`, an IMAP literal's length, MySQL's hex of a
    # statement, a cache key's id, a Kubernetes audit decision, wget's command name): none leaks,
    # 5 changed (the AWS SDK's access key id, kept by policy), both prefilter engines alike.
    "holdout58": Limits(456, 585, leaks=0, changed=5),
    # holdout59, written from 13,580 used shape names: what ML practitioners' runs and jobs leave
    # behind, as a W&B Server user attaches it (wandb run directories' metadata, config, output
    # and debug logs, Hydra and OmegaConf dumps, argparse Namespaces, accelerate, DeepSpeed and
    # torchrun configs, Slurm, PBS, Ray, Argo, Kubeflow, SageMaker, Vertex AI and Azure ML jobs,
    # notebooks and Jupyter, DVC, Hugging Face, git, rclone and cloud CLI credentials, database
    # URIs in data loaders, LLM clients' settings in logs); kept sealed until every change made
    # meanwhile had landed, measured on that final code (main f43cbc80) and imported untuned,
    # both prefilter engines alike: 9 of 471 secrets leaked in 9 of 450 records, 5 of 510
    # look-alikes changed. The same numbers on main fa5e3203, before the changes made while
    # sealed. Since, by class (a Databricks personal access token's `dapi` shape, Kaggle's
    # `KAGGLE_KEY` and `--kaggle-key` as a key's names, a `_KEY` setting's default in a call that
    # reads it, an option that names a file as Slurm's `AuthInfo=socket=/…`): none leaks, none
    # changed, both prefilter engines alike.
    "holdout59": Limits(450, 510, leaks=0, changed=0),
    # holdout60, written from 13,832 used shape names: the browser side of a self-hosted web
    # application as support asks for it (HAR exports of Safari and Edge, DevTools' Copy as cURL,
    # cURL (Windows), PowerShell and fetch, Playwright's and Cypress's request logs, Burp's saved
    # items, browser consoles, storage dumps of OIDC and MSAL libraries, websocket frames, error
    # tracking and analytics payloads, Electron and service-worker logs, REST Client, JetBrains,
    # Postman, Insomnia, Bruno and Hoppscotch files); kept sealed until every change made
    # meanwhile had landed, measured on that final code (main cddbbae6) and imported untuned,
    # both prefilter engines alike: 12 of 576 secrets leaked in 12 of 453 records, 55 of 535
    # look-alikes changed. The same numbers on main 86e25488, before the changes made while
    # sealed. Since, by class (Apollo Client's console log of a JavaScript object, an object
    # DevTools shows expanded below `apiKeys` / `apiKey`: W&B's ApiKey `name`, a signed POST's
    # `policy` in a HAR's multipart `postData`): none leaks; 30 changed since a GraphQL node's
    # global id (`deleteApiKey`'s `QXBpS2V5Om…`, in five capture formats) reads as an id; 25
    # since a placeholder after `curl -u api:` stays (`<your-api-key>`, `${WANDB_API_KEY}`).
    # Since, by class, none: MSAL.js's cache key names (valuerefs.py), Datadog's `pub…` client
    # token (vendorpublic.py), REST Client's `Basic user {{var}}` (detectors/valuespan.py),
    # Bruno's `auth:oauth2 {` block (values.py), Azure Put Block's `blockid` (entropy.py).
    "holdout60": Limits(453, 535, leaks=0, changed=0),
    # holdout61, written from 14,090 used shape names: a fresh representative mix of what a W&B
    # Server support bundle holds, in framings other sets do not use (the app's JSON and logfmt
    # logs with secrets escaped once to three times, Go `%+v` / `%#v` structs, Kubernetes objects,
    # Helm values and manifests, Docker inspect and compose, the settings W&B Server reads in
    # every form, MySQL client output, `curl -v` and `openssl s_client`); measured once on main
    # 58a15466 before any change could be made for it and imported untuned as tuning material,
    # both prefilter engines alike: 21 of 606 secrets leaked in 18 of 462 records, 20 of 540
    # look-alikes changed. Since, by class (W&B's ApiKey object's `key`, a Kubernetes field
    # error's quoted `Invalid value`, base64 of `redis://:password` with no host, `terraform
    # output -raw` of a setting named after Redis, `curl -u` with a quoted password holding a
    # space, a secret announced as `license value:` and wrapped over an application's log
    # records; a Go `%+v` struct's blank secret field, a license's `flags`): none leaks, 10
    # changed (Redis `ACL LIST`'s `#<sha256>` hashes, which other sets list as secrets, and
    # MinIO's `AccessKey:`, kept replaced by policy), both prefilter engines alike.
    "holdout61": Limits(462, 540, leaks=0, changed=10),
    # holdout62, written from 14,352 used shape names: hand-written and exported text a customer
    # admin attaches to a support request (shell histories and terminal captures, `mysql>`,
    # `psql`, `redis-cli`, `mongosh` and `sqlplus` sessions, runbooks and wiki exports in Markdown,
    # Confluence, AsciiDoc, reStructuredText, org-mode and Notion, CSV / TSV inventories,
    # password-manager exports, Jira, Slack, Teams, Mattermost and Discord exports, `.eml` mail,
    # Jupyter notebooks, Makefiles, Justfiles, Taskfiles, PowerShell, batch files, Ansible
    # ad-hoc commands and cron jobs); measured once on main f17c4334 before any change could be
    # made for it, kept sealed until every change made meanwhile had landed, measured again on
    # that final code (main 9205d9cd) and imported untuned, both prefilter engines alike and the
    # same on both: 37 of 525 secrets leaked in 31 of 468 records, 61 of 510 look-alikes changed.
    # Since, by class (the redactor on its look-alikes): PowerShell's `$null`, a batch file's
    # argument, a placeholder before a notebook string's `\n`, a note's first word (`see
    # Vault …`), a Vault path with its `:field`, `list-access-keys` as CSV, a command's output
    # piped into a count and fish's history records, a Taskfile's `sh:` read from a store, a
    # runbook table's password-manager path and ``Vault: `…` `` note, a client's `Connected.`
    # below its prompt, a file's hex digest beside its name, a sentence's link: 5 changed
    # (redis-cli's `AUTH` with one argument, which Redis reads as the password).
    # Since, by class, its leaks (a mail address as the login before ` / ` in a runbook's list
    # item: accountpair.py; a token a runbook or a ticket says to use to log in, also in HTML's inline
    # elements, and `bind pw …`: prose.py, entropy.py; AsciiDoc's PSV table: nextrows.py;
    # 1Password's password history: nexthistory.py; KeePass' `<Key>` / `<Value …>`:
    # xmlvalues.py; a header's base64 encoded word: markup.py; a notebook result's str repr:
    # nextnotebook.py; `setx /M` and `/u:` … `/p:`: cmdline.py): none leaks, both prefilter
    # engines alike.
    "holdout62": Limits(468, 510, leaks=0, changed=5),
    # holdout63, written from 14,610 used shape names: W&B Server's newer components and the
    # platform pieces that carry its secrets (Weave's ClickHouse, Kafka / Bufstream / Redpanda,
    # Redis with TLS, ACL users and Sentinel, the operator's WeightsAndBiases resource, Vault
    # Agent, external-secrets, the Secrets Store CSI driver, IRSA / GKE / Azure workload
    # identity, Gateway API, OpenTelemetry collector, Prometheus / Grafana Agent / Alloy
    # configs); measured once on main e7ec0191 before any change could be made for it, kept
    # sealed until every change made meanwhile had landed, measured again on that final code
    # (main 909f29f2) and imported untuned, both prefilter engines alike and the same on both: 6
    # of 579 secrets leaked in 6 of 456 records, 15 of 500 look-alikes changed, 3 lines whose
    # structure redaction broke. Since, by class: redis-cli's history of the two-argument `AUTH
    # user password` (rediscmd.py), an impersonated service account's `ya29.c.…` token
    # (tokens.py); Altinity's `k8s_secret_password: namespace/secret/key` and Vault Agent's
    # `agent-inject-secret-*` paths (valuerefs.py), Alloy's `(secret)` (values.py); a Go
    # template's `<.password>` read as no XML element, which took a JSON line's rest to its end
    # (xmlvalues.py): none leaks, none changed, none broken, both prefilter engines alike.
    "holdout63": Limits(456, 500, leaks=0, changed=0),
}
