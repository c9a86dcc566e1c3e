"""The leak gate on mail, telephony and team-chat servers (gatewire.py: Dovecot's auth debug
`resp=`) and on what they log or publish as ids (gatevendors.py: Dovecot's session ids, a DKIM
or ARC signature's body hash, a Matrix server's verify key, a Twilio API key's SID; gatedigests.py:
a checksum tool's line). Made-up values in the servers' documented forms, with both prefilter
engines."""

from __future__ import annotations

import base64

from tests.redact.gatecases import leaks_at_test, look_alikes_test

PLAIN = base64.b64encode(b"\x00ops@example.org\x00Dv9!kLm2Qz7w").decode()

LEAKS: list[tuple[list[str], int]] = [
    (
        [
            "dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured"
            f"\tsession=mDk4aZ/5Rf8AAAAB\tlip=192.0.2.2\trip=192.0.2.9\tresp={PLAIN}"
        ],
        1,
    ),
    # SRTP's master key in an SDP offer, a Grandstream phone's SIP password, an Element key
    (["a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR"], 1),
    (["<gs_provision>", "    <P34>Sip7Acc0unt$9</P34>"], 2),
    (["EsTc 5rr1 4Jm8 QAW4 dcqw 62FY 9fvn CUn9 HAia ZtCm s7eL ZQwy"], 1),
    # the servers' tools given a password as an argument
    (["kamctl add 1001@sip.example.org Tr8#vK2pWq"], 1),
    (["+ prosodyctl register focus auth.meet.example.org Fc9!kWq2Lz"], 1),
    (["sudo -u ejabberd ejabberdctl register admin xmpp.example.org Ej4!bRd8Qw"], 1),
    (["doveadm auth test -x service=imap bob@example.org Pw9!kLm2Qz"], 1),
    (["DEBUG:irc.client:TO SERVER: PRIVMSG NickServ :IDENTIFY opsbot N1ck!Serv9x"], 1),
    (["<alice> /msg *sasl set alice Sa5l!Znc7q"], 1),
]

LOOK_ALIKES: list[list[str]] = [
    [
        "dovecot: imap-login: Login: user=<ops@example.org>, method=PLAIN, rip=192.0.2.9, "
        "lip=192.0.2.2, mpid=4242, TLS, session=<Qm9/x2LzR4kAAAAB>"
    ],
    [
        "dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tsecured"
        "\tsession=mDk4aZ/5Rf8AAAAB\tlip=192.0.2.2\trip=192.0.2.9\tresp=<hidden>",
        "dovecot: auth: Debug: sql(ops@example.org,192.0.2.9,<mDk4aZ/5Rf8AAAAB>): Performing "
        "passdb lookup",
    ],
    [
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=arc-2024;",
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;",
        "        bh=Q2Zx7Lp4Rv9Tn3Hb6Jc1Yd5Fs0GaWm8Kq2Xz4Lp9Rv=;",
    ],
    [
        '  "verify_keys": { "ed25519:auto": { "key": "Xm3kQ9pZ2vL7rT4nW8hB5jC6yD1fS0gA2xE4qW9zX2l" } }'
    ],
    [
        "# sha256sum /etc/postfix/sasl_passwd.db",
        "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8  /etc/postfix/sasl_passwd.db",
    ],
    ["a=crypto:<tag> <crypto-suite> inline:<key-params>"],
    ["    <P34></P34>", "    <P2>admin</P2>"],
    ["usage: kamctl add <username> <password>", "doveadm auth test -x service=imap $USER $PASS"],
    [
        "-:- NickServ (NickServ@services.) This nickname is registered. Please choose a different"
        " nickname, or identify via /msg NickServ IDENTIFY <password>"
    ],
    [
        "TWILIO_API_KEY=SK2a7f4c9e1b8d3f6a0c5e9b2d7a4f1c8e",
        "TWILIO_API_SECRET_FILE=/run/secrets/twilio_api_secret",
    ],
]

test_a_session_s_password_is_flagged = leaks_at_test(LEAKS)
test_what_mail_and_chat_servers_log_as_ids_passes = look_alikes_test(LOOK_ALIKES)
