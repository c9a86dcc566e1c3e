"""Command lines that carry a password in an argument: `mysql -pSECRET` (and the MariaDB
tools), `redis-cli -a SECRET` / `AUTH SECRET`, `curl -u user:SECRET`, `sshpass -p SECRET`,
MinIO's `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (positional: no name says "secret").
Long options with a secret name (`--password VALUE`, `--from-literal=password=…`) are the
key=value scanner's."""

from __future__ import annotations

from wbdiag.redact.detectors.base import regex_detector

# a quoted or bare argument; whichever group matched is the secret
_VALUE = r"(?:'(?P<sq>[^'\n]{1,512})'|\"(?P<dq>[^\"\n]{1,512})\"|(?P<s>[^\s'\"]{1,512}))"

MYSQL_P = regex_detector(
    "cmdline",
    ("mysql", "mariadb"),
    r"(?<![\w/-])-p" + _VALUE,
    patterns=(r"(?:mysql|mariadb).*-p[^\s]",),
)
REDIS_A = regex_detector(
    "cmdline",
    ("redis-cli", "valkey-cli"),
    r"(?:(?<![\w-])-a[ \t]{1,8}|(?<![\w-])--pass[ \t=]{1,8}|\b(?:AUTH|auth)[ \t]{1,8})" + _VALUE,
)
CURL_U = regex_detector(
    "cmdline",
    ("-u", "--user", "--proxy-user"),
    r"(?<![\w-])(?:-u|--user|--proxy-user)(?:[ \t]{0,8}|=)['\"]?[^\s:'\"]{1,128}:"
    r"(?P<s>[^\s'\"]{1,512})",
)
SSHPASS = regex_detector("cmdline", ("sshpass",), r"\bsshpass[ \t]{1,8}-p[ \t]{0,8}" + _VALUE)
# `mc alias set ALIAS URL ACCESSKEY SECRETKEY` and its older spelling `mc config host add`
MC_ALIAS = regex_detector(
    "cmdline",
    ("alias set", "alias add", "host add"),
    r"\b(?:alias[ \t]{1,8}(?:set|add)|config[ \t]{1,8}host[ \t]{1,8}add)[ \t]{1,8}[^\s]{1,256}"
    r"[ \t]{1,8}[^\s]{1,2048}[ \t]{1,8}[^\s]{1,512}[ \t]{1,8}" + _VALUE,
)
