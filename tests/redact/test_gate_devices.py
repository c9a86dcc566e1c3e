"""The leak gate on network devices' and their tools' secrets, in their own syntax
(gatedevices.py): Cisco's type 7 and Junos' `$9$` (reversible), an SNMP community, OSPF's and
keepalived's keys, an IPsec PSK, SNMPv3 keys, a TSIG key on a command line, a proxy's password,
a NATS seed and an Erlang cookie; Cisco's one-way hashes and PAN-OS's and Prefect's API keys by
their shape (gateshapes.py). And what such devices and brokers publish, left alone
(gatepublic.py): IOS's public key hashes, IKE cookies, DNSSEC records, RADIUS's
Message-Authenticator, Tailscale's node keys, a lock token, EMQX's key listing, a broker's
`guest:guest` default, the container id `docker run` prints. Made-up values in the tools'
formats, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

SEED = "SUAM7QKZ4XWBR2NHJ5VLTPYE3GDC6FIO2SUKXQWJ7ZT4HRN5VLBPEMYG3D"  # (58 base-32 characters)

LEAKS: list[tuple[list[str], int]] = [
    (["line vty 0 4", " password 7 0822455D0A1606181C1B0D517F"], 2),
    (["enable password 7 115111242D26053D27392C0318"], 1),
    (["tacacs server ISE", " key 7 12311404185A1810241D3230072675"], 2),
    (['tacacs-server key 7 "130338102A19093B04340762171534"'], 1),
    (["key chain K", " key 1", "  key-string 7 106A2B4A3627333C01127D0E2D1A"], 3),
    (["ntp authentication-key 3 md5 143D45520D3D272D2D380B2D16 7"], 1),
    ([' authentication-key "$9$0vPx1yeW87VwgSr2aUjf5rlKvXNdbsY4JlKaG"; ## SECRET-DATA'], 1),
    (['set security ike policy P pre-shared-key ascii-text "$9$kqPQ36901RTzRhreLXq.PQF/IE"'], 1),
    (["enable secret 5 $1$cXN2$KDVkCZeY21.CH7Va8BvJ0d"], 1),
    (["username ops secret 9 $9$PI0YlJrkyzBkTE$7JlMmIXdeaaXC3koQog8lL9f0EIGetIwxHinYUEvQkJ"], 1),
    (["snmp-server community Qm7vTz2LpX9k RO SNMP-ACL"], 1),
    (["set snmp community Yl294t94Xp8NKy authorization read-only"], 1),
    (["rocommunity zI1G7MGfqBGaF7 10.35.0.0/16"], 1),
    (["/snmp community add name=JH6XOVll6cDU3N addresses=10.56.0.0/16"], 1),
    (["CMD (/usr/bin/snmpwalk -v2c -c ZgZxE4ZVlPfHpU 10.31.3.64 IF-MIB::ifHCInOctets)"], 1),
    ([" ip ospf message-digest-key 1 md5 sFJvkJYi2DsQNW"], 1),
    (["    authentication {", "        auth_type PASS", "        auth_pass dLWtbdVI"], 3),
    (["203.0.113.44 198.51.100.82 : PSK 0xbf2f4e4435d112669eec8918a26c639e3260b619"], 1),
    (['10.0.0.1 : PSK "Kq7+vX2p!Lm9Rt4"'], 1),
    (["snmp-server user mon network-operator auth sha 0xe8eb1b0a21a2913f63f863d9868fd7f0"], 1),
    (['createUser nms SHA "2yQkEP0sK0bbv9Ir" AES "aiV2JV2Ofm-ny7nV"'], 1),
    (["nsupdate -y hmac-sha256:ddns:TRlWxWx+iOx8cMbGdAegN6ZTclURbs9RwzLyU7v9EgY= /tmp/u"], 1),
    (["$ pdnsutil import-tsig-key axfr hmac-sha256 'fEO+0tPqz+QoK1pTEC3lWQEpJhQOOoZNDWtdvXo='"], 1),
    (["curl -x http://proxy:3128 --proxy-user svc:1v-+R9*LJMcc-zMb https://api.example.org"], 1),
    (['$ curl -k -u "v8MudeNox4yPLnvs60s4":"pXp4plZelmFTDqHuWKt4rD7H3rLA" https://fw/api'], 1),
    (
        [
            "add system user nsadmin "
            + "512b1fc38fa18a46e6b21efdcb8c4e6b7e1c0ef823ac" * 2
            + " -encrypted -hashmethod SHA512"
        ],
        1,
    ),
    # a NATS seed named on its line, or on the line before
    ([f'    nkeys_seed_str="{SEED}",'], 1),
    (["$ cat ~/.nkeys/keys/U/TH/UFUZCU.nk", SEED], 2),
    (["        - name: NATS_USER_SEED", f"          value: {SEED}"], 2),
    # an Erlang cookie: 20 capital letters
    (["root@rabbit-1:/# cat /var/lib/rabbitmq/.erlang.cookie; echo", "LGRFNHRSCLVVKYJXOUGU"], 2),
    (["- name: RABBITMQ_ERLANG_COOKIE", '  value: "LIDCNISPMZRAZRQCEQXT"'], 2),
    (["beam.smp -- -sname rabbit -setcookie MWADBEGHNYCXRRJXBGCO -kernel inet_dist"], 1),
    # a command at a prompt that makes a key prints it: WireGuard's, Headscale's
    (["$ wg genkey", "aUlhaNTsjKAK3gLlUmlnDWXrQLiBzZLIz5ngrpuMZJA="], 2),
    (
        [
            "$ headscale preauthkeys create --user ml --reusable",
            "af6ae31e6ae4ed8f605f8f5e0de877e8eaa7",
        ],
        2,
    ),
    # API keys by their shape
    (
        ['"GET /api/?type=config&key=LUFRPT5OFpCjHa/dTMe6zGrh7s2FBl5E5wFtX+tZ1WCgwZeaSR HTTP/1.1"'],
        1,
    ),
    (["$ prefect cloud login -k pnu_IDAZz2oKwH7mG5ekTDBtvrbC049WbI00ep8t"], 1),
    # a broker's URL whose password is no default; EMQX's key created, with its secret
    (["# amqp://guest:Zr8Kp2Lm9Qw4Xv@rabbit:5672/"], 1),
    (['{"api_key":"68b9098b4b9f8950","api_secret":"W1fXnllNvQHg0JzmJY4A8udEP6R69kTC3F"}'], 1),
]

LOOK_ALIKES: list[list[str]] = [
    ["service password-encryption", "key chain EIGRP-KEYS", " key 1", "ntp trusted-key 3"],
    ["snmp-server community public RO", "rocommunity public 10.0.0.0/16"],
    ["snmp-server community [REDACTED:snmp] RO", " password 7 [REDACTED:cisco_type7]"],
    ["snmp-server host 10.43.1.69 traps version 3 priv monitor", "auth_type PASS"],
    ["    authentication {", "        auth_type PASS", "        auth_pass changeme"],
    # IOS's SSH public key chain: an MD5 of a public key
    [
        "ip ssh pubkey-chain",
        "  username netops",
        "   key-hash ssh-rsa 3fd4c5ceca763debf1958b58c3c47ac1 n@j",
    ],
    # show crypto isakmp sa detail: IKEv1's cookies, in every packet's header
    [" Initiator cookie: 94dd381e80dc94e0  Responder cookie: ab53ebc66cb18876"],
    [
        "example.org. 3600 IN DNSKEY 257 3 13 6D9yW/pk/HyK7MDAkAOjFscQfI/iX28Ygr/UOzYcME/hQ+Gme7nPJ0F=="
    ],
    ["example.org. 3600 IN DS 2371 13 2 1F987CC6583E92DF0890718C42D8A10E8A5D3E77E2A8E85D23B1C3A4"],
    ["(9)   Message-Authenticator = 0x8bed807ea9494316b9e4fc9e8d6aff57"],
    [
        '    "PublicKey": "nodekey:7601f8d4c69c8add179591a6c697aa3d543ae502cdc20c1d2eddee49a84056cc",'
    ],
    [
        "INFO azure.servicebus: Received sequence_number=52563 lock_token=eb9d72cc-0890-4227-ae5a-1f14886d4e3d"
    ],
    [
        '[{"name":"mon","api_key":"68b9098b4b9f8950","expired_at":"infinity",'
        '"created_at":"2025-08-10T14:08:44.901Z","desc":"read","enable":true,"role":"viewer"}]'
    ],
    ["# Default: amqp://guest:guest@localhost:5672/  (guest can only connect via localhost)"],
    [
        "$ docker run -d -e REDIS_PASSWORD_FILE=/run/secrets/redis_pw bitnami/redis:7.3",
        "b3dc8ac4b95fa8437a8da94464444dea241d41ef218a97f0c5090e1a7fea33ee",
    ],
    ["$ wg genkey | tee privatekey | wg pubkey", "kQ7vN2pLx9ZwTq8ZwL3mKx9Rt4Kp1WZq8Lm2Xv7Rt4A="],
]

test_a_device_secret_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
