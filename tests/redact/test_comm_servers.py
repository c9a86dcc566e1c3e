"""Secrets of mail, telephony and team-chat servers in their documented places: SIP digest
hashes by name (Asterisk's `md5_cred`, FreeSWITCH's `a1-hash`), SCRAM keys, Roundcube's
`des_key`, mailcow's `DBROOT`, secure cookies' keys (names.py); SRTP keys, Grandstream's
P-values and the SIP tools' password arguments (detectors/telephony.py); Dovecot's, Exim's and
OpenDKIM's own places (detectors/mailservers.py); XMPP, Matrix, IRC, TeamSpeak and Mumble tools'
(detectors/chattools.py); an Element key export (a PEM-like block) and what a session or a
command prints on the next line (nextoutput.py). Made-up values in the tools' documented forms,
and the look-alikes beside them, with both prefilter engines."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # UnrealIRCd's link block; zulip-secrets.conf's key holding `&` and `=` (no query string)
    ('\tpassword "Lk7+R*Qw2Zx!9Mv4Tp6";', "Lk7+R*Qw2Zx!9Mv4Tp6", "password"),
    ("secret_key = Wq8@vLm3zRt6pK&x2=Nf9sYb4hQ~Zk7", "Nf9sYb4hQ~Zk7", "secret_key = "),
    # Asterisk pjsip.conf: an auth section with the digest's HA1 instead of the password
    ("md5_cred=5f4dcc3b5aa765d61d8327deb882cf99", "5f4dcc3b5aa765d61d8327deb882cf99", "md5_cred="),
    # FreeSWITCH's directory: the user's A1 hash as a param
    (
        '      <param name="a1-hash" value="0e5fa2c6c4b5e8d07e3b3a9f1c2d4e6a"/>',
        "0e5fa2c6c4b5e8d07e3b3a9f1c2d4e6a",
        'name="a1-hash"',
    ),
    # Prosody's accounts store: SCRAM's stored and server keys
    (
        '\t["stored_key"] = "7c4a8d09ca3762af61e59520943dc26494f8941b";',
        "7c4a8d09ca3762af61e59520943dc26494f8941b",
        '["stored_key"]',
    ),
    (
        '\t["server_key"] = "3da541559918a808c2402bba5012f6c60b27661c";',
        "3da541559918a808c2402bba5012f6c60b27661c",
        '["server_key"]',
    ),
    # Roundcube's config.inc.php and its Docker image's variable
    ("$config['des_key'] = 'rcmail-!24ByteDESkey*Str';", "rcmail-!24ByteDESkey*Str", "des_key"),
    ("  - ROUNDCUBEMAIL_DES_KEY=Hq7Lw2Zx9Mv4Tp6Rk1Nb3Yc8", "Hq7Lw2Zx9Mv4Tp6Rk1Nb3Yc8", "DES_KEY="),
    # mailcow.conf's MariaDB root password; Zulip's camo key
    ("DBROOT=Zt5Qm8Lp2Wx7Rv4Nk9Hc3Bj6", "Zt5Qm8Lp2Wx7Rv4Nk9Hc3Bj6", "DBROOT="),
    ("camo_key = 9b1e6a3f2c4d8e7f0a5b6c1d2e3f4a5b", "9b1e6a3f2c4d8e7f0a5b6c1d2e3f4a5b", "camo_key"),
    # Nextcloud Talk's signaling server: gorilla/securecookie's keys
    ("hashkey = Kq2Wm7Xz4Lp9Rv3Tn8Hb5Jc6Yd1Fs0Ga", "Kq2Wm7Xz4Lp9Rv3Tn8Hb5Jc6Yd1Fs0Ga", "hashkey"),
    ("blockkey = 4f9d2b7e1c8a3f6d0b5e9c2a7d4f1b8e", "4f9d2b7e1c8a3f6d0b5e9c2a7d4f1b8e", "blockkey"),
    # Mattermost's config.json: the salt that signs public links, camel-cased
    (
        '        "PublicLinkSalt": "q8Wm2Zx7Lp4Rv9Tn3Hb6Jc1Yd5Fs0Ga",',
        "q8Wm2Zx7Lp4Rv9Tn3Hb6Jc1Yd5Fs0Ga",
        '"PublicLinkSalt"',
    ),
    # an SDP offer's SDES crypto attribute (RFC 4568), with and without its lifetime and MKI
    (
        "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32",
        "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR",
        "|2^20|1:32",
    ),
    (
        "a=crypto:2 AES_256_CM_HMAC_SHA1_32 inline:d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj",
        "d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj",
        "AES_256_CM_HMAC_SHA1_32 inline:",
    ),
    # a Grandstream phone's provisioning XML: the admin and the account's SIP passwords
    ("    <P2>Adm1n!Phone#7</P2>", "Adm1n!Phone#7", "<P2>"),
    ("    <P34>Sip7Acc0unt$9</P34>", "Sip7Acc0unt$9", "</P34>"),
    # SIPp's digest authentication, Kamailio's kamctl, FreeSWITCH's fs_cli and ESL
    ("sipp -sf uac.xml -au 1001 -ap Qw7!zR2mLx 192.0.2.10", "Qw7!zR2mLx", "-au 1001 -ap"),
    ("kamctl add 1001@sip.example.org Tr8#vK2pWq", "Tr8#vK2pWq", "kamctl add 1001@"),
    ("kamctl passwd 1001@sip.example.org Tr8#vK2pWq", "Tr8#vK2pWq", "kamctl passwd"),
    ("fs_cli -H 127.0.0.1 -P 8021 -p Cl8eCon!9", "Cl8eCon!9", "-P 8021"),
    ('con = ESL.ESLconnection("127.0.0.1", "8021", "Cl8eCon!9")', "Cl8eCon!9", '"8021"'),
    # Dovecot: doveadm's password argument and the auth debug line's given password
    ("doveadm auth test -x service=imap bob@example.org Pw9!kLm2Qz", "Pw9!kLm2Qz", "bob@"),
    ("doveadm pw -s SHA512-CRYPT -p Pw9!kLm2Qz", "Pw9!kLm2Qz", "SHA512-CRYPT -p"),
    (
        "dovecot: auth: Debug: sql(bob@example.org,192.0.2.4): CRYPT(Pw9!kLm2Qz) != '$1$ab$x'",
        "Pw9!kLm2Qz",
        "CRYPT(",
    ),
    # a passwd-file's `{PLAIN}` password holding `:`: it ends where a uid and a gid follow
    ("ops@example.org:{PLAIN}Kq7:Lm2!Wz9x::::::", "Lm2!Wz9x", "ops@example.org:{PLAIN}"),
    (
        "ops:{PLAIN}Kq7:Lm2!Wz9x:1000:1000::/home/ops::userdb_quota_rule=*:storage=1G",
        "Lm2!Wz9x",
        ":1000:1000::/home/ops::userdb_quota_rule=*:storage=1G",
    ),
    # Exim: a plaintext authenticator's client_send, LOGIN's and PLAIN's forms
    ("  client_send = : relay@example.org : Ex1m!Relay7", "Ex1m!Relay7", ": relay@example.org :"),
    ("  client_send = ^relay@example.org^Ex1m!Relay7", "Ex1m!Relay7", "^relay@example.org^"),
    # Exim's MySQL server list (host::port/database/user/password)
    (
        "hide mysql_servers = 127.0.0.1::3306/mail/exim/My5ql!Pass",
        "My5ql!Pass",
        "/mail/exim/",
    ),
    # OpenDKIM's KeyTable with the key inline in the third field
    (
        "sel._domainkey.example.org example.org:sel:MIICXQIBAAKBgQC7vbqajDw4o6gJy8UtmIbkcpnkO3Kw"
        "c4qsEnSZp/TR+fQi62F79RHWmwKOtFmwteURgLbj7D/WGuNLGOfa/2vse3G2eHnHl5CB8ruRX9fBl/KgwCVr",
        "MIICXQIBAAKBgQC7vbqajDw4o6gJy8UtmIbkcpnkO3Kw",
        "example.org:sel:",
    ),
    # Postfix's sender-dependent sasl_passwd, keyed by the sender's address
    (
        "ops@example.org    ops@example.org:Pf7!sasl2Kx",
        "Pf7!sasl2Kx",
        "ops@example.org    ops@example.org:",
    ),
    # XMPP servers' tools: the password as the last argument
    ("prosodyctl register focus auth.meet.example.org Fc9!kWq2Lz", "Fc9!kWq2Lz", "auth.meet."),
    ("ejabberdctl register admin xmpp.example.org Ej4!bRd8Qw", "Ej4!bRd8Qw", "xmpp.example.org"),
    # Synapse's registration shared secret, Nextcloud Talk's signaling secret
    (
        "register_new_matrix_user -u ops -a -k 'Sh4r3d:Secr3t!xyz' http://localhost:8008",
        "Sh4r3d:Secr3t!xyz",
        "http://localhost:8008",
    ),
    (
        "php occ talk:signaling:add wss://signal.example.org/ 9f2c7a4e1b8d3f6a0c5e --verify",
        "9f2c7a4e1b8d3f6a0c5e",
        "--verify",
    ),
    # TeamSpeak's ServerQuery login, NickServ's IDENTIFY, ZNC's *sasl and network server
    ("login serveradmin Ts3Qu3ry", "Ts3Qu3ry", "login serveradmin"),
    ("PRIVMSG NickServ :IDENTIFY opsbot N1ck!Serv9", "N1ck!Serv9", ":IDENTIFY opsbot"),
    ("/msg NickServ IDENTIFY N1ck!Serv9", "N1ck!Serv9", "IDENTIFY"),
    ("<alice> /msg *sasl set alice Sa5l!Znc7q", "Sa5l!Znc7q", "set alice"),
    ("\t\tServer     = irc.example.net +6697 Zn9!Serv3r", "Zn9!Serv3r", "+6697"),
    # ZNC's password block's hash
    (
        "\t\tHash = 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        "Hash = ",
    ),
    # Murmur's first start, Element's recovery key, LiveKit's key map
    (
        "<W>2024-02-01 10:00:00.000 1 => Initialized 'SuperUser' password on server 1 to 'Mu8!rmur2'",
        "Mu8!rmur2",
        "on server 1 to '",
    ),
    (
        "EsTc 5rr1 4Jm8 QAW4 dcqw 62FY 9fvn CUn9 HAia ZtCm s7eL ZQwy",
        "5rr1 4Jm8 QAW4 dcqw 62FY 9fvn CUn9 HAia ZtCm s7eL ZQwy",
        "",
    ),
    (
        "  APIxK3mQ8vLz2Tn: Rk4Wm9Zx2Lp7Qv3Tn8Hb5Jc6Yd1Fs0GaE2Xq",
        "Rk4Wm9Zx2Lp7Qv3Tn8Hb5Jc6Yd1Fs0GaE2Xq",
        "APIxK3mQ8vLz2Tn:",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_rows_and_lists_over_lines_go() -> None:
    # OpenSIPS' registrant table: the column list ends its line, the row goes on over two
    assert_gone(
        [
            "INSERT INTO registrant (registrar, aor, username, password, binding_URI, expiry)",
            "  VALUES ('sip:sip.example.net', 'sip:1001@sip.example.net', '1001', 'Rk7+XL!q9NI4',",
            "          'sip:1001@192.0.2.9:5060', 3600);",
        ],
        ["Rk7+XL!q9NI4"],
    )
    # amavisd.conf: a DBI data source, its user and password, one a line
    assert_gone(
        [
            "@lookup_sql_dsn = (",
            "    ['DBI:mysql:database=mail;host=127.0.0.1;port=3306',",
            "     'amavis',",
            "     'Wq3x.Rt8zKp5Lm2Vb9'],",
            ");",
        ],
        ["Wq3x.Rt8zKp5Lm2Vb9"],
    )
    # maubot's admins (an empty password stops a login; a role word is no password)
    lines = ["admins:", '    root: ""', "    admin: Hq7_Lw2Zx+9Mv4-T", "homeservers:"]
    assert_gone(lines, ["Hq7_Lw2Zx+9Mv4-T"])
    assert_kept(["admins:", '    root: ""', "    ops: admin", "homeservers:"])


def test_an_element_key_export_goes_whole() -> None:
    assert_gone(
        [
            "-----BEGIN MEGOLM SESSION DATA-----",
            "AXz8r1Kq2Wm7Xz4Lp9Rv3Tn8Hb5Jc6Yd1Fs0GaE2Xq4Wm9Zx2Lp7Qv3Tn8Hb5Jc6Yd1Fs0GaE2",
            "Lp9Rv3Tn8Hb5Jc6Yd1Fs0GaE2Xq4Wm9Zx2Lp7Qv3Tn8Hb5Jc6Yd1Fs0GaE2Xq4Wm9Zx2Lp7Qv3",
            "-----END MEGOLM SESSION DATA-----",
        ],
        ["AXz8r1Kq2Wm7Xz4Lp9Rv3", "Lp9Rv3Tn8Hb5Jc6Yd1Fs0GaE2Xq4Wm9"],
    )


def test_what_a_command_or_a_session_prints_next_goes() -> None:
    # `postmap -q` on the SASL password map prints `user:password`
    assert_gone(
        [
            '# postmap -q "[smtp.example.org]:587" hash:/etc/postfix/sasl_passwd',
            "ops@example.org:Pm9!sAsl4Kx",
        ],
        ["Pm9!sAsl4Kx"],
    )
    # PHPMailer's SMTPDebug answering `334 UGFzc3dvcmQ6` (base64 of "Password:")
    assert_gone(
        [
            "2024-02-01 10:00:00 SERVER -> CLIENT: 334 UGFzc3dvcmQ6",
            "2024-02-01 10:00:00 CLIENT -> SERVER: UGg5IXNNdHA0S3g=",
        ],
        ["UGg5IXNNdHA0S3g="],
    )


def test_a_token_printed_before_its_description_goes() -> None:
    # `mmctl token generate USER DESCRIPTION` prints the token, then the description
    assert_gone(
        [
            '$ mmctl token generate ci-bot "release notes"',
            "8xk3hq1fzbrm7ycn5wt9d2jgpa: release notes",
        ],
        ["8xk3hq1fzbrm7ycn5wt9d2jgpa"],
    )


def test_an_entry_after_an_80_character_line_is_its_own() -> None:
    # zulip-secrets.conf: a 64-hex value ends an 80-character line; the next line's name is no
    # rest of a value a terminal cut
    line = "shared_secret = " + "3f9a" * 16
    assert len(line) == 80
    assert_gone(
        [line, "secret_key = Wq8@vLm3zRt6pKx2Nf9sYb4hQ~Zk7"], ["Wq8@vLm3zRt6pKx2Nf9sYb4hQ~Zk7"]
    )


LOOK_ALIKES = [
    # Asterisk PJSIP: an endpoint's auth sections by name, as the CLI shows them
    "auth=6001-auth",
    "outbound_auth=trunk_auth",
    "     InAuth:  6001-auth/6001",
    # Kamailio/OpenSIPS: a module's parameters by name
    'modparam("auth_db", "calculate_ha1", 1)',
    'modparam("auth_db", "password_column", "ha1")',
    'modparam("auth_db", "password_column_2", "ha1_sha256")',
    # a Twilio API key's SID (its secret is another variable)
    "TWILIO_API_KEY=SK2a7f4c9e1b8d3f6a0c5e9b2d7a4f1c8e",
    # neomutt: the password from a command, or from another variable
    'set imap_pass = "`pass show mail/imap`"',
    "set smtp_pass = $imap_pass",
    # swaks: the SASL mechanism a client starts
    " ~> AUTH LOGIN",
    " ~> AUTH CRAM-MD5",
    # Stalwart's macros
    'secret = "%{env:ADMIN_SECRET}%"',
    'password = "%{file:/run/secrets/db_password}%"',
    # a template's description of the value it wants, Dovecot's SQL lookup
    "#apikey = the-api-key-for-the-rest-service",
    "password_query = SELECT userid AS user, password FROM users WHERE userid = '%u'",
    # Dovecot's session ids
    "dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsession=mDk4aZ/5Rf8AAAAB"
    "\tlip=192.0.2.2\trip=192.0.2.9\tresp=<hidden>",
    "dovecot: auth: Debug: sql(bob@example.org,192.0.2.9,<mDk4aZ/5Rf8AAAAB>): Performing passdb lookup",
    # a Matrix server key's self-signature
    '  "signatures": { "example.org": { "ed25519:auto": "Xm3kQ9pZ2vL7rT4nW8hB5jC6yD1fS0gA2xE4qW9zX2lP7qV3tN8hB5jC6yD1fS0g" } },',
    # SIP: an empty password element, a crypto attribute's text in a help page
    "    <P34></P34>",
    "a=crypto:<tag> <crypto-suite> inline:<key-params>",
    "usage: kamctl add <username> <password>",
    "sipp -sf uac.xml -au 1001 -ap $SIP_PASSWORD 192.0.2.10",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])
