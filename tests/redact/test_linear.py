"""Every detector, the whole redactor and the leak gate run in linear time on any line: 32 KiB
adversarial lines of repeated characters and repeated fragments of the shapes they look for.

The lines were 64 KiB with wall-clock budgets of 5 s per detector, 10 s for the redactor and
gate, 5 s for the `re` prefilters; they are now half as long with a quarter of those budgets in
CPU seconds (`time.process_time`: a loaded machine does not charge its other work to the line).
A path whose cost grows with the square of the line takes a quarter of its 64 KiB time on 32
KiB, so it fails these budgets exactly where it failed the old ones, now without the noise of
wall time. A cubic one is caught where it would take 10 s at 64 KiB (there: 5 s), and the
exponential backtracking of nested repeats runs for minutes at either length.
Each detector alone reads only the lines the redactor would run it on (the line holds one of
its hints, the Hyperscan prefilter names it, or it follows one of those): it never runs on any
other. It is timed there once: the redactor and the gate, run after, are given its spans on that
very line back (the redactor ran it on each of its two lines), and their budget times the rest
of their work (the detectors on the texts they derive from the line, unescaped or decoded, still
run and count there). The literal hints that chose the detectors are the `re` engine's choice
where no group is named: their CPU counts with its prefilters'. The slowest linear cases, on the
shared 2-core machine at load 18: a detector 0.26 s of its 1.25 (the key=value scan of
`&a_token=`), the redactor's two lines and the gate's one, the detectors run there too, 1.2 s of
2.5 (`{{ secret=a1B2c3 `), the prefilters 0.24 s of 1.25 (`a`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from wbdiag.redact import Redactor, gatejwt
from wbdiag.redact import redactor as redactor_module
from wbdiag.redact.detectors import DETECTORS, FOLLOWERS, Span
from wbdiag.redact.detectors.keyvalue import KEY_VALUE, LineState, scan
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE, EXACT
from wbdiag.redact.values import SOPS_ENVELOPE, sops_envelopes

SIZE = 32 * 1024
BUDGET = 1.25  # CPU seconds per line and detector, and for the `re` engine's prefilters
REDACTOR_BUDGET = 2 * BUDGET  # the whole redactor on two lines and the gate on one

UNITS = [
    "a", "=", ":", " ", "\\", '"', "'", "@", "/", "-", "*", "0", "a=", "a:", "://", "a:@",
    ":a@", "@tcp(", "pass", "password=", "password: ", '"password":"', '\\"password\\":\\"',
    "--password ", "-p", "-a ", "-u a:", "eyJ", "eyJa.", "AKIA", "ghp_", "xox", "sig=",
    "AccountKey=", "local-", "login ", "Bearer ", "Basic ", "-----BEGIN PRIVATE KEY-----",
    "hooks.slack.com/services/", "${", "name: a_password ", '"name":"PASSWORD","value"', "a.b-",
    "Cookie: a=b; ", "[REDACTED:x:1]", "mysql -p", "redis-cli -a ", "curl -u ", "alias set a ",
    "token: a b ", "authorization: a ", "<password>", "a/secret: ", "IDENTIFIED BY '",
    "SET PASSWORD =", "htpasswd -b a b ", "setenv a_password ", "set a_secret '", "aaa1Q~",
    "eyJhIjoi", "s3://aaaaaaaaaaaaaaaaaaaaaaaa", "a;b=", "(", "os.a(", "b'",
    "docker login -p ", " -p ", "AUTH PLAIN ", "a:5432:", ":5432:a:a:", '1) "password"',
    "('a_password', '", "--password, ", "hvs.", "ya29.", "> auth a ", "\xa0password:\xa0",
    "$2y$10$", "$6$a$", "$argon2id$m=1$", "{SSHA}", "user a on >", "?sig=", "&a_token=",
    "a:b@c.", "a:bbbbbb@", '{"a_password":{', '"sensitive":true,', "[{", "{[", "password\t",
    "| password | ", "password => ", "token -> ", "password:[", "Aa1", "secret Aa1Bb2",
    "ldapsearch -w ", "openssl enc -k ", "password\\=", '"AUTH" "a" ', "admin user add a b ",
    "?code=aaaaaaaaaaaaaaa1", "&state=a?code=a1", "webhook.office.com/webhookb2/",
    "discord.com/api/webhooks/1/", "密码=", "contraseña: a1", "→ «", "a,password,", "| token ",
    "cat a/token ", "a_password=\\", 'resource "a_password" "b" {', "{User:a Password: A:",
    ",p=", "h=a,u=b,p=", "$4..AUTH..$9..", "$4\\r\\nAUTH\\r\\n$1\\r\\n", '"AUTH a\\r\\n',
    "secret set -b ", "ldappasswd -s ", "-u a -p ", "AGE-SECRET-KEY-1", "tskey-auth-a-",
    "LS0tLS1CRUdJTi", "-----BEGIN OpenVPN Static key V1-----", '["password"]=>', "input_value='",
    "az keys list ", "Authorization: Bearer", "│ password │ ", '{a_password, <<"',
    "ENC[AES256_GCM,data:", "op://", "0079: ", "string(1) \"", "Name: a/password",
    "net user a ", "sqlplus a/", "echo a | ", "(a://b,c,", "\tTRUE\t/\tTRUE\t1\t", "a_password\t",
    "</td><td>", "[a_pass] => ", "password(hex)=", "%3Fapi_key%3D", "%253Ftoken%253D",
    '{"ParameterKey":"a_password","ParameterValue":"', "пароль для a: ", "密码（", "password is `",
    "/integration/", "key: a/", "[continued] ", "jq -r '.a, .password' ", "Secret Access Key",
    "primaryauth ", "a.B1c.", "login=a:",
    "{{ secret=a1B2c3 ", "<ds:SignatureValue>", "</SignatureValue>", "'a password: ' ",
    "token = a(", "$[a", "$env:a", "%{a", "RSA/SHA256, ",
    "remoteSecure('a', ", "mysql('a',", "remote('a', b, 'c', '", "1 SHA1 HEX:", '"-a", "',
    "%253A%252F%252F", "%3A%2F%2Fa:", "a:b@tcp(", "a:b@(", "$ a password ",
    "p\u0430ss=", "\u0440\u0430", "[REDACTED:x:1]'\"'\"'",
    ':a/password "', "Secret key: a1b2c3d4 ", '"a" -> "', "<key>a_token</key><string>",
    '<entry key="password">', "mysql('a', ", "::add-mask::", "##vso[task.setvariable a;",
    "{PLAIN}", "/p/aaaaaaaaaaaaaaaaaaaaaaaa/n/", "<password><![CDATA[", 'token = Just "',
    "://a:b@tcp(", "-p 'a1", ">>> password ", "--  ", '";"', "password=a=",
    "type=EXECVE a1=2D61", "a1=41", "proctitle=2D61", "-aRz2vN7kX", "00000000: 4141 ", "|aa|",
    "[access]", "users.properties", 'eyJrIjoi', "{:k ",
    "INSERT INTO t (a, password) VALUES (?, ?) ", "update t set token = $1 (", " ('a', ",
    " ['a', \"", "binding parameter [1] as [VARCHAR] - [", "show-basic-secret ",
    "echo $A_PASSWORD | ", "334 UGFzc3dvcmQ6\\r\\n'", "*REDACTED*", "0x0F",
    '<a:Attribute Name="a_token" ', "><a:AttributeValue>", '<Pass encoding="', "70617373",
    "aB1cD2eF3=", "api_key =", "secret_key->", " has value ",
    "CLIENT_RANDOM a1 ", '"data_type":"AES","data":"', "--cert a:", "-E a.pem:", "stdout P ",
    "2026-01-01T00:00:00Z stdout P a", "\\x22", "\\x22password\\x22:\\x22",
    "password is generated for a: ", "temporary password ", "bash: a: command not found ",
    "zsh: command not found: ", '1) "AUTH" ', '4) 1) "AUTH"', "stringData:", "SELECT a, b FROM ",
    "+--", "+---+", "IDENTIFIED BY 'a...", "curl http://a/token ", 'password: "a\\',
    "keyvals/api_keys", "ql://", "X0tFWT", "\\x5Cx", '"a\\"',
    "public key ", "pubkey:", "<ds:SignatureValue>a", "invalidated_api_key", "revoked token ",
    "session:0", "100644 blob ", "-----BEGIN DH PARAMETERS-----", "LS0tLS1CRUdJTiBDRVJU",
    "MIIBCgKC", "T00000000/", '"AccessKeyId": "AKIA', "PasswordDateTime: 2027-01-01T",
    "redis%253A%252F%252F%253A", "a%3A%2F%2F%3Ab", "%2540", "REDIS_HOSTS=a:b:1:1:", ":1:1:",
    ': PSK "', "auth([ 'a', ", "P\u0410SSWORD=",
    "a\u0410", "'a'\"'\"'", "'\\''", "</td><td><code>", "base64 < a-token ",
    "printf '%q\\n' \"$A_PASSWORD\" ", "initial-password ", "@(a:1)/",
    "Signature=**", "sha256=",
    "IDENTIFIED VIA a OR b ", "USING PASSWORD('", "IDENTIFIED BY \\'a", "IDENTIFIED BY ''",
    "IDENTIFIED ", "@pw = CONCAT('a', ", "UNHEX('4142", "X'4142", "0x4142", "),(",
    "INSERT INTO api_keys VALUES ('a1B2c3D4e5F6g7H8', ", "INSERT INTO t (name, value) VALUES (",
    "SET a_value='a' WHERE a_name='", "PDO->__construct('mysql:host=a', 'b', ",
    "mysqli_connect('a', 'b', ", "temp password for a ",
    "a870617373776f7264d9", "65 746f6b656e 78 1a ", "70 61 73 73 ", 's:8:"password";s:3:"',
    "8:password", "password|s:1:\"", "\\u0041", ":\\/\\/a@", "$'\\x41", "h'41",
    'token (1/2) req_id=a part="', "auth=('a', '", "'credentials': ('a', '", "    a_password, ",
    "│ └ '", '"httpHeaderName1":"authorization","httpHeaderValue1":"', '"a":"{\\"api_key\\":',
    '{"log": "token=a', "$__file{", "SECRET[a.", "00000000  41 41 41 41 41 41 41 41  |",
    '["1697029088789000000", "password="],', 'dsn=a:bbbbbb <truncated>', '<1>1 a b c 1 - [f@1 s="1\\]"] password=',
    "DSN:a:", ',"a_password', "-Da.b=", "\u30d1\u30b9\u30ef\u30fc\u30c9",
    "a ~~", "~~a~~ ", "<del>a</del> ", "b'a",
    "option key ", "wireless.a.key=", "set_network 1 psk ", "nmcli a password ", "set_wlan a ",
    "#define A_PASS \"", "char pass[] = \"", "S2_A=", "s0_aaaaa:", "microk8s join a/",
    "claim-", "/api/v1/aaaaaaaa/", "network_key: [1, ", "1, ", "dynsec createClient a -p ",
    "MONITOR a 1 b ", "transmission-remote -n a:", "$BALLOON-SHA256$v=1$s=1,t=1$aaaaaaaa",
    "emqx ctl admins passwd a ", "cmnd/a/WebPassword -m ", "{ value = ",
    "password,ab,", "$apr1$a+_$", "cat a_key ", " -u a_a.a_a.a_a.a_a.a_a.", '"method":"login","params":["a",', '"sid":"aA1', "&_sid=aA1", "rtsp://a:7441/", "<aa-a aa ",
    "plink -pw ", "plink a -pw a ", "NetworkCredential('a', '", "NetworkCredential -ArgumentList ",
    "${localEnv:a_token:", '"a_token": "${a_token:-', "got password for a: '",
    "printf 'a=b\\npassword=", "-password :a ", ": 1:0;wandb login ", "user: a:",
    "dop_v1_", "sgp_0123456789abcdef_", "hf_aB", "dapi0", "age1", '"secret":true},{"key":"a","value":"',
    '://a","b":"c@',
    "a=crypto:1 A inline:", "<P34>a", "sipp -ap ", "kamctl add a ", "ESLconnection(a, b, ",
    "fs_cli -p ", "doveadm auth test -x a ", "doveadm pw -p ", "client_send = : a :",
    "mysql_servers = a/b/c/", "a:b:MIIA", "CRYPT(a) != '", "prosodyctl register a b ",
    "ejabberdctl register a b ", "-k ", "IDENTIFY a ", "*sasl set a ", "Server = a +1 ",
    "login a ", "EsAA AAAA ", "  APIaaaaaaaa: ", "\tHash = 0", "MEGOLM SESSION DATA-----",
    'modparam("', "%{env:a}%", "`a", "\tresp=A", "AUTH\t1\tPLAIN\t", "a@b a@b:",
    "postmap -q a sasl_passwd ", "CLIENT -> SERVER: ", "session=<", "bh=",
    '"verify_keys": { "ed25519:a": { "key": "', "a-auth/", "$a_pass ", "the-api-key-",
    "{aes}A", "hashed=aA1", "+ echo aA1", "'DBI:a', 'b', ", "connect as a / ",
]  # fmt: skip


def _line(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def _found_once(
    line: str, found: list[Span], find: Callable[[str], Iterator[Span]]
) -> Callable[[str], Iterator[Span]]:
    """A detector's `find`, but on `line` itself its spans there (found and timed already)."""
    return lambda text: iter(found) if text == line else find(text)


def _scanned_once(
    line: str, scanned: tuple[list[Span], LineState]
) -> Callable[[str], tuple[list[Span], LineState]]:
    """The key=value scan, but on `line` itself what it made of it (scanned and timed already)."""
    return lambda text: scanned if text == line else scan(text)


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def test_units_are_distinct() -> None:
    # a repeated unit repeats a whole pass over every detector and finds nothing new
    assert len(set(UNITS)) == len(UNITS), [u for u in UNITS if UNITS.count(u) > 1]


@pytest.mark.parametrize("unit", UNITS)
def test_linear(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """One pass over one adversarial line: each detector alone; the whole redactor and gate
    with the Hyperscan prefilter; the `re` engine's choice of lines and detectors."""
    line = _line(unit)
    slow: list[str] = []

    def within(spent: float, budget: float, what: str) -> None:
        if spent > budget:
            slow.append(f"{what} took {spent:.2f} CPU s of {budget}")

    monkeypatch.setenv(ENV_ENGINE, "hyperscan")
    redactor = Redactor()
    redactor.add_secret("Known-Secret-Value-1")
    # each detector on the line if the redactor can run it there: the line holds one of its
    # literal hints (what the `re` engine picks by), or the Hyperscan prefilter names it, or it
    # follows one of those (FOLLOWERS). On any other line it never runs; its cost on those was
    # 3/4 of this loop's
    # (the literal hints are what the `re` engine checks a line against where no group is
    # named: their CPU is counted with its prefilters' below)
    prefilter = redactor._compiled()[0]
    start = time.process_time()
    given = prefilter.hinted(line.lower())
    hinting = time.process_time() - start
    given.update(g for g in prefilter.lines([line]).get(0) or () if g != EXACT)
    given.update(f for lead in list(given) for f in FOLLOWERS.get(lead, ()))
    for n, det in enumerate(DETECTORS):
        if n not in given:
            continue
        start = time.process_time()
        if det is KEY_VALUE:  # (the redactor calls its scan, for the state it leaves too)
            scanned = scan(line)
            monkeypatch.setattr(redactor_module, "scan", _scanned_once(line, scanned))
        else:
            found = list(det.find(line))
            monkeypatch.setitem(vars(det), "find", _found_once(line, found, det.find))
        within(time.process_time() - start, BUDGET, det.kind)

    # Past the prefilter both engines run the same code (they name the same groups for every
    # line: test_prefilter.py), so the `re` engine's part alone is timed below. Two lines: the
    # second is read with what the first leaves (a name whose value is on the next line, an
    # open block), so the paths that read a line after another are timed too.
    gate = Gate(["Known-Secret-Value-1"])

    def redact_and_judge() -> None:
        list(redactor.lines([line, line]))
        list(gate.lines("x", [line]))

    within(_cpu(redact_and_judge), REDACTOR_BUDGET, "the redactor and the gate")

    # the `re` engine's choice of the lines and detectors to run: the redactor's and the gate's
    # prefilters, and the literal hints a line is checked against where no group is named
    # (timed above, where they chose the detectors timed alone)
    monkeypatch.setenv(ENV_ENGINE, "re")
    redactor = Redactor()
    redactor.add_secret("Known-Secret-Value-1")
    prefilter, _ = redactor._compiled()
    gate = Gate(["Known-Secret-Value-1"])
    assert prefilter.engine == gate._prefilter.engine == "re"

    def choose() -> None:
        prefilter.lines([line, line])
        gate._prefilter.lines([line])

    within(_cpu(choose) + hinting, BUDGET, "the `re` prefilters")
    assert not slow, f"{slow} on {unit!r} x {SIZE}"


# -- the linear forms of searches that read a bounded reach from every start ----------------
_ENVELOPE_LINES = [
    "password: ENC[AES256_GCM,data:abc=,iv:x=,tag:y=,type:str]",
    "a: ENC[AES256_GCM,data:abc ENC[AES256_GCM,data:def] ENC[AB,data:]]",
    "ENC[A,data:x] ENC[" + "A" * 25 + ",data:x] ENC[AB,data:x\u2003y] ENC[AB,data:\u00e9]",
    "ENC[AB,data:ENC[AB,data:ENC[AB,data:x]",
    "ENC[AB,data:" + "y" * 16384 + "] ENC[AB,data:" + "y" * 16385 + "] ENC[AB,data:]",
    "ENC[AB,data:" * 50 + "x]" + "ENC[AB,data:" * 50,
]


@pytest.mark.parametrize("line", _ENVELOPE_LINES)
def test_sops_envelopes_are_the_pattern_s_matches(line: str) -> None:
    assert sops_envelopes(line) == [m.span() for m in SOPS_ENVELOPE.finditer(line)]


@pytest.mark.parametrize(
    "line",
    [
        "token: eyJhbGciOi",
        "token: eyJhbGciOi \t \r",
        "token: eyJhbGciOi\r\r",
        "eyJ" + "a" * 4096 + " x eyJ" + "a" * 4096,
        "eyJ" + "a" * 4097,
        "eyJeyJ" + "a" * 4094 + "\t",
        "eyJ" * 3000 + " " * 5000 + "\r",
        "eyJa eyJb. c",
    ],
)
def test_jwt_start_is_searched_where_it_can_match(line: str) -> None:
    found = gatejwt._START.search(line, gatejwt._start_from(line))
    everywhere = gatejwt._START.search(line)
    assert (found and found.span()) == (everywhere and everywhere.span())
