#!/usr/bin/env python3
"""holdout51: sealed held-out set for the wbdiag secret redactor.

Focus: IoT, edge and home-lab devices and their software.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 5151_2207
rng = random.Random(SEED)

AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
AL = string.ascii_letters
HEX = "0123456789abcdef"
DIG = string.digits
B64U = AN + "-_"
B64S = AN + "+/"
PWC = AN + "-_.!~+*"


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind == "zbk":  # Zigbee network key as 16 decimal bytes
        return ", ".join(str(rng.randint(0, 255)) for _ in range(16))
    if kind == "mac":
        return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    if kind == "ip":
        return "192.168.%d.%d" % (rng.choice([0, 1, 2, 10, 50, 178]), rng.randint(2, 250))
    if kind == "mm":   # minute or second 00-59
        return "%02d" % rng.randint(0, 59)
    if kind == "hh":
        return "%02d" % rng.randint(0, 23)
    if kind == "dd":
        return "%02d" % rng.randint(1, 28)
    if kind == "ymd":  # a valid date yyyymmdd
        return "%d%02d%02d" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "hms":
        return "%02d%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"uhex": "0123456789ABCDEF", "bc": "./" + AN, "an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S}[name]
    return "".join(rng.choice(alpha) for _ in range(n))


class Clock:
    def __init__(self):
        y = rng.choice([2023, 2024, 2025])
        self.t = rng.randint(0, 360 * 86400) + {2023: 1672531200, 2024: 1704067200, 2025: 1735689600}[y]
        self.ms = rng.randint(0, 999)

    def tick(self):
        self.ms += rng.randint(0, 900)
        self.t += self.ms // 1000
        self.ms %= 1000
        import time
        return time.gmtime(self.t), self.ms

    def fmt(self, k):
        import time
        g, ms = self.tick()
        if k == "T":
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03dZ" % ms
        if k == "TL":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ",%03d" % ms
        if k == "TG":
            return time.strftime("%Y/%m/%d %H:%M:%S", g)
        if k == "TE":
            return "%d.%03d" % (self.t, ms)
        if k == "TT":   # Tasmota / ESPHome console time
            return time.strftime("%H:%M:%S", g) + ".%03d" % ms
        if k == "TY":   # syslog
            return time.strftime("%b ", g) + ("%2d" % g.tm_mday) + time.strftime(" %H:%M:%S", g)
        if k == "TU":   # mosquitto epoch prefix
            return "%d" % self.t
        if k == "TS":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ".%03d" % ms
        raise KeyError(k)


PH = re.compile(r"«([^»]*)»")


def render(tpl):
    vals = {}
    picks = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS", "TT", "TY", "TU"):
            return clock.fmt(body)
        if body.startswith("@"):
            if body not in picks:
                picks[body] = rng.choice(body[1:].split("|"))
            return picks[body]
        secret = body.startswith("!")
        if secret:
            body = body[1:]
        tr = None
        if "|" in body:
            body, tr = body.split("|", 1)
        kind, _, vid = body.partition(":")
        key = (kind, vid)
        if key not in vals:
            vals[key] = draw(kind)
        v = vals[key]
        if tr is None:
            if secret:
                secrets.append(v)
            return v
        tname, _, arg = tr.partition(":")
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            raw = (arg + ":" + v).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(arg) + 1) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t")
    lines = text.split("\n")
    uniq = []
    for s in secrets:
        if s not in uniq:
            uniq.append(s)
    return lines, uniq


def ok_positive(lines, secrets, seen):
    if not secrets or not (1 <= len(lines) <= 12):
        return False
    joined = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in joined or s in seen:
            return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


POS = []   # (name, source, first_guess_new_kind (superseded by _is_new below), template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))


# ---------------------------------------------------------------- sources (URLs of the public docs each template follows)

# ---------------------------------------------------------------- templates: P(name, src, tpl) positives, N(name, src, tpl) look-alikes

MOSQ = "https://mosquitto.org/man/mosquitto-conf-5.html"
MOSQ_DYN = "https://mosquitto.org/documentation/dynamic-security/"
MOSQ_SUB = "https://mosquitto.org/man/mosquitto_sub-1.html"
EMQX = "https://docs.emqx.com/en/emqx/latest/configuration/configuration.html"
EMQX_AUTHN = "https://docs.emqx.com/en/emqx/latest/access-control/authn/mnesia.html"
HIVEMQ = "https://github.com/hivemq/hivemq-file-rbac-extension"
HIVEMQ_CC = "https://docs.hivemq.com/hivemq/latest/control-center/configuration.html"
MQTTX = "https://mqttx.app/docs/cli/get-started"
PAHO_C = "https://eclipse.github.io/paho.mqtt.c/MQTTClient/html/"
HASS_SECRETS = "https://www.home-assistant.io/docs/configuration/secrets/"
HASS_REST = "https://developers.home-assistant.io/docs/api/rest/"
HASS_WS = "https://developers.home-assistant.io/docs/api/websocket/"
HASS_AUTH = "https://developers.home-assistant.io/docs/auth_api/"
HASS_MOSQ = "https://github.com/home-assistant/addons/blob/master/mosquitto/DOCS.md"
HASS_INFLUX = "https://www.home-assistant.io/integrations/influxdb/"
HASS_RECORDER = "https://www.home-assistant.io/integrations/recorder/"
HASS_CLI = "https://github.com/home-assistant-ecosystem/home-assistant-cli"
HASS_SUP = "https://developers.home-assistant.io/docs/add-ons/communication/"
NR_SEC = "https://nodered.org/docs/user-guide/runtime/securing-node-red"
NR_SET = "https://nodered.org/docs/user-guide/runtime/settings-file"
NR_DOCKER = "https://nodered.org/docs/getting-started/docker"
Z2M_MQTT = "https://www.zigbee2mqtt.io/guide/configuration/mqtt.html"
Z2M_ZB = "https://www.zigbee2mqtt.io/guide/configuration/zigbee-network.html"
Z2M_FE = "https://www.zigbee2mqtt.io/guide/configuration/frontend.html"
Z2M_ENV = "https://www.zigbee2mqtt.io/guide/configuration/#environment-variables"
ESPH_API = "https://esphome.io/components/api.html"
ESPH_OTA = "https://esphome.io/components/ota/esphome.html"
ESPH_WIFI = "https://esphome.io/components/wifi.html"
ESPH_CLI = "https://esphome.io/guides/cli.html"
ESPH_WEB = "https://esphome.io/components/web_server.html"
ESPH_MQTT = "https://esphome.io/components/mqtt.html"
TAS_CMD = "https://tasmota.github.io/docs/Commands/"
TAS_HTTP = "https://tasmota.github.io/docs/Commands/#with-web-requests"
TAS_COMPILE = "https://tasmota.github.io/docs/Compile-your-build/"
UCI_WL = "https://openwrt.org/docs/guide-user/network/wifi/basic"
UCI = "https://openwrt.org/docs/guide-user/base-system/uci"
OWRT_PPPOE = "https://openwrt.org/docs/guide-user/network/wan/wan_interface_protocols"
OWRT_DDNS = "https://openwrt.org/docs/guide-user/services/ddns/client"
OWRT_UBUS = "https://openwrt.org/docs/techref/ubus"
OWRT_LUCI_RPC = "https://github.com/openwrt/luci/wiki/JsonRpcHowTo"
UNIFI_API = "https://ubntwiki.com/products/software/unifi-controller/api"
LSIO_UNIFI = "https://docs.linuxserver.io/images/docker-unifi-network-application/"
PFS_XML = "https://docs.netgate.com/pfsense/en/latest/backup/restore.html"
OPN_XML = "https://docs.opnsense.org/manual/backups.html"
DDWRT = "https://wiki.dd-wrt.com/wiki/index.php/Hardware#NVRAM"
BALENA_ENV = "https://docs.balena.io/learn/manage/variables/"
BALENA_CLI = "https://docs.balena.io/reference/balena-cli/latest/"
BALENA_SUP = "https://docs.balena.io/reference/supervisor/supervisor-api/"
BALENA_CFG = "https://docs.balena.io/reference/OS/configuration/"
MENDER = "https://docs.mender.io/client-installation/configuration-file/configuration-options"
AZIOT_CS = "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas"
AZIOT_EDGE = "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-provision-single-device-linux-symmetric"
AZIOT_DPS = "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-provision-devices-at-scale-linux-symmetric"
AZIOT_MQTT = "https://learn.microsoft.com/en-us/azure/iot/iot-mqtt-connect-to-iot-hub"
AZ_CLI_IOT = "https://learn.microsoft.com/en-us/cli/azure/iot/hub/device-identity/connection-string"
AWS_IOT_KEYS = "https://docs.aws.amazon.com/cli/latest/reference/iot/create-keys-and-certificate.html"
GG_INSTALL = "https://docs.aws.amazon.com/greengrass/v2/developerguide/quick-installation.html"
K3S_CFG = "https://docs.k3s.io/installation/configuration"
K3S_TOKEN = "https://docs.k3s.io/cli/token"
MK8S = "https://microk8s.io/docs/clustering"
WPA = "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf"
WPA_PASS = "https://manpages.debian.org/wpa_passphrase"
RPI_CFG = "https://www.raspberrypi.com/documentation/computers/configuration.html"
RPI_IMAGER = "https://github.com/raspberrypi/rpi-imager"
NETPLAN = "https://netplan.readthedocs.io/en/stable/netplan-yaml/"
NM_KEYFILE = "https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html"
NMCLI = "https://networkmanager.dev/docs/api/latest/nmcli.html"
HOSTAPD = "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf"
PLEX_TOKEN = "https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/"
PLEX_DOCKER = "https://github.com/plexinc/pms-docker"
ARR_WIKI = "https://wiki.servarr.com/sonarr/settings"
ARR_API = "https://sonarr.tv/docs/api/"
OVERSEERR = "https://docs.overseerr.dev/"
SAB = "https://sabnzbd.org/wiki/configuration/4.3/general"
QBT = "https://github.com/qbittorrent/qBittorrent/wiki/Explanation-of-Options-in-qBittorrent"
TRANSMISSION = "https://github.com/transmission/transmission/blob/main/docs/Editing-Configuration-Files.md"
JELLYFIN = "https://jellyfin.org/docs/general/networking/"
TAUTULLI = "https://github.com/Tautulli/Tautulli/wiki"
NZBGET = "https://nzbget.com/documentation/"
FRIGATE = "https://docs.frigate.video/configuration/cameras"
GO2RTC = "https://github.com/AlexxIT/go2rtc"
FFMPEG = "https://ffmpeg.org/ffmpeg-protocols.html#rtsp"
HIK_ISAPI = "https://www.hikvision.com/en/support/download/sdk/"
ONVIF = "https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf"
ZM = "https://zoneminder.readthedocs.io/en/latest/installationguide/ubuntu.html"
ZWJS = "https://zwave-js.github.io/zwave-js-ui/#/guide/env-vars"
DUCKDNS = "https://www.duckdns.org/install.jsp"
DDCLIENT = "https://ddclient.net/protocols.html"
PIHOLE = "https://docs.pi-hole.net/ftldns/configfile/"
ADGUARD = "https://github.com/AdguardTeam/AdGuardHome/wiki/Configuration"
VW = "https://github.com/dani-garcia/vaultwarden/wiki/Enabling-admin-page"
HOMEBRIDGE = "https://github.com/homebridge/homebridge/wiki/Homebridge-Config-JSON"
OCTO = "https://docs.octoprint.org/en/master/configuration/config_yaml.html"
MOONRAKER = "https://moonraker.readthedocs.io/en/latest/configuration/#secrets-file"
TTN_CLI = "https://www.thethingsindustries.com/docs/devices/adding-devices/"
TTN_KEY = "https://www.thethingsindustries.com/docs/reference/api/authentication/"
CHIRP = "https://www.chirpstack.io/docs/chirpstack/configuration.html"
TB = "https://thingsboard.io/docs/reference/http-api/"
ARDUINO = "https://docs.arduino.cc/arduino-cloud/cloud-interface/sketches/"
BLYNK = "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation"
PIO = "https://docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html"
NVS = "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/storage/nvs_partition_gen.html"
SHELLY1 = "https://shelly-api-docs.shelly.cloud/gen1/#settings-login"
SHELLY2 = "https://shelly-api-docs.shelly.cloud/gen2/General/Authentication"
TINYTUYA = "https://github.com/jasonacox/tinytuya"
OPENHAB = "https://www.openhab.org/addons/bindings/mqtt.generic/"

# ---------------- MQTT brokers and clients
P("mosquitto_sub_L_url_userinfo_systemd_execstart", MOSQ_SUB, r"""
[Service]
Type=simple
ExecStart=/usr/bin/mosquitto_sub -L mqtt://«@logger|bridge|ha»:«!pw18:p»@«@10.0.0.2|broker.lan|mqtt.example.net»:1883/«@zigbee2mqtt|tele|shellies»/# -v
Restart=always
""")
P("mosquitto_ctrl_dynsec_create_client_history", MOSQ_DYN, r"""
  512  mosquitto_ctrl -h localhost -u admin -P «!pw16:a» dynsec createClient «@esp-kitchen|sensor-01|nodered» -p «!pw14:c»
  513  mosquitto_ctrl -h localhost -u admin -P «!pw16:a» dynsec addClientRole «@esp-kitchen|sensor-01|nodered» devices
  514  mosquitto_ctrl -h localhost -u admin -P «!pw16:a» dynsec listClients
""")
P("mosquitto_dynamic_security_json_client_encoded_password", MOSQ_DYN, r"""
	"clients":	[{
			"username":	"«@admin|steve|device-17»",
			"textname":	"Dynsec admin user",
			"roles":	[{
					"rolename":	"admin"
				}],
			"password":	"«!b64s86:h»==",
			"salt":	"«b64s16:s»",
			"iterations":	101
		}],
""")
P("mosquitto_conf_bridge_tls_psk_identity", MOSQ, r"""
connection cloud-bridge
address «@mqtt.example.net|10.20.0.5»:8884
bridge_identity «@gw|edge»-«lc6:g»
bridge_psk «!hex32:k»
topic sensors/# out 1 "" site-«dig3:s»/
""")
P("mosquitto_psk_file_identity_hex_lines", MOSQ, r"""
# /etc/mosquitto/psk_file
«@gw01|dev-a|nodemcu»:«!hex32:a»
«@gw02|dev-b|wemos»:«!hex40:b»
""")
P("emqx_hocon_node_cookie_dashboard_default_password", EMQX, r"""
node {
  name = "emqx@127.0.0.1"
  cookie = "«!an24:c»"
  data_dir = "data"
}
dashboard {
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "«!pw16:p»"
}
""")
P("emqx_compose_env_node_cookie_dashboard_password", EMQX, r"""
    environment:
      - "EMQX_NODE_NAME=emqx@node1.emqx.io"
      - "EMQX_NODE__COOKIE=«!an20:c»"
      - "EMQX_DASHBOARD__DEFAULT_PASSWORD=«!pw14:p»"
      - "EMQX_CLUSTER__DISCOVERY_STRATEGY=static"
""")
P("emqx_ctl_admins_passwd_history", EMQX, r"""
root@edge-gw:~# docker exec -it emqx emqx ctl admins passwd admin «!pw15:p»
ok
""")
P("emqx_authn_bootstrap_csv_plain_passwords", EMQX_AUTHN, r"""
user_id,password,is_superuser
«@sensor_a|meter01|gw-hall»,«!pw14:a»,false
«@sensor_b|meter02|gw-roof»,«!pw14:b»,false
admin,«!pw18:c»,true
""")
P("hivemq_file_rbac_credentials_xml_plain_password", HIVEMQ, r"""
<file-rbac>
    <users>
        <user>
            <name>«@frontend|sensor-gw|plant-a»</name>
            <password>«!pw18:p»</password>
            <roles>
                <id>devices</id>
            </roles>
        </user>
    </users>
""")
P("hivemq_control_center_user_sha256_password", HIVEMQ_CC, r"""
    <control-center>
        <listeners><http><port>8080</port></http></listeners>
        <users>
            <user>
                <name>«@admin|ops|hmq»</name>
                <password>«!hex64:h»</password>
            </user>
        </users>
    </control-center>
""")
P("mqttx_cli_pub_username_password_history", MQTTX, r"""
mqttx pub -t 'home/livingroom/light' -h «@broker.emqx.io|10.0.0.2|mqtt.example.com» -p 1883 -u «@tester|ha|admin» -P '«!pw16:p»' -m '{"state":"ON"}'
mqttx sub -t 'home/#' -h «@broker.emqx.io|10.0.0.2|mqtt.example.com» -u «@tester|ha|admin» -P '«!pw16:p»' -v
""")
P("paho_c_pub_sample_password_flag_ps", PAHO_C, r"""
UID          PID    PPID  C STIME TTY          TIME CMD
pi         «dig4:a»       1  0 09:12 ?        00:00:01 /usr/local/bin/paho_c_pub -t plant/temp --host 10.0.0.2 --port 1883 --username «@plant|pi|meter» --password «!pw14:p» --retained
pi         «dig4:b»   «dig4:a»  0 09:12 ?        00:00:00 sleep 60
""")
P("openhab_things_mqtt_broker_bridge_password", OPENHAB, r"""
Bridge mqtt:broker:mosquitto "Mosquitto" [ host="«@10.0.0.2|192.168.1.20|mqtt.lan»", port=1883, secure=false, clientID="openHAB3", username="«@openhab|oh|home»", password="«!pw16:p»" ]
{
    Thing topic sonoff "Sonoff Basic" { Channels: Type switch : power [ commandTopic="cmnd/sonoff/POWER" ] }
}
""")

# ---------------- Home Assistant
P("hass_secrets_yaml_mixed_entries", HASS_SECRETS, r"""
# Use this file to store secrets like usernames and passwords.
mqtt_username: «@homeassistant|ha|mqtt»
mqtt_password: «!pw16:m»
openweathermap_api_key: «!hex32:o»
home_latitude: 52.3«dig4:l»
alarm_code: "«!dig8:c»"
""")
P("hass_long_lived_token_curl_bearer", HASS_REST, r"""
$ curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI«!b64u94:p».«!b64u43:s»" \
    -H "Content-Type: application/json" http://homeassistant.local:8123/api/states/sensor.kitchen_temperature
{"entity_id":"sensor.kitchen_temperature","state":"21.4","attributes":{"unit_of_measurement":"°C"}}
""")
P("hass_storage_auth_refresh_token_and_jwt_key", HASS_AUTH, r"""
            {
                "id": "«hex32:i»",
                "user_id": "«hex32:u»",
                "client_id": "http://«@homeassistant.local|10.0.0.5»:8123/",
                "client_name": null,
                "token_type": "normal",
                "created_at": "«T»",
                "access_token_expiration": 1800.0,
                "token": "«!hex128:t»",
                "jwt_key": "«!hex128:j»",
""")
P("hass_addon_mosquitto_options_json_logins", HASS_MOSQ, r"""
{"logins": [{"username": "«@zigbee2mqtt|frigate|esphome»", "password": "«!pw16:a»"}, {"username": "nodered", "password": "«!pw14:b»"}], "require_certificate": false, "certfile": "fullchain.pem", "keyfile": "privkey.pem", "customize": {"active": false, "folder": "mosquitto"}}
""")
P("hass_websocket_auth_message_debug_log", HASS_WS, r"""
«TS» DEBUG (MainThread) [custom_components.remote_homeassistant] Sending: {"type": "auth", "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI«!b64u94:p».«!b64u43:s»"}
«TS» DEBUG (MainThread) [custom_components.remote_homeassistant] Received: {"type": "auth_ok", "ha_version": "2024.«dig1:v».1"}
""")
P("hass_configuration_yaml_influxdb_v2_token", HASS_INFLUX, r"""
influxdb:
  api_version: 2
  ssl: false
  host: «@10.0.0.7|influxdb.lan|a0d7b954-influxdb»
  port: 8086
  token: «!b64u86:t»==
  organization: «hex16:o»
  bucket: homeassistant
""")
P("hass_secrets_recorder_db_url_mariadb", HASS_RECORDER, r"""
recorder_db_url: mysql://homeassistant:«!pw18:p»@core-mariadb/homeassistant?charset=utf8mb4
""")
P("hass_cli_env_exports_token_in_bashrc", HASS_CLI, r"""
# home assistant cli
export HASS_SERVER=https://«@ha.example.net|homeassistant.local:8123»
export HASS_TOKEN="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI«!b64u94:p».«!b64u43:s»"
alias hl='hass-cli state list'
""")
P("hass_addon_env_supervisor_token_dump", HASS_SUP, r"""
➜  ~ env | sort | head -8
HOME=/root
HOSTNAME=a0d7b954-ssh
LANG=C.UTF-8
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
SUPERVISOR_TOKEN=«!hex128:t»
TERM=xterm-256color
""")
P("hass_core_config_entries_json_api_key", HASS_SECRETS, r"""
            {
                "entry_id": "«hex32:e»",
                "version": 1,
                "domain": "«@openweathermap|octoprint|sonarr»",
                "title": "«@Home|Printer|Sonarr»",
                "data": {
                    "api_key": "«!hex32:k»",
                    "host": "«ip:h»"
                },
""")

# ---------------- Node-RED
P("nodered_settings_js_credential_secret_and_admin_bcrypt", NR_SEC, r"""
    credentialSecret: "«!pw24:c»",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "«@admin|nick|ops»",
            password: "$2b$08$«!bc53:h»",
            permissions: "*"
        }]
    },
""")
P("nodered_config_runtime_json_generated_credential_secret", NR_SET, r"""
{
    "instanceId": "«hex16:i»",
    "_credentialSecret": "«!hex64:s»"
}
""")
P("nodered_docker_run_credential_secret_ps", NR_DOCKER, r"""
root     «dig5:a»  0.3  0.4 1250044 34112 ?  Sl   «hh:h»:«mm:m»   0:00 docker run -d -p 1880:1880 -v node_red_data:/data -e NODE_RED_CREDENTIAL_SECRET=«!an32:s» --name mynodered nodered/node-red
""")
P("nodered_flows_cred_json_unencrypted", NR_SET, r"""
{
    "«hex16:a»": {
        "user": "«@nodered|ha|mqtt»",
        "password": "«!pw16:p»"
    },
    "«hex16:b»": {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI«!b64u94:t».«!b64u43:s»"
    }
}
""")
P("nodered_admin_hash_pw_output", NR_SEC, r"""
$ node-red admin hash-pw
Password: 
$2b$08$«!bc53:h»
""")

# ---------------- Zigbee2MQTT
P("z2m_configuration_yaml_mqtt_password_network_key", Z2M_ZB, r"""
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://«@core-mosquitto|10.0.0.2|localhost»:1883
  user: «@addons|z2m|zigbee»
  password: «!pw16:p»
advanced:
  pan_id: «dig4:p»
  network_key: [«!zbk:k»]
""")
P("z2m_coordinator_backup_json_network_key_hex", Z2M_ZB, r"""
  "metadata": {"format": "zigpy/open-coordinator-backup", "version": 1, "source": "zigbee-herdsman@0.«dig2:v».0", "internal": {"date": "«T»", "znpVersion": 2}},
  "stack_specific": {"zstack": {"tclk_seed": "«!hex32:t»"}},
  "coordinator_ieee": "00124b00«hex8:c»",
  "pan_id": "«hex4:p»",
  "extended_pan_id": "«hex16:e»",
  "nwk_update_id": 0,
  "security_level": 5,
  "channel": «@11|15|20|25»,
  "network_key": {"key": "«!hex32:k»", "sequence_number": 0, "frame_counter": «dig5:f»},
""")
P("z2m_frontend_auth_token", Z2M_FE, r"""
frontend:
  enabled: true
  port: 8080
  host: 0.0.0.0
  auth_token: «!an24:t»
  url: 'https://z2m.example.com'
""")
P("z2m_compose_env_override_mqtt_password", Z2M_ENV, r"""
  zigbee2mqtt:
    image: koenkk/zigbee2mqtt
    environment:
      - TZ=Europe/Amsterdam
      - ZIGBEE2MQTT_CONFIG_MQTT_SERVER=mqtt://mosquitto:1883
      - ZIGBEE2MQTT_CONFIG_MQTT_USER=«@z2m|zigbee»
      - ZIGBEE2MQTT_CONFIG_MQTT_PASSWORD=«!pw16:p»
      - ZIGBEE2MQTT_CONFIG_FRONTEND_AUTH_TOKEN=«!an20:t»
""")

# ---------------- ESPHome
P("esphome_yaml_api_encryption_key_ota_password", ESPH_API, r"""
api:
  encryption:
    key: "«!b64s43:k»="

ota:
  - platform: esphome
    password: "«!hex32:o»"
""")
P("esphome_wifi_ap_fallback_password", ESPH_WIFI, r"""
wifi:
  ssid: «@HomeNet|Lab-IoT|FRITZ!Box 7590 XY»
  password: «!pw14:w»

  # Enable fallback hotspot (captive portal) in case wifi connection fails
  ap:
    ssid: "«@Garage-Door|Kitchen-Plug|Esp32-Cam» Fallback Hotspot"
    password: "«!an12:a»"
""")
P("esphome_secrets_yaml_wifi_api_ota", ESPH_CLI, r"""
wifi_ssid: "«@IoT|HomeNet|Lab»"
wifi_password: "«!pw14:w»"
api_encryption_key: "«!b64s43:k»="
ota_password: "«!hex32:o»"
""")
P("esphome_config_show_secrets_output", ESPH_CLI, r"""
INFO Reading configuration /config/«@livingroom|garage|porch».yaml...
INFO Configuration is valid!
wifi:
  ssid: «@IoT|HomeNet|Lab»
  password: «!pw14:w»
api:
  encryption:
    key: «!b64s43:k»=
""")
P("esphome_dashboard_username_password_ps", ESPH_CLI, r"""
root       «dig3:a»     1  1 «hh:h»:«mm:m» ?        00:02:11 /usr/local/bin/python3 /usr/local/bin/esphome dashboard --username admin --password «!pw16:p» /config
""")
P("esphome_web_server_auth_password", ESPH_WEB, r"""
web_server:
  port: 80
  auth:
    username: «@admin|esp|lab»
    password: «!pw14:p»
""")
P("esphome_mqtt_component_password", ESPH_MQTT, r"""
mqtt:
  broker: «@10.0.0.2|mqtt.lan»
  username: «@esphome|livingroom»
  password: «!pw14:p»
  discovery: true
""")

# ---------------- Tasmota
P("tasmota_console_backlog_wifi_mqtt_credentials", TAS_CMD, r"""
«TT» CMD: Backlog SSId1 «@HomeNet|IoT-2G»; Password1 «!pw14:w»; MqttHost «@10.0.0.2|mqtt.lan»; MqttUser «@tasmota|dves»; MqttPassword «!pw14:m»
«TT» RSL: RESULT = {"SSId1":"«@HomeNet|IoT-2G»"}
«TT» RSL: RESULT = {"Password1":"****"}
""")
P("tasmota_http_cm_user_password_nginx_log", TAS_HTTP, r"""
«ip:c» - - [«dd:d»/Mar/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /cm?user=admin&password=«!pw14:p»&cmnd=Power%20TOGGLE HTTP/1.1" 200 16 "-" "curl/7.88.1"
""")
P("tasmota_user_config_override_defines", TAS_COMPILE, r"""
#undef  STA_SSID1
#define STA_SSID1         "«@HomeNet|IoT»"
#undef  STA_PASS1
#define STA_PASS1         "«!pw14:w»"
#undef  MQTT_PASS
#define MQTT_PASS         "«!pw14:m»"
""")
P("tasmota_mqtt_publish_webpassword_cmnd", TAS_CMD, r"""
$ mosquitto_pub -h 10.0.0.2 -t cmnd/tasmota_«uhex6:d»/WebPassword -m '«!pw14:p»'
$ mosquitto_sub -h 10.0.0.2 -t stat/tasmota_«uhex6:d»/RESULT -C 1
{"WebPassword":"****"}
""")

# ---------------- OpenWrt / UCI
P("openwrt_etc_config_wireless_wifi_iface_key", UCI_WL, r"""
config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid '«@OpenWrt|HomeNet|Lab5G»'
	option encryption 'psk2'
	option key '«!pw16:k»'
""")
P("openwrt_uci_show_wireless_sae_key", UCI, r"""
wireless.default_radio1=wifi-iface
wireless.default_radio1.device='radio1'
wireless.default_radio1.mode='ap'
wireless.default_radio1.ssid='«@HomeNet-5G|Lab5G»'
wireless.default_radio1.encryption='sae-mixed'
wireless.default_radio1.key='«!pw18:k»'
""")
P("openwrt_uci_set_commit_shell_history", UCI, r"""
uci set wireless.@wifi-iface[0].ssid='«@Guest|IoT»'
uci set wireless.@wifi-iface[0].key='«!pw14:k»'
uci commit wireless
wifi reload
""")
P("openwrt_network_pppoe_password", OWRT_PPPOE, r"""
config interface 'wan'
	option device 'eth1'
	option proto 'pppoe'
	option username '«@user|u»«dig8:u»@«@isp.example|dsl.example.net»'
	option password '«!pw12:p»'
	option ipv6 'auto'
""")
P("openwrt_ddns_service_password", OWRT_DDNS, r"""
config service 'myddns_ipv4'
	option service_name 'dynv6.com'
	option lookup_host 'home«dig3:h».dynv6.net'
	option domain 'home«dig3:h».dynv6.net'
	option username 'none'
	option password '«!an28:p»'
	option enabled '1'
""")
P("openwrt_wireless_wpa2_enterprise_auth_secret", UCI_WL, r"""
config wifi-iface 'corp'
	option device 'radio0'
	option ssid 'Corp'
	option encryption 'wpa2'
	option auth_server '«ip:r»'
	option auth_port '1812'
	option auth_secret '«!pw20:s»'
""")
P("openwrt_hostapd_runtime_conf_wpa_passphrase", HOSTAPD, r"""
interface=phy0-ap0
bridge=br-lan
ssid=«@OpenWrt|HomeNet»
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase=«!pw16:p»
wpa_pairwise=CCMP
""")
P("openwrt_luci_rpc_auth_login_and_sysauth", OWRT_LUCI_RPC, r"""
$ curl -s http://192.168.1.1/cgi-bin/luci/rpc/auth --data '{"id":1,"method":"login","params":["root","«!pw14:p»"]}'
{"id":1,"result":"«!hex32:t»","error":null}
""")
P("openwrt_ubus_session_login_rpc_session", OWRT_UBUS, r"""
root@OpenWrt:~# ubus call session login '{"username":"root","password":"«!pw14:p»"}'
{
	"ubus_rpc_session": "«!hex32:s»",
	"timeout": 300,
	"expires": 300,
""")

# ---------------- UniFi
P("unifi_api_login_curl_and_set_cookie", UNIFI_API, r"""
$ curl -sk -c /tmp/unifi.cookie -X POST https://«@unifi.lan|10.0.0.3»:8443/api/login -d '{"username":"«@admin|ubnt»","password":"«!pw16:p»"}' -D -
HTTP/1.1 200 
Set-Cookie: unifises=«!an32:c»; Path=/; Secure; HttpOnly
Set-Cookie: csrf_token=«!an32:x»; Path=/; Secure
""")
P("unifi_wlanconf_rest_x_passphrase", UNIFI_API, r"""
{"meta":{"rc":"ok"},"data":[{"_id":"«hex24:i»","name":"«@HomeNet|IoT»","enabled":true,"security":"wpapsk","wpa_mode":"wpa2","x_passphrase":"«!pw16:p»","site_id":"«hex24:s»","usergroup_id":"«hex24:g»"}]}
""")
P("unifi_mongo_setting_mgmt_x_ssh_password", UNIFI_API, r"""
> db.setting.find({key: "mgmt"}).pretty()
{
	"_id" : ObjectId("«hex24:i»"),
	"key" : "mgmt",
	"x_ssh_username" : "«@admin|ubnt»",
	"x_ssh_password" : "«!pw16:p»",
	"x_mgmt_key" : "«!hex32:k»",
	"site_id" : "«hex24:s»"
""")
P("unifi_network_application_compose_mongo_pass", LSIO_UNIFI, r"""
    environment:
      - PUID=1000
      - PGID=1000
      - MONGO_USER=unifi
      - MONGO_PASS=«!pw18:p»
      - MONGO_HOST=unifi-db
      - MONGO_PORT=27017
      - MONGO_DBNAME=unifi
""")
P("unifi_protect_rtsps_stream_alias", UNIFI_API, r"""
  front_door:
    ffmpeg:
      inputs:
        - path: rtsps://«ip:n»:7441/«!an16:a»?enableSrtp
          roles: [detect, record]
""")

N("mosquitto_acl_file_user_topic_pattern", MOSQ, r"""
# /etc/mosquitto/acl
user «@zigbee2mqtt|frigate|nodered»
topic readwrite «@zigbee2mqtt|frigate|nodered»/#
pattern write tele/%c/SENSOR
pattern read cmnd/%c/#
user «@shelly|esp»«dig3:n»
topic read «@shellies|esphome»/«dig3:n»/#
""")
N("mosquitto_log_new_client_connected_username", MOSQ, r"""
«TU»: New connection from «ip:c»:«dig4:p» on port 1883.
«TU»: New client connected from «ip:c»:«dig4:p» as «@esp32-|tasmota_|mqttjs_»«hex8:a» (p2, c1, k60, u'«@sensor|tasmota|ha»').
«TU»: Client «@esp32-|tasmota_|mqttjs_»«hex8:a» closed its connection.
""")
N("hass_configuration_yaml_bang_secret_references", HASS_SECRETS, r"""
homeassistant:
  name: Home
  latitude: !secret home_latitude
influxdb:
  token: !secret influx_token
  host: «ip:h»
""")
N("hass_automation_device_id_entity_id_hex", HASS_SECRETS, r"""
- id: '«dig13:a»'
  alias: Motion hallway
  trigger:
    - type: motion
      platform: device
      device_id: «hex32:d»
      entity_id: «hex32:e»
      domain: binary_sensor
""")
N("nodered_flows_json_node_ids_hex16", NR_SET, r"""
[{"id":"«hex16:a»","type":"mqtt in","z":"«hex16:z»","name":"","topic":"zigbee2mqtt/+","qos":"2","datatype":"auto-detect","broker":"«hex16:b»","wires":[["«hex16:c»"]]},
{"id":"«hex16:b»","type":"mqtt-broker","name":"mosquitto","broker":"10.0.0.2","port":"1883","clientid":"","credentials":{}}]
""")
N("nodered_settings_js_credential_secret_from_env", NR_SET, r"""
    // The encryption key used to encrypt flow credentials
    uiPort: process.env.PORT || «dig4:p»,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    //adminAuth: {
    //    type: "credentials",
    //    users: [{ username: "admin", password: "<bcrypt hash from node-red admin hash-pw>", permissions: "*" }]
    //},
""")
N("z2m_configuration_yaml_generate_keys_and_ieee", Z2M_ZB, r"""
advanced:
  network_key: GENERATE
  pan_id: GENERATE
  ext_pan_id: GENERATE
devices:
  '0x00158d000«hex7:a»':
    friendly_name: «@hallway_motion|kitchen_plug|door_contact»
""")
N("esphome_log_api_noise_encryption_enabled", ESPH_API, r"""
[«hh:h»:«mm:m»:«mm:s»][C][api:«dig3:l»]: API Server:
[«hh:h»:«mm:m»:«mm:s»][C][api:«dig3:l»]:   Address: «@livingroom|garage».local:6053
[«hh:h»:«mm:m»:«mm:s»][C][api:«dig3:l»]:   Using noise encryption: YES
[«hh:h»:«mm:m»:«mm:s»][C][wifi:«dig3:w»]:   MAC Address: «mac:m»
""")
N("esphome_yaml_bang_secret_api_key_reference", ESPH_API, r"""
api:
  encryption:
    key: !secret api_encryption_key
ota:
  - platform: esphome
    password: !secret ota_password
    port: «dig4:p»
""")
N("tasmota_status_5_network_json", TAS_CMD, r"""
«TT» RSL: STATUS5 = {"StatusNET":{"Hostname":"tasmota-«uhex6:d»-«dig4:n»","IPAddress":"«ip:i»","Gateway":"192.168.1.1","Subnetmask":"255.255.255.0","DNSServer1":"192.168.1.1","Mac":"«mac:m»","Webserver":2,"HTTP_API":1,"WifiConfig":4,"WifiPower":17.0}}
""")
N("tasmota_mqttpassword_masked_result", TAS_CMD, r"""
«TT» CMD: MqttUser
«TT» RSL: RESULT = {"MqttUser":"DVES_«uhex6:u»"}
«TT» CMD: MqttPassword
«TT» RSL: RESULT = {"MqttPassword":"****"}
«TT» CMD: Password1
«TT» RSL: RESULT = {"Password1":"****"}
""")
N("openwrt_uci_show_wireless_no_key_owe", UCI, r"""
wireless.radio0.path='platform/soc/18000000.wifi'
wireless.radio0.channel='«@1|6|11»'
wireless.guest=wifi-iface
wireless.guest.ssid='Guest'
wireless.guest.encryption='owe'
wireless.guest.macaddr='«mac:m»'
""")
N("openwrt_opkg_sha256sum_and_sysupgrade_check", UCI, r"""
Package: «@luci-app-ddns|wpad-basic-mbedtls|uhttpd»
Version: «dig1:a».«dig1:b».«dig2:c»-r«dig5:r»
Architecture: aarch64_cortex-a53
SHA256sum: «hex64:s»
Size: «dig5:z»
""")
N("unifi_devices_mac_and_objectid", UNIFI_API, r"""
{"_id":"«hex24:i»","mac":"«mac:m»","model":"«@U6LR|USW24P|UAP6MP»","serial":"«uhex12:s»","site_id":"«hex24:s»","adopted":true,"x_authkey":"<redacted>","version":"6.«dig1:v».«dig2:w»"}
""")
N("hass_log_invalid_authentication_warning", HASS_AUTH, r"""
«TS» WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from «ip:c» («ip:c»). Requested URL: '/api/websocket'. (Mozilla/5.0 (X11; Linux x86_64))
«TS» WARNING (MainThread) [homeassistant.components.http.ban] Banned IP «ip:c» for too many login attempts
""")

UPSD = "https://networkupstools.org/docs/man/upsd.users.html"
UPSMON = "https://networkupstools.org/docs/man/upsmon.conf.html"
WLED = "https://kno.wled.ge/features/settings/"
FRITZ = "https://fritzconnection.readthedocs.io/en/latest/sources/getting_started.html"
KUBEEDGE = "https://kubeedge.io/docs/setup/install-with-keadm/"
PARTICLE = "https://docs.particle.io/reference/developer-tools/cli/#particle-token-create"
IWD = "https://man.archlinux.org/man/iwd.network.5"
WPA_CLI = "https://w1.fi/wpa_supplicant/"
RASPI_CONFIG = "https://www.raspberrypi.com/documentation/computers/configuration.html#raspi-config-cli"
PORTAINER = "https://docs.portainer.io/advanced/edge-agent"
WATCHTOWER = "https://containrrr.dev/watchtower/arguments/"
RING_MQTT = "https://github.com/tsightler/ring-mqtt/wiki"
HB_AUTH = "https://github.com/homebridge/homebridge-config-ui-x/wiki"
HASS_SSH = "https://github.com/home-assistant/addons/blob/master/ssh/DOCS.md"

# ---------------- pfSense / OPNsense / routers
P("pfsense_config_xml_pppoe_password_base64", PFS_XML, r"""
	<ppps>
		<ppp>
			<ptpid>0</ptpid>
			<type>pppoe</type>
			<if>pppoe0</if>
			<ports>«@igb0|em0|re0»</ports>
			<username>«@user|dsl»«dig8:u»@«@isp.example|dsl.example.net»</username>
			<password>«!pw14:p|b64:»</password>
			<provider></provider>
""")
P("pfsense_config_xml_dyndns_username_password", PFS_XML, r"""
		<dyndns>
			<type>«@cloudflare|duckdns|namecheap»</type>
			<interface>wan</interface>
			<host>«@home|vpn|nas»</host>
			<domainname>example.net</domainname>
			<username>«@admin@example.net|home»</username>
			<password>«!an40:p»</password>
			<enable></enable>
""")
P("pfsense_config_xml_authserver_ldap_bindpw", PFS_XML, r"""
		<authserver>
			<refid>«hex13:r»</refid>
			<type>ldap</type>
			<name>«@HomeLab AD|Samba DC»</name>
			<host>«@dc01.lab.example|10.0.0.10»</host>
			<ldap_binddn>CN=pfsense-bind,OU=Service,DC=lab,DC=example</ldap_binddn>
			<ldap_bindpw>«!pw18:p»</ldap_bindpw>
		</authserver>
""")
P("pfsense_config_xml_authserver_radius_secret", PFS_XML, r"""
		<authserver>
			<refid>«hex13:r»</refid>
			<type>radius</type>
			<name>FreeRADIUS</name>
			<host>«ip:h»</host>
			<radius_protocol>MSCHAPv2</radius_protocol>
			<radius_secret>«!pw20:s»</radius_secret>
			<radius_auth_port>1812</radius_auth_port>
""")
P("opnsense_config_xml_ipsec_presharedkey", OPN_XML, r"""
      <preSharedKeys>
        <preSharedKey uuid="«uuid:u»">
          <ident>«@site-b.example.net|203.0.113.7»</ident>
          <remote_ident/>
          <keyType>PSK</keyType>
          <Key>«!an32:k»</Key>
          <description>«@office|cabin|parents»</description>
        </preSharedKey>
      </preSharedKeys>
""")
P("opnsense_config_xml_dyndns_account_password", OPN_XML, r"""
          <account uuid="«uuid:u»">
            <enabled>1</enabled>
            <service>«@cloudflare|dyndns2|desec»</service>
            <protocol/>
            <username>«@token|home»</username>
            <password>«!an40:p»</password>
            <hostnames>home.example.net</hostnames>
            <checkip>web_dyndns</checkip>
""")
P("ddwrt_nvram_show_grep_passwords", DDWRT, r"""
root@DD-WRT:~# nvram show | grep -E 'passwd|psk'
size: «dig5:s» bytes («dig5:l» left)
wl0_wpa_psk=«!pw16:w»
http_passwd=$1$«bc8:s»$«!bc22:h»
pppoe_passwd=«!pw12:p»
""")
P("asuswrt_nvram_get_http_passwd_wpa_psk", DDWRT, r"""
admin@RT-AX«dig2:m»U:/tmp/home/root# nvram get http_passwd
«!pw14:h»
admin@RT-AX«dig2:m»U:/tmp/home/root# nvram get wl1_wpa_psk
«!pw16:w»
""")
P("fritzconnection_cli_user_password_history", FRITZ, r"""
  201  fritzconnection -i 192.168.178.1 -u «@fritz|admin|ha»«dig4:u» -p '«!pw16:p»' -s
  202  fritzhosts -i 192.168.178.1 -u «@fritz|admin|ha»«dig4:u» -p '«!pw16:p»'
""")
P("nut_upsd_users_section_password", UPSD, r"""
[«@upsmon|monuser|homeassistant»]
	password = «!pw16:p»
	upsmon primary
[admin]
	password = «!pw18:a»
	actions = SET
	instcmds = ALL
""")
P("nut_upsmon_conf_monitor_line_password", UPSMON, r"""
MONITOR «@ups|cyberpower|eaton»@«@localhost|nas.lan|10.0.0.4» 1 «@upsmon|monuser» «!pw16:p» «@primary|secondary»
MINSUPPLIES 1
SHUTDOWNCMD "/sbin/shutdown -h +0"
""")

# ---------------- balena / fleet / OTA
P("balena_cli_env_add_fleet_secret", BALENA_CLI, r"""
$ balena env add MQTT_PASSWORD '«!pw16:p»' --fleet «@myorg|acme»/«@sensors|gateways|kiosks»
$ balena env add INFLUX_TOKEN «!b64u44:t» --fleet «@myorg|acme»/«@sensors|gateways|kiosks»
""")
P("balena_cli_envs_device_table_values", BALENA_CLI, r"""
$ balena envs --device «hex7:d»
ID      NAME            VALUE                    FLEET                 DEVICE
«dig7:a» MQTT_PASSWORD   «!pw20:p»     «@myorg|acme»/sensors         *
«dig7:b» LOG_LEVEL       info                     «@myorg|acme»/sensors         *
«dig7:c» API_TOKEN       «!an32:t» «@myorg|acme»/sensors         «hex7:d»
""")
P("balena_login_token_ci_log", BALENA_CLI, r"""
«T» ##[group]Run balena login --token «!an32:t»
«T» balena login --token «!an32:t»
«T» Successfully logged in as: «@gh_ci|deploybot»
""")
P("balena_supervisor_api_curl_set_x_apikey", BALENA_SUP, r"""
+ curl -s -X POST --header 'Content-Type:application/json' 'http://127.0.0.1:48484/v1/restart?apikey=«!hex32:k»' --data '{"appId": «dig7:a»}'
OK
""")
P("balena_boot_config_json_api_keys", BALENA_CFG, r"""
{"applicationId":«dig7:a»,"deviceType":"raspberrypi4-64","userId":«dig5:u»,"appUpdatePollInterval":900000,"listenPort":48484,"vpnPort":443,"apiEndpoint":"https://api.balena-cloud.com","vpnEndpoint":"cloudlink.balena-cloud.com","registryEndpoint":"registry2.balena-cloud.com","deltaEndpoint":"https://delta.balena-cloud.com","uuid":"«hex32:d»","deviceApiKey":"«!an32:k»","registered_at":«dig13:r»,"deviceId":«dig8:i»}
""")
P("mender_conf_tenant_token_jwt", MENDER, r"""
{
  "InventoryPollIntervalSeconds": 28800,
  "RetryPollIntervalSeconds": 300,
  "ServerURL": "https://hosted.mender.io",
  "TenantToken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u120:p».«!b64u342:s»",
  "UpdatePollIntervalSeconds": 1800
}
""")
P("portainer_agent_secret_compose_env", PORTAINER, r"""
  agent:
    image: portainer/agent:2.19.4
    environment:
      AGENT_SECRET: «!an32:s»
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
""")
P("watchtower_http_api_token_and_repo_pass", WATCHTOWER, r"""
docker run -d --name watchtower -v /var/run/docker.sock:/var/run/docker.sock \
  -e WATCHTOWER_HTTP_API_UPDATE=true -e WATCHTOWER_HTTP_API_TOKEN=«!an32:t» \
  -e REPO_USER=«@homelab|pi» -e REPO_PASS=«!pw20:p» \
  containrrr/watchtower --interval 300
""")

# ---------------- Azure IoT / AWS IoT / Greengrass
P("azure_iot_device_connection_string_env_export", AZIOT_CS, r"""
export IOTHUB_DEVICE_CONNECTION_STRING="HostName=«lc8:h»-hub.azure-devices.net;DeviceId=«@thermostat|pi|gw-hall»-«dig3:n»;SharedAccessKey=«!b64s43:k»="
python3 simple_send_message.py
""")
P("azure_iot_edge_config_toml_manual_connection_string", AZIOT_EDGE, r"""
## Manual provisioning with connection string
[provisioning]
source = "manual"
connection_string = "HostName=«lc8:h»-hub.azure-devices.net;DeviceId=«@edge|factory-gw|pi-edge»-«dig3:n»;SharedAccessKey=«!b64s43:k»="

[agent]
name = "edgeAgent"
""")
P("azure_iot_edge_dps_symmetric_key_value", AZIOT_DPS, r"""
[provisioning]
source = "dps"
global_endpoint = "https://global.azure-devices-provisioning.net"
id_scope = "0ne00«uhex6:s»"

[provisioning.attestation]
method = "symmetric_key"
registration_id = "«@edge|line|store»-«dig4:r»"
symmetric_key = { value = "«!b64s86:k»==" }
""")
P("azure_iot_mosquitto_pub_sas_password", AZIOT_MQTT, r"""
mosquitto_pub -h «lc8:h».azure-devices.net -p 8883 -i «@dev|sensor»-«dig3:n» -V mqttv311 --cafile DigiCertGlobalRootG2.crt.pem \
  -u "«lc8:h».azure-devices.net/«@dev|sensor»-«dig3:n»/?api-version=2021-04-12" \
  -P "SharedAccessSignature sr=«lc8:h».azure-devices.net%2Fdevices%2F«@dev|sensor»-«dig3:n»&sig=«!b64s43:s|pct»%3D&se=«dig10:e»" \
  -t "devices/«@dev|sensor»-«dig3:n»/messages/events/" -m '{"temperature":21.5}'
""")
P("az_iot_hub_device_identity_connection_string_show", AZ_CLI_IOT, r"""
$ az iot hub device-identity connection-string show -n «lc8:h»-hub -d «@thermostat|gw01|pi4»
{
  "connectionString": "HostName=«lc8:h»-hub.azure-devices.net;DeviceId=«@thermostat|gw01|pi4»;SharedAccessKey=«!b64s43:k»="
}
""")
P("azure_iot_hub_owner_policy_appsettings_json", AZIOT_CS, r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "IotHub": {
    "ConnectionString": "HostName=«lc8:h»-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=«!b64s43:k»=",
    "ConsumerGroup": "$Default"
  }
}
""")
P("aws_iot_create_keys_and_certificate_json_private_key", AWS_IOT_KEYS, r"""
{
    "certificateArn": "arn:aws:iot:«@us-east-1|eu-west-1»:«dig12:a»:cert/«hex64:c»",
    "certificateId": "«hex64:c»",
    "certificatePem": "-----BEGIN CERTIFICATE-----\nMIIDWTCCAkGgAwIBAgIU«b64s56:x»\n-----END CERTIFICATE-----\n",
    "keyPair": {
        "PublicKey": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«b64s20:y»\n-----END PUBLIC KEY-----\n",
        "PrivateKey": "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA«!b64s48:p»\n«!b64s64:q»\n«!b64s64:r»\n-----END RSA PRIVATE KEY-----\n"
    }
}
""")
P("aws_iot_device_private_key_pem_cat", AWS_IOT_KEYS, r"""
pi@gw:~/certs $ cat «hex10:c»-private.pem.key
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA«!b64s48:a»
«!b64s64:b»
«!b64s64:c»
«!b64s64:d»
-----END RSA PRIVATE KEY-----
""")
P("greengrass_installer_history_aws_secret_key", GG_INSTALL, r"""
export AWS_ACCESS_KEY_ID=AKIA«uc16:k»
export AWS_SECRET_ACCESS_KEY=«!b64s40:s»
sudo -E java -Droot="/greengrass/v2" -Dlog.store=FILE -jar ./GreengrassInstaller/lib/Greengrass.jar --aws-region «@us-east-1|eu-central-1» --thing-name «@GreengrassCore|gg-edge»-«dig4:t» --thing-group-name «@GreengrassCoreGroup|edge-fleet» --component-default-user ggc_user:ggc_group --provision true --setup-system-service true
""")

# ---------------- k3s / microk8s / kubeedge
P("k3s_install_pipe_env_secure_token", K3S_CFG, r"""
curl -sfL https://get.k3s.io | K3S_URL=https://«ip:s»:6443 K3S_TOKEN=K10«hex64:ca»::server:«!hex32:p» sh -s - agent --node-name «@pi-node|rpi|edge»-«dig2:n»
""")
P("k3s_config_yaml_token_and_agent_token", K3S_CFG, r"""
# /etc/rancher/k3s/config.yaml
write-kubeconfig-mode: "0644"
token: «!pw24:t»
agent-token: «!pw24:a»
tls-san:
  - «@k3s.lab.example|10.0.0.10»
disable: [traefik]
""")
P("k3s_agent_service_env_file_token", K3S_CFG, r"""
# /etc/systemd/system/k3s-agent.service.env
K3S_TOKEN='K10«hex64:ca»::server:«!hex32:p»'
K3S_URL='https://«ip:s»:6443'
""")
P("k3s_token_create_bootstrap_output", K3S_TOKEN, r"""
root@«@pi-master|k3s-01»:~# k3s token create --ttl 2h --description "«@add pi-node|edge join»"
«lc6:i».«!lc16:s»
""")
P("k3s_server_ps_datastore_endpoint_password", K3S_CFG, r"""
root       «dig3:p»       1 12 «hh:h»:«mm:m» ?        01:12:07 /usr/local/bin/k3s server --datastore-endpoint=postgres://k3s:«!pw18:d»@«@db.lab.example|10.0.0.20»:5432/kubernetes?sslmode=disable --token=«!pw20:t»
""")
P("microk8s_add_node_output_join_commands", MK8S, r"""
From the node you wish to join to this cluster, run the following:
microk8s join «ip:a»:25000/«!hex32:t»/«hex12:c»

Use the '--worker' flag to join a node as a worker not running the control plane, eg:
microk8s join «ip:a»:25000/«!hex32:t»/«hex12:c» --worker
""")
P("microk8s_join_cloud_init_runcmd_worker", MK8S, r"""
runcmd:
  - snap install microk8s --classic --channel=1.«dig2:v»/stable
  - usermod -a -G microk8s ubuntu
  - microk8s join «ip:a»:25000/«!hex32:t»/«hex12:c» --worker
""")
P("kubeedge_keadm_join_token_flag", KUBEEDGE, r"""
keadm join --cloudcore-ipport=«ip:c»:10000 --edgenode-name=«@rpi|jetson|edge»-«dig2:n» --kubeedge-version=v1.1«dig1:v».0 --token=«hex64:h».eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3«!b64u26:p».«!b64u43:s»
""")
P("particle_token_create_output", PARTICLE, r"""
$ particle token create --expires-in 2592000
? Using account «@maker|dev»@example.com
Please enter your password: [hidden]
New access token expires on «@Mon Jan 15 2025|Thu Aug 07 2025»
		«!hex40:t»
""")

# ---------------- Wi-Fi / Raspberry Pi provisioning
P("wpa_supplicant_conf_network_psk_quoted", WPA, r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=«@GB|DE|US»

network={
	ssid="«@HomeNet|FRITZ!Box 7530 |Vodafone-»«uhex4:s»"
	psk="«!pw16:p»"
	key_mgmt=WPA-PSK
}
""")
P("wpa_passphrase_output_hashed_psk", WPA_PASS, r"""
$ wpa_passphrase "«@HomeNet|Lab-IoT»" '«!pw14:p»'
network={
	ssid="«@HomeNet|Lab-IoT»"
	#psk="«!pw14:p»"
	psk=«!hex64:h»
}
""")
P("wpa_supplicant_eap_peap_password_hash", WPA, r"""
network={
	ssid="«@eduroam|Corp-WLAN»"
	key_mgmt=WPA-EAP
	eap=PEAP
	identity="«@j.doe|student»«dig5:i»@example.edu"
	password=hash:«!hex32:h»
	phase2="auth=MSCHAPV2"
}
""")
P("wpa_cli_set_network_psk_history", WPA_CLI, r"""
wpa_cli -i wlan0 add_network
wpa_cli -i wlan0 set_network 1 ssid '"«@HomeNet|Lab»"'
wpa_cli -i wlan0 set_network 1 psk '"«!pw16:p»"'
wpa_cli -i wlan0 enable_network 1
""")
P("rpi_userconf_txt_sha512crypt_hash", RPI_CFG, r"""
«@pi|admin|maker»:$6$«bc16:s»$«!bc86:h»
""")
P("rpi_imager_firstrun_sh_userconf_and_wlan", RPI_IMAGER, r"""
if [ -f /usr/lib/userconf-pi/userconf ]; then
   /usr/lib/userconf-pi/userconf '«@pi|admin»' '$5$«bc10:s»$«!bc43:h»'
else
   echo "$FIRSTUSER:"'$5$«bc10:s»$«!bc43:h»' | chpasswd -e
fi
if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan '«@HomeNet|Lab»' '«!hex64:w»' '«@GB|DE»'
""")
P("rpi_bootfs_custom_toml_user_and_wlan", "https://github.com/RPi-Distro/raspberrypi-sys-mods/blob/bookworm/usr/lib/raspberrypi-sys-mods/init_config", r"""
# Raspberry Pi First Boot Setup
[system]
hostname = "«@rpi|pihole|octopi»-«dig2:n»"
[user]
name = "«@pi|admin»"
password = "$5$«bc10:s»$«!bc43:h»"
password_encrypted = true
[wlan]
ssid = "«@HomeNet|Lab»"
password = "«!pw16:w»"
password_encrypted = false
country = "«@GB|DE|NL»"
""")
P("nm_system_connection_keyfile_wifi_psk", NM_KEYFILE, r"""
[connection]
id=«@HomeNet|preconfigured»
uuid=«uuid:u»
type=wifi
interface-name=wlan0

[wifi]
ssid=«@HomeNet|Lab»

[wifi-security]
key-mgmt=wpa-psk
psk=«!pw16:p»
""")
P("nmcli_dev_wifi_connect_password_and_show_secrets", NMCLI, r"""
$ sudo nmcli dev wifi connect "«@HomeNet|Lab»" password "«!pw16:p»" ifname wlan0
Device 'wlan0' successfully activated with '«uuid:u»'.
$ nmcli -s -g 802-11-wireless-security.psk connection show "«@HomeNet|Lab»"
«!pw16:p»
""")
P("iwd_network_psk_file_passphrase", IWD, r"""
# /var/lib/iwd/«@HomeNet|Lab».psk
[Security]
Passphrase=«!pw16:p»
PreSharedKey=«!hex64:h»
""")
P("raspi_config_nonint_wifi_passphrase_history", RASPI_CONFIG, r"""
sudo raspi-config nonint do_wifi_country «@GB|DE|NL»
sudo raspi-config nonint do_wifi_ssid_passphrase «@HomeNet|Lab» '«!pw16:p»' 0 1
""")
P("hostapd_conf_raspap_wpa_passphrase", HOSTAPD, r"""
driver=nl80211
ctrl_interface=/var/run/hostapd
ctrl_interface_group=0
ssid=«@raspi-webgui|PiAP|CarAP»
hw_mode=g
channel=«@1|6|11»
wpa=2
wpa_passphrase=«!pw14:p»
wpa_key_mgmt=WPA-PSK
""")

# ---------------- Plex / *arr / downloaders
P("plex_preferences_xml_online_token", PLEX_TOKEN, r"""
<?xml version="1.0" encoding="utf-8"?>
<Preferences OldestPreviousVersion="1.«dig2:a».«dig1:b».«dig4:c»-«hex9:d»" MachineIdentifier="«uuid:m»" ProcessedMachineIdentifier="«hex40:p»" AnonymousMachineIdentifier="«uuid:x»" AcceptedEULA="1" PlexOnlineHome="1" PlexOnlineMail="«@media|home»@example.com" PlexOnlineToken="«!b64u20:t»" PlexOnlineUsername="«@mediafan|homelab»" PublishServerOnPlexOnlineKey="1"/>
""")
P("plex_api_curl_x_plex_token_query", PLEX_TOKEN, r"""
$ curl -s "http://127.0.0.1:32400/library/sections?X-Plex-Token=«!b64u20:t»" | head -3
<?xml version="1.0" encoding="UTF-8"?>
<MediaContainer size="«@2|3|4»" allowSync="0" title1="Plex Library">
""")
P("plex_docker_run_claim_token", PLEX_DOCKER, r"""
docker run -d --name plex --network=host -e TZ="Europe/Berlin" -e PLEX_CLAIM="claim-«!b64u20:c»" -v /srv/plex/config:/config -v /srv/media:/data plexinc/pms-docker
""")
P("sonarr_config_xml_api_key", ARR_WIKI, r"""
<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <ApiKey>«!hex32:k»</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <Branch>main</Branch>
  <InstanceName>Sonarr</InstanceName>
</Config>
""")
P("radarr_config_xml_postgres_password", ARR_WIKI, r"""
  <ApiKey>«!hex32:k»</ApiKey>
  <PostgresUser>radarr</PostgresUser>
  <PostgresPassword>«!pw18:p»</PostgresPassword>
  <PostgresPort>5432</PostgresPort>
  <PostgresHost>«@postgres|10.0.0.20»</PostgresHost>
""")
P("radarr_curl_x_api_key_header", ARR_API, r"""
$ curl -s -H "X-Api-Key: «!hex32:k»" http://«@radarr|localhost»:7878/api/v3/system/status
{"appName":"Radarr","instanceName":"Radarr","version":"5.«dig1:a».«dig1:b».«dig4:c»","isDocker":true}
""")
P("lidarr_api_query_apikey_history", ARR_API, r"""
  88  curl "http://lidarr:8686/api/v1/command?apikey=«!hex32:k»" -X POST -d '{"name":"RescanFolders"}'
  89  curl "http://prowlarr:9696/api/v1/indexer?apikey=«!hex32:j»"
""")
P("overseerr_settings_json_api_keys", OVERSEERR, r"""
  "main": {
    "apiKey": "«!b64s66:m»==",
    "applicationTitle": "Overseerr",
    "applicationUrl": "https://requests.example.net",
  "radarr": [
    {
      "name": "Radarr",
      "hostname": "radarr",
      "port": 7878,
      "apiKey": "«!hex32:r»",
""")
P("sabnzbd_ini_api_nzb_keys_server_password", SAB, r"""
[misc]
api_key = «!hex32:a»
nzb_key = «!hex32:n»
[servers]
[[news.example.net]]
name = news.example.net
host = news.example.net
port = 563
username = «@user|nzb»«dig6:u»
password = «!pw16:p»
""")
P("qbittorrent_conf_webui_password_pbkdf2", QBT, r"""
[Preferences]
WebUI\Address=*
WebUI\Port=8080
WebUI\Username=«@admin|qbit»
WebUI\Password_PBKDF2="@ByteArray(«b64s22:s»==:«!b64s86:h»==)"
WebUI\LocalHostAuth=false
""")
P("transmission_settings_json_rpc_password_salted", TRANSMISSION, r"""
    "rpc-authentication-required": true,
    "rpc-bind-address": "0.0.0.0",
    "rpc-enabled": true,
    "rpc-password": "{«!hex40:h»«an8:s»",
    "rpc-port": 9091,
    "rpc-username": "«@transmission|admin»",
""")
P("transmission_remote_auth_flag_history", TRANSMISSION, r"""
transmission-remote «@localhost|nas.lan»:9091 -n '«@admin|transmission»:«!pw16:p»' -l
transmission-remote «@localhost|nas.lan»:9091 -n '«@admin|transmission»:«!pw16:p»' -t all --start
""")
P("jellyfin_nginx_access_log_api_key_query", JELLYFIN, r"""
«ip:c» - - [«dd:d»/Apr/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /Items/«hex32:i»/PlaybackInfo?UserId=«hex32:u»&api_key=«!hex32:k» HTTP/1.1" 200 «dig4:b» "-" "Infuse-Direct/7.«dig1:v»"
""")
P("tautulli_config_ini_api_key_pms_token", TAUTULLI, r"""
[General]
http_port = 8181
api_enabled = 1
api_key = «!hex32:k»
[PMS]
pms_ip = «ip:p»
pms_port = 32400
pms_token = «!b64u20:t»
""")
P("nzbget_conf_control_and_server_password", NZBGET, r"""
ControlIP=0.0.0.0⏎
ControlPort=6789⏎
ControlUsername=nzbget⏎
ControlPassword=«!pw16:c»⏎
Server1.Host=news.example.net⏎
Server1.Username=«@u|nzb»«dig7:u»⏎
Server1.Password=«!pw14:s»⏎
""")

# ---------------- cameras / NVR
P("frigate_config_yaml_rtsp_inline_credentials", FRIGATE, r"""
cameras:
  «@front_door|driveway|garden»:
    ffmpeg:
      inputs:
        - path: rtsp://«@admin|viewer»:«!pw14:p»@«ip:c»:554/Streaming/Channels/101
          roles:
            - record
        - path: rtsp://«@admin|viewer»:«!pw14:p»@«ip:c»:554/Streaming/Channels/102
          roles:
            - detect
""")
P("frigate_compose_env_rtsp_and_mqtt_password", FRIGATE, r"""
    environment:
      FRIGATE_RTSP_PASSWORD: "«!pw14:r»"
      FRIGATE_MQTT_PASSWORD: "«!pw16:m»"
      PLUS_API_KEY: "«uuid:k»:«!hex64:s»"
""")
P("go2rtc_yaml_streams_rtsp_userinfo", GO2RTC, r"""
streams:
  «@driveway|porch|backyard»: rtsp://«@admin|view»:«!pw14:p»@«ip:c»:554/cam/realmonitor?channel=1&subtype=0
  «@driveway|porch|backyard»_sub: ffmpeg:«@driveway|porch|backyard»#video=h264
api:
  listen: ":1984"
  username: admin
  password: «!pw16:a»
""")
P("ffmpeg_log_input_rtsp_userinfo", FFMPEG, r"""
Input #0, rtsp, from 'rtsp://«@admin|operator»:«!pw14:p»@«ip:c»:554/h264Preview_01_main':
  Metadata:
    title           : Session streamed by "preview"
  Duration: N/A, start: 0.000000, bitrate: N/A
  Stream #0:0: Video: h264 (High), yuv420p(progressive), 2560x1440, 25 fps, 25 tbr, 90k tbn
""")
P("hikvision_isapi_curl_digest_user", HIK_ISAPI, r"""
$ curl -s --digest -u «@admin|installer»:'«!pw14:p»' http://«ip:c»/ISAPI/System/deviceInfo | head -4
<?xml version="1.0" encoding="UTF-8"?>
<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
<deviceName>«@IP CAMERA|Garage»</deviceName>
""")
P("onvif_soap_wsse_password_digest", ONVIF, r"""
<s:Header><Security s:mustUnderstand="1" xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
<UsernameToken><Username>«@admin|onvif»</Username>
<Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">«!b64s27:d»=</Password>
<Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">«b64s22:n»==</Nonce>
<Created xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">«T»</Created></UsernameToken></Security></s:Header>
""")
P("zoneminder_zm_conf_db_pass", ZM, r"""
# ZoneMinder database password
ZM_DB_HOST=localhost
ZM_DB_NAME=zm
ZM_DB_USER=zmuser
ZM_DB_PASS=«!pw16:p»
""")
P("vlc_ps_rtsp_userinfo_sout", FFMPEG, r"""
pi        «dig4:p»  23.1  4.2 «dig6:v» «dig5:r» ?      Sl   «hh:h»:«mm:m»  12:07 cvlc -I dummy rtsp://«@admin|cam»:«!pw14:p»@«ip:c»/live/ch00_0 --sout #transcode{vcodec=h264}:std{access=file,dst=/mnt/nas/cam.mp4}
""")
P("reolink_api_login_json_password", HIK_ISAPI, r"""
POST /api.cgi?cmd=Login HTTP/1.1
Host: «ip:c»
Content-Type: application/json

[{"cmd":"Login","param":{"User":{"Version":"0","userName":"«@admin|ha»","password":"«!pw14:p»"}}}]
""")

# ---------------- home-lab services and device SDKs
P("zwave_js_ui_settings_json_security_keys", ZWJS, r"""
  "zwave": {
    "port": "/dev/serial/by-id/usb-Silicon_Labs_CP2102N_USB_to_UART_Bridge_Controller_«hex32:s»-if00-port0",
    "securityKeys": {
      "S2_Unauthenticated": "«!uhex32:a»",
      "S2_Authenticated": "«!uhex32:b»",
      "S2_AccessControl": "«!uhex32:c»",
      "S0_Legacy": "«!uhex32:d»"
    },
""")
P("zwave_js_ui_compose_env_network_keys", ZWJS, r"""
    environment:
      - SESSION_SECRET=«!an32:s»
      - KEY_S0_Legacy=«!uhex32:a»
      - KEY_S2_Unauthenticated=«!uhex32:b»
      - KEY_S2_Authenticated=«!uhex32:c»
      - KEY_S2_AccessControl=«!uhex32:d»
""")
P("duckdns_sh_cron_update_url_token", DUCKDNS, r"""
$ cat ~/duckdns/duck.sh
echo url="https://www.duckdns.org/update?domains=«lc10:d»&token=«!uuid:t»&ip=" | curl -k -o ~/duckdns/duck.log -K -
$ crontab -l
*/5 * * * * ~/duckdns/duck.sh >/dev/null 2>&1
""")
P("hass_addon_duckdns_options_token", DUCKDNS, r"""
{"lets_encrypt": {"accept_terms": true, "certfile": "fullchain.pem", "keyfile": "privkey.pem"}, "token": "«!uuid:t»", "domains": ["«lc10:d».duckdns.org"], "aliases": [], "seconds": 300}
""")
P("ddclient_conf_dyndns2_password", DDCLIENT, r"""
daemon=300
use=web, web=checkip.dyndns.org
protocol=dyndns2
server=«@domains.google.com|members.dyndns.org|dynupdate.no-ip.com»
login=«@home|u»«dig6:u»
password='«!an24:p»'
home.example.net
""")
P("pihole_setupvars_conf_webpassword_double_sha256", PIHOLE, r"""
PIHOLE_INTERFACE=«@eth0|wlan0»
IPV4_ADDRESS=«ip:a»/24
QUERY_LOGGING=true
INSTALL_WEB_SERVER=true
WEBPASSWORD=«!hex64:h»
BLOCKING_ENABLED=true
""")
P("pihole_toml_webserver_api_pwhash_balloon", PIHOLE, r"""
  [webserver.api]
    # Pi-hole web interface and API password hash
    pwhash = "$BALLOON-SHA256$v=1$s=1024,t=32$«b64s22:s»==$«!b64s43:h»="
    app_sudo = false
""")
P("adguardhome_yaml_users_bcrypt", ADGUARD, r"""
http:
  address: 0.0.0.0:«@80|3000»
users:
  - name: «@admin|adguard»
    password: $2y$10$«!bc53:h»
auth_attempts: 5
""")
P("vaultwarden_env_admin_token_argon2", VW, r"""
DOMAIN=https://vault.«@home|lab».example.net
SIGNUPS_ALLOWED=false
ADMIN_TOKEN='$argon2id$v=19$m=65540,t=3,p=4$«b64s43:s»$«!b64s43:h»'
""")
P("homebridge_config_json_platform_password", HOMEBRIDGE, r"""
    "platforms": [
        {
            "platform": "«@RingPlatform|Unifi Protect|SmartThings»",
            "name": "«@Ring|Protect|ST»",
            "username": "«@me|homebridge»@example.com",
            "password": "«!pw16:p»"
        },
""")
P("homebridge_ui_auth_json_hashed_password", HB_AUTH, r"""
[{"id":1,"username":"«@admin|hb»","name":"Administrator","hashedPassword":"«!hex128:h»","salt":"«hex64:s»","admin":true}]
""")
P("ring_mqtt_state_json_refresh_token", RING_MQTT, r"""
{
  "ring_token": "eyJydCI6«!b64u300:r»",
  "systemId": "«hex64:i»"
}
""")
P("hass_addon_ssh_options_password", HASS_SSH, r"""
{"authorized_keys": [], "password": "«!pw16:p»", "apks": [], "server": {"tcp_forwarding": false}, "init_commands": []}
""")
P("octoprint_config_yaml_api_key_secret_key", OCTO, r"""
api:
  key: «!uhex32:k»
server:
  commands:
    serverRestartCommand: sudo service octoprint restart
  firstRun: false
  secretKey: «!an32:s»
""")
P("moonraker_secrets_ini_mqtt_credentials", MOONRAKER, r"""
[mqtt_credentials]
username: «@klipper|moonraker»
password: «!pw16:p»

[home_assistant]
token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI«!b64u94:t».«!b64u43:s»
""")
P("wled_wsec_json_wifi_psk_ota_password", WLED, r"""
{"rev":[1,0],"nw":{"ins":[{"psk":"«!pw16:w»"}]},"ap":{"psk":"«!pw12:a»"},"ota":{"pwd":"«!pw14:o»","lock-wifi":false,"lock":false}}
""")
P("ttn_lw_cli_end_device_create_app_key", TTN_CLI, r"""
$ ttn-lw-cli end-devices create «@app1|greenhouse|soil-sensors» «@node|probe»-«dig2:n» \
  --dev-eui 70B3D57ED00«uhex5:e» --join-eui 0000000000000000 \
  --frequency-plan-id EU_863_870_TTN --lorawan-version 1.0.3 --lorawan-phy-version 1.0.3-a \
  --root-keys.app-key.key «!uhex32:k»
""")
P("ttn_api_key_bearer_curl", TTN_KEY, r"""
curl -s -H "Authorization: Bearer NNSXS.«uc39:i».«!uc52:s»" \
  https://eu1.cloud.thethings.network/api/v3/applications/«@greenhouse|soil-sensors»/devices
""")
P("chirpstack_toml_postgres_dsn_api_secret", CHIRP, r"""
[postgresql]
  dsn="postgres://chirpstack:«!pw16:p»@localhost/chirpstack?sslmode=disable"
  max_open_connections=10

[api]
  bind="0.0.0.0:8080"
  secret="«!b64s43:s»="
""")
P("thingsboard_device_token_telemetry_curl", TB, r"""
curl -v -X POST http://«@thingsboard.lab.example|10.0.0.30»:8080/api/v1/«!an20:t»/telemetry --header Content-Type:application/json --data '{"temperature":2«dig1:t».5}'
""")
P("arduino_secrets_h_wifi_and_device_key", ARDUINO, r"""
#define SECRET_SSID "«@HomeNet|Lab»"⏎
#define SECRET_OPTIONAL_PASS "«!pw16:p»"⏎
#define SECRET_DEVICE_KEY "«!uc20:k»"⏎
""")
P("blynk_sketch_auth_token_define", BLYNK, r"""
#define BLYNK_TEMPLATE_ID "TMPL«an8:t»"
#define BLYNK_TEMPLATE_NAME "«@Greenhouse|Garage Door»"
#define BLYNK_AUTH_TOKEN "«!b64u32:a»"

char ssid[] = "«@HomeNet|Lab»";
char pass[] = "«!pw14:p»";
""")
P("platformio_ini_build_flags_wifi_mqtt_password", PIO, r"""
[env:esp32dev]
platform = espressif32
board = esp32dev
framework = arduino
build_flags =
    -DWIFI_SSID=\"«@HomeNet|Lab»\"
    -DWIFI_PASS=\"«!pw16:w»\"
    -DMQTT_PASS=\"«!pw16:m»\"
""")
P("esp_idf_nvs_partition_csv_wifi_mqtt", NVS, r"""
key,type,encoding,value
wifi,namespace,,
ssid,data,string,«@HomeNet|Lab»
pass,data,string,«!pw16:w»
mqtt,namespace,,
uri,data,string,mqtts://«@dev|esp»:«!pw16:m»@mqtt.example.com:8883
""")
P("esp32_serial_monitor_debug_print_password", ARDUINO, r"""
rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)⏎
entry 0x400805e4⏎
Connecting to «@HomeNet|Lab» with password «!pw14:w»⏎
.....⏎
WiFi connected, IP address: «ip:i»⏎
MQTT connect as «@esp32|garden» / «!pw16:m»⏎
""")
P("shelly_gen1_settings_login_curl", SHELLY1, r"""
curl -s "http://«ip:s»/settings/login?enabled=1&unprotected=0&username=admin&password=«!pw14:p»"
{"enabled":true,"unprotected":false,"username":"admin"}
""")
P("shelly_gen2_rpc_set_auth_ha1", SHELLY2, r"""
curl -s -X POST -d '{"id":1,"method":"Shelly.SetAuth","params":{"user":"admin","realm":"shellyplus1pm-«hex12:m»","ha1":"«!hex64:h»"}}' http://«ip:s»/rpc
""")
P("shelly_gen2_wifi_setconfig_sta_pass", SHELLY2, r"""
curl -s -X POST -d '{"id":1,"method":"WiFi.SetConfig","params":{"config":{"sta":{"ssid":"«@HomeNet|IoT»","pass":"«!pw16:p»","enable":true}}}}' http://192.168.33.1/rpc
{"id":1,"src":"shellyplus1-«hex12:m»","result":{"restart_required":false}}
""")
P("tinytuya_devices_json_local_key", TINYTUYA, r"""
[
    {
        "name": "«@Desk Lamp|Heater Plug|Garage Bulb»",
        "id": "bf«lc20:i»",
        "key": "«!an16:k»",
        "mac": "«mac:m»",
        "ip": "«ip:a»",
        "version": "3.«@3|4»"
""")
P("tinytuya_json_cloud_api_secret", TINYTUYA, r"""
{
    "apiKey": "«lc20:k»",
    "apiSecret": "«!lc32:s»",
    "apiRegion": "«@eu|us|cn»",
    "apiDeviceID": "bf«lc20:d»"
}
""")

PAHO_PY = "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html"
NR_LOG = "https://nodered.org/docs/user-guide/runtime/logging"
HASS_CLOUD = "https://www.nabucasa.com/config/remote/"
LORA_PF = "https://github.com/Lora-net/packet_forwarder/blob/master/lora_pkt_fwd/global_conf.json"
ESPTOOL = "https://docs.espressif.com/projects/esptool/en/latest/esp32/esptool/basic-commands.html"
RPI_CPU = "https://www.raspberrypi.com/documentation/computers/raspberry-pi.html#raspberry-pi-revision-codes"
EEPROM = "https://www.raspberrypi.com/documentation/computers/raspberry-pi.html#rpi-eeprom-update"
WPA_STATUS = "https://w1.fi/wpa_supplicant/devel/ctrl_iface_page.html"
DROPBEAR = "https://openwrt.org/docs/guide-user/base-system/dropbear"
MENDER_ART = "https://docs.mender.io/artifact-creation/create-an-artifact"
JF_PUBLIC = "https://api.jellyfin.org/"
K3S_LOG = "https://docs.k3s.io/faq"

N("paho_python_on_log_sending_connect_flags", PAHO_PY, r"""
«TS» DEBUG Sending CONNECT (u1, p1, wr0, wq0, wf0, c1, k60) client_id=b'«@esp-gw|ha-bridge|logger»-«hex6:a»'
«TS» DEBUG Received CONNACK (0, 0)
«TS» DEBUG Sending SUBSCRIBE (d0, m1) [(b'zigbee2mqtt/#', 0)]
""")
N("mqttx_cli_help_password_option_text", MQTTX, r"""
  -u, --username <USER>         the username
  -P, --password <PASS>         the password
  -i, --client-id <ID>          the client id (default: "mqttx_«hex8:a»")
  --ca <PATH>                   path to the CA certificate
""")
N("mosquitto_conf_listener_certs_identity_as_username", MOSQ, r"""
listener «@8883|8884»
cafile /etc/mosquitto/ca_certificates/«@ca|homelab-ca».crt
certfile /etc/mosquitto/certs/«@broker|mqtt».crt
keyfile /etc/mosquitto/certs/«@broker|mqtt».key
require_certificate true
use_identity_as_username true
# no password_file: clients authenticate with certificates (serial «uhex16:s»)
""")
N("mosquitto_ctrl_dynsec_get_client_output", MOSQ_DYN, r"""
$ mosquitto_ctrl -u admin dynsec getClient «@sensor|gw|esp»-«dig3:n»
Username:   «@sensor|gw|esp»-«dig3:n»
Clientid:   
Disabled:   false
Roles:      devices (priority: -1)
Groups:     «@floor1|garden|kitchen»
""")
N("emqx_log_client_connected_clientid", EMQX, r"""
«T» [info] clientid: «@sensor|meter|gw»-«hex12:c», msg: client_connected, peername: «ip:p»:«dig4:o», username: «@sensor|meter|gw», proto_ver: 5, keepalive: 60
""")
N("hivemq_log_client_ids_and_session", HIVEMQ, r"""
«TL» INFO  - Client ID: «@hmq|plant»_«an16:c», IP: «ip:p», Clean Start: true, Session Expiry: 0 connected
«TL» INFO  - Client ID: «@hmq|plant»_«an16:c» disconnected gracefully
""")
N("nodered_log_startup_system_generated_key_warning", NR_LOG, r"""
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [info] Settings file  : /data/settings.js
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [info] Context store  : 'default' [module=memory]
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [info] User directory : /data
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [warn] Projects disabled : editorTheme.projects.enabled=false
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [info] Flows file     : /data/flows.json
«dd:d» Mar «hh:h»:«mm:m»:«mm:s» - [warn] 

---------------------------------------------------------------------
Your flow credentials file is encrypted using a system-generated key.
""")
N("z2m_log_connecting_mqtt_no_credentials", Z2M_MQTT, r"""
[«TS»] info: 	z2m: Logging to console, file (filename: log.log)
[«TS»] info: 	z2m: Starting Zigbee2MQTT version 1.«dig2:v».0 (commit #«hex7:c»)
[«TS»] info: 	z2m: Coordinator firmware version: '{"meta":{"revision":«dig8:r»},"type":"zStack3x0"}'
[«TS»] info: 	z2m: Connecting to MQTT server at mqtt://«@core-mosquitto|mosquitto|10.0.0.2»:1883
[«TS»] info: 	z2m: Connected to MQTT server
""")
N("z2m_bridge_devices_ieee_network_address", Z2M_ZB, r"""
zigbee2mqtt/bridge/devices [{"ieee_address":"0x00124b00«hex8:c»","type":"Coordinator","network_address":0},{"ieee_address":"0x00158d000«hex7:a»","type":"EndDevice","network_address":«dig5:n»,"model_id":"lumi.sensor_motion.aq2","date_code":"20170627","friendly_name":"«@hallway_motion|stairs_motion»","interview_completed":true}]
""")
N("esphome_compile_upload_ota_log", ESPH_CLI, r"""
INFO Successfully compiled program.
INFO Connecting to «ip:a» port 3232...
INFO Connected to «ip:a»
INFO Uploading /data/build/«@livingroom|garage»/.pioenvs/«@livingroom|garage»/firmware.bin («dig6:b» bytes)
INFO Compressed to «dig6:c» bytes
INFO Upload took «dig1:s».«dig2:t» seconds, waiting for result...
INFO OTA successful
""")
N("esphome_logs_wifi_bssid_signal", ESPH_WIFI, r"""
[C][wifi:«dig3:l»]:   Local MAC: «mac:m»
[C][wifi:«dig3:l»]:   SSID: '«@HomeNet|Lab»'
[C][wifi:«dig3:l»]:   IP Address: «ip:i»
[C][wifi:«dig3:l»]:   BSSID: «mac:b»
[C][wifi:«dig3:l»]:   Signal strength: -«dig2:s» dB ▂▄▆█
[C][wifi:«dig3:l»]:   Channel: «@1|6|11»
""")
N("tasmota_console_mqtt_host_topic_fulltopic", TAS_CMD, r"""
«TT» MQT: Attempting connection...
«TT» MQT: Connected
«TT» MQT: tele/tasmota_«uhex6:d»/LWT = Online (retained)
«TT» MQT: cmnd/tasmota_«uhex6:d»/POWER = 
«TT» MQT: tele/tasmota_«uhex6:d»/INFO1 = {"Info1":{"Module":"Sonoff Basic","Version":"13.«dig1:v».0(tasmota)","FallbackTopic":"cmnd/DVES_«uhex6:d»_fb/","GroupTopic":"cmnd/tasmotas/"}}
""")
N("openwrt_ubus_call_system_board_release", OWRT_UBUS, r"""
root@OpenWrt:~# ubus call system board
{
	"kernel": "5.15.«dig3:k»",
	"hostname": "OpenWrt",
	"model": "«@GL.iNet GL-MT3000|Xiaomi AX3000T|Netgear R7800»",
	"release": { "distribution": "OpenWrt", "version": "23.05.«dig1:v»", "revision": "r«dig5:r»-«hex10:h»" }
}
""")
N("openwrt_dropbear_password_auth_options", DROPBEAR, r"""
config dropbear
	option PasswordAuth 'off'
	option RootPasswordAuth 'off'
	option Port '«dig4:p»'
	option Interface 'lan'
""")
N("openwrt_wireless_open_ap_empty_key", UCI_WL, r"""
config wifi-iface 'guest'
	option device 'radio«@0|1»'
	option network 'guest'
	option mode 'ap'
	option ssid 'Guest-«uhex4:s»'
	option encryption 'none'
	option key ''
""")
N("unifi_inform_log_adoption_mac", UNIFI_API, r"""
[«TS»] <inform-«dig2:i»> INFO  inform - from [«mac:m»](«@U6-LR|USW-Lite-8-PoE|UDR», «ip:a», «@6.6.55|7.0.20»): state=CONNECTED, last_inform=«dig1:l», ext/stun_ip=«ip:a», dev_ip=«ip:a», up=«dig6:u»
[«TS»] <inform-«dig2:i»> INFO  dev    - [state] DEVICE_ID=«hex24:d», ADOPTED=true
""")
N("unifi_wlanconf_wpa_eap_radius_profile_ids", UNIFI_API, r"""
{"_id":"«hex24:i»","name":"Corp","security":"wpaeap","wpa_mode":"wpa2","radiusprofile_id":"«hex24:r»","networkconf_id":"«hex24:n»","ap_group_ids":["«hex24:g»"],"x_passphrase":""}
""")
N("pfsense_config_xml_cert_crt_public_base64", PFS_XML, r"""
	<cert>
		<refid>«hex13:r»</refid>
		<descr><![CDATA[webConfigurator default («hex13:r»)]]></descr>
		<type>server</type>
		<crt>LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUZ«b64s120:c»</crt>
	</cert>
""")
N("opnsense_config_xml_filter_rule_uuid_tracker", OPN_XML, r"""
      <rule uuid="«uuid:u»">
        <type>pass</type>
        <interface>opt«dig1:o»</interface>
        <ipprotocol>inet</ipprotocol>
        <descr>Allow IoT to MQTT broker</descr>
        <tracker>«dig10:t»</tracker>
        <destination><address>«ip:d»</address><port>1883</port></destination>
      </rule>
""")
N("ddwrt_nvram_show_network_values", DDWRT, r"""
root@DD-WRT:~# nvram show | grep -E '^(lan_ipaddr|wan_hwaddr|wl0_ssid|wl0_security_mode)='
size: «dig5:s» bytes («dig5:l» left)
lan_ipaddr=«ip:l»
wan_hwaddr=«mac:m»
wl0_ssid=«@dd-wrt|HomeNet»
wl0_security_mode=psk2
""")
N("balena_device_info_uuid_commit", BALENA_CLI, r"""
$ balena device «hex7:d»
== «@funny-hill|quiet-sun|bold-river»
ID:                    «dig8:i»
DEVICE TYPE:           raspberrypi4-64
STATUS:                idle
IS ONLINE:             true
IP ADDRESS:            «ip:a»
UUID:                  «hex7:d»«hex25:u»
COMMIT:                «hex32:c»
""")
N("balena_supervisor_curl_apikey_variable_ref", BALENA_SUP, r"""
curl -X POST --header "Content-Type:application/json" \
    "$BALENA_SUPERVISOR_ADDRESS/v1/restart?apikey=$BALENA_SUPERVISOR_API_KEY" \
    --data '{"appId": «dig7:a»}'
""")
N("mender_artifact_read_checksums", MENDER_ART, r"""
Mender artifact:
  Name: «@release|rpi-fleet»-«dig3:n»
  Format: mender
  Version: 3
  Signature: no signature
    Files:
      name:     rootfs.ext4
      size:     «dig9:s»
      modified: «TS» +0000 UTC
      checksum: «hex64:c»
""")
N("azure_iot_x509_connection_string_no_key", AZIOT_CS, r"""
IOTHUB_DEVICE_CONNECTION_STRING="HostName=«lc8:h»-hub.azure-devices.net;DeviceId=«@gw|cam|pi»-«dig3:n»;x509=true"
IOTHUB_DEVICE_X509_CERT=/etc/aziot/certs/«@gw|cam|pi»-«dig3:n»-full-chain.cert.pem
IOTHUB_DEVICE_X509_KEY=/etc/aziot/secrets/«@gw|cam|pi»-«dig3:n».key.pem
""")
N("az_iot_device_identity_show_x509_thumbprints", AZ_CLI_IOT, r"""
  "authentication": {
    "symmetricKey": {
      "primaryKey": null,
      "secondaryKey": null
    },
    "type": "selfSigned",
    "x509Thumbprint": {
      "primaryThumbprint": "«uhex40:p»",
      "secondaryThumbprint": "«uhex40:s»"
    }
  },
""")
N("azure_iot_edge_config_toml_dps_tpm_attestation", AZIOT_DPS, r"""
[provisioning]
source = "dps"
global_endpoint = "https://global.azure-devices-provisioning.net"
id_scope = "0ne00«uhex6:s»"

[provisioning.attestation]
method = "tpm"
registration_id = "«hex64:r»"
""")
N("aws_iot_describe_certificate_ids_arn", AWS_IOT_KEYS, r"""
{
    "certificateDescription": {
        "certificateArn": "arn:aws:iot:«@us-east-1|eu-west-1»:«dig12:a»:cert/«hex64:c»",
        "certificateId": "«hex64:c»",
        "caCertificateId": "«hex64:k»",
        "status": "ACTIVE",
        "ownedBy": "«dig12:a»",
        "generationId": "«uuid:g»",
""")
N("aws_iot_describe_endpoint_ats_address", AWS_IOT_KEYS, r"""
$ aws iot describe-endpoint --endpoint-type iot:Data-ATS
{
    "endpointAddress": "«lc14:e»-ats.iot.«@us-east-1|eu-west-1».amazonaws.com"
}
""")
N("greengrass_config_yaml_certificate_paths", GG_INSTALL, r"""
system:
  certificateFilePath: "/greengrass/v2/thingCert.crt"
  privateKeyPath: "/greengrass/v2/privKey.key"
  rootCaPath: "/greengrass/v2/rootCA.pem"
  rootpath: "/greengrass/v2"
  thingName: "«@GreengrassCore|gg-edge»-«dig4:t»"
services:
  aws.greengrass.Nucleus:
    configuration:
      iotRoleAlias: "GreengrassCoreTokenExchangeRoleAlias"
""")
N("greengrass_secret_manager_component_secret_arn", GG_INSTALL, r"""
  aws.greengrass.SecretManager:
    configuration:
      cloudSecrets:
        - arn: "arn:aws:secretsmanager:«@us-east-1|eu-west-1»:«dig12:a»:secret:«@mqtt-bridge|influx»-creds-«an6:s»"
""")
N("k3s_token_file_env_reference", K3S_CFG, r"""
# /etc/systemd/system/k3s-agent.service.env
K3S_TOKEN_FILE='/etc/rancher/k3s/«@cluster|agent»-token'
K3S_URL='https://«ip:s»:6443'
""")
N("k3s_kubectl_get_nodes_wide_edge", K3S_LOG, r"""
NAME         STATUS   ROLES                  AGE   VERSION        INTERNAL-IP    EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME
pi-master    Ready    control-plane,master   «dig2:a»d   v1.2«dig1:v».«dig1:p»+k3s1   «ip:a»    <none>        Debian GNU/Linux 12 (bookworm)   6.6.«dig2:k»+rpt-rpi-v8   containerd://1.7.«dig1:c»-k3s1
pi-node-«dig2:n»   Ready    <none>                 «dig2:b»d   v1.2«dig1:v».«dig1:p»+k3s1   «ip:b»    <none>        Debian GNU/Linux 12 (bookworm)   6.6.«dig2:k»+rpt-rpi-v8   containerd://1.7.«dig1:c»-k3s1
""")
N("microk8s_join_help_placeholder_usage", MK8S, r"""
Usage: microk8s join <master>:<port>/<token> [--worker] [--skip-verify]
  --worker         join as a worker node (no control plane)
  --skip-verify    skip the certificate verification of the node we are joining to
Example: microk8s join «ip:a»:25000/<token>/<cluster-cert-hash>
""")
N("kubeedge_keadm_gettoken_usage_text", KUBEEDGE, r"""
Usage:
  keadm gettoken [flags]

Examples:
keadm gettoken --kube-config /root/.kube/config
 - kube-config is the absolute path of kubeconfig which used to secure connectivity between cloudcore and kube-apiserver («@v1.17|v1.18|v1.19».«dig1:p»)
""")
N("wpa_cli_status_output_wpa2_psk", WPA_STATUS, r"""
bssid=«mac:b»
freq=«@2437|2462|5180»
ssid=«@HomeNet|Lab»
id=0
mode=station
pairwise_cipher=CCMP
group_cipher=CCMP
key_mgmt=WPA2-PSK
wpa_state=COMPLETED
ip_address=«ip:i»
address=«mac:m»
uuid=«uuid:u»
""")
N("wpa_supplicant_conf_open_network_key_mgmt_none", WPA, r"""
network={
	ssid="«@Cafe-Guest|Hotel-WiFi|Library»-«dig3:n»"
	key_mgmt=NONE
	priority=«dig1:p»
}
""")
N("nmcli_connection_show_psk_hidden", NMCLI, r"""
802-11-wireless.ssid:                   «@HomeNet|Lab»
802-11-wireless.mac-address:            «mac:m»
802-11-wireless-security.key-mgmt:      wpa-psk
802-11-wireless-security.psk:           <hidden>
802-11-wireless-security.psk-flags:     0 (none)
connection.uuid:                        «uuid:u»
""")
N("iwd_station_show_connected_network", IWD, r"""
                                 Station: wlan0
--------------------------------------------------------------------------------
  Settable  Property              Value
--------------------------------------------------------------------------------
            Scanning              no
            State                 connected
            Connected network     «@HomeNet|Lab»
            IPv4 address          «ip:i»
            ConnectedBss          «mac:b»
            RSSI                  -«dig2:r» dBm
""")
N("rpi_proc_cpuinfo_serial_revision", RPI_CPU, r"""
Hardware	: BCM2835
Revision	: «@c03115|d04170|b03115|c04170»
Serial		: 10000000«hex8:s»
Model		: Raspberry Pi «@4 Model B Rev 1.5|5 Model B Rev 1.0»
""")
N("rpi_eeprom_update_bootloader_sha256", EEPROM, r"""
BOOTLOADER: up to date
   CURRENT: «@Mon|Tue|Wed» «dd:d» Jan 2024 «hh:h»:«mm:m»:«mm:s» UTC («dig10:t»)
    LATEST: «@Mon|Tue|Wed» «dd:d» Jan 2024 «hh:h»:«mm:m»:«mm:s» UTC («dig10:t»)
   RELEASE: default (/lib/firmware/raspberrypi/bootloader-2711/default)
            Use raspi-config to change the release.
  sha256sum: «hex64:s»
""")
N("esptool_chip_id_mac_output", ESPTOOL, r"""
esptool.py v4.«dig1:v».0
Serial port /dev/ttyUSB0
Connecting....
Chip is ESP32-D0WD-V3 (revision v3.1)
Features: WiFi, BT, Dual Core, 240MHz, VRef calibration in efuse, Coding Scheme None
Crystal is 40MHz
MAC: «mac:m»
""")
N("esp_idf_boot_log_elf_sha256_app_desc", NVS, r"""
I («dig2:a») cpu_start: Application information:
I («dig2:a») cpu_start: Project name:     «@sensor_node|gateway|door_bell»
I («dig2:a») cpu_start: App version:      v1.«dig1:v».«dig1:p»-«dig2:g»-g«hex7:c»
I («dig2:a») cpu_start: Compile time:     Mar «dd:d» 2024 «hh:h»:«mm:m»:«mm:s»
I («dig2:a») cpu_start: ELF file SHA256:  «hex16:e»...
I («dig2:a») cpu_start: ESP-IDF:          v5.1.«dig1:i»
""")
N("plex_log_x_plex_token_masked", PLEX_TOKEN, r"""
«@Jan|Feb|Mar» «dd:d», 2024 «hh:h»:«mm:m»:«mm:s».«dig3:z» [«dig5:t»] DEBUG - Request: [«ip:c»:«dig4:p» (Subnet)] GET /library/sections/«dig1:s»/all?X-Plex-Token=xxxxxxxxxxxxxxxxxxxx («dig2:l» live) TLS GZIP Signed-in Token («@mediafan|homelab») (Infuse)
""")
N("plex_preferences_machine_identifiers_only", PLEX_TOKEN, r"""
<Preferences MachineIdentifier="«uuid:m»" ProcessedMachineIdentifier="«hex40:p»" AnonymousMachineIdentifier="«uuid:x»" MetricsEpoch="1" AcceptedEULA="1" FriendlyName="«@nas|media-pi|htpc»" TranscoderTempDirectory="/transcode"/>
""")
N("sonarr_log_apikey_removed", ARR_WIKI, r"""
«TS»|Warn|«@Newznab|Torznab»|API Request failed: https://«@indexer.example.net|nzb.example.org»/api?t=tvsearch&cat=5030,5040&extended=1&apikey=(removed)&offset=0&limit=100&tvdbid=«dig6:t»&season=«dig1:s»
«TS»|Info|RssSyncService|RSS Sync Completed. Reports found: «dig2:r», Reports grabbed: 0
""")
N("sonarr_curl_api_key_variable_header", ARR_API, r"""
curl -s -H "X-Api-Key: ${SONARR_API_KEY}" "http://sonarr:8989/api/v3/series/«dig3:s»" | jq '.title'
curl -s -H "X-Api-Key: $RADARR_API_KEY" "http://radarr:7878/api/v3/movie/«dig4:m»" | jq '.tmdbId'
""")
N("transmission_remote_torrent_info_hash_magnet", TRANSMISSION, r"""
NAME
  Id: «dig2:i»
  Name: «@debian-12.5.0-amd64-netinst.iso|ubuntu-24.04-live-server-amd64.iso|archlinux-2024.05.01-x86_64.iso»
  Hash: «hex40:h»
  Magnet: magnet:?xt=urn:btih:«hex40:h»&dn=«@debian|ubuntu|archlinux»
  Labels: 
""")
N("qbittorrent_conf_auth_subnet_whitelist", QBT, r"""
[Preferences]
WebUI\AuthSubnetWhitelist=«ip:a»/24
WebUI\AuthSubnetWhitelistEnabled=true
WebUI\LocalHostAuth=false
WebUI\Port=«dig4:p»
""")
N("jellyfin_system_info_public_server_id", JF_PUBLIC, r"""
{"LocalAddress":"http://«ip:a»:8096","ServerName":"«@jellyfin|media|nas»","Version":"10.«dig1:v».«dig1:p»","ProductName":"Jellyfin Server","OperatingSystem":"","Id":"«hex32:i»","StartupWizardCompleted":true}
""")
N("frigate_config_rtsp_env_placeholder", FRIGATE, r"""
cameras:
  «@front_door|driveway»:
    ffmpeg:
      inputs:
        - path: rtsp://«@admin|viewer»:{FRIGATE_RTSP_PASSWORD}@«ip:c»:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
""")
N("go2rtc_streams_without_credentials", GO2RTC, r"""
streams:
  «@doorbell|porch»: rtsp://«ip:c»:8554/«@doorbell|porch»
  «@doorbell|porch»_webrtc: webrtc:http://«ip:c»:1984/api/webrtc?src=«@doorbell|porch»#format=wyze
  «@doorbell|porch»_snap: ffmpeg:«@doorbell|porch»#video=mjpeg
""")
N("ffmpeg_log_rtsp_url_without_userinfo", FFMPEG, r"""
[rtsp @ 0x«hex12:p»] method SETUP failed: 461 Unsupported transport
Input #0, rtsp, from 'rtsp://«ip:c»:554/stream«@1|2»':
  Metadata:
    title           : «@Media Presentation|LIVE555 Streaming Media v2020.08.19»
  Stream #0:0: Video: h264 (Main), yuvj420p(pc, bt709, progressive), 1920x1080, «@15|20|25» fps
""")
N("hikvision_device_info_serial_mac", HIK_ISAPI, r"""
<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
<deviceName>«@IP CAMERA|Garage»</deviceName>
<deviceID>«uuid:d»</deviceID>
<model>DS-2CD2«dig3:m»G2-I</model>
<serialNumber>DS-2CD2«dig3:m»G2-I20«dig6:s»AAWRL«uhex9:n»</serialNumber>
<macAddress>«mac:m»</macAddress>
<firmwareVersion>V5.7.«dig2:f»</firmwareVersion>
""")
N("hass_addon_zwave_js_options_empty_keys", ZWJS, r"""
{"device": "/dev/serial/by-id/usb-Zooz_800_Z-Wave_Stick_«uhex16:s»-if00", "log_level": "info", "s0_legacy_key": "", "s2_access_control_key": "", "s2_authenticated_key": "", "s2_unauthenticated_key": "", "soft_reset": "Automatic"}
""")
N("zwave_js_ui_log_home_id_node_ids", ZWJS, r"""
«TS» INFO Z-WAVE: Controller status: Driver ready
«TS» INFO Z-WAVE: Zwave driver is ready
«TS» INFO Z-WAVE: Controller id 1, Home id: 0x«hex8:h»
«TS» INFO Z-WAVE: Node «dig2:n»: value added: 134-0-firmwareVersions => ["7.«dig2:v»"]
""")
N("hass_core_uuid_storage_file", HASS_SECRETS, r"""
{
  "version": 1,
  "minor_version": 1,
  "key": "core.uuid",
  "data": {
    "uuid": "«hex32:u»"
  }
}
""")
N("hass_entity_registry_unique_ids", HASS_SECRETS, r"""
      {"entity_id": "binary_sensor.«@hallway|stairs»_occupancy", "unique_id": "0x00158d000«hex7:a»_occupancy_zigbee2mqtt", "config_entry_id": "«hex32:c»", "device_id": "«hex32:d»", "platform": "mqtt", "id": "«hex32:i»"},
""")
N("hass_cloud_remote_ui_instance_url", HASS_CLOUD, r"""
«TS» INFO (MainThread) [hass_nabucasa.remote] Connected to remote UI at https://«lc32:i».ui.nabu.casa
«TS» INFO (MainThread) [hass_nabucasa.iot] Connected
""")
N("hass_addon_mosquitto_options_no_logins", HASS_MOSQ, r"""
{"logins": [], "require_certificate": false, "certfile": "«@fullchain|cert»-«dig4:n».pem", "keyfile": "privkey.pem", "customize": {"active": «@true|false», "folder": "mosquitto"}}
""")
N("duckdns_script_token_env_reference", DUCKDNS, r"""
#!/bin/sh
# token is read from /etc/duckdns.env (DUCKDNS_TOKEN=...)
. /etc/duckdns.env
echo url="https://www.duckdns.org/update?domains=«lc10:d»&token=${DUCKDNS_TOKEN}&ip=" | curl -k -o /var/log/duck.log -K -
""")
N("ddclient_log_update_success", DDCLIENT, r"""
«TY» «@nas|pi»  ddclient[«dig4:p»]: SUCCESS:  updating home«dig3:h».example.net: good: IP address set to «ip:a»
«TY» «@nas|pi»  ddclient[«dig4:p»]: WARNING:  skipping update of home«dig3:h».example.net from <nothing> to «ip:a».
""")
N("pihole_setupvars_empty_webpassword", PIHOLE, r"""
PIHOLE_INTERFACE=«@eth0|wlan0»
IPV4_ADDRESS=«ip:a»/24
IPV6_ADDRESS=
WEBPASSWORD=
BLOCKING_ENABLED=true
DNSMASQ_LISTENING=local
""")
N("adguardhome_yaml_empty_users_upstreams", ADGUARD, r"""
users: []
dns:
  bind_hosts:
    - «ip:a»
  port: 53
  upstream_dns:
    - https://dns10.quad9.net/dns-query
    - tls://1.1.1.1
""")
N("vaultwarden_env_admin_token_file_ref", VW, r"""
DOMAIN=https://vault.«@home|lab»«dig2:n».example.net
ADMIN_TOKEN_FILE=/run/secrets/vaultwarden_admin_token
SIGNUPS_ALLOWED=false
""")
N("octoprint_log_api_key_length_and_plugin_hashes", OCTO, r"""
«TL» - octoprint.plugin.core - INFO - Loaded «dig2:n» plugins
«TL» - octoprint.server - INFO - Listening on http://0.0.0.0:5000 and http://[::]:5000
«TL» - octoprint.plugins.softwareupdate - INFO - Current commit «hex40:c» matches remote
""")
N("ttn_end_device_get_eui_fields", TTN_CLI, r"""
{
  "ids": {
    "device_id": "«@node|probe»-«dig2:n»",
    "application_ids": {"application_id": "«@greenhouse|soil-sensors»"},
    "dev_eui": "70B3D57ED00«uhex5:e»",
    "join_eui": "0000000000000000",
    "dev_addr": "260B«uhex4:a»"
  },
""")
N("lora_packet_forwarder_global_conf_gateway_id", LORA_PF, r"""
	"gateway_conf": {
		"gateway_ID": "B827EBFFFE«uhex6:g»",
		"server_address": "eu1.cloud.thethings.network",
		"serv_port_up": 1700,
		"serv_port_down": 1700,
		"keepalive_interval": «dig2:k»
""")
N("chirpstack_device_profile_ids_and_secret_ref", CHIRP, r"""
[api]
  bind="0.0.0.0:8080"
  secret="$API_SECRET"
[network]
  net_id="«uhex6:n»"
  enabled_regions=["eu868"]
""")
N("thingsboard_device_entity_ids_credentials_type", TB, r"""
{"id":{"entityType":"DEVICE","id":"«uuid:d»"},"createdTime":«dig13:t»,"tenantId":{"entityType":"TENANT","id":"«uuid:t»"},"name":"«@greenhouse|boiler»-«dig2:n»","type":"default","deviceProfileId":{"entityType":"DEVICE_PROFILE","id":"«uuid:p»"},"credentialsType":"ACCESS_TOKEN"}
""")
N("arduino_secrets_h_empty_defines", ARDUINO, r"""
// sketch_«@jan|feb|mar»«dd:d»a / arduino_secrets.h⏎
#define SECRET_SSID ""⏎
#define SECRET_OPTIONAL_PASS ""⏎
#define SECRET_DEVICE_KEY ""⏎
""")
N("blynk_template_id_placeholder_token", BLYNK, r"""
#define BLYNK_TEMPLATE_ID "TMPL«an8:t»"
#define BLYNK_TEMPLATE_NAME "«@Greenhouse|Garage Door|Aquarium»"
// #define BLYNK_AUTH_TOKEN "YourAuthToken"
#define BLYNK_FIRMWARE_VERSION "0.«dig1:a».«dig1:b»"
""")
N("platformio_ini_build_flags_sysenv_reference", PIO, r"""
[env:«@esp32dev|d1_mini|esp32-s3-devkitc-1»]
build_flags =
    -DWIFI_SSID=\"${sysenv.WIFI_SSID}\"
    -DWIFI_PASS=\"${sysenv.WIFI_PASS}\"
    -DFW_VERSION=\"1.«dig1:a».«dig2:b»\"
""")
N("shelly_gen2_device_info_auth_domain", SHELLY2, r"""
{"name":null,"id":"shellyplus1pm-«hex12:m»","mac":"«uhex12:m»","slot":0,"model":"SNSW-001P16EU","gen":2,"fw_id":"202«dig1:y»1107-1647«dig2:s»/1.«dig1:v».8-g«hex7:g»","ver":"1.«dig1:v».8","app":"Plus1PM","auth_en":true,"auth_domain":"shellyplus1pm-«hex12:m»"}
""")
N("tinytuya_scan_device_ids_product_ids", TINYTUYA, r"""
Unknown v3.«@3|4» Device   Product ID = «an16:p»  [Valid Broadcast]:
    Address = «ip:a»   Device ID = bf«lc20:i» (len:22)   Local Key =    Version = 3.«@3|4»  Type = default, MAC = 
""")
N("nut_upsc_status_output", UPSD, r"""
battery.charge: «dig2:c»
battery.runtime: «dig4:r»
device.serial: «uhex12:s»
ups.mfr: «@CPS|EATON|APC»
ups.status: OL
ups.firmware: «uhex6:f»
""")
N("watchtower_log_image_digests", WATCHTOWER, r"""
time="«T»" level=info msg="Found new «@homeassistant/home-assistant|koenkk/zigbee2mqtt|eclipse-mosquitto»:latest image (sha256:«hex64:d»)"
time="«T»" level=info msg="Stopping /«@homeassistant|zigbee2mqtt|mosquitto» («hex12:c») with SIGTERM"
""")
N("portainer_edge_agent_id_env", PORTAINER, r"""
docker run -d -v /var/run/docker.sock:/var/run/docker.sock -v /:/host \
  -e EDGE=1 -e EDGE_ID=«uuid:e» -e EDGE_INSECURE_POLL=1 \
  --name portainer_edge_agent portainer/agent:2.«dig2:v».«dig1:p»
""")
N("wled_cfg_json_ota_lock_flags_no_secret", WLED, r"""
{"rev":[1,0],"vid":«dig7:v»,"id":{"mdns":"wled-«hex6:m»","name":"«@Desk|TV|Stairs» LEDs"},"nw":{"ins":[{"ssid":"«@HomeNet|IoT»","pskl":«dig2:l»,"ip":[0,0,0,0]}]},"ota":{"lock":false,"lock-wifi":false,"pskl":«dig1:o»,"aota":true}}
""")

# ---------------------------------------------------------------- bookkeeping (does not change the output)
SOURCES = {name: src for name, src, _, _ in POS + NEG}
# first word of the shape name with 0 hits (case-insensitive substring) in used_redact_shapes.txt
NEW_TOOLS = sorted("""adguardhome arduino asuswrt balena blynk chirpstack ddclient ddwrt duckdns esp32 esphome esptool
ffmpeg frigate fritzconnection go2rtc greengrass hass hikvision hivemq homebridge hostapd iwd jellyfin kubeedge lidarr
lora mender microk8s moonraker mqttx nmcli nodered nzbget octoprint onvif openhab openwrt overseerr particle pihole
platformio plex portainer qbittorrent radarr raspi reolink rpi sabnzbd shelly sonarr tasmota tautulli thingsboard
tinytuya transmission ttn vaultwarden vlc watchtower wpa z2m zoneminder zwave""".split())
# first words with hits that are only substrings of other words (unified, minute, string, knowledge, response ...)
SUBSTRING_ONLY_HITS = ["unifi", "nut", "ring", "wled", "esp"]
NEW_KIND_POS = [n for n, _, _, _ in POS if n.split("_")[0] in NEW_TOOLS]
NEW_KIND_NEG = [n for n, _, _, _ in NEG if n.split("_")[0] in NEW_TOOLS]
SAME_KIND_POS = [n for n, _, _, _ in POS if n.split("_")[0] not in NEW_TOOLS]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if n.split("_")[0] not in NEW_TOOLS]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    pos_out = []
    for name, _, _, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tpl)
                if ok_positive(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    neg_seen = set()
    for name, _, _, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(tpl)
                key = "\n".join(lines)
                if not secrets and key not in neg_seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
