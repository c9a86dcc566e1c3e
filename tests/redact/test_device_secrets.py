"""Secrets of IoT devices, home-lab services and the networks they run on, in their documented
places: Wi-Fi pre-shared keys under their names (names.py's `psk` hint, `sae_key`) and by their
place in a command (detectors/wifi.py), OpenWrt's UCI `key` options (detectors/uci.py), a Zigbee
network key as bytes or wrapped in a backup's object (detectors/keyflow.py), Z-Wave's security
keys (detectors/zwave.py), device and local keys (names.py's qualifiers), firmware's `#define`
and `char[]` literals (detectors/csource.py), home-lab tools' own places (detectors/devicetools.py)
and Pi-hole's password hash (detectors/hashes.py); and the look-alikes beside them: a PSK's identity,
Zigbee2MQTT's `GENERATE`, a list of ports, a key's file, WEP's key index, a usage line, a shell
variable, a security class's name, Slurm's `(null)` and key paths, a macro that names another."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # an Arduino sketch's serial log printing its broker login
    ("MQTT connect as esp32 / Tq8!vW2zLm4Kp7Xr", "Tq8!vW2zLm4Kp7Xr", "connect as esp32 / "),
    # a dataset export's API key of letters alone in its query (Roboflow's)
    (
        'curl -L "https://universe.roboflow.com/ds/AbCd?key=QwErTyUiOpAsDfGhJkLz" > ds.zip',
        "QwErTyUiOpAsDfGhJkLz",
        "?key=",
    ),
    # wpa_supplicant.conf, quoted passphrase and the 64-hex PSK wpa_passphrase derives
    ('\tpsk="c0rrect-H0rse-battery"', "c0rrect-H0rse-battery", "psk="),
    (
        "\tpsk=a8f5f167f44f4964e6c998dee827110c4b4f4f1e7b8ed3d6ac2d2f9a7bba0e62",
        "a8f5f167f44f4964e6c998dee827110c4b4f4f1e7b8ed3d6ac2d2f9a7bba0e62",
        "psk=",
    ),
    ('\t#psk="c0rrect-H0rse-battery"', "c0rrect-H0rse-battery", "#psk="),
    # NetworkManager's keyfile ([wifi-security]), DD-WRT's and Tomato's nvram
    ("psk=Tr0ub4dor&3xyz", "Tr0ub4dor&3xyz", "psk="),
    ("wl0_wpa_psk=Wq8vTz3mKp2Lx", "Wq8vTz3mKp2Lx", "wl0_wpa_psk="),
    # Mosquitto's bridge to a TLS-PSK broker
    (
        "bridge_psk 8a7d2f6b1c3e5d9a0b4f7e2c6d1a8b3f",
        "8a7d2f6b1c3e5d9a0b4f7e2c6d1a8b3f",
        "bridge_psk",
    ),
    # OpenWrt's WPA3 key in `uci show`
    ("wireless.default_radio0.sae_key='Zk4.mWq9vTp2'", "Zk4.mWq9vTp2", "sae_key="),
    # Zigbee2MQTT's network key as bytes; zigpy's backup wraps it in an object
    (
        "  network_key: [17, 203, 45, 99, 130, 7, 251, 64, 18, 222, 91, 3, 176, 54, 240, 33]",
        "17, 203, 45, 99, 130, 7, 251, 64",
        "network_key: [",
    ),
    (
        "  network_key: [0x11, 0xCB, 0x2D, 0x63, 0x82, 0x07, 0xFB, 0x40, 0x12, 0xDE, 0x5B, 0x03, 0xB0, 0x36, 0xF0, 0x21]",
        "0x11, 0xCB, 0x2D, 0x63",
        "network_key: [",
    ),
    (
        '  "network_key": {"key": "4be9d0e2c17a35f8b06d92e1a4c7f3b5", "tx_counter": 4096},',
        "4be9d0e2c17a35f8b06d92e1a4c7f3b5",
        '"tx_counter": 4096',
    ),
    # Z-Stack's trust centre link key seed
    (
        '  "tclk_seed": "c93e1a7b4f20d85e6a19b3c7d0f2e845"',
        "c93e1a7b4f20d85e6a19b3c7d0f2e845",
        "tclk_seed",
    ),
    # UniFi's device management key, a Tuya device's local key, SABnzbd's NZB key
    (
        '\t"x_mgmt_key" : "e3b0c44298fc1c149afbf4c8996fb924",',
        "e3b0c44298fc1c149afbf4c8996fb924",
        "x_mgmt_key",
    ),
    ('  "local_key": "b7Gq2#xW9&zLm4Pv",', "b7Gq2#xW9&zLm4Pv", "local_key"),
    ("nzb_key = 0f1e2d3c4b5a69788796a5b4c3d2e1f0", "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "nzb_key"),
    ("LSF_EAUTH_KEY=kD8vQ2mZ7xLw4Tp", "kD8vQ2mZ7xLw4Tp", "LSF_EAUTH_KEY="),
    # Tasmota's numbered Wi-Fi passwords
    ('#define STA_PASS2         "k7!Vq2zLm9wX"', "k7!Vq2zLm9wX", "STA_PASS2"),
    # Arduino's secrets.h, Blynk's sketch, a char array of a sketch
    (
        '#define SECRET_DEVICE_KEY "QWERTYZXCVB9ASDFGHJK"',
        "QWERTYZXCVB9ASDFGHJK",
        "SECRET_DEVICE_KEY",
    ),
    ('#define SECRET_PASS "lettersonlypassphrase"', "lettersonlypassphrase", "SECRET_PASS"),
    ('char pass[] = "Summer2024garden";', "Summer2024garden", "char pass[]"),
    ('const char wifi_password[32] = "Summer2024garden";', "Summer2024garden", "wifi_password"),
    # Azure IoT Edge's config.toml: a TOML inline table around the value
    (
        'symmetric_key = { value = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgbG9uZyBlbm91Z2g=" }',
        "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgbG9uZyBlbm91Z2g=",
        "symmetric_key = { value = ",
    ),
    # an Ansible role's MUNGE key
    (
        'munge_key_b64: "c2VjcmV0IG11bmdlIGtleSBieXRlcyBnbyBoZXJlIGZvciB0ZXN0cw=="',
        "c2VjcmV0IG11bmdlIGtleSBieXRlcyBnbyBoZXJlIGZvciB0ZXN0cw==",
        "munge_key_b64",
    ),
    # OpenWrt: /etc/config/wireless, `uci show`, `uci set`, WEP's second key
    ("\toption key 'w1f1-Passphrase!'", "w1f1-Passphrase!", "option key"),
    ("wireless.default_radio0.key='w1f1-Passphrase!'", "w1f1-Passphrase!", "default_radio0.key="),
    ("uci set wireless.@wifi-iface[1].key='w1f1-Passphrase!'", "w1f1-Passphrase!", "uci set"),
    ("\toption key2 's:Qx7Lm'", "s:Qx7Lm", "option key2"),
    ("\toption password 'ddns-Pa55word'", "ddns-Pa55word", "option password"),
    # Z-Wave JS UI's settings, zwave-js' environment, Home Assistant's add-on
    (
        '      "S2_AccessControl": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",',
        "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
        "S2_AccessControl",
    ),
    (
        "KEY_LR_S2_Authenticated=8C2A5E7D1B4F3A6C9E0D2B5A7C1E4F3D",
        "8C2A5E7D1B4F3A6C9E0D2B5A7C1E4F3D",
        "KEY_LR_S2_Authenticated=",
    ),
    (
        "s0_legacy_key: 0x5A1C3B2D4E6F708192A3B4C5D6E7F801",
        "5A1C3B2D4E6F708192A3B4C5D6E7F801",
        "s0_legacy_key",
    ),
    # Wi-Fi passphrases by position
    ("$ wpa_passphrase 'Cafe Guest' 'lattes-and-scones'", "lattes-and-scones", "'Cafe Guest'"),
    (
        "wpa_cli -i wlan0 set_network 0 psk '\"lattes-and-scones\"'",
        "lattes-and-scones",
        "set_network 0 psk",
    ),
    (
        "sudo raspi-config nonint do_wifi_ssid_passphrase Attic 'lattes-and-scones' 0 0",
        "lattes-and-scones",
        "Attic",
    ),
    (
        "   imager_custom set_wlan -p 'Attic' 'a8f5f167f44f4964e6c998dee827110c4b4f4f1e7b8ed3d6ac2d2f9a7bba0e62' 'GB'",
        "a8f5f167f44f4964e6c998dee827110c4b4f4f1e7b8ed3d6ac2d2f9a7bba0e62",
        "'GB'",
    ),
    (
        'nmcli device wifi connect "Attic" password "lattes-and-scones" ifname wlan1',
        "lattes-and-scones",
        "ifname wlan1",
    ),
    (
        "nmcli connection modify Attic wifi-sec.psk lattes-and-scones",
        "lattes-and-scones",
        "wifi-sec.psk",
    ),
    # home-lab tools' own places (detectors/devicetools.py)
    ("emqx ctl admins passwd admin 'Br0ker~Admin_9'", "Br0ker~Admin_9", "admins passwd admin"),
    ("emqx_ctl admins add ops Br0ker~Admin_9 'operations'", "Br0ker~Admin_9", "'operations'"),
    (
        "mosquitto_ctrl -u admin dynsec createClient sensor-7 -p Cl1ent~Pass -c sensor-7",
        "Cl1ent~Pass",
        "-c sensor-7",
    ),
    ("mosquitto_ctrl dynsec setClientPassword sensor-7 Cl1ent~Pass", "Cl1ent~Pass", "sensor-7"),
    ("mosquitto_pub -t cmnd/plug_3F21A0/MqttPassword -m 'Cl1ent~Pass'", "Cl1ent~Pass", "-m '"),
    ("transmission-remote 127.0.0.1:9091 --auth admin:Tr4ns~Mission -l", "Tr4ns~Mission", "-l"),
    ("MONITOR apc@nas.lan 1 upsmon Nut~Pa55word slave", "Nut~Pa55word", "slave"),
    (
        "microk8s join 10.0.0.5:25000/92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05",
        "92b2db237428470dc4fcfc4ebbd9dc81",
        ":25000/",
    ),
    (
        "curl -d @t.json http://127.0.0.1:8080/api/v1/A1b2C3d4E5f6G7h8I9j0/attributes",
        "A1b2C3d4E5f6G7h8I9j0",
        "/attributes",
    ),
    ("      - PLEX_CLAIM=claim-Xy8q_Rz3LmN5pT7vW9aB", "Xy8q_Rz3LmN5pT7vW9aB", "PLEX_CLAIM=claim-"),
    # a LoRaWAN device's root key as The Things Stack's CLI takes it
    (
        "  --root-keys.app-key.key 8A4F0C1E2D3B5A697887A6B5C4D3E2F1",
        "8A4F0C1E2D3B5A697887A6B5C4D3E2F1",
        "--root-keys",
    ),
    # a camera's digest login with the password quoted alone; a Shelly's HA1
    (
        "curl --digest -u admin:'Cam3ra~Pass' http://127.0.0.1/ISAPI/System/deviceInfo",
        "Cam3ra~Pass",
        "/ISAPI/System/deviceInfo",
    ),
    (
        '{"id":1,"method":"Shelly.SetAuth","params":{"user":"admin","realm":"shellyplug-s-1a2b3c","ha1":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}}',
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        '"realm":"shellyplug-s-1a2b3c"',
    ),
    # Synology DSM's session id: its login answer, an API call it signs
    (
        '{"data":{"did":"Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz2Xc4Vb6Nm8Q","sid":"Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9Fd3Gj0Ya_Wq2Ez4Rt"},"success":true}',
        "Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9Fd3Gj0Ya_Wq2Ez4Rt",
        '"success":true',
    ),
    (
        "GET /webapi/entry.cgi?api=SYNO.FileStation.List&method=list_share&version=2&_sid=Zk3vQ9mL2xW8pR5tN7yB4cD6fH1jK0sA",
        "Zk3vQ9mL2xW8pR5tN7yB4cD6fH1jK0sA",
        "&_sid=",
    ),
    # a UniFi Protect camera's stream alias (Frigate's and go2rtc's inputs)
    (
        "      - path: rtsps://127.0.0.1:7441/Qm7xTzLp2Wv9KdR4?enableSrtp",
        "Qm7xTzLp2Wv9KdR4",
        "?enableSrtp",
    ),
    # Home Assistant's `secrets.yaml`: the alarm panel's code
    ('alarm_code: "40718263"', "40718263", "alarm_code:"),
    # Pi-hole v6's password hash
    (
        '    pwhash = "$BALLOON-SHA256$v=1$s=1024,t=32$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g="',
        "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=",
        "$BALLOON-SHA256$v=1$s=1024,t=32$",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    # the identity a PSK client presents, sent in the clear; wpa_supplicant's key management
    "psk_identity=sensor-kitchen",
    # a login printed with a word, a URL's `key` of words
    "Logging in as admin / readonly",
    "https://maps.example.com/tiles?key=OpenStreetMapStandardLayer",
    "\tkey_mgmt=WPA-PSK",
    # Zigbee2MQTT told to make its own keys; a list of ports and a short list
    "  network_key: GENERATE",
    "ports: [80, 443, 8080, 8443, 9000, 9090, 3000, 5000]",
    "  pan_id: [1, 2]",
    # a macro that names another, an empty one, a length; an SSID
    "#define WIFI_PASS SECRET_PASS",
    '#define SECRET_PASS ""',
    '#define PASSWORD_LEN "16"',
    'char ssid[] = "HomeNet";',
    # Slurm: a null string, a key's file among the parameters; LSF's method
    "AuthInfo                = (null)",
    "AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key",
    "LSF_AUTH=eauth",
    # how mod_auth_openidc passes the ID token on; the subnets a login is waived for
    '  OIDCPassIDTokenAs: "serialized"',
    "WebUI\\AuthSubnetWhitelist=10.20.0.0/16",
    # the mark Sonarr's logs leave where they cut a key out
    "Torznab|API Request failed: https://indexer.example.net/api?t=search&apikey=(removed)&offset=0",
    # oauth2-proxy's session after a protocol's name and version
    "[AuthSuccess] Authenticated via OAuth2: Session{email:ops@example.com user:4711 token:true}",
    # MUNGE's tool telling where it wrote the key
    'mungekey: Info: Created "/etc/munge/munge.key" with 1024-bit key',
    # a security class's name, a key's variable
    '  "security": "S2_Authenticated",',
    "KEY_S2_Authenticated=${ZWAVE_S2_AUTH_KEY}",
    # OpenWrt: uhttpd's key file, WEP's key index, the encryption's name
    "\toption key '/etc/uhttpd.key'",
    "uhttpd.main.key='/etc/uhttpd.key'",
    "\toption key '1'",
    "\toption encryption 'sae-mixed'",
    # Wi-Fi tools: an SSID alone, a usage line, shell variables, the property nmcli prints
    "wpa_cli -i wlan0 set_network 0 ssid '\"Attic\"'",
    "usage: wpa_passphrase <ssid> [passphrase]",
    'nmcli dev wifi connect "$SSID" password "$WIFI_PASS"',
    'nmcli -s -g 802-11-wireless-security.psk connection show "Attic"',
    # a digest's algorithm, a checksum
    "sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    '"ha1_algorithm": "SHA-256"',
    # home-lab tools: usage lines, a variable, ThingsBoard's documented placeholder
    "Usage: microk8s join <master>:<port>/<token> [--worker] [--skip-verify]",
    "emqx ctl admins passwd <Username> <Password>",
    "MONITOR ups@localhost 1 upsmon $UPSMON_PASS primary",
    "curl -v -X POST http://localhost:8080/api/v1/$ACCESS_TOKEN/telemetry",
    "POST /api/v1/ACCESS_TOKEN/telemetry",
    # ids named `sid`: a Windows SID, a Twilio message's; an alarm panel's settings
    '{"sid": "S-1-5-21-3623811015-3361044348-30300820-1013", "name": "CORP\\svc-backup"}',
    '{"sid": "SM1f0e2d3c4b5a69788796a5b4c3d2e1f0", "status": "queued"}',
    "code_arm_required: false",
    # a camera's stream path that is a name, and another port's path
    "      - path: rtsp://127.0.0.1:7447/frontdoorcamera01",
    "      - path: rtsp://127.0.0.1:554/cam/realmonitor?channel=1&subtype=0",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_tinytuya_local_key_below_the_device_id() -> None:
    # tinytuya's devices.json: the bare `key` below a Tuya device id goes; below another id, or
    # a word under it, stays
    device = ["    {", '        "name": "Plug",', '        "id": "bf1y8biip3izaq5o93o2oy",']
    out = list(Redactor().lines([*device, '        "key": "7vZjtEh5XQuJNfM2",', "    },"]))
    assert "7vZjtEh5XQuJNfM2" not in "\n".join(out), out
    assert_kept([*device, '        "key": "user_preferences",'])
    assert_kept(['    "id": "12", "name": "x",', '    "key": "7vZjtEh5XQuJNfM2",'])


def test_a_secret_among_a_settings_list_still_goes() -> None:
    assert_redacted("AuthAltParameters=jwt_key=Xk2mQ9zLp4Rt7Wv", "Xk2mQ9zLp4Rt7Wv", "jwt_key=")
