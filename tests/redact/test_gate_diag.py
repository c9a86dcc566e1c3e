"""What the leak gate leaves alone in error messages about credentials (gatediag.py): AD's
diagnostic ids, JVM class names after a numeric session id, an SMTP server's transaction id at
the end of its failure reply (also quoted), OpenSMTPD's session id; each with made-up variants, and near misses that hold a secret
and stay flagged."""

from __future__ import annotations

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

RANDOM = "Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK"  # reads as generated wherever it stands

LOOK_ALIKES = [
    # Active Directory's LDAP bind failure: the DSID and error codes are the server's
    "ldap_bind: Invalid credentials (49) additional info: 80090308: LdapErr: DSID-0C0903A9, "
    "comment: AcceptSecurityContext error, data 52e, v4563",
    "auth failed: Invalid credentials [80090308: LdapErr: DSID-0C09043B, comment: "
    "AcceptSecurityContext error, data 775, v2580]",
    "bind error for password check (LdapErr: DSID-0C090F7E, data 532)",
    # a JVM class name, as a log's source, after a numeric session id
    "WARN session 0x2b4f9e31c7d80015 expired (org.example.zookeeper.ZkClientCnxn$AuthRetry9)",
    "INFO session '72057594037927999' closed by owner (com.example.zk.SessionTracker$Expiry)",
    "ERROR current session '216172788743670999' lost [io.example.zk.ZkTokenRefresher$Watch2]",
    "WARN bad credentials logger=org.example.auth.LdapBindAuthenticator",
    # an SMTP failure reply: the transaction id at its end, alone or before the server's tag
    "535 5.7.8 Username and Password not accepted. For more information, go to "
    "https://support.example.com/mail/?p=BadCredentials d41c7b90ae412-89ab3c12044zq1122334b.51 "
    "- gsmtp",
    "smtp: 535-5.7.8 Invalid login credentials x9Kq2b7Tz4mW3v.17 - mx7",
    "454 4.7.0 Temporary authentication failure, password check deferred Q7hZk2Lp9XwR3n",
    # the same reply as a client's error object quotes it (nodemailer's `response:`)
    "    '535 5.7.8  https://support.example.com/mail/?p=BadCredentials k7sm4402917wrq.61 - gsmtp',",
    '  response: "535 5.7.8 Invalid login credentials x9Kq2b7Tz4mW3v.17 - mx7";',
    # OpenSMTPD's session id in its own log, whatever failure or credential word follows
    "smtp-out: Error on session 0000002f83c1d9a7: Connection closed",
    "smtp-in: Failed session 7d3a9e0c41b85f26: authentication failure",
]

LEAKS = [
    # a password after the credential's name, in the same kinds of messages
    f"Invalid credentials for user x: {RANDOM}",
    f"ldap_bind: Invalid credentials (49) password={RANDOM}",
    # a token after `session=`, and a class-looking token that is no class name
    f"WARN lost session={RANDOM} (org.apache.zookeeper.ClientCnxn)",
    f"session '{RANDOM}' does not match (kafka.zk.Client)",
    "token: (Ab.Cd$Ef9xK2!mQ)",
    # a generated value that reads as `package.Class`, given to a secret's name
    "falha ao autenticar usuario=deploy senha=q.RQIvzYHF88Xdzemn host=mysql.example.net",
    "password: 'k.XbQ7rTmZ2pLw9v'",
    # an SMTP reply that carries a value named so, or a token amid its text
    f"535 5.7.8 auth failed password: {RANDOM}",
    f"535 5.7.8 auth failed password={RANDOM} - gsmtp",
    f"535 5.7.8 credentials {RANDOM} rejected for user bob",
    # not an SMTP reply: no enhanced status code
    f"535 auth failed credentials {RANDOM}",
    # a reply's quoted text that goes on after the id; a value named in OpenSMTPD's line; a
    # session's id in another program's line
    f"    '535 5.7.8 credentials {RANDOM} rejected for user bob',",
    f"smtp-in: Failed session 7d3a9e0c41b85f26: bad password={RANDOM}",
    "app: error on session 7d3a9e0c41b85f26: token expired",
]


@pytest.mark.parametrize(
    ("line", "leaks"), [(line, False) for line in LOOK_ALIKES] + [(line, True) for line in LEAKS]
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_credential_error_diagnostics(
    line: str, leaks: bool, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    found = [leak.kind for leak in Gate().lines("app.log", [line])]
    assert (found != []) == leaks, found
