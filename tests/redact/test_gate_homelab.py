"""The leak gate on home-lab, IoT and HPC tools' secrets: Wi-Fi pre-shared keys, Mosquitto's
TLS-PSK, Zigbee and LoRaWAN keys, an HTTP digest's HA1 (gatewireless.py); NUT's `MONITOR` line
and a UniFi Protect stream's alias (gatedevices.py); ThingsBoard's and MicroK8s' tokens in a
path, Plex's claim token, Pi-hole's BALLOON hash, Replicate's and RunPod's keys (gateshapes.py);
a login's quoted password and transmission-remote's `-n` (gatelogins.py); a key file `base64`
prints at Red Hat's prompt (gateshown.py); a secret after another's reference in a list, and
OmegaConf's literal default (gatecontext.py). Made-up values in the tools' formats, and near
misses that stay unflagged, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

HEX32 = "7c1e9a04d5b38f26e0a4c71b9d2f5e83"
HEX64 = HEX32 + "a93f0c6e21d84b75f0e3c9a6d1b2847e"

LEAKS: list[tuple[list[str], int]] = [
    # Wi-Fi pre-shared keys, in each tool's syntax
    (["network={", '\tssid="Home"', '\tpsk="Tq7vLp2Xz9Kd"', "}"], 3),
    (["[wifi-security]", "key-mgmt=wpa-psk", "psk=Wm4Rt8Yq2Zc6"], 3),
    (["wl1_wpa_psk=Hb5Nk3Jx7Pq2"], 1),
    (["wpa_cli -i wlan0 set_network 0 psk '\"Gz8Lm3Qw7Rt2\"'"], 1),
    (["$ wpa_passphrase \"Lab\" 'Vx4Kp9Tz2Lm7'"], 1),
    (["  imager_custom set_wlan 'Home' '" + HEX64 + "' 'DE'"], 1),
    (["\t#psk=\"Vx4Kp9Tz2Lm7\"", f"\tpsk={HEX64}"], 1),
    (["$ nmcli -s -g 802-11-wireless-security.psk connection show Lab", "Yt6Mq2Zr8Kx4"], 2),
    # Mosquitto's TLS-PSK: a bridge's key, a psk_file's lines
    (["connection cloud", f"bridge_psk {HEX32}"], 2),
    (["$ cat /etc/mosquitto/psk_file", f"sensor-3:{HEX32}"], 2),
    # a Zigbee network key, LoRaWAN keys, an HA1
    (["  network_key: [12, 201, 77, 3, 148, 90, 33, 250, 6, 119, 184, 61, 222, 15, 94, 170]"], 1),
    ([f"  --root-keys.app-key.key {HEX32.upper()}"], 1),
    ([f'AppKey = "{HEX32}"'], 1),
    (['{"method":"Shelly.SetAuth","params":{"user":"admin","ha1":"' + HEX64 + '"}}'], 1),
    # NUT's monitor line, a UniFi Protect stream's alias
    (["MONITOR ups@localhost 1 upsmon Kq7vTz2LpX9m secondary"], 1),
    (["      - path: rtsps://192.168.1.2:7441/Zk3Lq8Vt2Xm9Rp4W?enableSrtp"], 1),
    # tokens in a path, a claim token, a password hash, vendors' keys
    (["curl -X POST http://tb.lan:8080/api/v1/Qm7vTz2LpX9kWr4Hb8Nc/telemetry -d '{}'"], 1),
    ([f"microk8s join 10.0.0.5:25000/{HEX32}/4e0fe918b718"], 1),
    (['docker run -e PLEX_CLAIM="claim-Kq7vTz2LpX9mWr4Hb8Nc" plexinc/pms-docker'], 1),
    (['pwhash = "$BALLOON-SHA256$v=1$s=1024,t=32$pVLo8C433CTU75B+wjQ2II==$' + "Kq7vTz2LpX9mWr4Hb8NcYt6Mq2Zr8Kx4Lp2Xz9Kd" + '="'], 1),
    (["echo r8_Kq7vTz2LpX9mWr4Hb8NcYt6Mq2Zr8Kx4Lp2Xz | cog login --token-stdin"], 1),
    (["runpodctl config --apiKey rpa_KQ7VTZ2LPX9MWR4HB8NCYT6MQ2ZR8KX4LP2XZ9KD"], 1),
    # logins: a quoted password, transmission-remote's `-n`
    (["curl --digest -u installer:'Kq7v~Tz2LpX9' http://192.168.0.5/ISAPI/System/deviceInfo"], 1),
    (["transmission-remote nas:9091 -n 'transmission:Kq7v*Tz2.LpX9' -l"], 1),
    # a key file printed in base64 at Red Hat's root prompt, and `cat` there
    (["[root@ctl0 ~]# base64 -w0 /etc/munge/munge.key; echo", "Kq7vTz2LpX9mWr4Hb8NcYt6Mq2Zr8Kx4Lp2Xz9Kd+/Vx4Kp9Tz2Lm7=="], 2),
    (["[root@mgmt ~]# cat /etc/beegfs/conn.auth", "Kq7vTz2LpX9mWr4Hb8NcYt6Mq2Zr8Kx4"], 2),
    # a secret after another value's reference in a list; OmegaConf's literal default
    (["srun --export=ALL,JOB=${SLURM_JOB_ID},AWS_SECRET_ACCESS_KEY=Kq7vTz2LpX9mWr4Hb8Nc+Yt6Mq2Zr8 python t.py"], 1),
    (["    api_key: ${oc.env:NEPTUNE_API_TOKEN,Kq7vTz2LpX9mWr4Hb8NcYt6Mq2Zr8Kx4}"], 1),
]  # fmt: skip

LOOK_ALIKES: list[list[str]] = [
    # a PSK's references, masks and settings that name no key
    ["network={", '\tssid="Home"', "\tpsk=@PSK_HOME@", "\tkey_mgmt=WPA-PSK", "}"],
    ["psk_file /etc/mosquitto/psk_file", "use_identity_as_username true"],
    ["psk=${WIFI_PSK}", "wl0_wpa_psk=********"],
    ["$ wpa_passphrase \"$SSID\" \"$PASS\""],
    # zigbee2mqtt's documented default network key, its generated marker
    ["  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]"],
    ["  network_key: GENERATE"],
    # a device's EUI and a join EUI in hex (public), a digest's realm
    ["  --dev-eui 70B3D57ED00BB079 --join-eui 0000000000000000"],
    ['{"user":"admin","realm":"shellyplus1pm-943c996f6ed2","ha1":null}'],
    # NUT's monitor line with a reference, an RTSP stream of a plain camera
    ["MONITOR ups@localhost 1 upsmon ${UPS_PASS} primary"],
    ["      - path: rtsp://192.168.1.3:554/Streaming/Channels/101"],
    # API paths of other tools, a claim's plain name, another hash's text
    ["GET /api/v1/namespaces/default/pods/telemetry"],
    ["kubectl get pvc claim-data-postgres-primary-0"],
    ["microk8s join --help"],
    # quoted logins with a placeholder or a variable
    ["curl -u admin:'$PASSWORD' http://127.0.0.1/"],
    ["transmission-remote -n 'user:password' -l"],
    # files Red Hat's prompt shows that hold no credential; base64 of a plain file
    ["[root@ctl0 ~]# cat /etc/hostname", "ctl0.example.internal"],
    ["[root@ctl0 ~]# base64 -w0 notes.txt", "aGVsbG8gd29ybGQ="],
    # a list whose values are references, SOPS' envelope, OmegaConf's default as a reference
    ["srun --export=ALL,JOB=${SLURM_JOB_ID},AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY} python t.py"],
    ["    password: ENC[AES256_GCM,data:Zw+VY3vB0ErfQIRtf,iv:Qm174858c49cca8fae64bd72e4394c6f13ced=,tag:1083==,type:str]"],
    ["    tracking_uri: ${oc.env:MLFLOW_TRACKING_URI,http://mlflow:5000}"],
]  # fmt: skip

test_a_homelab_secret_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
