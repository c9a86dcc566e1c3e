"""Secrets in network devices' configuration syntax (Cisco IOS / NX-OS / ASA, Arista EOS, Junos,
VyOS / EdgeOS, RouterOS, FRR, keepalived, tac_plus), SNMP's communities and v3 keys (device,
snmpd.conf, net-snmp tools, snmp_exporter, LibreNMS), and VPN, overlay, firewall-API and DNS
update keys (strongSwan, WireGuard in netplan, PAN-OS, OPNsense, pfSense, Cloudflare's Origin CA
key, NetBird, Headscale, BIND, PowerDNS, FreeRADIUS, RANCID, Oxidized); and the look-alikes
beside them: public keys and key hashes, SAs and cookies, help texts, masks, references, ACL
numbers and view names after a community."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # Cisco: the value after the type number (7: hex, 8/9: a crypt string, 0: cleartext)
    (" password 7 0822455D0A16544541", "0822455D0A16544541", " password 7 "),
    (
        "enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
        "X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM",
        "enable secret 9 ",
    ),
    (
        "username ops privilege 15 secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs",
        "7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs",
        "username ops privilege 15 secret 8 ",
    ),
    ("  key 0 Tq8#vLm2!xRw9Zp", "Tq8#vLm2!xRw9Zp", "  key 0 "),
    ("  key-string 7 045802150C2E1D1C5A", "045802150C2E1D1C5A", "key-string 7 "),
    ('tacacs-server key 7 "094F471A1A0A464058"', "094F471A1A0A464058", "tacacs-server key 7"),
    (
        "    password 3 5b2e9f0c6a1d4e7f8a3b2c1d0e9f8a7b",
        "5b2e9f0c6a1d4e7f8a3b2c1d0e9f8a7b",
        "password 3 ",
    ),
    # cleartext after its keyword
    (" neighbor 192.0.2.1 password Wq3!rT8zKp", "Wq3!rT8zKp", "neighbor 192.0.2.1 password"),
    (" ip ospf message-digest-key 1 md5 Hn4kQ9xZp2Lw", "Hn4kQ9xZp2Lw", "message-digest-key 1 md5"),
    ("ntp authentication-key 4 md5 104D000A0618 7", "104D000A0618", "ntp authentication-key 4 md5"),
    ("crypto isakmp key Xk9!mQ2w_Lp7 address 192.0.2.10", "Xk9!mQ2w_Lp7", "address 192.0.2.10"),
    ("  pre-shared-key local Rb7Kq2Wx9Lm4Tz", "Rb7Kq2Wx9Lm4Tz", "pre-shared-key local"),
    (" ikev1 pre-shared-key Zp4*Lq8!Wn2x", "Zp4*Lq8!Wn2x", "ikev1 pre-shared-key"),
    (" key Mv8-Tq3*Wz6!Lp", "Mv8-Tq3*Wz6!Lp", " key "),
    (
        "radius-server host 192.0.2.5 key 7 0508571C22431F5B4A",
        "0508571C22431F5B4A",
        "radius-server host 192.0.2.5 key 7",
    ),
    # Junos' $9$ secrets, set and curly-brace forms
    (
        'set system tacplus-server 192.0.2.9 secret "$9$Hk5FCA0IhSyK8X7NVYgZU"',
        "Hk5FCA0IhSyK8X7NVYgZU",
        "tacplus-server 192.0.2.9 secret",
    ),
    (
        '    authentication-key "$9$dwb2aJDHmTz6GUjqfT3nCA"; ## SECRET-DATA',
        "dwb2aJDHmTz6GUjqfT3nCA",
        "## SECRET-DATA",
    ),
    # VyOS / EdgeOS, keepalived, tac_plus
    ('  plaintext-password "Tz8*kQ2mWx"', "Tz8*kQ2mWx", "plaintext-password"),
    ("  authentication { auth_type PASS; auth_pass Qx4mTz9w }", "Qx4mTz9w", "auth_type PASS;"),
    ('    login = cleartext "Lq7~Zp3!Wm"', "Lq7~Zp3!Wm", "login = cleartext"),
    (
        '  host lan { address = 192.0.2.0/24 key = "Kv3!Wq8mTz5x" }',
        "Kv3!Wq8mTz5x",
        "address = 192.0.2.0/24",
    ),
    # SNMP: communities and v3 keys
    ("snmp-server community Rk8vQz3Tn5 RO 10", "Rk8vQz3Tn5", "RO 10"),
    ("snmp-server host 192.0.2.7 version 2c Qm4Tz8Lw2x", "Qm4Tz8Lw2x", "version 2c"),
    (
        "set snmp community Wz7Qk2Lm9 authorization read-only",
        "Wz7Qk2Lm9",
        "authorization read-only",
    ),
    ("    community Lp3Wq8Tz5x {", "Lp3Wq8Tz5x", "community"),
    ("/snmp community add name=Tq5Wz8Kp3 addresses=192.0.2.0/24", "Tq5Wz8Kp3", "addresses="),
    ("rocommunity Zk4Wq9Lm2 192.0.2.0/24", "Zk4Wq9Lm2", "192.0.2.0/24"),
    ('createUser poller SHA "Wq8!Tz3mKp" AES "Lm2*Qx7zRw"', "Lm2*Qx7zRw", "createUser poller SHA"),
    (
        "snmp-server user nms G v3 auth sha Kq7Wz2Lm9x priv aes 128 Tz4Qp8Wm3x",
        "Tz4Qp8Wm3x",
        "priv aes 128",
    ),
    (
        "snmpget -v3 -l authPriv -u nms -a SHA -A 'Qk8!mW2z' -x AES -X 'Lp5*Tz9q' 192.0.2.8 sysName.0",
        "Lp5*Tz9q",
        "-x AES",
    ),
    ("/usr/bin/snmpwalk -v2c -c Wm7Qz2Kp5 192.0.2.4 ifDescr", "Wm7Qz2Kp5", "192.0.2.4 ifDescr"),
    ("    community: Tz5Qk8Wm2L", "Tz5Qk8Wm2L", "community:"),
    ("$config['snmp']['community'] = array('Qz7Wm3Kp8');", "Qz7Wm3Kp8", "array("),
    # VPN, overlay, firewall APIs, DNS updates
    ('bob : XAUTH "Wq4!Tz8mKp"', "Wq4!Tz8mKp", "bob : XAUTH"),
    (': RSA gw.key "Lm8*Qz3wTp"', "Lm8*Qz3wTp", ": RSA gw.key"),
    (
        ">>> s.load_shared({'type': 'IKE', 'data': b'Tz7!Wq2mKp9x', 'owners': ['192.0.2.3']})",
        "Tz7!Wq2mKp9x",
        "'owners'",
    ),
    (
        "        private: cPkUeiDPYEVVWGYzzZlbDbOfS6dE4vCuvlFOv+ys3Ho=",
        "cPkUeiDPYEVVWGYzzZlbDbOfS6dE4vCuvlFOv+ys3Ho",
        "private:",
    ),
    (
        "X-PAN-KEY: LUFRPT1abcXYZ0987qwerTYUI5678zxcvBNM1234asdfGHJK==",
        "LUFRPT1abcXYZ0987qwerTYUI5678zxcvBNM1234asdfGHJK",
        "X-PAN-KEY:",
    ),
    ("<key>-AQ==Zq8WmT3kLp7xQ2=Rt5Wz9Kp==</key>", "-AQ==Zq8WmT3kLp7xQ2=Rt5Wz9Kp==", "<key>"),
    (
        "CF_ORIGIN_CA_KEY=v1.0-0a1b2c3d4e5f60718293a4b5-" + "9f8e7d6c5b4a3928" * 8,
        "9f8e7d6c5b4a3928" * 4,
        "CF_ORIGIN_CA_KEY=",
    ),
    (
        "nsupdate -y hmac-sha256:ddns:Qm8zTk2W4pLx7Rv5Nc3Hb9Yd6Fs1Ga0Je8Ku2Mo4Iw= update.txt",
        "Qm8zTk2W4pLx7Rv5Nc3Hb9Yd6Fs1Ga0Je8Ku2Mo4Iw",
        "update.txt",
    ),
    (
        "pdnsutil import-tsig-key xfr hmac-sha256 'Kq3Zm8Tw2Lp7Rx5Vn9Bc4Hd6Fy1Gs0Ja8Ek2Mu4Io='",
        "Kq3Zm8Tw2Lp7Rx5Vn9Bc4Hd6Fy1Gs0Ja8Ek2Mu4Io",
        "xfr hmac-sha256",
    ),
    (
        "netbird up --setup-key 7D2E41A9-3C5B-4F80-9A6E-1B2C3D4E5F60",
        "7D2E41A9-3C5B-4F80-9A6E-1B2C3D4E5F60",
        "netbird up",
    ),
    ("radtest alice 'Wz8!qT3m' 192.0.2.6 0 'Lk5*Qp9w'", "Lk5*Qp9w", "192.0.2.6 0"),
    ("add password   rtr-*.example.net   {Tq7!Wz2m}   {Kp4*Lx9q}", "Kp4*Lx9q", "add password"),
    ("rtr-1.example.net:ios:ops:Wq5!Tz8m:Lp3*Kx7q", "Lp3*Kx7q", "rtr-1.example.net:ios:ops:"),
    (
        "add system user nsroot 4f1e2d3c5b6a79880a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f -encrypted -hashmethod SHA512",
        "4f1e2d3c5b6a79880a9b8c7d6e5f4a3b2c1d0e9f",
        "-encrypted",
    ),
    (
        'curl -k -u "Tz8Wq3Lm5Kp2":"Qx7!Zm4Wt9Lp" https://fw.example.net/api/core/firmware/status',
        "Qx7!Zm4Wt9Lp",
        "https://fw.example.net",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    "   key-hash ssh-rsa c7417117e82c5824e7e95fa68a991f4d ops@jump-1",
    " Initiator cookie: 94dd381e80dc94e0  Responder cookie: ab53ebc66cb18876",
    " ikev1 pre-shared-key *****",
    "    secret /* SECRET-DATA */;",
    "snmp-server community ***** RO",
    "snmp-server host 192.0.2.83 traps version 3 priv monitor",
    "snmp-server view NMS-VIEW iso included",
    "ntp server 192.0.2.1 key 3",
    "ntp trusted-key 3",
    "  0     Specifies an UNENCRYPTED key will follow",
    " authentication remote pre-share",
    "password encryption aes",
    "wg0.example.com. 3600 IN DNSKEY 257 3 13 6D9yW/pk/HyK7MDAkAOjFscQfI/iX28Ygr/UOzYcME/hQ+Gme7nPJ0FfKZmK2yY8XHexh9XJliVXjkDk89ODWw==",
    "        public: Y82xsMmr+kfVWr0m0X0f6bt76cuyF+6lgE32jPe1t7s=",
    "(9)   Message-Authenticator = 0x8bed807ea9494316b9e4fc9e8d6aff57",
    "    secret = ${ENV_RADIUS_SECRET}",
    "        community: ${SNMP_COMMUNITY}",
    "snmp-server community public RO",
    '# : PSK "<replace-me>"',
    "set protocols bgp group transit authentication-key-chain BGP-KC",
    "        auth_protocol: SHA",
    "  --eab-hmac-key <eab_hmac_key>     HMAC key for External Account Binding.",
    " -U, --proxy-user <user:password> Proxy user and password",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_ipsec_sa_counters_stay() -> None:
    assert_kept(
        [
            "     inbound esp sas:",
            "      spi: 0x2c491129(2578237183)",
            "        transform: esp-256-aes esp-sha256-hmac ,",
        ]
    )


def test_credentials_file_user_then_password() -> None:
    # OpenVPN's auth-user-pass file, shown by PowerShell's `type`; a domain user first
    assert_gone(["PS C:\\vpn> type auth.txt", "svc-vpn-7\r", "Wq8!Tz3mKp5x\r"], ["Wq8!Tz3mKp5x"])
    assert_gone(
        ["$ cat /etc/openvpn/proxy-auth.txt", "CORP\\svc-vpn", "Lm4*Qz9wTp2k"], ["Lm4*Qz9wTp2k"]
    )
    assert_gone(["# /etc/openvpn/client/key.pass", "Tz6~Wq2mKp8x"], ["Tz6~Wq2mKp8x"])


def test_headscale_keys_created_and_listed() -> None:
    key = "5d0c8e7f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d"
    assert_gone(
        [
            "$ headscale preauthkeys create --user ml --reusable --expiration 24h",
            key,
            "$ headscale preauthkeys list --user ml",
            "ID | Key                                              | Reusable | Ephemeral",
            f"2  | {key} | true     | false",
        ],
        [key],
    )
    assert_gone(
        ["$ headscale apikeys create --expiration 90d", "kQ2mTz8.Wq4Lp7Zx3Rv9Nc5Hb1Yd6Fs0Ga"],
        ["Wq4Lp7Zx3Rv9Nc5Hb1Yd6Fs0Ga"],
    )
