#!/usr/bin/env python3
"""holdout54: sealed held-out set for the wbdiag secret redactor.

Focus: mail, telephony and team-communication servers and their clients.
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
Additions (holdout54): sym<n> (Synapse-style random_string_with_symbols alphabet),
  b58g<n> (n groups of 4 base58 chars joined by spaces: Element security key),
  transform saslplain:user (base64 of \0user\0value; only the characters that
  encode password bytes alone are listed), b64:arg where arg may hold {} (the
  value's position) and {kind:id} (a value already drawn in the record).
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

SEED = 5454_1206
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
SYM = AN + ".,;:^&*-_+=#~@"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
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
        m = re.fullmatch(r"(b58g)(\d+)", kind)
        if m:
            return " ".join("".join(rng.choice(B58) for _ in range(4)) for _ in range(int(m.group(2))))
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"uhex": "0123456789ABCDEF", "bc": "./" + AN, "an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S, "sym": SYM}[name]
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
        if body in ("T", "TL", "TG", "TE", "TS"):
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
            arg = re.sub(r"\{([a-z0-9]+):(\w*)\}", lambda mm: vals.setdefault((mm.group(1), mm.group(2)), draw(mm.group(1))), arg)
            raw = arg.replace("{}", v) if "{}" in arg else arg + v
            out = base64.b64encode(raw.encode()).decode()
            listed = out.rstrip("=")
        elif tname == "saslplain":
            arg = re.sub(r"\{([a-z0-9]+):(\w*)\}", lambda mm: vals.setdefault((mm.group(1), mm.group(2)), draw(mm.group(1))), arg)
            pre = ("\0" + arg + "\0").encode()
            out = base64.b64encode(pre + v.encode()).decode()
            g = -(-len(pre) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "basic":
            arg = re.sub(r"\{([a-z0-9]+):(\w*)\}", lambda mm: vals.setdefault((mm.group(1), mm.group(2)), draw(mm.group(1))), arg)
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



# ---------------------------------------------------------------- sources
S_PJSIP = "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/"
S_PJSIP_WIZ = "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/PJSIP-Configuration-Wizard/"
S_PJSIP_AUTH = "https://docs.asterisk.org/Asterisk_16_Documentation/API_Documentation/AMI_Events/AuthDetail"
S_CHANSIP = "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-chan_sip/"
S_IAX = "https://docs.asterisk.org/Configuration/Channel-Drivers/Inter-Asterisk-eXchange-protocol-version-2-IAX2/"
S_AMI = "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-Manager-Interface-AMI/"
S_ARI = "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/Getting-Started-with-ARI/"
S_ODBC = "https://docs.asterisk.org/Configuration/Interfaces/Back-end-Database-and-Realtime-Connectivity/ODBC/"
S_CDRPG = "https://github.com/asterisk/asterisk/blob/master/configs/samples/cdr_pgsql.conf.sample"
S_FREEPBX = "https://sangomakb.atlassian.net/wiki/spaces/FP/pages/freepbx.conf"
S_FSDIR = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Directory/XML-User-Directory"
S_FSVARS = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Default-Configuration/vars.xml"
S_FSESL = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_event_socket"
S_FSCLI = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Client-and-Developer-Interfaces/1048948/"
S_FSGW = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Sofia-SIP-Stack/Gateways-Configuration"
S_FSCURL = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_xml_curl"
S_KAMCFG = "https://github.com/kamailio/kamailio/blob/master/etc/kamailio.cfg"
S_KAMCTLRC = "https://github.com/kamailio/kamailio/blob/master/utils/kamctl/kamctlrc"
S_KAMCTL = "https://www.kamailio.org/wikidocs/install/devel/"
S_KAMAUTH = "https://www.kamailio.org/docs/modules/stable/modules/auth_db.html"
S_OSIPS = "https://opensips.org/docs/modules/3.4.x/usrloc.html"
S_OSIPSCLI = "https://github.com/OpenSIPS/opensips-cli/blob/master/docs/modules/database.md"
S_OSIPSREG = "https://opensips.org/docs/modules/3.4.x/uac_registrant.html"
S_HOMER = "https://github.com/sipcapture/heplify-server/blob/master/example/homer7_config/heplify-server.toml"
S_YEALINK = "https://support.yealink.com/en/portal/docList?archiveType=document&productCode=auto-provisioning-guide"
S_POLYCOM = "https://documents.polycom.com/bundle/ucs-ag-6-4-0/"
S_GRANDSTREAM = "https://www.grandstream.com/hubfs/Product_Documentation/gxp_config_template.pdf"
S_CISCOSPA = "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cuipph/MPP/6800/english/AG/p680_b_6800-mpp-ag_new/p680_b_6800-mpp-ag_new_chapter_01011.html"
S_SNOM = "https://service.snom.com/display/wiki/user_pass"
S_LINPHONE = "https://wiki.linphone.org/xwiki/wiki/public/view/Lib/Features/Remote%20Provisioning/"
S_BARESIP = "https://github.com/baresip/baresip/wiki/Accounts"
S_SIPP = "https://sipp.readthedocs.io/en/latest/"
S_PJSUA = "https://docs.pjsip.org/en/latest/specific-guides/other/cli_cmd.html"
S_SDES = "https://www.rfc-editor.org/rfc/rfc4568"
S_TWCLI = "https://www.twilio.com/docs/twilio-cli/general-usage/profiles"
S_TWSIP = "https://www.twilio.com/docs/sip-trunking/api/credentiallist-resource"
S_TWSERVERLESS = "https://www.twilio.com/docs/labs/serverless-toolkit/general-usage"
S_TWAPI = "https://www.twilio.com/docs/usage/requests-to-twilio"
S_NEXMO = "https://github.com/Nexmo/nexmo-cli"
S_VONAGE = "https://developer.vonage.com/en/getting-started/concepts/authentication"
S_PLIVO = "https://www.plivo.com/docs/messaging/api/overview/authentication"
S_SIGNALWIRE = "https://developer.signalwire.com/guides/your-signalwire-api-space"

# ---------------------------------------------------------------- Asterisk
P("asterisk_pjsip_conf_itsp_auth_and_registration_sections", S_PJSIP, r"""
[«@voipms|flowroute|itsp»-auth]
type=auth
auth_type=userpass
username=«dig6:u»
password=«!pw18:p»

[«@voipms|flowroute|itsp»-reg]
type=registration
outbound_auth=«@voipms|flowroute|itsp»-auth
server_uri=sip:«@sip.example.net|trunk.example.com»
client_uri=sip:«dig6:u»@«@sip.example.net|trunk.example.com»
retry_interval=60
""")

P("asterisk_pjsip_conf_auth_md5_cred_digest_hash", S_PJSIP_AUTH, r"""
; extension «dig4:e» - generated by provisioning script «TG»
[«dig4:e»-auth]
type=auth
auth_type=md5
username=«dig4:e»
realm=pbx.example.com
md5_cred=«!hex32:h»
""")

P("asterisk_pjsip_wizard_conf_outbound_auth_slash_password", S_PJSIP_WIZ, r"""
[trunk-«@carrier|upstream|sbc»]
type = wizard
sends_auth = yes
sends_registrations = yes
remote_hosts = «@sip.example.net|trunk.example.com»:5060
outbound_auth/username = «dig8:u»
outbound_auth/password = «!pw16:p»
endpoint/context = from-pstn
endpoint/allow = !all,ulaw,alaw
aor/qualify_frequency = 30
""")

P("asterisk_cli_pjsip_show_auth_parameter_table", S_PJSIP, r"""
pbx*CLI> pjsip show auth «dig4:e»-auth

 ParameterName          : ParameterValue
 ===============================================
 auth_type              : userpass
 md5_cred               : 
 nonce_lifetime         : 32
 password               : «!pw14:p»
 realm                  : 
 username               : «dig4:e»
""")

P("asterisk_manager_conf_user_section_secret", S_AMI, r"""
[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1

[«@fop2|crm|ami-monitor»]
secret = «!pw20:s»
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.0
read = system,call,log,verbose,command,agent,user
write = system,call,command,originate
""")

P("asterisk_ami_login_action_crlf_capture", S_AMI, r"""
Asterisk Call Manager/«@7.0.3|9.0.0|5.0.4»⏎
Action: Login⏎
ActionID: «dig6:a»⏎
Username: «@fop2|crm|dialer»⏎
Secret: «!pw16:s»⏎
Events: off⏎
⏎
Response: Success⏎
ActionID: «dig6:a»⏎
Message: Authentication accepted⏎
""")

P("asterisk_ari_conf_user_plain_password_format", S_ARI, r"""
[general]
enabled = yes
pretty = yes
allowed_origins = https://ari.example.com

[«@ariuser|stasis|callbot»]
type = user
read_only = no
password = «!pw22:p»
password_format = plain
""")

P("asterisk_ari_websocket_url_api_key_user_colon_pass", S_ARI, r"""
«T» info  [callbot] connecting to ws://10.0.«dig2:a».7:8088/ari/events?app=callbot&api_key=callbot:«!pw18:p»&subscribeAll=true
«T» info  [callbot] websocket open, stasis app registered
""")

P("asterisk_ari_curl_user_pass_originate", S_ARI, r"""
$ curl -s -u «@asterisk|ari|stasis»:«!pw16:p» -X POST "http://localhost:8088/ari/channels?endpoint=PJSIP/«dig4:e»&extension=«dig3:x»&context=default"
{"id":"«dig10:c».«dig2:d»","name":"PJSIP/«dig4:e»-«hex8:h»","state":"Down","caller":{"name":"","number":""}}
""")

P("asterisk_sip_conf_register_line_and_peer_secret", S_CHANSIP, r"""
[general]
context=public
register => «dig7:u»:«!pw14:p»@sip.example.net/«dig7:u»

[«@provider|trunk1|pstn-out»]
type=peer
host=sip.example.net
username=«dig7:u»
secret=«!pw14:p»
fromuser=«dig7:u»
insecure=port,invite
""")

P("asterisk_iax_conf_trunk_friend_md5_secret", S_IAX, r"""
[«@branch-office|hq-link|site-b»]
type=friend
host=dynamic
trunk=yes
auth=md5
secret=«!pw18:s»
context=from-branch
qualify=yes
requirecalltoken=no
""")

P("asterisk_res_odbc_conf_connection_password", S_ODBC, r"""
[asterisk]
enabled => yes
dsn => asterisk-connector
username => asterisk
password => «!pw16:p»
pre-connect => yes
max_connections => 5
""")

P("asterisk_cdr_pgsql_conf_global_password", S_CDRPG, r"""
[global]
hostname=10.0.«dig2:a».12
port=5432
dbname=asteriskcdrdb
password=«!pw16:p»
user=asterisk
table=cdr
encoding=UTF8
""")

P("freepbx_conf_php_ampdbpass", S_FREEPBX, r"""
<?php
$amp_conf['AMPDBUSER'] = 'freepbxuser';
$amp_conf['AMPDBPASS'] = '«!hex32:p»';
$amp_conf['AMPDBHOST'] = 'localhost';
$amp_conf['AMPDBNAME'] = 'asterisk';
$amp_conf['AMPDBENGINE'] = 'mysql';
$amp_conf['datasource'] = '';
require_once('/var/www/html/admin/bootstrap.php');
?>
""")

P("sip_debug_invite_sdp_crypto_inline_srtp_key", S_SDES, r"""
<--- Transmitting SIP request (1021 bytes) to TLS:203.0.113.«dig2:i»:5061 --->
INVITE sip:«dig10:n»@sip.example.net;transport=tls SIP/2.0
Call-ID: «lc32:c»
Content-Type: application/sdp

v=0
o=- «dig9:o» «dig9:o» IN IP4 10.0.0.5
m=audio 14«dig3:p» RTP/SAVP 0 8 101
a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:«!b64s40:k»
a=rtpmap:0 PCMU/8000
""")

# ---------------------------------------------------------------- FreeSWITCH
P("freeswitch_directory_user_xml_password_and_vm_password", S_FSDIR, r"""
<include>
  <user id="«dig4:e»">
    <params>
      <param name="password" value="«!pw16:p»"/>
      <param name="vm-password" value="«!dig8:v»"/>
    </params>
    <variables>
      <variable name="accountcode" value="«dig4:e»"/>
      <variable name="user_context" value="default"/>
    </variables>
  </user>
</include>
""")

P("freeswitch_vars_xml_preprocess_default_password", S_FSVARS, r"""
  <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>
  <X-PRE-PROCESS cmd="set" data="domain_name=$${domain}"/>
  <X-PRE-PROCESS cmd="set" data="hold_music=local_stream://moh"/>
  <!-- Change this before going to production -->
  <X-PRE-PROCESS cmd="set" data="default_password=«!pw14:p»"/>
  <X-PRE-PROCESS cmd="set" data="use_profile=external"/>
""")

P("freeswitch_event_socket_conf_xml_password_param", S_FSESL, r"""
<configuration name="event_socket.conf" description="Socket Client">
  <settings>
    <param name="nat-map" value="false"/>
    <param name="listen-ip" value="127.0.0.1"/>
    <param name="listen-port" value="8021"/>
    <param name="password" value="«!pw16:p»"/>
    <param name="apply-inbound-acl" value="loopback.auto"/>
  </settings>
</configuration>
""")

P("freeswitch_fs_cli_password_flag_in_ps", S_FSCLI, r"""
$ ps -eo pid,user,args | grep [f]s_cli
 «dig5:pid» root     /usr/bin/fs_cli -H 127.0.0.1 -P 8021 -p «!pw16:p» -x sofia status gateway
""")

P("freeswitch_sofia_external_gateway_xml_password", S_FSGW, r"""
<include>
  <gateway name="«@voipprovider|carrier-a|sbc-east»">
    <param name="username" value="«dig8:u»"/>
    <param name="password" value="«!pw16:p»"/>
    <param name="realm" value="sip.example.net"/>
    <param name="proxy" value="sip.example.net"/>
    <param name="register" value="true"/>
    <param name="expire-seconds" value="600"/>
  </gateway>
</include>
""")

P("freeswitch_directory_a1_hash_param", S_FSDIR, r"""
<include>
  <user id="«dig4:e»">
    <params>
      <param name="a1-hash" value="«!hex32:h»"/>
      <param name="vm-enabled" value="false"/>
    </params>
  </user>
</include>
""")

P("freeswitch_python_esl_connection_traceback", S_FSESL, r"""
Traceback (most recent call last):
  File "/opt/callstats/collector.py", line «dig2:l», in <module>
    con = ESL.ESLconnection("127.0.0.1", "8021", "«!pw16:p»")
  File "/usr/lib/python3/dist-packages/ESL.py", line 199, in __init__
    this = _ESL.new_ESLconnection(*args)
RuntimeError: Connection refused
""")

P("freeswitch_xml_curl_gateway_credentials_param", S_FSCURL, r"""
<configuration name="xml_curl.conf" description="cURL XML Gateway">
  <bindings>
    <binding name="directory">
      <param name="gateway-url" value="https://provision.example.com/fs/directory" bindings="directory"/>
      <param name="gateway-credentials" value="«@fsxml|freeswitch»:«!pw18:p»"/>
      <param name="auth-scheme" value="basic"/>
      <param name="timeout" value="10"/>
    </binding>
  </bindings>
</configuration>
""")

# ---------------------------------------------------------------- Kamailio / OpenSIPS / Homer
P("kamailio_cfg_define_dburl_mysql_userinfo", S_KAMCFG, r"""
#!ifdef WITH_MYSQL
# - database URL - used to connect to database server by modules such
#       as: auth_db, acc, usrloc, a.s.o.
#!ifndef DBURL
#!define DBURL "mysql://kamailio:«!pw16:p»@localhost/kamailio"
#!endif
#!endif
""")

P("kamailio_kamctlrc_rw_and_ro_passwords", S_KAMCTLRC, r"""
## database read/write user
DBRWUSER="kamailio"

## password for database read/write user
DBRWPW="«!pw16:a»"

## database read only user
DBROUSER="kamailioro"

## password for database read only user
DBROPW="«!pw16:b»"
""")

P("kamailio_kamctl_add_subscriber_history", S_KAMCTL, r"""
  «dig3:n»  kamctl add «dig4:e»@sip.example.com «!pw14:p»
  «dig3:m»  kamctl ul show «dig4:e»@sip.example.com
""")

P("kamailio_subscriber_table_select_password_ha1", S_KAMAUTH, r"""
MariaDB [kamailio]> SELECT username, domain, password, ha1 FROM subscriber LIMIT 2;
+----------+-----------------+------------------+----------------------------------+
| username | domain          | password         | ha1                              |
+----------+-----------------+------------------+----------------------------------+
| «dig4:a»     | sip.example.com | «!pw16:p» | «!hex32:h» |
| «dig4:b»     | sip.example.com | «!pw16:q» | «!hex32:i» |
+----------+-----------------+------------------+----------------------------------+
2 rows in set (0.001 sec)
""")

P("opensips_cfg_modparam_db_url_postgres", S_OSIPS, r"""
loadmodule "usrloc.so"
modparam("usrloc", "nat_bflag", "NAT")
modparam("usrloc", "working_mode_preset", "single-instance-sql-write-back")
modparam("usrloc", "db_url", "postgres://opensips:«!pw16:p»@10.0.«dig2:a».5/opensips")

loadmodule "auth_db.so"
modparam("auth_db", "calculate_ha1", yes)
""")

P("opensips_cli_cfg_database_urls", S_OSIPSCLI, r"""
[default]
log_level: WARNING
prompt_name: opensips-cli
history_file: ~/.opensips-cli.history
database_url: mysql://opensips:«!pw16:p»@localhost
database_name: opensips
database_admin_url: mysql://root:«!pw18:r»@localhost
""")

P("opensips_registrant_table_insert_password", S_OSIPSREG, r"""
INSERT INTO registrant (registrar, aor, username, password, binding_URI, expiry)
  VALUES ('sip:sip.example.net', 'sip:«dig10:n»@sip.example.net', '«dig10:n»', '«!pw14:p»',
          'sip:«dig10:n»@10.0.0.9:5060', 3600);
""")

P("homer_heplify_server_toml_dbpass", S_HOMER, r"""
HEPAddr               = "0.0.0.0:9060"
HEPTCPAddr            = "0.0.0.0:9061"
DBShema               = "homer7"
DBDriver              = "postgres"
DBAddr                = "10.0.«dig2:a».20:5432"
DBUser                = "homer"
DBPass                = "«!pw18:p»"
DBDataTable           = "homer_data"
DBConfTable           = "homer_config"
""")

# ---------------------------------------------------------------- SIP phones and softphones
P("yealink_mac_cfg_account_password", S_YEALINK, r"""
#!version:1.0.0.1
account.1.enable = 1
account.1.label = «dig4:e»
account.1.display_name = «dig4:e»
account.1.auth_name = «dig4:e»
account.1.user_name = «dig4:e»
account.1.password = «!pw14:p»
account.1.sip_server.1.address = pbx.example.com
account.1.sip_server.1.port = 5060
""")

P("yealink_common_cfg_admin_user_password_and_autop_password", S_YEALINK, r"""
#!version:1.0.0.1
static.security.user_name.admin = admin
static.security.user_password = admin:«!pw12:a»
static.auto_provision.server.url = https://provision.example.com/yealink/
static.auto_provision.server.username = «@yealink|autop»
static.auto_provision.server.password = «!pw14:b»
static.auto_provision.repeat.enable = 1
""")

P("polycom_phone_xml_reg_auth_password_attribute", S_POLYCOM, r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PHONE_CONFIG>
  <ALL
    reg.1.displayName="«dig4:e»"
    reg.1.address="«dig4:e»@pbx.example.com"
    reg.1.auth.userId="«dig4:e»"
    reg.1.auth.password="«!pw14:p»"
    reg.1.server.1.address="pbx.example.com"
    device.auth.localAdminPassword="«!dig10:a»"
  />
</PHONE_CONFIG>
""")

P("grandstream_cfg_xml_p34_auth_password_p2_admin", S_GRANDSTREAM, r"""
<?xml version="1.0" encoding="UTF-8" ?>
<gs_provision version="1">
  <mac>«hex12:m»</mac>
  <config version="1">
    <P271>1</P271>
    <P47>pbx.example.com</P47>
    <P35>«dig4:e»</P35>
    <P36>«dig4:e»</P36>
    <P34>«!pw14:p»</P34>
    <P2>«!pw12:a»</P2>
  </config>
</gs_provision>
""")

P("cisco_spa_flat_profile_password_1_admin_passwd", S_CISCOSPA, r"""
<flat-profile>
  <Line_Enable_1_ ua="na">Yes</Line_Enable_1_>
  <Proxy_1_ ua="na">pbx.example.com</Proxy_1_>
  <Display_Name_1_ ua="na">«dig4:e»</Display_Name_1_>
  <User_ID_1_ ua="na">«dig4:e»</User_ID_1_>
  <Password_1_ ua="na">«!pw14:p»</Password_1_>
  <Use_Auth_ID_1_ ua="na">No</Use_Auth_ID_1_>
  <Admin_Passwd ua="na">«!pw12:a»</Admin_Passwd>
</flat-profile>
""")

P("snom_settings_xml_user_pass_idx", S_SNOM, r"""
<?xml version="1.0" encoding="utf-8"?>
<settings>
 <phone-settings e="2">
  <user_realname idx="1" perm="">«dig4:e»</user_realname>
  <user_name idx="1" perm="">«dig4:e»</user_name>
  <user_host idx="1" perm="">pbx.example.com</user_host>
  <user_pass idx="1" perm="">«!pw14:p»</user_pass>
  <admin_mode_password perm="">«!pw10:a»</admin_mode_password>
 </phone-settings>
</settings>
""")

P("linphonerc_auth_info_passwd", S_LINPHONE, r"""
[proxy_0]
reg_proxy=<sip:pbx.example.com;transport=tls>
reg_identity="«@Alice|Front Desk|Ops»" <sip:«dig4:e»@pbx.example.com>
reg_sendregister=1

[auth_info_0]
username=«dig4:e»
passwd=«!pw14:p»
realm=pbx.example.com
domain=pbx.example.com
""")

P("baresip_accounts_auth_pass_param", S_BARESIP, r"""
# SIP accounts - one account per line
#
# Displayname <sip:user@domain;uri-params>;addr-params
#
<sip:«dig4:e»@pbx.example.com;transport=tls>;auth_pass=«!pw14:p»;outbound="sip:pbx.example.com;transport=tls";regint=600
""")

P("sipp_command_auth_user_and_password_flags", S_SIPP, r"""
$ sipp -sn uac -au «dig4:e» -ap «!pw14:p» -s «dig4:t» -r 5 -m 200 -trace_err pbx.example.com:5060
Resolving remote host 'pbx.example.com'... Done.
""")

P("pjsua_cli_registrar_username_password_args", S_PJSUA, r"""
$ ./pjsua --id sip:«dig4:e»@pbx.example.com --registrar sip:pbx.example.com --realm "*" --username «dig4:e» --password «!pw14:p» --null-audio
 «TS»           pjsua_acc.c  ....SIP outbound status for acc 0 is not active
 «TS»           pjsua_acc.c  ....sip:«dig4:e»@pbx.example.com: registration success, status=200 (OK), will re-register in 300 seconds
""")

# ---------------------------------------------------------------- CPaaS: Twilio, Vonage, Plivo, SignalWire
P("twilio_cli_config_json_profile_api_secret", S_TWCLI, r"""
{
  "profiles": {
    "«@prod|staging|ops»": {
      "accountSid": "AC«hex32:a»",
      "apiKey": "SK«hex32:k»",
      "apiSecret": "«!an32:s»",
      "region": null
    }
  },
  "activeProfile": "«@prod|staging|ops»"
}
""")

P("twilio_cli_sip_credential_list_credential_create", S_TWSIP, r"""
$ twilio api:trunking:v1:trunks:credential-lists:create --trunk-sid TK«hex32:t» --credential-list-sid CL«hex32:c»
$ twilio api:core:sip:credential-lists:credentials:create --credential-list-sid CL«hex32:c» --username «@pbx-trunk|asterisk01|fs-edge» --password «!pw18:p»
SID                                 Username
CR«hex32:r»  «@pbx-trunk|asterisk01|fs-edge»
""")

P("twilio_serverless_dotenv_account_sid_auth_token", S_TWSERVERLESS, r"""
# .env  (twilio serverless:deploy)
ACCOUNT_SID=AC«hex32:a»
AUTH_TOKEN=«!hex32:t»
FORWARD_TO=+1«dig10:n»
VOICEMAIL_EMAIL=voicemail@example.com
""")

P("twilio_http_client_debug_send_basic_authorization", S_TWAPI, r"""
send: b'POST /2010-04-01/Accounts/AC«hex32:a»/Calls.json HTTP/1.1\r\nHost: api.twilio.com\r\nUser-Agent: twilio-python/9.0.0 (Linux x86_64) Python/3.11.6\r\nAccept-Charset: utf-8\r\nAccept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\nAuthorization: Basic «!hex32:t|basic:AC{hex32:a}»\r\nContent-Length: 132\r\n\r\n'
reply: 'HTTP/1.1 201 CREATED\r\n'
""")

P("nexmorc_credentials_api_secret", S_NEXMO, r"""
$ cat ~/.nexmorc
[credentials]
api_key = «hex8:k»
api_secret = «!an16:s»
app_id = «uuid:a»
private_key = /home/deploy/.vonage/private.key
""")

P("vonage_cli_auth_set_api_secret_flag", S_VONAGE, r"""
$ vonage auth set --api-key=«hex8:k» --api-secret=«!an16:s» --app-id=«uuid:a» --private-key=./private.key
✅ Checking API Key Secret
✅ Authentication information saved
""")

P("plivo_env_auth_id_auth_token", S_PLIVO, r"""
PLIVO_AUTH_ID=MA«uc18:i»
PLIVO_AUTH_TOKEN=«!an40:t»
PLIVO_SRC_NUMBER=+1«dig10:n»
""")

P("plivo_curl_user_auth_id_token_message", S_PLIVO, r"""
$ curl -i --user MA«uc18:i»:«!an40:t» \
    -H "Content-Type: application/json" \
    -d '{"src": "+1«dig10:s»", "dst": "+1«dig10:d»", "text": "Backup finished"}' \
    https://api.plivo.com/v1/Account/MA«uc18:i»/Message/
""")

P("signalwire_env_project_id_and_pt_token", S_SIGNALWIRE, r"""
SIGNALWIRE_SPACE_URL=«@acme|ops-team|example».signalwire.com
SIGNALWIRE_PROJECT_ID=«uuid:p»
SIGNALWIRE_TOKEN=PT«!hex48:t»
""")

# ---------------------------------------------------------------- mail: sources
S_PF_DB = "https://www.postfix.org/DATABASE_README.html"
S_PF_SASL = "https://www.postfix.org/SASL_README.html"
S_PF_MYSQL = "https://www.postfix.org/mysql_table.5.html"
S_PF_LDAP = "https://www.postfix.org/ldap_table.5.html"
S_PF_POSTMAP = "https://www.postfix.org/postmap.1.html"
S_PF_STATIC = "https://www.postfix.org/postconf.5.html#smtp_sasl_password_maps"
S_PFADMIN = "https://github.com/postfixadmin/postfixadmin/blob/master/INSTALL.TXT"
S_SES = "https://docs.aws.amazon.com/ses/latest/dg/postfix.html"
S_BOKY = "https://github.com/bokysan/docker-postfix"
S_BREVO = "https://help.brevo.com/hc/en-us/articles/7924908994450"
S_DOV_SQL = "https://doc.dovecot.org/2.3/configuration_manual/authentication/sql/"
S_DOV_PWF = "https://doc.dovecot.org/2.3/configuration_manual/authentication/passwd_file/"
S_DOV_PW = "https://doc.dovecot.org/2.3/admin_manual/doveadm_pw/"
S_DOV_LDAP = "https://doc.dovecot.org/2.3/configuration_manual/authentication/ldap/"
S_DOV_REPL = "https://doc.dovecot.org/2.3/configuration_manual/replication/"
S_DOV_HTTP = "https://doc.dovecot.org/2.3/admin_manual/doveadm_http_api/"
S_DOV_STATIC = "https://doc.dovecot.org/2.3/configuration_manual/authentication/static_password_databases/"
S_DOV_AUTH = "https://doc.dovecot.org/2.3/admin_manual/debugging/debugging_authentication/"
S_EXIM_AUTH = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_plaintext_authenticator.html"
S_EXIM_MYSQL = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-file_and_database_lookups.html"
S_OPENDKIM = "http://www.opendkim.org/opendkim.conf.5.html"
S_OPENDKIM_GK = "http://www.opendkim.org/opendkim-genkey.8.html"
S_RC = "https://github.com/roundcube/roundcubemail/blob/master/config/defaults.inc.php"
S_RC_DOCKER = "https://github.com/roundcube/roundcubemail-docker"
S_RC_PW = "https://github.com/roundcube/roundcubemail/blob/master/plugins/password/config.inc.php.dist"
S_SNAPPY = "https://github.com/the-djmaze/snappymail/wiki/Installation-instructions"
S_SSMTP = "https://wiki.archlinux.org/title/SSMTP"
S_SNAIL = "https://www.sdaoden.eu/code-nail.html"
S_MAILX = "https://linux.die.net/man/1/mailx"
S_NEOMUTT = "https://neomutt.org/guide/reference"
S_AERC = "https://man.sr.ht/~rjarry/aerc/configurations/index.md"
S_FETCHMAIL = "https://www.fetchmail.info/fetchmail-man.html"
S_GETMAIL = "https://getmail6.org/configuration.html"
S_MBSYNC = "https://isync.sourceforge.io/mbsync.html"
S_OFFLINEIMAP = "https://github.com/OfflineIMAP/offlineimap3/blob/master/offlineimap.conf"
S_SWAKS = "https://jetmore.org/john/code/swaks/latest/doc/ref.txt"
S_CURLSMTP = "https://everything.curl.dev/usingcurl/smtp"
S_SMTPLIB = "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel"
S_PHPMAILER = "https://github.com/PHPMailer/PHPMailer/wiki/SMTP-Debugging"
S_GRAPH_SECRET = "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app"
S_GRAPH_CC = "https://learn.microsoft.com/en-us/graph/auth-v2-service"
S_GRAPH_SEND = "https://learn.microsoft.com/en-us/graph/api/user-sendmail"
S_EXO = "https://learn.microsoft.com/en-us/powershell/module/exchange/connect-exchangeonline"
S_SENDMAILMSG = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage"
S_MSAL_CACHE = "https://learn.microsoft.com/en-us/entra/msal/python/advanced/msal-python-token-cache-serialization"
S_POSTMARK = "https://postmarkapp.com/developer/api/overview"
S_MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication"
S_MAILJET = "https://dev.mailjet.com/email/guides/"
S_MAILCOW = "https://docs.mailcow.email/getstarted/install/"
S_MAILU = "https://mailu.io/2024.06/configuration.html"
S_DMS = "https://docker-mailserver.github.io/docker-mailserver/latest/config/user-management/"
S_STALWART = "https://stalw.art/docs/install/platform/linux"
S_CYRUS = "https://www.cyrusimap.org/imap/reference/manpages/configs/imapd.conf.html"
S_ZIMBRA = "https://wiki.zimbra.com/wiki/Zmlocalconfig"
S_AMAVIS = "https://www.ijs.si/software/amavisd/README.sql-mysql.txt"
S_RSPAMD = "https://rspamd.com/doc/workers/controller.html"

# ---------------------------------------------------------------- Postfix
P("postfix_main_cf_inline_map_sasl_password", S_PF_DB, r"""
relayhost = [smtp.«@example.com|example.net»]:587
smtp_sasl_auth_enable = yes
smtp_sasl_security_options = noanonymous
smtp_sasl_password_maps = inline:{ {[smtp.«@example.com|example.net»]:587 = «@relay|mailer|noreply»@«@example.com|example.net»:«!pw18:p»} }
smtp_tls_security_level = encrypt
""")

P("postfix_main_cf_static_map_sasl_password", S_PF_STATIC, r"""
$ postconf -n | grep -E '^(relayhost|smtp_sasl)'
relayhost = [smtp.example.org]:submission
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = static:«@alerts|notify|cron»@example.org:«!pw18:p»
smtp_sasl_security_options = noanonymous
""")

P("postfix_mysql_virtual_mailbox_maps_cf_password", S_PF_MYSQL, r"""
# /etc/postfix/mysql-virtual-mailbox-maps.cf
user = mailuser
password = «!pw20:p»
hosts = 127.0.0.1
dbname = mailserver
query = SELECT 1 FROM virtual_users WHERE email='%s'
""")

P("postfix_ldap_table_bind_pw", S_PF_LDAP, r"""
server_host = ldaps://ldap.example.com:636
search_base = ou=people,dc=example,dc=com
query_filter = (mail=%s)
result_attribute = mail
bind = yes
bind_dn = cn=postfix,ou=services,dc=example,dc=com
bind_pw = «!pw20:p»
version = 3
""")

P("postfixadmin_config_local_php_db_password_setup_hash", S_PFADMIN, r"""
<?php
$CONF['configured'] = true;
$CONF['database_type'] = 'mysqli';
$CONF['database_host'] = 'localhost';
$CONF['database_user'] = 'postfixadmin';
$CONF['database_password'] = '«!pw18:p»';
$CONF['database_name'] = 'postfix';
$CONF['setup_password'] = '$2y$10$«!bc53:h»';
$CONF['default_aliases'] = array('abuse' => 'abuse@example.com');
""")

P("postfix_postmap_q_sasl_passwd_lookup_output", S_PF_POSTMAP, r"""
# postmap -q "[smtp.example.com]:587" lmdb:/etc/postfix/sasl_passwd
«@relay|mailer|alerts»@example.com:«!pw18:p»
# postfix reload
postfix/postfix-script: refreshing the Postfix mail system
""")

P("postfix_sasl_passwd_amazon_ses_smtp_credentials", S_SES, r"""
[email-smtp.«@us-east-1|eu-west-1|eu-central-1».amazonaws.com]:587 AKIA«uc16:k»:B«!b64s43:p»
""")

P("postfix_sasl_passwd_sender_dependent_entries", S_PF_SASL, r"""
# /etc/postfix/sasl_passwd  (smtp_sender_dependent_authentication = yes)
alerts@example.com          alerts@example.com:«!pw16:a»
billing@example.com         billing@example.com:«!pw16:b»
[smtp.example.com]:587      noreply@example.com:«!pw16:c»
""")

P("postfix_docker_relayhost_password_sendgrid_key", S_BOKY, r"""
  postfix:
    image: boky/postfix:latest
    environment:
      ALLOWED_SENDER_DOMAINS: example.com
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: "SG.«b64u22:i».«!b64u43:s»"
""")

P("postfix_sasl_passwd_brevo_xsmtpsib_key", S_BREVO, r"""
$ sudo cat /etc/postfix/sasl_passwd
[smtp-relay.brevo.com]:587 «hex8:u»@smtp-brevo.com:xsmtpsib-«!hex64:k»-«an16:s»
""")

# ---------------------------------------------------------------- Dovecot
P("dovecot_sql_conf_ext_connect_string_password", S_DOV_SQL, r"""
driver = mysql
connect = host=127.0.0.1 dbname=mailserver user=mailuser password=«!pw20:p»
default_pass_scheme = SHA512-CRYPT
password_query = SELECT email as user, password FROM virtual_users WHERE email='%u';
user_query = SELECT '/var/vmail/%d/%n' as home, 5000 AS uid, 5000 AS gid FROM virtual_users WHERE email='%u';
""")

P("dovecot_passwd_file_sha512_crypt_entries", S_DOV_PWF, r"""
alice@example.com:{SHA512-CRYPT}$6$«bc16:s»$«!bc86:h»::::::
bob@example.com:{SHA512-CRYPT}$6$«bc16:t»$«!bc86:i»::::::userdb_quota_rule=*:storage=2G
""")

P("doveadm_pw_blf_crypt_output", S_DOV_PW, r"""
# doveadm pw -s BLF-CRYPT
Enter new password: 
Retype new password: 
{BLF-CRYPT}$2y$05$«!bc53:h»
""")

P("dovecot_ldap_conf_ext_dnpass", S_DOV_LDAP, r"""
hosts = ldap.example.com
ldap_version = 3
dn = cn=dovecot,ou=services,dc=example,dc=com
dnpass = «!pw20:p»
auth_bind = yes
base = ou=people,dc=example,dc=com
pass_filter = (&(objectClass=posixAccount)(mail=%u))
""")

P("dovecot_replication_doveadm_password", S_DOV_REPL, r"""
service doveadm {
  inet_listener {
    port = 12345
  }
}
doveadm_port = 12345
doveadm_password = «!pw24:p»
plugin {
  mail_replica = tcp:mail2.example.com:12345
}
""")

P("dovecot_doveadm_http_api_key_header_b64", S_DOV_HTTP, r"""
$ curl -s -H "Authorization: X-Dovecot-API «!an32:k|b64:»" -H "Content-Type: application/json" \
    -d '[["quotaGet",{"user":"alice@example.com"},"c01"]]' http://127.0.0.1:8080/doveadm/v1
[["doveadmResponse",[{"type":"STORAGE","value":"«dig6:v»","limit":"2097152","percent":"«dig2:p»"}],"c01"]]
""")

P("dovecot_static_passdb_args_password", S_DOV_STATIC, r"""
passdb {
  driver = static
  args = password=«!pw16:p» allow_nets=10.0.0.0/8
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=/var/vmail/%d/%n
}
""")

P("doveadm_auth_test_password_argument", S_DOV_AUTH, r"""
# doveadm auth test -x service=imap «@alice|bob|carol»@example.com «!pw16:p»
passdb: «@alice|bob|carol»@example.com auth succeeded
extra fields:
  user=«@alice|bob|carol»@example.com
""")

P("dovecot_auth_debug_passwords_mismatch_given_and_hash", S_DOV_AUTH, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: Debug: passwd-file(«@alice|bob»@example.com,10.0.«dig2:a».5): SHA512-CRYPT(«!pw14:p») != '$6$«bc16:s»$«!bc86:h»'
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: passwd-file(«@alice|bob»@example.com,10.0.«dig2:a».5): Password mismatch
""")

P("dovecot_auth_debug_passwords_client_in_resp_plain", S_DOV_AUTH, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: Debug: client in: AUTH	1	PLAIN	service=imap	secured	session=«b64s16:z»	lip=10.0.0.2	rip=10.0.«dig2:a».9	lport=993	rport=5«dig4:r»	resp=«!pw14:p|saslplain:{lc8:u}@example.com»
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: Debug: client passdb out: OK	1	user=«lc8:u»@example.com
""")

# ---------------------------------------------------------------- Exim, OpenDKIM
P("exim_plaintext_authenticator_client_send", S_EXIM_AUTH, r"""
begin authenticators

smarthost_login:
  driver = plaintext
  public_name = LOGIN
  client_send = : relay@example.com : «!pw18:p»

smarthost_plain:
  driver = plaintext
  public_name = PLAIN
  client_send = ^relay@example.com^«!pw18:p»
""")

P("exim_hide_mysql_servers_option", S_EXIM_MYSQL, r"""
# main configuration
hide mysql_servers = localhost::3306/mail/exim/«!pw18:p»
domainlist local_domains = ${lookup mysql{SELECT domain FROM domains WHERE domain='${quote_mysql:$domain}'}}
""")

P("opendkim_private_key_file_body_lines", S_OPENDKIM_GK, r"""
$ sudo cat /etc/opendkim/keys/example.com/«@mail|s2024|default».private
-----BEGIN «@RSA PRIVATE KEY|PRIVATE KEY»-----
MIIEpAIBAAKCAQEA«!b64s48:a»
«!b64s64:b»
«!b64s64:c»
«!b64s64:d»
«!b64s64:e»
«!b64s64:f»
""")

P("opendkim_keytable_inline_key_data_third_field", S_OPENDKIM, r"""
# /etc/opendkim/KeyTable
«@mail|s2024|default»._domainkey.example.com example.com:«@mail|s2024|default»:/etc/opendkim/keys/example.com/«@mail|s2024|default».private
«@mx|k1|sel1»._domainkey.example.org example.org:«@mx|k1|sel1»:MIICXAIBAAKBgQ«!b64s120:k»
""")

# ---------------------------------------------------------------- webmail
P("roundcube_config_inc_php_db_dsnw_and_des_key", S_RC, r"""
$config['db_dsnw'] = 'mysql://roundcube:«!pw18:p»@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.example.com:993';
$config['smtp_host'] = 'tls://smtp.example.com:587';
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['des_key'] = '«!an24:k»';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve'];
""")

P("roundcube_docker_compose_db_password_des_key", S_RC_DOCKER, r"""
  roundcubemail:
    image: roundcube/roundcubemail:latest
    environment:
      - ROUNDCUBEMAIL_DB_TYPE=pgsql
      - ROUNDCUBEMAIL_DB_HOST=roundcubedb
      - ROUNDCUBEMAIL_DB_USER=roundcube
      - ROUNDCUBEMAIL_DB_PASSWORD=«!pw18:p»
      - ROUNDCUBEMAIL_DES_KEY=«!an24:k»
      - ROUNDCUBEMAIL_DEFAULT_HOST=ssl://imap.example.com
""")

P("roundcube_password_plugin_db_dsn", S_RC_PW, r"""
// Password Plugin options
$config['password_driver'] = 'sql';
$config['password_minimum_length'] = 12;
$config['password_db_dsn'] = 'pgsql://postfixadmin:«!pw18:p»@db.internal/postfix';
$config['password_query'] = 'UPDATE mailbox SET password=%P WHERE username=%u';
$config['password_algorithm'] = 'sha512-crypt';
""")

P("roundcube_config_static_smtp_user_and_pass", S_RC, r"""
// single shared mailbox for the help desk kiosk
$config['smtp_host'] = 'tls://smtp.example.com:587';
$config['smtp_user'] = 'helpdesk@example.com';
$config['smtp_pass'] = '«!pw16:p»';
$config['smtp_auth_type'] = 'LOGIN';
""")

P("snappymail_admin_password_txt_initial", S_SNAPPY, r"""
# cat /var/lib/snappymail/_data_/_default_/admin_password.txt
«!an12:p»
# ls -l /var/lib/snappymail/_data_/_default_/
-rw------- 1 www-data www-data   12 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» admin_password.txt
drwxr-x--- 2 www-data www-data 4096 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» configs
""")

P("snappymail_application_ini_contacts_pdo_password", S_SNAPPY, r"""
[contacts]
enable = On
allow_sync = Off
type = "mysql"
pdo_dsn = "host=127.0.0.1;port=3306;dbname=snappymail"
pdo_user = "snappymail"
pdo_password = "«!pw18:p»"
suggestions_limit = 20
""")

# ---------------------------------------------------------------- mail clients and senders
P("ssmtp_conf_mailhub_authuser_authpass", S_SSMTP, r"""
root=postmaster@example.com
mailhub=smtp.example.com:587
hostname=«@backup01|nas|web02».example.com
AuthUser=alerts@example.com
AuthPass=«!pw16:p»
UseSTARTTLS=YES
FromLineOverride=YES
""")

P("s_nail_mailrc_password_user_host_variable", S_SNAIL, r"""
set v15-compat
set mta=smtps://alerts%40example.com@smtp.example.com:465
set password-alerts%40example.com@smtp.example.com=«!pw16:p»
set from="Backup Host <alerts@example.com>"
""")

P("heirloom_mailx_mail_rc_smtp_auth_password", S_MAILX, r"""
# /etc/mail.rc
set smtp=smtps://smtp.example.com:465
set smtp-auth=login
set smtp-auth-user=alerts@example.com
set smtp-auth-password=«!pw16:p»
set ssl-verify=strict
""")

P("neomuttrc_smtp_url_percent_encoded_password", S_NEOMUTT, r"""
set from = "alice@example.com"
set realname = "Alice Example"
set smtp_url = "smtps://alice%40example.com:«!pw16:p|pct»@smtp.example.com:465/"
set ssl_force_tls = yes
""")

P("neomuttrc_imap_user_and_imap_pass", S_NEOMUTT, r"""
set imap_user = "alice@example.com"
set imap_pass = "«!pw16:p»"
set folder = "imaps://imap.example.com/"
set spoolfile = "+INBOX"
set imap_check_subscribed
""")

P("aerc_accounts_conf_source_and_outgoing_url_userinfo", S_AERC, r"""
[Work]
source        = imaps://alice%40example.com:«!pw16:p|pct»@imap.example.com:993
outgoing      = smtps+plain://alice%40example.com:«!pw16:p|pct»@smtp.example.com:465
default       = INBOX
from          = Alice Example <alice@example.com>
copy-to       = Sent
""")

P("fetchmailrc_poll_user_there_with_password", S_FETCHMAIL, r"""
set daemon 300
set logfile /var/log/fetchmail.log
poll imap.example.com protocol IMAP port 993
    user "«@alice|helpdesk|tickets»@example.com" there with password "«!pw16:p»" is «@alice|helpdesk|tickets» here
    ssl
    keep
""")

P("getmailrc_retriever_password", S_GETMAIL, r"""
[retriever]
type = SimpleIMAPSSLRetriever
server = imap.example.com
username = «@alice|helpdesk|tickets»@example.com
password = «!pw16:p»
mailboxes = ("INBOX",)

[destination]
type = MDA_external
path = /usr/bin/procmail
""")

P("mbsyncrc_imapaccount_pass", S_MBSYNC, r"""
IMAPAccount work
Host imap.example.com
User alice@example.com
Pass «!pw16:p»
SSLType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPStore work-remote
Account work
""")

P("offlineimaprc_repository_remotepass", S_OFFLINEIMAP, r"""
[Repository Remote]
type = IMAP
remotehost = imap.example.com
remoteuser = alice@example.com
remotepass = «!pw16:p»
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
folderfilter = lambda foldername: foldername not in ['[Gmail]/All Mail']
""")

P("swaks_command_auth_password_flag", S_SWAKS, r"""
$ swaks --to ops@example.com --from alerts@example.com --server smtp.example.com:587 --tls \
    --auth LOGIN --auth-user alerts@example.com --auth-password '«!pw16:p»' --header "Subject: relay test"
=== Trying smtp.example.com:587...
=== Connected to smtp.example.com.
""")

P("swaks_transcript_auth_login_base64_password_line", S_SWAKS, r"""
 ~> AUTH LOGIN
<~  334 VXNlcm5hbWU6
 ~> «lc8:u|b64:{}@example.com»
<~  334 UGFzc3dvcmQ6
 ~> «!pw16:p|b64:»
<~  235 2.7.0 Authentication successful
 ~> MAIL FROM:<«lc8:u»@example.com>
""")

P("curl_smtp_user_option_password", S_CURLSMTP, r"""
$ curl --url 'smtps://smtp.example.com:465' --ssl-reqd \
    --mail-from 'alerts@example.com' --mail-rcpt 'ops@example.com' \
    --user 'alerts@example.com:«!pw16:p»' -T /tmp/report.eml
""")

P("python_smtplib_debug_send_auth_plain", S_SMTPLIB, r"""
send: 'ehlo [10.0.«dig2:a».4]\r\n'
reply: b'250-smtp.example.com\r\n'
reply: b'250-AUTH PLAIN LOGIN\r\n'
reply: b'250 SMTPUTF8\r\n'
send: 'AUTH PLAIN «!pw16:p|saslplain:{lc8:u}@example.com»\r\n'
reply: b'235 2.7.0 Authentication successful\r\n'
""")

P("phpmailer_smtpdebug_client_server_auth_login", S_PHPMAILER, r"""
«TS» CLIENT -> SERVER: AUTH LOGIN
«TS» SERVER -> CLIENT: 334 VXNlcm5hbWU6
«TS» CLIENT -> SERVER: «lc8:u|b64:{}@example.com»
«TS» SERVER -> CLIENT: 334 UGFzc3dvcmQ6
«TS» CLIENT -> SERVER: «!pw16:p|b64:»
«TS» SERVER -> CLIENT: 235 2.7.0 Authentication successful
""")

# ---------------------------------------------------------------- Exchange Online / Microsoft Graph mail
P("graph_mail_app_appsettings_json_client_secret", S_GRAPH_SECRET, r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«uuid:t»",
    "ClientId": "«uuid:c»",
    "ClientSecret": "«an3:h»8Q~«!b64u34:s»"
  },
  "Mail": { "SendAs": "noreply@example.com", "UseGraph": true }
}
""")

P("graph_token_request_curl_form_client_secret", S_GRAPH_CC, r"""
$ curl -s -X POST https://login.microsoftonline.com/«uuid:t»/oauth2/v2.0/token \
    -d 'client_id=«uuid:c»&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=«an3:h»8Q~«!b64u34:s»&grant_type=client_credentials'
""")

P("graph_sendmail_curl_bearer_jwt", S_GRAPH_SEND, r"""
$ curl -s -X POST "https://graph.microsoft.com/v1.0/users/noreply@example.com/sendMail" \
    -H "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJub25jZSI6«!b64u40:n»In0.eyJhdWQiOi«!b64u180:p».«!b64u342:s»" \
    -H "Content-Type: application/json" -d @message.json
""")

P("exchange_online_connect_certificate_password_securestring", S_EXO, r"""
PS C:\ops> Connect-ExchangeOnline -CertificateFilePath "C:\certs\exo-automation.pfx" `
>>   -CertificatePassword (ConvertTo-SecureString -String "«!pw16:p»" -AsPlainText -Force) `
>>   -AppID "«uuid:a»" -Organization "contoso.onmicrosoft.com" -ShowBanner:$false
""")

P("powershell_send_mailmessage_pscredential_plaintext", S_SENDMAILMSG, r"""
$secpass = ConvertTo-SecureString "«!pw16:p»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-mail@contoso.com", $secpass)
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From "svc-mail@contoso.com" -To "ops@contoso.com" -Subject "Nightly report"
""")

P("msal_token_cache_json_refresh_token_secret", S_MSAL_CACHE, r"""
  "RefreshToken": {
    "«uuid:o».«uuid:t»-login.microsoftonline.com-refreshtoken-«uuid:c»--": {
      "credential_type": "RefreshToken",
      "secret": "1.A«!b64u240:s»",
      "home_account_id": "«uuid:o».«uuid:t»",
      "environment": "login.microsoftonline.com",
      "client_id": "«uuid:c»"
    }
  },
""")

# ---------------------------------------------------------------- transactional mail providers
P("postmark_curl_server_token_header_uuid", S_POSTMARK, r"""
$ curl "https://api.postmarkapp.com/email" -X POST \
    -H "Accept: application/json" -H "Content-Type: application/json" \
    -H "X-Postmark-Server-Token: «!uuid:t»" \
    -d '{"From": "alerts@example.com", "To": "ops@example.com", "Subject": "Backup", "TextBody": "done"}'
""")

P("mailgun_curl_api_key_user", S_MAILGUN, r"""
$ curl -s --user 'api:key-«!hex32:k»' \
    https://api.mailgun.net/v3/mg.example.com/messages \
    -F from='Alerts <alerts@mg.example.com>' -F to=ops@example.com -F subject='test' -F text='hello'
""")

P("mailjet_env_api_key_and_secret_key", S_MAILJET, r"""
# mail relay for the ticket system
MAILJET_API_KEY=«hex32:k»
MAILJET_SECRET_KEY=«!hex32:s»
MAIL_FROM=helpdesk@example.com
""")

# ---------------------------------------------------------------- mail suites and servers
P("mailcow_conf_dbpass_dbroot_redispass", S_MAILCOW, r"""
MAILCOW_HOSTNAME=mail.example.com
MAILCOW_PASS_SCHEME=BLF-CRYPT
DBNAME=mailcow
DBUSER=mailcow
DBPASS=«!an28:a»
DBROOT=«!an28:b»
REDISPASS=«!an28:c»
HTTP_PORT=80
""")

P("mailu_env_secret_key_and_initial_admin_pw", S_MAILU, r"""
# Set to a randomly generated 16 bytes string
SECRET_KEY=«!uc16:k»
DOMAIN=example.com
HOSTNAMES=mail.example.com
INITIAL_ADMIN_ACCOUNT=admin
INITIAL_ADMIN_DOMAIN=example.com
INITIAL_ADMIN_PW=«!pw16:p»
""")


P("docker_mailserver_postfix_accounts_cf_hash", S_DMS, r"""
$ cat docker-data/dms/config/postfix-accounts.cf
alice@example.com|{SHA512-CRYPT}$6$«bc16:s»$«!bc86:h»
ci@example.com|{SHA512-CRYPT}$6$«bc16:t»$«!bc86:i»
""")


P("cyrus_imapd_conf_ldap_password", S_CYRUS, r"""
configdirectory: /var/lib/cyrus
partition-default: /var/spool/cyrus/mail
sasl_pwcheck_method: saslauthd
ldap_uri: ldaps://ldap.example.com
ldap_bind_dn: cn=cyrus,ou=services,dc=example,dc=com
ldap_password: «!pw18:p»
ldap_sasl: 0
""")

P("zimbra_zmlocalconfig_s_passwords", S_ZIMBRA, r"""
zimbra@mail:~$ zmlocalconfig -s zimbra_ldap_password mysql_root_password ldap_root_password
zimbra_ldap_password = «!an10:a»
mysql_root_password = «!an30:b»
ldap_root_password = «!an10:c»
""")

P("amavisd_conf_lookup_sql_dsn_password", S_AMAVIS, r"""
@lookup_sql_dsn = (
    ['DBI:mysql:database=mail;host=127.0.0.1;port=3306',
     'amavis',
     '«!pw18:p»'],
);
$sql_select_white_black_list = undef;
""")

P("rspamd_worker_controller_inc_password_hashes", S_RSPAMD, r"""
# local.d/worker-controller.inc
password = "$2$«lc32:s»$«!lc52:h»";
enable_password = "$2$«lc32:t»$«!lc52:i»";
secure_ip = "127.0.0.1";
""")

# ---------------------------------------------------------------- chat: sources
S_SYN_CFG = "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html"
S_SYN_REG = "https://element-hq.github.io/synapse/latest/admin_api/register_api.html"
S_SYN_RNMU = "https://manpages.ubuntu.com/manpages/noble/man1/register_new_matrix_user.1.html"
S_SYN_AS = "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#app_service_config_files"
S_SYN_TURN = "https://element-hq.github.io/synapse/latest/turn-howto.html"
S_COTURN = "https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf"
S_MX_LOGIN = "https://spec.matrix.org/v1.9/client-server-api/#login"
S_MX_COMMANDER = "https://github.com/8go/matrix-commander"
S_MAUTRIX = "https://docs.mau.fi/bridges/general/double-puppeting.html"
S_DENDRITE = "https://matrix-org.github.io/dendrite/installation/start/manual"
S_SYN_KEY = "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path"
S_LIVEKIT = "https://docs.livekit.io/home/self-hosting/deployment/"
S_MAUBOT = "https://docs.mau.fi/maubot/usage/setup/index.html"
S_MAS = "https://element-hq.github.io/matrix-authentication-service/reference/configuration.html"
S_ELEMENT_KEYS = "https://element.io/help#encryption"
S_MM_CFG = "https://docs.mattermost.com/configure/configuration-settings.html"
S_MM_ENV = "https://docs.mattermost.com/configure/environment-configuration-settings.html"
S_MMCTL = "https://docs.mattermost.com/manage/mmctl-command-line-tool.html"
S_RC_ENV = "https://docs.rocket.chat/docs/deploy-with-docker-docker-compose"
S_RC_API = "https://developer.rocket.chat/apidocs/login-with-username-and-password"
S_HUBOT_RC = "https://github.com/RocketChat/hubot-rocketchat"
S_RC_OVR = "https://docs.rocket.chat/docs/deployment-environment-variables"
S_ZULIP_SECRETS = "https://zulip.readthedocs.io/en/latest/production/settings.html"
S_ZULIP_API = "https://zulip.com/api/http-headers"
S_DOCKER_ZULIP = "https://github.com/zulip/docker-zulip"
S_ZULIP_PY = "https://zulip.com/api/configuring-python-bindings"
S_JITSI_DOCKER = "https://jitsi.github.io/handbook/docs/devops-guide/devops-guide-docker"
S_PROSODY = "https://prosody.im/doc/configure"
S_PROSODY_TOKEN = "https://github.com/jitsi/lib-jitsi-meet/blob/master/doc/tokens.md"
S_PROSODY_STORE = "https://prosody.im/doc/internal_storage"
S_PROSODYCTL = "https://prosody.im/doc/prosodyctl"
S_JICOFO = "https://github.com/jitsi/jicofo/blob/master/jicofo-selector/src/main/resources/reference.conf"
S_JVB = "https://github.com/jitsi/jitsi-videobridge/blob/master/doc/muc.md"
S_JIBRI = "https://github.com/jitsi/jibri/blob/master/src/main/resources/reference.conf"
S_JIGASI = "https://github.com/jitsi/jigasi#configuring-sip-account"
S_MURMUR = "https://github.com/mumble-voip/mumble/blob/master/auxiliary_files/mumble-server.ini"
S_TS3 = "https://support.teamspeak.com/hc/en-us/articles/360002712257"
S_TS3Q = "https://yat.qa/resources/server-query-commands/"
S_TS3DB = "https://support.teamspeak.com/hc/en-us/articles/360002724217"
S_DISCOURSE = "https://github.com/discourse/discourse_docker/blob/main/samples/standalone.yml"
S_DISCOURSE_WEB = "https://github.com/discourse/discourse_docker/blob/main/samples/web_only.yml"
S_DISCOURSE_API = "https://docs.discourse.org/#tag/Posts/operation/createTopicPostPM"
S_DISCOURSE_CONNECT = "https://meta.discourse.org/t/setup-discourseconnect-official-single-sign-on-for-discourse-sso/13045"
S_ZNC = "https://wiki.znc.in/Configuration"
S_ZNC_SASL = "https://wiki.znc.in/Sasl"
S_LIMNORIA = "https://docs.limnoria.net/use/sasl.html"
S_SOPEL = "https://sopel.chat/docs/run/configuration"
S_WEECHAT = "https://weechat.org/files/doc/weechat/stable/weechat_user.en.html#irc_sasl_authentication"
S_IRSSI = "https://irssi.org/documentation/settings/#sasl"
S_IRCV3_SASL = "https://ircv3.net/specs/extensions/sasl-3.1"
S_JARACO_IRC = "https://github.com/jaraco/irc"
S_MATTERBRIDGE = "https://github.com/42wim/matterbridge/blob/master/matterbridge.toml.sample"
S_LOUNGE = "https://thelounge.chat/docs/configuration"
S_ERGO = "https://github.com/ergochat/ergo/blob/master/default.yaml"
S_UNREAL = "https://www.unrealircd.org/docs/Link_block"
S_ANOPE = "https://github.com/anope/anope/blob/2.0/data/example.conf"
S_EJABBERD = "https://docs.ejabberd.im/admin/configuration/database/"
S_EJABBERDCTL = "https://docs.ejabberd.im/admin/guide/managing/#ejabberdctl"
S_SPREED = "https://github.com/strukturag/nextcloud-spreed-signaling/blob/master/server.conf.in"
S_TALK_OCC = "https://nextcloud-talk.readthedocs.io/en/latest/occ/"
S_BBB = "https://docs.bigbluebutton.org/administration/bbb-conf/"
S_GOTIFY = "https://gotify.net/docs/pushmsg"
S_NTFY = "https://docs.ntfy.sh/config/#access-tokens"
S_APPRISE = "https://github.com/caronc/apprise/wiki/config_yaml"

# ---------------------------------------------------------------- Matrix / Synapse / Element
P("synapse_homeserver_yaml_generated_secret_keys", S_SYN_CFG, r"""
report_stats: false
macaroon_secret_key: "«!sym50:m»"
form_secret: "«!sym50:f»"
signing_key_path: "/data/«@matrix.example.com|chat.example.org».signing.key"
registration_shared_secret: "«!sym50:r»"
trusted_key_servers:
  - server_name: "matrix.org"
""")

P("synapse_homeserver_yaml_database_psycopg2_password", S_SYN_CFG, r"""
database:
  name: psycopg2
  args:
    user: synapse_user
    password: «!pw20:p»
    dbname: synapse
    host: «@postgres|db|10.0.3.21»
    cp_min: 5
    cp_max: 10
""")

P("synapse_homeserver_yaml_email_smtp_pass", S_SYN_CFG, r"""
email:
  smtp_host: smtp.example.com
  smtp_port: 587
  smtp_user: "synapse@example.com"
  smtp_pass: "«!pw20:p»"
  require_transport_security: true
  notif_from: "Your Friendly %(app)s homeserver <noreply@example.com>"
""")

P("synapse_homeserver_yaml_turn_shared_secret", S_SYN_TURN, r"""
turn_uris: [ "turn:turn.example.com?transport=udp", "turn:turn.example.com?transport=tcp" ]
turn_shared_secret: "«!an64:t»"
turn_user_lifetime: 86400000
turn_allow_guests: true
""")

P("coturn_turnserver_conf_static_auth_secret", S_COTURN, r"""
listening-port=3478
tls-listening-port=5349
use-auth-secret
static-auth-secret=«!an64:t»
realm=turn.example.com
total-quota=100
no-tcp-relay
""")

P("matrix_appservice_registration_yaml_as_hs_tokens", S_SYN_AS, r"""
id: «@telegram|whatsapp|signal»
url: http://mautrix-«@telegram|whatsapp|signal»:29317
as_token: «!an64:a»
hs_token: «!an64:h»
sender_localpart: «an32:s»
rate_limited: false
namespaces:
  users:
  - regex: ^@«@telegram|whatsapp|signal»_.+:example\.com$
    exclusive: true
""")

P("register_new_matrix_user_shared_secret_and_password_flags", S_SYN_RNMU, r"""
$ docker exec -it synapse register_new_matrix_user -u «@admin|ops|root-admin» -p «!pw16:p» -a -k '«!sym50:k»' http://localhost:8008
Sending registration request...
Success!
""")

P("synapse_admin_register_request_body_password", S_SYN_REG, r"""
> POST /_synapse/admin/v1/register
> {
   "nonce": "«hex40:n»",
   "username": "«@ops-bot|backup-bot|alertbot»",
   "displayname": "«@Ops Bot|Backup Bot|Alert Bot»",
   "password": "«!pw16:p»",
   "admin": false,
   "mac": "«hex40:m»"
  }
""")

P("matrix_client_login_curl_password_and_syt_access_token", S_MX_LOGIN, r"""
$ curl -s -XPOST -d '{"type":"m.login.password","identifier":{"type":"m.id.user","user":"alertbot"},"password":"«!pw16:p»"}' https://matrix.example.com/_matrix/client/v3/login
{"user_id":"@alertbot:example.com","access_token":"syt_YWxlcnRib3Q_«!an20:t»_«an6:c»","home_server":"example.com","device_id":"«uc10:d»"}
""")

P("matrix_commander_credentials_json_access_token", S_MX_COMMANDER, r"""
{
    "homeserver": "https://matrix.example.com",
    "device_id": "«uc10:d»",
    "user_id": "@backupbot:example.com",
    "room_id": "!«al18:r»:example.com",
    "access_token": "syt_YmFja3VwYm90_«!an20:t»_«an6:c»"
}
""")

P("matrix_curl_put_send_message_bearer_syt_token", S_MX_LOGIN, r"""
$ curl -s -X PUT -H "Authorization: Bearer syt_b3BzYm90_«!an20:t»_«an6:c»" \
    "https://matrix.example.com/_matrix/client/v3/rooms/!«al18:r»:example.com/send/m.room.message/«dig13:x»" \
    -d '{"msgtype":"m.text","body":"nightly backup finished"}'
{"event_id":"$«b64u43:e»"}
""")

P("nginx_access_log_matrix_sync_legacy_macaroon_access_token", S_MX_LOGIN, r"""
10.0.«dig2:a».4 - - [«dd:d»/Mar/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /_matrix/client/r0/sync?since=s«dig6:x»_«dig5:y»_0_1&timeout=30000&access_token=MDAx«!b64u120:t» HTTP/1.1" 200 «dig4:b» "-" "matrix-nio/0.24"
""")

P("mautrix_config_yaml_login_shared_secret_map_and_provisioning", S_MAUTRIX, r"""
bridge:
    username_template: telegram_{userid}
    login_shared_secret_map:
        example.com: «!an64:s»
    double_puppet_server_map: {}
provisioning:
    prefix: /_matrix/provision
    shared_secret: «!an64:p»
""")

P("dendrite_matrix_key_pem_seed", S_DENDRITE, r"""
$ cat /etc/dendrite/matrix_key.pem
-----BEGIN MATRIX PRIVATE KEY-----
Key-ID: ed25519:«b64u6:k»

«!b64s43:s»=
-----END MATRIX PRIVATE KEY-----
""")

P("synapse_signing_key_file_ed25519_seed", S_SYN_KEY, r"""
# cat /data/«@matrix.example.com|chat.example.org».signing.key
ed25519 a_«an4:k» «!b64s43:s»
""")

P("livekit_yaml_keys_map_for_element_call", S_LIVEKIT, r"""
port: 7880
rtc:
  tcp_port: 7881
  port_range_start: 50100
  port_range_end: 50200
keys:
  API«an12:k»: «!an44:s»
""")

P("maubot_config_admins_plaintext_password", S_MAUBOT, r"""
server:
    hostname: 0.0.0.0
    port: 29316
    public_url: https://maubot.example.com
admins:
    root: ""
    «@alice|ops|admin»: «!pw16:p»
homeservers:
    example.com:
        url: https://matrix.example.com
""")

P("mas_config_yaml_secrets_encryption_hex", S_MAS, r"""
secrets:
  encryption: «!hex64:e»
  keys:
  - kid: «an10:k»
    key_file: /data/keys/rsa.pem
database:
  uri: postgresql://mas:«!pw18:p»@postgres/mas
""")

P("element_megolm_session_data_export_body", S_ELEMENT_KEYS, r"""
$ head -6 element-keys.txt
-----BEGIN MEGOLM SESSION DATA-----
«!b64s76:a»
«!b64s76:b»
«!b64s76:c»
«!b64s76:d»
«!b64s76:e»
""")

P("element_security_key_recovery_output", S_ELEMENT_KEYS, r"""
Save your Security Key somewhere safe, like a password manager or a safe.
EsT«an1:x» «!b58g11:k»
""")

# ---------------------------------------------------------------- Mattermost
P("mattermost_config_json_sqlsettings_datasource_at_rest_key", S_MM_CFG, r"""
    "SqlSettings": {
        "DriverName": "postgres",
        "DataSource": "postgres://mmuser:«!pw18:p»@db:5432/mattermost?sslmode=disable\u0026connect_timeout=10\u0026binary_parameters=yes",
        "DataSourceReplicas": [],
        "DataSourceSearchReplicas": [],
        "MaxIdleConns": 20,
        "ConnMaxLifetimeMilliseconds": 3600000,
        "AtRestEncryptKey": "«!an32:k»",
""")

P("mattermost_config_json_email_settings_smtp_password", S_MM_CFG, r"""
    "EmailSettings": {
        "EnableSignUpWithEmail": true,
        "SMTPUsername": "mattermost@example.com",
        "SMTPPassword": "«!pw18:p»",
        "SMTPServer": "smtp.example.com",
        "SMTPPort": "587",
        "ConnectionSecurity": "STARTTLS",
""")

P("mattermost_config_json_filesettings_s3_secret_and_salt", S_MM_CFG, r"""
    "FileSettings": {
        "DriverName": "amazons3",
        "PublicLinkSalt": "«!an32:l»",
        "AmazonS3AccessKeyId": "AKIA«uc16:a»",
        "AmazonS3SecretAccessKey": "«!b64s40:s»",
        "AmazonS3Bucket": "mattermost-files-«lc6:b»",
        "AmazonS3Region": "eu-west-1",
""")

P("mattermost_compose_env_mm_sqlsettings_datasource", S_MM_ENV, r"""
    environment:
      - TZ=UTC
      - MM_SQLSETTINGS_DRIVERNAME=postgres
      - MM_SQLSETTINGS_DATASOURCE=postgres://mmuser:«!pw18:p»@postgres:5432/mattermost?sslmode=disable&connect_timeout=10
      - MM_BLEVESETTINGS_INDEXDIR=/mattermost/bleve-indexes
      - MM_SERVICESETTINGS_SITEURL=https://chat.example.com
""")

P("mmctl_auth_login_access_token_flag", S_MMCTL, r"""
$ mmctl auth login https://chat.example.com --name prod --username sysadmin --access-token «!lc26:t»

  credentials for "prod": "sysadmin@https://chat.example.com" stored
""")

P("mmctl_config_file_auth_token", S_MMCTL, r"""
$ cat ~/.config/mmctl/config
{
  "prod": {
    "name": "prod",
    "username": "sysadmin",
    "authToken": "«!lc26:t»",
    "authMethod": "P",
    "instanceUrl": "https://chat.example.com",
    "active": true
  }
}
""")

P("mmctl_token_generate_output_line", S_MMCTL, r"""
$ mmctl token generate «@ci-bot|jenkins|deploy-bot» "pipeline notifications"
«!lc26:t»: pipeline notifications
""")

P("mattermost_config_json_gitlab_sso_secret", S_MM_CFG, r"""
    "GitLabSettings": {
        "Enable": true,
        "Secret": "gloas-«!hex64:s»",
        "Id": "«hex64:i»",
        "Scope": "",
        "AuthEndpoint": "https://gitlab.example.com/oauth/authorize",
        "TokenEndpoint": "https://gitlab.example.com/oauth/token",
""")

P("mattermost_config_json_ldap_bind_password", S_MM_CFG, r"""
    "LdapSettings": {
        "Enable": true,
        "LdapServer": "ldap.example.com",
        "LdapPort": 636,
        "ConnectionSecurity": "TLS",
        "BaseDN": "ou=people,dc=example,dc=com",
        "BindUsername": "cn=mattermost,ou=services,dc=example,dc=com",
        "BindPassword": "«!pw18:p»",
""")

# ---------------------------------------------------------------- Rocket.Chat
P("rocketchat_compose_mongo_url_and_oplog_url_credentials", S_RC_ENV, r"""
    environment:
      MONGO_URL: "mongodb://rocketchat:«!pw18:p»@mongodb:27017/rocketchat?replicaSet=rs0&authSource=admin"
      MONGO_OPLOG_URL: "mongodb://rocketchat:«!pw18:p»@mongodb:27017/local?replicaSet=rs0&authSource=admin"
      ROOT_URL: https://chat.example.com
      PORT: 3000
      DEPLOY_METHOD: docker
""")

P("rocketchat_env_initial_admin_pass", S_RC_OVR, r"""
ADMIN_USERNAME=admin
ADMIN_NAME=Administrator
ADMIN_PASS=«!pw16:p»
ADMIN_EMAIL=admin@example.com
OVERWRITE_SETTING_Show_Setup_Wizard=completed
""")

P("rocketchat_rest_login_response_auth_token", S_RC_API, r"""
$ curl -s https://chat.example.com/api/v1/login -d "user=ci-bot&password=«!pw16:p»"
{"status":"success","data":{"userId":"«an17:u»","authToken":"«!b64u43:t»","me":{"_id":"«an17:u»","username":"ci-bot","status":"online","active":true}}}
""")

P("hubot_rocketchat_env_bot_password", S_HUBOT_RC, r"""
ROCKETCHAT_URL=https://chat.example.com
ROCKETCHAT_ROOM=ops
ROCKETCHAT_USER=hubot
ROCKETCHAT_PASSWORD=«!pw16:p»
ROCKETCHAT_AUTH=password
LISTEN_ON_ALL_PUBLIC=true
""")

P("rocketchat_overwrite_setting_smtp_password", S_RC_OVR, r"""
      OVERWRITE_SETTING_SMTP_Host: smtp.example.com
      OVERWRITE_SETTING_SMTP_Port: 587
      OVERWRITE_SETTING_SMTP_Username: chat@example.com
      OVERWRITE_SETTING_SMTP_Password: "«!pw18:p»"
      OVERWRITE_SETTING_From_Email: chat@example.com
""")

# ---------------------------------------------------------------- Zulip
P("zulip_secrets_conf_generated_values", S_ZULIP_SECRETS, r"""
[secrets]
avatar_salt = «!hex64:a»
rabbitmq_password = «!an20:r»
shared_secret = «!hex64:s»
secret_key = «!sym50:k»
camo_key = «!hex32:c»
postgres_password = «!an32:p»
memcached_password = «!an32:m»
""")

P("zulip_curl_u_bot_email_api_key", S_ZULIP_API, r"""
$ curl -sSX POST https://zulip.example.com/api/v1/messages \
    -u «@ci|deploy|alerts»-bot@zulip.example.com:«!an32:k» \
    --data-urlencode type=stream --data-urlencode 'to=ops' \
    --data-urlencode topic=deploys --data-urlencode 'content=release finished'
""")

P("docker_zulip_compose_secrets_prefixed_env", S_DOCKER_ZULIP, r"""
    environment:
      DB_HOST: "database"
      SETTING_EXTERNAL_HOST: "zulip.example.com"
      SETTING_ZULIP_ADMINISTRATOR: "admin@example.com"
      SETTING_EMAIL_HOST: "smtp.example.com"
      SETTING_EMAIL_HOST_USER: "zulip@example.com"
      SECRETS_email_password: "«!pw18:e»"
      SECRETS_rabbitmq_password: "«!an20:r»"
      SECRETS_postgres_password: "«!an20:p»"
      SECRETS_secret_key: "«!sym50:k»"
""")

P("zulip_python_bindings_env_api_key", S_ZULIP_PY, r"""
Environment=ZULIP_SITE=https://zulip.example.com
Environment=ZULIP_EMAIL=«@backup|nagios|grafana»-bot@zulip.example.com
Environment=ZULIP_API_KEY=«!an32:k»
ExecStart=/usr/local/bin/zulip-send --stream ops --subject backups --message "done"
""")

# ---------------------------------------------------------------- Jitsi Meet / Prosody
P("docker_jitsi_meet_env_generated_auth_passwords", S_JITSI_DOCKER, r"""
# XMPP password for Jicofo client connections
JICOFO_AUTH_PASSWORD=«!hex32:a»

# XMPP password for JVB client connections
JVB_AUTH_PASSWORD=«!hex32:b»

# XMPP password for Jigasi MUC client connections
JIGASI_XMPP_PASSWORD=«!hex32:c»

JIBRI_RECORDER_PASSWORD=«!hex32:d»
JIBRI_XMPP_PASSWORD=«!hex32:e»
""")

P("prosody_cfg_lua_token_auth_app_secret", S_PROSODY_TOKEN, r"""
VirtualHost "meet.example.com"
    authentication = "token"
    app_id = "«@meetapp|jitsi-portal|example_meet»"
    app_secret = "«!an32:s»"
    allow_empty_token = false
    ssl = {
        key = "/etc/prosody/certs/meet.example.com.key";
        certificate = "/etc/prosody/certs/meet.example.com.crt";
    }
""")

P("prosody_cfg_lua_focus_component_secret", S_PROSODY, r"""
Component "focus.meet.example.com"
    component_secret = "«!an16:s»"

Component "internal.auth.meet.example.com" "muc"
    storage = "memory"
    modules_enabled = { "ping"; }
    admins = { "focus@auth.meet.example.com", "jvb@auth.meet.example.com" }
""")

P("prosody_accounts_dat_plain_password_lua_table", S_PROSODY_STORE, r"""
# cat /var/lib/prosody/auth%2emeet%2eexample%2ecom/accounts/«@focus|jvb|jibri».dat
return {
	["password"] = "«!an16:p»";
};
""")

P("prosody_accounts_dat_scram_server_and_stored_key", S_PROSODY_STORE, r"""
return {
	["iteration_count"] = 10000;
	["salt"] = "«uuid:s»";
	["server_key"] = "«!hex40:a»";
	["stored_key"] = "«!hex40:b»";
};
""")

P("prosodyctl_register_focus_user_password_arg", S_PROSODYCTL, r"""
+ prosodyctl register focus auth.meet.example.com «!an16:p»
+ prosodyctl mod_roles_command subject-role set focus@auth.meet.example.com prosody:admin
""")

P("jicofo_conf_hocon_xmpp_client_password", S_JICOFO, r"""
jicofo {
  xmpp: {
    client: {
      client-proxy: "focus.meet.example.com"
      xmpp-domain: "meet.example.com"
      domain: "auth.meet.example.com"
      username: "focus"
      password: "«!an16:p»"
    }
  }
}
""")

P("jvb_conf_hocon_xmpp_client_shard_password", S_JVB, r"""
videobridge {
  apis {
    xmpp-client {
      configs {
        shard0 {
          HOSTNAME = "localhost"
          DOMAIN = "auth.meet.example.com"
          USERNAME = "jvb"
          PASSWORD = "«!an16:p»"
          MUC_JIDS = "JvbBrewery@internal.auth.meet.example.com"
          MUC_NICKNAME = "«uuid:n»"
""")

P("jibri_conf_control_and_call_login_passwords", S_JIBRI, r"""
      control-login {
        domain = "auth.meet.example.com"
        username = "jibri"
        password = "«!hex32:a»"
      }
      call-login {
        domain = "recorder.meet.example.com"
        username = "recorder"
        password = "«!hex32:b»"
      }
""")

P("jigasi_sip_communicator_properties_base64_password", S_JIGASI, r"""
net.java.sip.communicator.impl.protocol.sip.acc«dig13:a»=acc«dig13:a»
net.java.sip.communicator.impl.protocol.sip.acc«dig13:a».ACCOUNT_UID=SIP\:«dig4:e»@sip.example.net
net.java.sip.communicator.impl.protocol.sip.acc«dig13:a».USER_ID=«dig4:e»@sip.example.net
net.java.sip.communicator.impl.protocol.sip.acc«dig13:a».PASSWORD=«!pw16:p|b64:»
net.java.sip.communicator.impl.protocol.sip.acc«dig13:a».SERVER_ADDRESS=sip.example.net
""")

P("nginx_access_log_jitsi_room_jwt_query", S_PROSODY_TOKEN, r"""
10.0.«dig2:a».9 - - [«dd:d»/Apr/2024:«hh:h»:«mm:m»:«mm:s» +0000] "GET /«@DailyStandup|boardmeeting|incident-42»?jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u160:p».«!b64u43:s» HTTP/2.0" 200 «dig5:b» "-" "Mozilla/5.0"
""")

# ---------------------------------------------------------------- Mumble / TeamSpeak
P("mumble_server_ini_db_ice_and_server_passwords", S_MURMUR, r"""
database=mumble
dbDriver=QMYSQL
dbUsername=mumble
dbPassword=«!pw16:d»
dbHost=127.0.0.1
icesecretwrite=«!pw20:i»
serverpassword=«!pw12:s»
port=64738
users=100
""")

P("mumble_server_log_superuser_password_initialized", S_MURMUR, r"""
<W>«TS» 1 => Server listening on 0.0.0.0:64738
<W>«TS» 1 => Initialized 'SuperUser' password on server 1 to '«!an12:p»'
<W>«TS» 1 => Registration needs nonempty 'registername', 'registerpassword' and 'registerurl', as well as 'registerhostname'
""")

P("mumble_server_supw_command_history", S_MURMUR, r"""
  «dig3:n»  sudo systemctl stop mumble-server
  «dig3:m»  sudo mumble-server -ini /etc/mumble-server.ini -supw «!pw16:p»
  «dig3:o»  sudo systemctl start mumble-server
""")

P("teamspeak3_first_start_serverquery_admin_banner", S_TS3, r"""
------------------------------------------------------------------
                      I M P O R T A N T                           
------------------------------------------------------------------
               Server Query Admin Account created                 
         loginname= "serveradmin", password= "«!an8:p»"
         apikey= "BA«!an37:a»"
------------------------------------------------------------------
""")

P("teamspeak3_first_start_privilege_key_token", S_TS3, r"""
------------------------------------------------------------------
                      I M P O R T A N T                           
------------------------------------------------------------------
      ServerAdmin privilege key created, please use it to gain     
      serveradmin rights for your virtualserver. please            
      also check the doc/privilegekey_guide.txt for details.       

       token=«!b64s40:t»
------------------------------------------------------------------
""")

P("teamspeak3_serverquery_clientsetserverquerylogin_response", S_TS3Q, r"""
$ telnet localhost 10011
TS3
login serveradmin «!an8:p»
error id=0 msg=ok
clientsetserverquerylogin client_login_name=«@monitor|statsbot|webpanel»
client_login_password=«!an8:q»
error id=0 msg=ok
""")

P("teamspeak3_ts3db_mariadb_ini_password", S_TS3DB, r"""
[config]
host=127.0.0.1
port=3306
username=teamspeak
password=«!pw16:p»
database=ts3
socket=
""")

# ---------------------------------------------------------------- Discourse
P("discourse_app_yml_smtp_password_env", S_DISCOURSE, r"""
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: 'forum.example.com'
  DISCOURSE_DEVELOPER_EMAILS: 'admin@example.com'
  DISCOURSE_SMTP_ADDRESS: smtp.example.com
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: forum@example.com
  DISCOURSE_SMTP_PASSWORD: "«!pw18:p»"
  DISCOURSE_SMTP_ENABLE_START_TLS: true
""")

P("discourse_web_only_yml_db_password_and_maxmind_key", S_DISCOURSE_WEB, r"""
  DISCOURSE_DB_USERNAME: discourse
  DISCOURSE_DB_PASSWORD: «!pw18:p»
  DISCOURSE_DB_HOST: data
  DISCOURSE_REDIS_HOST: data
  DISCOURSE_MAXMIND_ACCOUNT_ID: «dig7:a»
  DISCOURSE_MAXMIND_LICENSE_KEY: «!an16:m»
""")

P("discourse_api_curl_api_key_header", S_DISCOURSE_API, r"""
$ curl -s -X POST "https://forum.example.com/posts.json" \
    -H "Api-Key: «!hex64:k»" \
    -H "Api-Username: system" \
    -F "title=Weekly maintenance window" -F "raw=Servers reboot on Sunday" -F "category=«dig2:c»"
""")

P("discourse_rails_console_discourse_connect_secret", S_DISCOURSE_CONNECT, r"""
[1] pry(main)> SiteSetting.enable_discourse_connect = true
=> true
[2] pry(main)> SiteSetting.discourse_connect_secret = "«!an32:s»"
=> "«!an32:s»"
[3] pry(main)> SiteSetting.discourse_connect_url = "https://sso.example.com/discourse"
""")

# ---------------------------------------------------------------- IRC: bouncers, bots, clients, servers
P("znc_conf_user_pass_block_sha256_hash", S_ZNC, r"""
<User «@alice|admin|ops»>
	Admin      = true
	Nick       = «@alice|admin|ops»
	AltNick    = «@alice|admin|ops»_
	<Pass password>
		Method = SHA256
		Hash = «!hex64:h»
		Salt = «an20:s»
	</Pass>
""")

P("znc_conf_network_server_line_with_password", S_ZNC, r"""
	<Network «@libera|oftc|corpirc»>
		LoadModule = simple_away
		Server     = irc.example.net +6697 «!pw16:p»
		TrustedServerFingerprint = «hex64:f»
		<Chan #ops>
		</Chan>
	</Network>
""")

P("znc_sasl_module_set_password_reply", S_ZNC_SASL, r"""
<alice> /msg *sasl mechanism plain
<*sasl> Current mechanisms set: PLAIN
<alice> /msg *sasl set alice «!pw16:p»
<*sasl> Username has been set to [alice]
<*sasl> Password has been set to [«!pw16:p»]
""")

P("limnoria_conf_network_sasl_password", S_LIMNORIA, r"""
supybot.networks.libera.password: 
supybot.networks.libera.servers: irc.libera.chat:6697
supybot.networks.libera.ssl: True
supybot.networks.libera.sasl.username: «@opsbot|mybot|relaybot»
supybot.networks.libera.sasl.password: «!pw18:p»
supybot.networks.libera.sasl.mechanisms: ecdsa-nist256p-challenge external plain
""")

P("sopel_cfg_core_auth_password", S_SOPEL, r"""
[core]
nick = «@opsbot|sopel|relaybot»
host = irc.libera.chat
use_ssl = true
port = 6697
owner = alice
auth_method = sasl
auth_username = «@opsbot|sopel|relaybot»
auth_password = «!pw16:p»
channels = "#ops"
""")

P("weechat_irc_conf_server_sasl_password", S_WEECHAT, r"""
[server]
libera.addresses = "irc.libera.chat/6697"
libera.tls = on
libera.sasl_mechanism = plain
libera.sasl_username = "alice"
libera.sasl_password = "«!pw16:p»"
libera.autojoin = "#ops,#alerts"
""")

P("irssi_config_chatnet_sasl_password", S_IRSSI, r"""
chatnets = {
  liberachat = {
    type = "IRC";
    sasl_mechanism = "PLAIN";
    sasl_username = "alice";
    sasl_password = "«!pw16:p»";
  };
};
""")

P("irc_raw_log_authenticate_plain_base64", S_IRCV3_SASL, r"""
>> CAP REQ :sasl
<< :tantalum.libera.chat CAP * ACK :sasl
>> AUTHENTICATE PLAIN
<< AUTHENTICATE +
>> AUTHENTICATE «!pw16:p|saslplain:{lc8:u}»
<< :tantalum.libera.chat 900 «lc8:u» «lc8:u»!«lc8:u»@user/«lc8:u» «lc8:u» :You are now logged in as «lc8:u»
""")

P("python_irc_client_debug_nickserv_identify", S_JARACO_IRC, r"""
DEBUG:irc.client:TO SERVER: NICK opsbot
DEBUG:irc.client:TO SERVER: USER opsbot 0 * :Ops Bot
DEBUG:irc.client:FROM SERVER: :irc.example.net 001 opsbot :Welcome to the network opsbot
DEBUG:irc.client:TO SERVER: PRIVMSG NickServ :IDENTIFY opsbot «!pw16:p»
DEBUG:irc.client:TO SERVER: JOIN #ops
""")

P("matterbridge_toml_irc_nickserv_and_mattermost_password", S_MATTERBRIDGE, r"""
[irc.libera]
Server="irc.libera.chat:6697"
Nick="relaybot"
NickServNick="relaybot"
NickServPassword="«!pw16:a»"
UseTLS=true

[mattermost.work]
Server="chat.example.com:443"
Team="ops"
Login="relaybot@example.com"
Password="«!pw16:b»"
""")

P("matterbridge_toml_matrix_password_and_discord_token", S_MATTERBRIDGE, r"""
[matrix.mymatrix]
Server="https://matrix.example.com"
Login="relaybot"
Password="«!pw16:a»"
RemoteNickFormat="[{PROTOCOL}] <{NICK}> "

[discord.mydiscord]
Token="«b64u24:b».«b64u6:c».«!b64u38:d»"
Server="«dig18:g»"
""")

P("thelounge_user_json_bcrypt_and_sasl_password", S_LOUNGE, r"""
{
	"password": "$2a$11$«!bc53:h»",
	"log": true,
	"networks": [
		{
			"name": "Libera.Chat",
			"host": "irc.libera.chat",
			"port": 6697,
			"tls": true,
			"nick": "alice",
			"saslAccount": "alice",
			"saslPassword": "«!pw16:p»",
""")

P("ergo_ircd_yaml_server_and_oper_bcrypt_passwords", S_ERGO, r"""
server:
    name: irc.example.com
    password: "$2a$04$«!bc53:s»"
opers:
    admin:
        class: "server-admin"
        whois-line: is the server administrator
        password: "$2a$04$«!bc53:o»"
""")

P("unrealircd_conf_link_block_password", S_UNREAL, r"""
link hub.example.net {
	incoming { mask *@10.0.«dig2:a».7; }
	outgoing {
		hostname hub.example.net;
		port 6900;
		options { tls; }
	}
	password "«!pw20:p»";
	class servers;
}
""")

P("anope_services_conf_uplink_password", S_ANOPE, r"""
uplink
{
	host = "127.0.0.1"
	ipv6 = no
	ssl = no
	port = 7000
	password = "«!pw20:p»"
}
""")

# ---------------------------------------------------------------- XMPP, Nextcloud Talk, BBB, push and relay tools
P("ejabberd_yml_sql_password", S_EJABBERD, r"""
sql_type: pgsql
sql_server: "10.0.«dig2:a».30"
sql_database: "ejabberd"
sql_username: "ejabberd"
sql_password: "«!pw18:p»"
auth_method: [sql]
default_db: sql
""")

P("ejabberdctl_register_user_password_arg", S_EJABBERDCTL, r"""
$ sudo -u ejabberd ejabberdctl register «@alertbot|admin|relay» xmpp.example.com «!pw16:p»
User «@alertbot|admin|relay»@xmpp.example.com successfully registered
""")

P("nextcloud_spreed_signaling_server_conf_secrets", S_SPREED, r"""
[sessions]
hashkey = «!hex64:h»
blockkey = «!hex32:b»

[clients]
internalsecret = «!hex64:i»

[backend-1]
url = https://cloud.example.com
secret = «!hex64:s»
""")

P("nextcloud_occ_talk_signaling_and_turn_secrets", S_TALK_OCC, r"""
$ sudo -u www-data php occ talk:signaling:add wss://signal.example.com/ «!hex64:s» --verify
$ sudo -u www-data php occ talk:turn:add turn turn.example.com:3478 udp,tcp --secret=«!an64:t»
""")

P("bigbluebutton_bbb_conf_secret_output", S_BBB, r"""
$ sudo bbb-conf --secret

    URL: https://bbb.example.com/bigbluebutton/
    Secret: «!an40:s»

    Link to the API-Mate:
    https://mconf.github.io/api-mate/#server=https://bbb.example.com/bigbluebutton/&sharedSecret=«!an40:s»
""")


P("gotify_curl_message_app_token_query", S_GOTIFY, r"""
$ curl "https://push.example.com/message?token=A«!an14:t»" -F "title=Backup" -F "message=nightly backup done" -F "priority=5"
{"id":«dig4:i»,"appid":«dig1:a»,"message":"nightly backup done","title":"Backup","priority":5,"date":"«T»"}
""")

P("ntfy_curl_bearer_tk_access_token", S_NTFY, r"""
$ curl -H "Authorization: Bearer tk_«!lc29:t»" -H "Title: Disk space" -d "/var is 91% full" https://ntfy.example.com/alerts
{"id":"«an12:i»","time":«dig10:x»,"expires":«dig10:y»,"event":"message","topic":"alerts","title":"Disk space","message":"/var is 91% full"}
""")

P("apprise_yaml_urls_mailto_matrix_rocket_passwords", S_APPRISE, r"""
version: 1
urls:
  - mailtos://alerts:«!pw16:a»@smtp.example.com?to=ops@example.com
  - matrixs://alertbot:«!pw16:b»@matrix.example.com/#ops
  - rocket://relaybot:«!pw16:c»@chat.example.com/#alerts
""")

# ================================================================ negatives
S_PJSIP_SHOW = "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/Asterisk-PJSIP-Troubleshooting-Guide/"
S_AMI_EVT = "https://docs.asterisk.org/Latest_API/API_Documentation/AMI_Events/Newchannel/"
S_CDRCSV = "https://docs.asterisk.org/Configuration/Reporting/Call-Detail-Records-CDR/CDR-Storage-Backends/CSV/"
S_RFC3261 = "https://www.rfc-editor.org/rfc/rfc3261"
S_FS_SOFIA = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_sofia_1048707/"
S_KAMCMD = "https://www.kamailio.org/docs/modules/stable/modules/usrloc.html"
S_RFC8122 = "https://www.rfc-editor.org/rfc/rfc8122"
S_TW_WEBHOOK = "https://www.twilio.com/docs/voice/api/call-resource#statuscallback"
S_TW_PROFILES = "https://www.twilio.com/docs/twilio-cli/general-usage/profiles"
S_VONAGE_SMS = "https://developer.vonage.com/en/messaging/sms/overview"
S_PLIVO_MSG = "https://www.plivo.com/docs/messaging/api/message/send-a-message"
S_PF_LOG = "https://www.postfix.org/DEBUG_README.html"
S_DOV_LOG = "https://doc.dovecot.org/2.3/admin_manual/logging/"
S_DOVEADM_USER = "https://doc.dovecot.org/2.3/admin_manual/doveadm_user/"
S_EXIM_LOG = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html"
S_EXIM_DOVE = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_dovecot_authenticator.html"
S_ARC = "https://www.rfc-editor.org/rfc/rfc8617"
S_EXO_HDR = "https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/antispam-message-headers"
S_AZ_CRED = "https://learn.microsoft.com/en-us/cli/azure/ad/app/credential"
S_EXO_TRACE = "https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetracev2"
S_MX_KEYS = "https://spec.matrix.org/v1.9/server-server-api/#publishing-keys"
S_SYN_LOG = "https://element-hq.github.io/synapse/latest/usage/configuration/logging_sample_config.html"
S_ELEMENT_CFG = "https://github.com/element-hq/element-web/blob/develop/docs/config.md"
S_MAUTRIX_EX = "https://github.com/mautrix/telegram/blob/master/mautrix_telegram/example-config.yaml"
S_SYN_DEVICES = "https://element-hq.github.io/synapse/latest/admin_api/user_admin_api.html#list-all-devices"
S_MM_API = "https://api.mattermost.com/#tag/system/operation/GetConfig"
S_RC_MSG = "https://developer.rocket.chat/apidocs/get-channel-messages"
S_CRUDINI = "https://github.com/pixelb/crudini"
S_ZULIP_MSG = "https://zulip.com/api/send-message"
S_JITSI_CFG = "https://github.com/jitsi/jitsi-meet/blob/master/config.js"
S_JVB_LOG = "https://github.com/jitsi/jitsi-videobridge/blob/master/doc/logging.md"
S_TS3_CL = "https://yat.qa/resources/server-query-commands/#clientlist"
S_DISCOURSE_KEYS = "https://meta.discourse.org/t/create-and-configure-an-api-key/230124"
S_DISCOURSE_LOG = "https://meta.discourse.org/t/where-are-the-discourse-logs/58022"
S_ZNC_CERT = "https://wiki.znc.in/Signed_SSL_certificate"
S_SES_API = "https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html"
S_SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/getting-started-smtp"

# ---------------------------------------------------------------- telephony look-alikes
N("asterisk_pjsip_endpoint_with_auth_references_only", S_PJSIP, r"""
[«dig4:e»]
type=endpoint
context=from-internal
disallow=all
allow=ulaw,opus
auth=«dig4:e»-auth
outbound_auth=«@voipms|flowroute|itsp»-auth
aors=«dig4:e»
media_encryption=sdes
dtls_cert_file=/etc/asterisk/keys/asterisk.pem
""")

N("asterisk_cli_pjsip_show_endpoint_inauth_contact", S_PJSIP_SHOW, r"""
 Endpoint:  «dig4:e»/«dig4:e»                                      Not in use    0 of inf
     InAuth:  «dig4:e»-auth/«dig4:e»
        Aor:  «dig4:e»                                              1
      Contact:  «dig4:e»/sip:«dig4:e»@10.0.«dig2:a».«dig2:b»:5060;ob «hex10:c» Avail        «dig2:r».«dig3:s»
  Transport:  transport-udp             udp      0      0  0.0.0.0:5060
""")

N("asterisk_ami_event_newchannel_uniqueid_linkedid", S_AMI_EVT, r"""
Event: Newchannel⏎
Privilege: call,all⏎
Channel: PJSIP/«dig4:e»-«hex8:h»⏎
ChannelState: 0⏎
ChannelStateDesc: Down⏎
CallerIDNum: «dig4:e»⏎
Uniqueid: «dig10:u».«dig3:v»⏎
Linkedid: «dig10:u».«dig3:v»⏎
""")

N("asterisk_manager_conf_commented_secret_placeholder", S_AMI, r"""
[«@fop2|crm|ami-monitor»]
; secret is provisioned by ansible from the vault, see roles/asterisk/templates
;secret = <ami-secret-here>
#include manager_secrets.conf
deny = 0.0.0.0/0.0.0.0
permit = 10.«dig2:a».«dig2:b».0/255.255.255.0
read = system,call,agent
""")

N("asterisk_cdr_master_csv_uniqueids", S_CDRCSV, r'''
"","«dig4:a»","«dig10:d»","from-internal","""«@Front Desk|Ops|Alice»"" <«dig4:a»>","PJSIP/«dig4:a»-«hex8:x»","PJSIP/trunk-«hex8:y»","Dial","PJSIP/«dig10:d»@trunk,60","«TS»","«TS»","«TS»",«dig2:t»,«dig2:b»,"ANSWERED","DOCUMENTATION","«dig10:u».«dig2:v»",""
''')

N("sip_401_www_authenticate_nonce_opaque_callid", S_RFC3261, r"""
<--- Transmitting SIP response («dig3:n» bytes) to UDP:10.0.«dig2:a».«dig2:b»:5060 --->
SIP/2.0 401 Unauthorized
Via: SIP/2.0/UDP 10.0.«dig2:a».«dig2:b»:5060;rport=5060;received=10.0.«dig2:a».«dig2:b»;branch=z9hG4bKPj«lc32:br»
Call-ID: «lc32:c»
From: <sip:«dig4:e»@pbx.example.com>;tag=«lc32:t»
To: <sip:«dig4:e»@pbx.example.com>;tag=z9hG4bKPj«lc32:br»
CSeq: «dig5:q» REGISTER
WWW-Authenticate: Digest realm="asterisk",nonce="«dig10:ts»/«hex32:n»",opaque="«hex16:o»",algorithm=md5,qop="auth"
Content-Length:  0
""")

N("freeswitch_directory_password_preprocessor_variable", S_FSDIR, r"""
<include>
  <user id="«dig4:e»">
    <params>
      <param name="password" value="$${default_password}"/>
      <param name="vm-password" value="«dig4:e»"/>
    </params>
  </user>
</include>
""")

N("freeswitch_sofia_status_gateway_password_yes", S_FS_SOFIA, r"""
freeswitch@pbx> sofia status gateway «@voipprovider|carrier-a|sbc-east»
Name    	«@voipprovider|carrier-a|sbc-east»
Profile 	external
Scheme  	Digest
Realm   	sip.example.net
Username	«dig8:u»
Password	yes
From    	<sip:«dig8:u»@sip.example.net>
Contact 	<sip:gw+«@voipprovider|carrier-a|sbc-east»@10.0.0.5:5080;transport=udp;gw=«@voipprovider|carrier-a|sbc-east»>
State   	REGED
""")

N("freeswitch_log_new_channel_uuid", S_FS_SOFIA, r"""
«TS» [NOTICE] switch_channel.c:1142 New Channel sofia/internal/«dig4:e»@pbx.example.com [«uuid:u»]
«TS» [INFO] mod_dialplan_xml.c:639 Processing «dig4:e» <«dig4:e»>->«dig4:f» in context default
«TS» [NOTICE] sofia.c:8736 Channel [sofia/internal/«dig4:e»@pbx.example.com] has been answered
""")

N("kamailio_kamcmd_ul_dump_callid_ruid", S_KAMCMD, r"""
		AoR: «dig4:e»@sip.example.com
		Contacts: {
			Contact: {
				Address: sip:«dig4:e»@10.0.«dig2:a».«dig2:b»:5060;ob
				Expires: «dig3:x»
				Call-ID: «lc32:c»
				CSeq: «dig4:q»
				User-Agent: Yealink SIP-T54W 96.86.0.«dig2:v»
				Ruid: uloc-«hex8:r»-«hex4:s»-1
				Instance: <urn:uuid:«uuid:i»>
""")

N("opensips_cfg_auth_db_column_names_password_ha1", S_OSIPS, r"""
loadmodule "auth_db.so"
modparam("auth_db", "calculate_ha1", «@0|1»)
modparam("auth_db", "password_column", "«@ha1|password|ha1b»")
modparam("auth_db", "password_column_2", "ha1_sha256")
modparam("auth_db", "use_domain", «@0|1»)
modparam("auth_db", "load_credentials", "$avp(«@rpid|callerid|cli»)=rpid")
""")

N("kamailio_kamctlrc_commented_password_lines", S_KAMCTLRC, r"""
## database read/write user
# DBRWUSER="«@kamailio|kamrw|sipdb»"

## password for database read/write user
# DBRWPW=""

## database access host (from where is kamctl used)
# DBACCESSHOST=10.«dig2:a».«dig2:b».«dig2:c»
""")

N("yealink_cfg_password_null_and_autop_aes_flag", S_YEALINK, r"""
#!version:1.0.0.1
account.«dig1:a».enable = 0
account.«dig1:a».password = %NULL%
static.auto_provision.aes_key_in_file = 1
static.auto_provision.update_file_name = «hex12:m».cfg
static.auto_provision.server.url = https://provision.example.com/yealink/
""")

N("polycom_template_auth_password_placeholder", S_POLYCOM, r"""
<PHONE_CONFIG>
  <ALL
    reg.1.address="{{ extension }}@pbx.«@example.com|example.org|example.net|corp.example»"
    reg.1.auth.userId="{{ extension }}"
    reg.1.auth.password="{{ «@sip_password|line1_password|auth_pass» }}"
    reg.1.server.1.address="pbx.«@example.com|example.org|example.net|corp.example»"
  />
</PHONE_CONFIG>
""")

N("cisco_spa_flat_profile_empty_password_element", S_CISCOSPA, r"""
<flat-profile>
  <Line_Enable_2_ ua="na">No</Line_Enable_2_>
  <User_ID_2_ ua="na"/>
  <Password_2_ ua="na"/>
  <Profile_Rule ua="na">https://provision.«@example.com|example.org|example.net|corp.example»/spa$MA.xml</Profile_Rule>
  <Resync_Periodic ua="na">«@3600|7200|86400|1800»</Resync_Periodic>
</flat-profile>
""")

N("sdp_dtls_fingerprint_ssrc_msid", S_RFC8122, r"""
m=audio 9 UDP/TLS/RTP/SAVPF 111 0 8
a=setup:actpass
a=mid:0
a=fingerprint:sha-256 «uhex2:a»:«uhex2:b»:«uhex2:c»:«uhex2:d»:«uhex2:e»:«uhex2:f»:«uhex2:g»:«uhex2:h»:«uhex2:i»:«uhex2:j»:«uhex2:k»:«uhex2:l»:«uhex2:m»:«uhex2:n»:«uhex2:o»:«uhex2:p»:«uhex2:q»:«uhex2:r»:«uhex2:s»:«uhex2:t»:«uhex2:u»:«uhex2:v»:«uhex2:w»:«uhex2:x»:«uhex2:y»:«uhex2:z»:«uhex2:A»:«uhex2:B»:«uhex2:C»:«uhex2:D»:«uhex2:E»:«uhex2:F»
a=msid:«uuid:s» «uuid:t»
a=ssrc:«dig10:r» cname:«b64s16:c»
""")

N("asterisk_cli_pjsip_show_registrations", S_PJSIP_SHOW, r"""
 <Registration/ServerURI..............................>  <Auth....................>  <Status.......>
==========================================================================================

 «@voipms|flowroute|itsp»-reg/sip:«@sip.example.net|trunk.example.com»         «@voipms|flowroute|itsp»-auth               Registered        (exp. «dig4:x»s)

Objects found: 1
""")

N("asterisk_keys_directory_listing", S_PJSIP, r"""
$ ls -l /etc/asterisk/keys/
-rw-r----- 1 asterisk asterisk 1704 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» asterisk.key
-rw-r--r-- 1 asterisk asterisk 1326 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» asterisk.crt
-rw-r--r-- 1 asterisk asterisk 3030 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» asterisk.pem
-rw-r--r-- 1 asterisk asterisk 1220 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» ca.crt
""")

N("twilio_status_callback_form_body_sids", S_TW_WEBHOOK, r"""
«T» POST /twilio/status 200 «dig2:t»ms
«T» body: AccountSid=AC«hex32:a»&ApiVersion=2010-04-01&CallSid=CA«hex32:c»&CallStatus=completed&CallDuration=«dig2:d»&Direction=outbound-api&From=%2B1«dig10:f»&To=%2B1«dig10:g»
""")

N("twilio_cli_profiles_list_table", S_TW_PROFILES, r"""
$ twilio profiles:list
ID       Account SID                         Active
prod     AC«hex32:a»  true
staging  AC«hex32:b»
""")

N("twilio_env_secret_file_reference_and_api_key_sid", S_TW_PROFILES, r"""
TWILIO_ACCOUNT_SID=AC«hex32:a»
TWILIO_API_KEY=SK«hex32:k»
TWILIO_API_SECRET_FILE=/run/secrets/twilio_api_secret
TWILIO_AUTH_TOKEN_FILE=/run/secrets/twilio_auth_token
""")

N("vonage_sms_response_message_id_balance", S_VONAGE_SMS, r"""
{"message-count":"1","messages":[{"to":"4477«dig8:t»","message-id":"«uuid:m»","status":"0","remaining-balance":"«dig2:r».«dig4:s»","message-price":"0.0333","network":"«dig5:n»"}]}
""")

N("plivo_message_response_api_id_message_uuid", S_PLIVO_MSG, r"""
HTTP/1.1 202 Accepted
{"api_id": "«uuid:a»", "message": "message(s) queued", "message_uuid": ["«uuid:m»"]}
""")

# ---------------------------------------------------------------- mail look-alikes
N("postfix_ldap_table_sasl_bind_without_password", S_PF_LDAP, r"""
server_host = ldap://ldap.«@example.com|example.org|example.net|corp.example»
search_base = ou=people,dc=example,dc=com
query_filter = (mail=%s)
result_attribute = «@maildrop|mail|mailRoutingAddress»
bind = sasl
sasl_mechs = GSSAPI
version = 3
""")

N("postfix_smtp_relay_sent_log_queue_ids", S_PF_LOG, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mx postfix/smtp[«dig5:p»]: «uc12:q»: to=<ops@example.com>, relay=smtp.example.com[203.0.113.«dig2:i»]:587, delay=«dig1:d».«dig1:e», delays=0.05/0.01/0.4/0.3, dsn=2.0.0, status=sent (250 2.0.0 OK  «dig10:t» «an12:g»-«an6:h».«dig3:k» - gsmtp)
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mx postfix/qmgr[«dig4:r»]: «uc12:q»: removed
""")

N("postfix_sasl_passwd_db_listing_and_checksum", S_PF_POSTMAP, r"""
# ls -l /etc/postfix/sasl_passwd*
-rw------- 1 root root    64 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» /etc/postfix/sasl_passwd
-rw------- 1 root root 12288 «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» /etc/postfix/sasl_passwd.db
# sha256sum /etc/postfix/sasl_passwd.db
«hex64:s»  /etc/postfix/sasl_passwd.db
""")

N("dovecot_passdb_userdb_blocks_args_paths", S_DOV_SQL, r"""
passdb {
  driver = sql
  args = /etc/dovecot/dovecot-sql.conf.ext
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=«@/var/vmail|/srv/mail|/home/vmail»/%d/%n
}
default_pass_scheme = «@ARGON2ID|SHA512-CRYPT|BLF-CRYPT|SSHA512»
auth_mechanisms = «@plain login|plain|plain login xoauth2»
""")

N("dovecot_imap_login_session_id", S_DOV_LOG, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: imap-login: Login: user=<«@alice|bob|carol»@example.com>, method=PLAIN, rip=10.0.«dig2:a».«dig2:b», lip=10.0.0.2, mpid=«dig5:p», TLS, session=<«b64s16:s»>
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: imap(«@alice|bob|carol»@example.com)<«dig5:p»><«b64s16:s»>: Logged out in=«dig3:i» out=«dig4:o» deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0
""")

N("dovecot_auth_debug_resp_hidden", S_DOV_AUTH, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: Debug: client in: AUTH	1	PLAIN	service=imap	secured	session=«b64s16:z»	lip=10.0.0.2	rip=10.0.«dig2:a».9	lport=993	rport=5«dig4:r»	resp=<hidden>
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mail dovecot: auth: Debug: sql(«@alice|bob»@example.com,10.0.«dig2:a».9,<«b64s16:z»>): Performing passdb lookup
""")

N("doveadm_user_userdb_fields", S_DOVEADM_USER, r"""
# doveadm user «@alice|bob|carol»@example.com
field	value
uid	5000
gid	5000
home	/var/vmail/example.com/«@alice|bob|carol»
mail	maildir:~/Maildir
quota_rule	*:storage=«dig1:q»G
""")

N("doveadm_pw_list_schemes", S_DOV_PW, r"""
«@mail|mx1|imap01»:~# doveadm pw -l
SHA1 SSHA512 BLF-CRYPT PLAIN HMAC-MD5 OTP SHA512 SHA DES-CRYPT CRYPT SSHA MD5-CRYPT PLAIN-MD4 PLAIN-MD5 SCRAM-SHA-1 SCRAM-SHA-256 SHA512-CRYPT CLEAR CLEARTEXT ARGON2I ARGON2ID SSHA256 MD5 PBKDF2 SHA256 CRAM-MD5 PLAIN-TRUNC SHA256-CRYPT SMD5 DIGEST-MD5 LDAP-MD5«@| SHA256-CRYPT| CRYPT»
""")

N("exim_mainlog_arrival_authenticated_sender", S_EXIM_LOG, r"""
«TS» «an6:a»-«an6:b»-«an2:c» <= alerts@example.com H=(app01) [10.0.«dig2:i».«dig2:j»] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:alerts@example.com S=«dig4:s» id=«hex16:m»@app01.example.com
«TS» «an6:a»-«an6:b»-«an2:c» => ops@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.«dig2:k»] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as «uc11:q»"
«TS» «an6:a»-«an6:b»-«an2:c» Completed
""")

N("exim_authenticator_server_condition_expansion", S_EXIM_DOVE, r"""
«@plain_server|dovecot_plain|server_plain»:
  driver = plaintext
  public_name = PLAIN
  server_condition = ${if crypteq{$auth3}{${extract{1}{:}{${lookup{$auth2}lsearch{«@/etc/exim4/passwd|/etc/exim/passwd|/usr/local/etc/exim/passwd»}{$value}{*:*}}}}}{1}{0}}
  server_set_id = $auth2
  server_prompts = :
""")

N("opendkim_genkey_selector_txt_public_key_record", S_OPENDKIM_GK, r"""
$ cat /etc/opendkim/keys/example.com/«@mail|s2024|default».txt
«@mail|s2024|default»._domainkey	IN	TXT	( "v=DKIM1; h=sha256; k=rsa; "
	  "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«b64s200:a»"
	  "«b64s192:b»IDAQAB" )  ; ----- DKIM key «@mail|s2024|default» for example.com
""")

N("opendkim_keytable_signingtable_file_paths", S_OPENDKIM, r"""
# /etc/opendkim/KeyTable
«@mail|s2024|default»._domainkey.«@example.com|example.org|example.net|corp.example» «@example.com|example.org|example.net|corp.example»:«@mail|s2024|default»:/etc/opendkim/keys/«@example.com|example.org|example.net|corp.example»/«@mail|s2024|default».private
# /etc/opendkim/SigningTable
«@*@|*@mail.|*@lists.»«@example.com|example.org|example.net|corp.example» «@mail|s2024|default»._domainkey.«@example.com|example.org|example.net|corp.example»
""")

N("opendkim_log_signature_added_selector", S_OPENDKIM, r"""
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mx opendkim[«dig4:p»]: «uc12:q»: DKIM-Signature field added (s=«@mail|s2024|default», d=example.com)
«@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m»:«mm:s» mx opendkim[«dig4:p»]: «uc12:r»: s=«@google|selector1|k1» d=«@gmail.com|example.org» a=rsa-sha256 SSL
""")

N("mail_headers_arc_seal_and_message_signature", S_ARC, r"""
ARC-Seal: i=1; a=rsa-sha256; t=«dig10:t»; cv=none;
        d=google.com; s=arc-20160816;
        b=«b64s76:a»
         «b64s76:b»==
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;
        h=to:subject:message-id:date:from:mime-version:dkim-signature;
        bh=«b64s43:h»=;
        fh=«b64s43:f»=;
""")

N("mail_headers_exchange_online_message_ids", S_EXO_HDR, r"""
Message-ID: <«uc4:a»«dig4:b»«uc4:c»«dig4:d»@«uc4:e»PR«dig2:f»MB«dig4:g».eurprd«dig2:h».prod.outlook.com>
X-MS-Exchange-Organization-Network-Message-Id: «uuid:n»
X-MS-Office365-Filtering-Correlation-Id: «uuid:c»
X-MS-Exchange-CrossTenant-Id: «uuid:t»
X-MS-Exchange-CrossTenant-AuthAs: Internal
X-MS-Exchange-Transport-CrossTenantHeadersStamped: «uc4:e»PR«dig2:f»MB«dig4:g»
""")

N("roundcube_config_smtp_pass_macro_percent_p", S_RC, r"""
$config['smtp_host'] = 'tls://smtp.«@example.com|example.org|example.net|corp.example»:587';
// use the same credentials as for the IMAP login
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['smtp_auth_type'] = '«@PLAIN|LOGIN|CRAM-MD5»';
""")

N("roundcube_userlogins_log_successful_login", S_RC, r"""
[«dd:d»-Mar-2024 «hh:h»:«mm:m»:«mm:s» +0000]: <«lc8:s»> Successful login for «@alice|bob|carol»@example.com (ID: «dig2:i») from 10.0.«dig2:a».«dig2:b»
""")

N("mbsyncrc_passcmd_reference", S_MBSYNC, r"""
IMAPAccount work
Host imap.«@example.com|example.org|example.net|corp.example»
User alice@«@example.com|example.org|example.net|corp.example»
PassCmd "«@pass show mail/work|secret-tool lookup service imap|gpg -q -d ~/.mailpass.gpg»"
SSLType IMAPS
""")

N("getmailrc_password_command_tuple", S_GETMAIL, r"""
[retriever]
type = SimpleIMAPSSLRetriever
server = imap.«@example.com|example.org|example.net|corp.example»
username = alice@«@example.com|example.org|example.net|corp.example»
password_command = ("/usr/bin/secret-tool", "lookup", "service", "imap", "user", "alice")
mailboxes = «@ALL|("INBOX",)|("INBOX", "Archive")»
""")

N("aerc_source_cred_cmd_url_without_password", S_AERC, r"""
[Work]
source          = imaps://alice%40«@example.com|example.org|example.net|corp.example»@imap.«@example.com|example.org|example.net|corp.example»:993
source-cred-cmd = «@pass show email/work|bw get password imap|secret-tool lookup aerc work»
outgoing        = smtps+plain://alice%40«@example.com|example.org|example.net|corp.example»@smtp.«@example.com|example.org|example.net|corp.example»:465
outgoing-cred-cmd = «@pass show email/work|bw get password imap|secret-tool lookup aerc work»
default         = INBOX
""")

N("neomuttrc_imap_pass_backtick_gpg_command", S_NEOMUTT, r"""
set imap_user = "alice@«@example.com|example.org|example.net|corp.example»"
set imap_pass = "`gpg --batch -q --decrypt «@~/.config/neomutt/imap.gpg|~/.mutt/pw.gpg|~/.local/share/mail/work.gpg»`"
set smtp_pass = $imap_pass
set folder = "imaps://imap.«@example.com|example.org|example.net|corp.example»/"
""")

N("fetchmailrc_netrc_no_password", S_FETCHMAIL, r"""
# password is read from ~/.netrc (machine imap.«@example.com|example.org|example.net|corp.example»)
set daemon «@300|600|900|120»
poll imap.«@example.com|example.org|example.net|corp.example» protocol IMAP port 993
    user "alice@«@example.com|example.org|example.net|corp.example»" is alice here
    ssl sslcertck
""")

N("az_ad_app_credential_list_hint_null_secret", S_AZ_CRED, r"""
$ az ad app credential list --id «uuid:a» -o json
[
  {
    "customKeyIdentifier": null,
    "displayName": "postfix-relay",
    "endDateTime": "«T»",
    "hint": "«an3:h»",
    "keyId": "«uuid:k»",
    "secretText": null,
    "startDateTime": "«T»"
  }
]
""")

N("graph_sendmail_202_response_request_ids", S_GRAPH_SEND, r"""
HTTP/1.1 202 Accepted
request-id: «uuid:r»
client-request-id: «uuid:r»
x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"West Europe","Slice":"E","Ring":"5","ScaleUnit":"00«dig1:s»","RoleInstance":"AM«dig1:a»PEPF0000«uc4:i»"}}
Date: «@Tue, 12 Mar 2024|Wed, 03 Apr 2024» «hh:h»:«mm:m»:«mm:s» GMT
""")

N("exchange_get_messagetrace_table", S_EXO_TRACE, r"""
Received            Sender Address        Recipient Address  Subject          Status    MessageTraceId
--------            --------------        -----------------  -------          ------    --------------
«TG» svc-mail@contoso.com  ops@contoso.com    Nightly report   Delivered «uuid:a»
«TG» svc-mail@contoso.com  cfo@contoso.com    Invoice run      Delivered «uuid:b»
""")

N("postmark_send_response_message_id", S_POSTMARK, r"""
{"To":"ops@example.com","SubmittedAt":"«T»","MessageID":"«uuid:m»","ErrorCode":0,"Message":"OK"}
""")

N("sendgrid_smtp_response_x_message_id", S_SENDGRID, r"""
< HTTP/1.1 202 Accepted
< Server: nginx
< X-Message-Id: «b64u22:m»
< Access-Control-Allow-Origin: https://sendgrid.api-docs.io
< Access-Control-Allow-Headers: Authorization, Content-Type, On-behalf-of, x-sg-elas-acl
""")

N("mailgun_messages_queued_response_id", S_MAILGUN, r"""
{
  "id": "<«ymd:d»«hms:t».«hex16:x»@mg.example.com>",
  "message": "Queued. Thank you."
}
""")

N("ses_sendemail_response_message_id", S_SES_API, r"""
{
    "MessageId": "0100018«hex9:a»-«uuid:b»-000000"
}
""")

N("smtp_ehlo_capabilities_and_auth_failure", S_SWAKS, r"""
<~  250-smtp.example.com Hello [10.0.«dig2:a».4]
<~  250-SIZE 35882577
<~  250-AUTH PLAIN LOGIN XOAUTH2
<~  250 STARTTLS
 ~> AUTH LOGIN
<~  334 VXNlcm5hbWU6
<~* 535 5.7.8 Authentication credentials invalid
""")

N("mailcow_conf_non_secret_settings", S_MAILCOW, r"""
MAILCOW_HOSTNAME=mail.«@example.com|example.org|example.net|corp.example»
MAILCOW_PASS_SCHEME=BLF-CRYPT
SKIP_LETS_ENCRYPT=n
ACL_ANYONE=disallow
MAILDIR_GC_TIME=«@7200|1440|10080»
COMPOSE_PROJECT_NAME=mailcowdockerized
SKIP_CLAMD=n
""")

N("stalwart_config_toml_env_macro_secret", S_STALWART, r"""
[authentication.fallback-admin]
user = "admin"
secret = "%{env:«@STALWART_ADMIN_SECRET|ADMIN_SECRET|FALLBACK_ADMIN_PW»}%"

[store."postgresql"]
type = "postgresql"
host = "db.internal"
password = "%{file:«@/run/secrets/stalwart_db|/run/credentials/stalwart/db|/etc/stalwart/db.pass»}%"
""")

N("rspamd_dkim_signing_conf_key_path_template", S_RSPAMD, r"""
# local.d/dkim_signing.conf
allow_username_mismatch = true;
path = "/var/lib/rspamd/dkim/$domain.$selector.key";
selector = "«@dkim|mail|s2024»";
use_esld = «@true|false»;
sign_authenticated = «@true|false»;
""")

N("zimbra_zmlocalconfig_non_secret_keys", S_ZIMBRA, r"""
zimbra@«@mail|mta01|zcs»:~$ zmlocalconfig zimbra_home ldap_url ldap_port zimbra_server_hostname
zimbra_home = /opt/zimbra
ldap_url = ldap://mail.«@example.com|example.org|example.net|corp.example»:389
ldap_port = 389
zimbra_server_hostname = mail.«@example.com|example.org|example.net|corp.example»
""")

N("docker_mailserver_setup_email_list_output", S_DMS, r"""
$ docker exec -it mailserver setup email list
* alice@example.com ( «dig2:a»M / ~ ) [0%]
* ci@example.com ( «dig1:b»K / ~ ) [0%]
* postmaster@example.com ( «dig3:c»K / 2G ) [«dig1:p»%]
""")

# ---------------------------------------------------------------- chat look-alikes
N("synapse_homeserver_yaml_secret_path_options", S_SYN_CFG, r"""
registration_shared_secret_path: /run/secrets/synapse_registration_shared_secret
macaroon_secret_key_path: /run/secrets/synapse_macaroon_secret_key
form_secret_path: /run/secrets/synapse_form_secret
signing_key_path: "/data/«@matrix.example.com|chat.example.org|synapse.corp.example».signing.key"
media_store_path: «@/data/media_store|/var/lib/matrix-synapse/media|/srv/synapse/media»
""")

N("synapse_sample_config_private_string_placeholder", S_SYN_CFG, r"""
# If set, allows registration of standard or admin accounts by anyone who
# has the shared secret, even if registration is otherwise disabled.
#
#registration_shared_secret: <PRIVATE STRING>
#
#registration_requires_3pid: «@[]|[email]»
#enable_registration: «@false|true»

# Secret key used when generating macaroons.«@| Defaults to a random value.| Required when running workers.»
#
#macaroon_secret_key: <PRIVATE STRING>
""")

N("synapse_access_log_access_token_redacted", S_SYN_LOG, r"""
«TL» - synapse.access.http.8008 - 460 - INFO - GET-«dig5:r» - 10.0.«dig2:a».4 - 8008 - {@«@alice|alertbot|backupbot»:example.com} Processed request: 0.0«dig2:t»sec/-0.000sec (0.001sec, 0.000sec) (0.000sec/0.003sec/2) «dig3:b»B 200 "GET /_matrix/client/r0/sync?since=s«dig6:x»_«dig5:y»_0_1&timeout=30000&access_token=<redacted> HTTP/1.0" "matrix-nio/0.24" [0 dbevts]
""")

N("matrix_server_keys_v2_public_verify_key", S_MX_KEYS, r"""
$ curl -s https://matrix.example.com/_matrix/key/v2/server | jq .
{
  "old_verify_keys": {},
  "server_name": "example.com",
  "signatures": { "example.com": { "ed25519:a_«an4:k»": "«b64s86:s»" } },
  "valid_until_ts": «dig13:t»,
  "verify_keys": { "ed25519:a_«an4:k»": { "key": "«b64s43:p»" } }
}
""")

N("element_config_json_server_and_jitsi_settings", S_ELEMENT_CFG, r"""
{
    "default_server_config": {
        "m.homeserver": { "base_url": "https://matrix.«@example.com|example.org|example.net|corp.example»", "server_name": "«@example.com|example.org|example.net|corp.example»" },
        "m.identity_server": { "base_url": "https://vector.im" }
    },
    "brand": "Element",
    "integrations_ui_url": "https://scalar.vector.im/",
    "jitsi": { "preferred_domain": "meet.«@example.com|example.org|example.net|corp.example»" },
    "setting_defaults": { "breadcrumbs": «@true|false» }
}
""")

N("mautrix_example_config_generated_token_placeholders", S_MAUTRIX_EX, r"""
appservice:
    address: http://«@localhost|mautrix-telegram|127.0.0.1»:«@29317|29318|29328»
    id: telegram
    bot_username: telegrambot
    # Authentication tokens for AS <-> HS communication. Autogenerated; do not modify.
    as_token: "This value is generated when generating the registration"
    hs_token: "This value is generated when generating the registration"
""")

N("synapse_admin_api_user_devices_list", S_SYN_DEVICES, r"""
{
  "devices": [
    {"device_id": "«uc10:a»", "display_name": "Element Desktop (Linux)", "last_seen_ip": "10.0.«dig2:i».«dig2:j»", "last_seen_ts": «dig13:t», "user_id": "@«@alice|bob»:example.com"},
    {"device_id": "«uc10:b»", "display_name": "Element iOS", "last_seen_ip": "10.0.«dig2:k».«dig2:l»", "last_seen_ts": «dig13:u», "user_id": "@«@alice|bob»:example.com"}
  ],
  "total": 2
}
""")

N("matrix_room_event_ids_and_txn_ids", S_MX_LOGIN, r"""
{"event_id":"$«b64u43:e»","room_id":"!«al18:r»:example.com","sender":"@alertbot:example.com","type":"m.room.message","unsigned":{"transaction_id":"m«dig13:t».«dig1:n»","age":«dig3:a»},"content":{"msgtype":"m.text","body":"disk usage at 81%"}}
""")

N("mattermost_api_config_sanitized_fake_setting", S_MM_API, r"""
    "SqlSettings": {
        "DriverName": "«@postgres|mysql»",
        "DataSource": "********************************",
        "DataSourceReplicas": [],
        "AtRestEncryptKey": "********************************",
        "QueryTimeout": «@30|60|20»,
        "DisableDatabaseSearch": false,
""")

N("mmctl_user_list_ids", S_MMCTL, r"""
$ mmctl user list --all
«lc26:a»: sysadmin (sysadmin@example.com)
«lc26:b»: «@alice|bob|carol» («@alice|bob|carol»@example.com)
«lc26:c»: ci-bot (ci-bot@localhost)
There are 3 users on local instance
""")

N("mattermost_config_json_empty_secret_fields", S_MM_CFG, r"""
    "«@GitLabSettings|GoogleSettings|Office365Settings|OpenIdSettings»": {
        "Enable": false,
        "Secret": "",
        "Id": "",
        "Scope": "«@|profile openid email|openid»",
        "AuthEndpoint": "",
        "TokenEndpoint": "",
""")

N("rocketchat_message_json_ids", S_RC_MSG, r"""
{"_id":"«an17:m»","rid":"GENERAL","msg":"deploy of «hex7:c» finished","ts":{"$date":«dig13:t»},"u":{"_id":"«an17:u»","username":"ci-bot","name":"CI Bot"},"_updatedAt":{"$date":«dig13:t»}}
""")

N("rocketchat_env_mongo_url_without_credentials", S_RC_ENV, r"""
    environment:
      MONGO_URL: "mongodb://mongodb:27017/rocketchat?replicaSet=rs0"
      MONGO_OPLOG_URL: "mongodb://mongodb:27017/local?replicaSet=rs0"
      ROOT_URL: https://chat.«@example.com|example.org|example.net|corp.example»
      PORT: «@3000|3001|8080»
""")

N("zulip_secrets_conf_key_names_crudini", S_CRUDINI, r"""
$ sudo crudini --get /etc/zulip/zulip-secrets.conf secrets
avatar_salt
rabbitmq_password
shared_secret
secret_key
camo_key
«@postgres_password|memcached_password|redis_password»
«@email_password|zulip_org_key|thumbor_key»
""")

N("zulip_send_message_response_id", S_ZULIP_MSG, r"""
$ python3 notify.py --stream ops --topic deploys
{'automatic_new_visibility_policy': 2, 'id': «dig6:i», 'msg': '', 'result': 'success'}
""")

N("zuliprc_with_empty_key_template", S_ZULIP_PY, r"""
[api]
email=«@backup|nagios|grafana»-bot@zulip.«@example.com|example.org|example.net|corp.example»
key=
site=https://«@zulip|chat|team».«@example.com|example.org|example.net|corp.example»
""")

N("docker_jitsi_env_example_empty_passwords", S_JITSI_DOCKER, r"""
# Security
#
# Set these to strong passwords to avoid intruders from impersonating a service account
# The service(s) won't start unless these are specified
# Running ./gen-passwords.sh will update .env with strong passwords
# You may skip the Jigasi and Jibri passwords if you are not using those
# DO NOT reuse passwords
#
«@|#
»
# XMPP password for «@Jicofo|JVB|Jigasi|Jibri» client connections
«@JICOFO_AUTH_PASSWORD|JVB_AUTH_PASSWORD|JIGASI_XMPP_PASSWORD|JIBRI_XMPP_PASSWORD»=
""")

N("prosody_cfg_authentication_and_ssl_key_paths", S_PROSODY, r"""
VirtualHost "meet.«@example.com|example.org|example.net|corp.example»"
    authentication = "«@internal_hashed|jitsi-anonymous|token»"
    ssl = {
        key = "/etc/prosody/certs/meet.«@example.com|example.org|example.net|corp.example».key";
        certificate = "/etc/prosody/certs/meet.«@example.com|example.org|example.net|corp.example».crt";
    }
    c2s_require_encryption = false
""")

N("jitsi_videobridge_log_conference_ids", S_JVB_LOG, r"""
JVB «TS» INFO: [«dig2:t»] [confId=«hex16:c» conf_name=«@standup|allhands|incident»@conference.meet.example.com meeting_id=«hex8:m»] Conference.<init>#«dig3:l»: Created new conference.
JVB «TS» INFO: [«dig2:t»] [confId=«hex16:c» epId=«hex8:e» conf_name=«@standup|allhands|incident»@conference.meet.example.com meeting_id=«hex8:m»] Endpoint.<init>#«dig3:n»: Created new endpoint
""")

N("jitsi_meet_config_js_hosts_and_stun", S_JITSI_CFG, r"""
var config = {
    hosts: {
        domain: 'meet.«@example.com|example.org|example.net|corp.example»',
        muc: 'conference.' + subdomain + 'meet.«@example.com|example.org|example.net|corp.example»'
    },
    bosh: 'https://meet.«@example.com|example.org|example.net|corp.example»/' + subdir + 'http-bind',
    p2p: { enabled: «@true|false», stunServers: [ { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' } ] },
""")

N("prosody_accounts_dir_listing", S_PROSODY_STORE, r"""
# ls -l /var/lib/prosody/auth%2emeet%2eexample%2ecom/accounts/
-rw-r----- 1 prosody prosody «dig3:a» «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» focus.dat
-rw-r----- 1 prosody prosody «dig3:b» «@Mar|Apr|Oct» «dd:d» «hh:h»:«mm:m» jvb.dat
""")

N("coturn_turnserver_conf_commented_auth_secret", S_COTURN, r"""
listening-port=«@3478|3479|443»
realm=turn.«@example.com|example.org|example.net|corp.example»
# use-auth-secret
# static-auth-secret=
cert=/etc/ssl/turn/fullchain.pem
pkey=/etc/ssl/turn/privkey.pem
no-multicast-peers
""")

N("mumble_server_ini_commented_password_defaults", S_MURMUR, r"""
; If you wish to use something other than SQLite, you'll need to set the name
; of the database above, and also uncomment the below.
;dbDriver=QMYSQL
;dbUsername=
;dbPassword=
;icesecretwrite=
serverpassword=
port=«@64738|64739|64740»
users=«@100|50|200»
""")

N("mumble_server_log_cert_hash_and_session", S_MURMUR, r"""
<W>«TS» 1 => <«dig2:s»:(-1)> New connection: 10.0.«dig2:a».«dig2:b»:5«dig4:p»
<W>«TS» 1 => <«dig2:s»:«@alice|bob|carol»(-1)> Authenticated
<W>«TS» 1 => <«dig2:s»:«@alice|bob|carol»(-1)> Client version 1.5.«dig3:v» (Linux: Ubuntu 24.04 LTS) Mumble
<W>«TS» 1 => <«dig2:s»:«@alice|bob|carol»(-1)> Certificate hash is «hex40:h»
""")

N("teamspeak3_serverquery_clientlist_uid", S_TS3_CL, r"""
clientlist -uid
clid=1 cid=1 client_database_id=1 client_nickname=serveradmin\sfrom\s127.0.0.1:5«dig4:p» client_type=1 client_unique_identifier=serveradmin|clid=«dig1:c» cid=«dig1:d» client_database_id=«dig2:e» client_nickname=«@alice|bob|carol» client_type=0 client_unique_identifier=«b64s27:u»=
error id=0 msg=ok
""")

N("teamspeak3_ts3server_ini_paths_no_password", S_TS3DB, r"""
machine_id=
default_voice_port=«@9987|9988|9989»
filetransfer_port=30033
query_port=«@10011|10022|10111»
dbplugin=ts3db_mariadb
dbpluginparameter=ts3db_mariadb.ini
dbsqlpath=sql/
dbsqlcreatepath=create_mariadb/
licensepath=
query_ip_allowlist=query_ip_allowlist.txt
""")

N("discourse_web_only_yml_some_secret_placeholder", S_DISCOURSE_WEB, r"""
env:
  ## TODO: configure connectivity to the databases
  DISCOURSE_DB_SOCKET: ''
  #DISCOURSE_DB_USERNAME: discourse
  DISCOURSE_DB_PASSWORD: SOME_SECRET
  DISCOURSE_DB_HOST: «@data|postgres|10.0.1.20»
  DISCOURSE_REDIS_HOST: «@data|redis|10.0.1.21»
""")

N("discourse_admin_api_keys_truncated_key", S_DISCOURSE_KEYS, r"""
{"keys":[{"id":«dig2:i»,"key":null,"truncated_key":"«hex4:t»","description":"backup-bot","last_used_at":"«T»","created_at":"«T»","revoked_at":null,"user":{"id":-1,"username":"system"},"api_key_scopes":[]}]}
""")

N("discourse_production_log_request_lines", S_DISCOURSE_LOG, r"""
Started GET "/latest.json?no_definitions=true&page=«dig1:p»" for 10.0.«dig2:a».«dig2:b» at «TS» +0000
Processing by ListController#latest as JSON
  Parameters: {"no_definitions"=>"true", "page"=>"«dig1:p»"}
Completed 200 OK in «dig2:t»ms (Views: 0.1ms | ActiveRecord: 0.0ms | Allocations: «dig5:a»)
""")

N("znc_conf_network_without_password_fingerprint", S_ZNC_CERT, r"""
	<Network «@libera|oftc|corpirc»>
		LoadModule = sasl
		LoadModule = route_replies
		Server     = irc.example.net +6697
		TrustedServerFingerprint = «hex64:f»
	</Network>
""")

N("irc_cap_ls_sasl_mechanisms_and_903", S_IRCV3_SASL, r"""
<< :«@tantalum|zirconium|copper|lead».libera.chat CAP * LS :account-notify away-notify chghost extended-join multi-prefix sasl=ECDSA-NIST256P-CHALLENGE,EXTERNAL,PLAIN,SCRAM-SHA-512 tls
>> CAP REQ :sasl
>> AUTHENTICATE EXTERNAL
<< AUTHENTICATE +
>> AUTHENTICATE +
<< :«@tantalum|zirconium|copper|lead».libera.chat 903 «@opsbot|alice» :SASL authentication successful
""")

N("irc_bot_channel_commit_hashes", S_JARACO_IRC, r"""
[«hh:h»:«mm:m»] <ci-bot> [«@infra|wbdeploy|mailstack»] alice pushed 2 commits to main: https://git.example.com/ops/«@infra|wbdeploy|mailstack»/compare/«hex12:a»...«hex12:b»
[«hh:h»:«mm:m»] <ci-bot> [«@infra|wbdeploy|mailstack»] «hex7:c» Rotate relay credentials via vault (alice)
[«hh:h»:«mm:m»] <ci-bot> [«@infra|wbdeploy|mailstack»] pipeline #«dig5:p» passed
""")

N("limnoria_conf_empty_password_values", S_LIMNORIA, r"""
supybot.networks.«@oftc|hackint|ircnet».password: 
supybot.networks.«@oftc|hackint|ircnet».servers: irc.«@oftc|hackint|ircnet».net:«@6697|6679|7000|9999»
supybot.networks.«@oftc|hackint|ircnet».ssl: True
supybot.networks.«@oftc|hackint|ircnet».sasl.username: 
supybot.networks.«@oftc|hackint|ircnet».sasl.password: 
supybot.networks.«@oftc|hackint|ircnet».certfile: /var/lib/limnoria/«@oftc|hackint|ircnet».pem
""")

N("matterbridge_toml_gateway_inout_no_credentials", S_MATTERBRIDGE, r"""
[[gateway]]
name="«@ops-bridge|gateway1|support»"
enable=true

[[gateway.inout]]
account="irc.libera"
channel="«@#ops|#support|#infra»"

[[gateway.inout]]
account="mattermost.work"
channel="town-square"
""")

N("nextcloud_talk_spreed_conf_commented_turn_secret", S_SPREED, r"""
[turn]
# API key that the MCU will need to send when requesting TURN credentials.
#apikey = the-api-key-for-the-rest-service
# The shared secret to use for generating TURN credentials.
#secret = <turn-shared-secret>
#servers = turn:«@turn.example.com|10.0.0.8|turn.example.org»:«@3478|9991»?transport=udp
""")

N("ntfy_message_stream_ids", S_NTFY, r"""
{"id":"«an12:a»","time":«dig10:t»,"expires":«dig10:e»,"event":"message","topic":"alerts","title":"Backup","message":"nightly backup done","priority":3}
{"id":"«an12:b»","time":«dig10:u»,"event":"keepalive","topic":"alerts"}
""")

N("gotify_messages_list_app_ids", S_GOTIFY, r"""
{"messages":[{"id":«dig3:i»,"appid":«dig1:a»,"message":"Disk /var at 91%","title":"disk","priority":8,"date":"«T»"}],"paging":{"size":1,"since":0,"limit":100}}
""")

N("env_var_names_for_comm_integrations_no_values", S_TW_PROFILES, r"""
$ env | cut -d= -f1 | grep -E 'TWILIO|VONAGE|SMTP|MATRIX|ZULIP' | sort
MATRIX_ACCESS_TOKEN
«@SMTP_PASSWORD|SMTP_PASS|SMTP_AUTH_PASSWORD»
SMTP_USERNAME
TWILIO_AUTH_TOKEN
VONAGE_API_SECRET
«@ZULIP_API_KEY|ZULIP_BOT_API_KEY|ZULIP_KEY»
""")

N("bbb_conf_check_properties_no_secret", S_BBB, r"""
/etc/bigbluebutton/bbb-web.properties (override for bbb-web)
/usr/share/bbb-web/WEB-INF/classes/bigbluebutton.properties (bbb-web)
       bigbluebutton.web.serverURL: https://bbb.«@example.com|example.org|example.net|corp.example»
                defaultGuestPolicy: «@ALWAYS_ACCEPT|ASK_MODERATOR|ALWAYS_DENY»
                 svgImagesRequired: true
""")

N("livekit_yaml_key_file_reference", S_LIVEKIT, r"""
port: «@7880|7881|8080»
rtc:
  tcp_port: 7881
  use_external_ip: true
key_file: «@/etc/livekit/keys.yaml|/run/secrets/livekit_keys|/config/keys.yaml»
turn:
  enabled: false
""")

N("dovecot_sql_conf_connect_unix_socket_without_password", S_DOV_SQL, r"""
driver = pgsql
connect = host=/var/run/postgresql dbname=«@mailserver|postfix|vmail» user=«@dovecot|vmail|mailreader»
default_pass_scheme = ARGON2ID
password_query = SELECT username AS user, password FROM mailbox WHERE username = '%u' AND active = '1'
""")

N("mattermost_config_json_datasource_socket_without_password", S_MM_CFG, r"""
    "SqlSettings": {
        "DriverName": "postgres",
        "DataSource": "postgres://mmuser@/mattermost?host=/var/run/postgresql\u0026sslmode=disable\u0026connect_timeout=«@10|5|30»",
        "DataSourceReplicas": [],
        "MaxIdleConns": «@20|10|50»,
""")

N("jicofo_conf_hocon_password_env_substitution", S_JICOFO, r"""
jicofo {
  xmpp: {
    client: {
      domain: "auth.meet.«@example.com|example.org|example.net|corp.example»"
      username: "«@focus|jicofo|focus-user»"
      password: ${?JICOFO_AUTH_PASSWORD}
    }
  }
}
""")

N("graph_appsettings_client_secret_key_vault_reference", S_GRAPH_SECRET, r"""
{
  "AzureAd": {
    "TenantId": "«uuid:t»",
    "ClientId": "«uuid:c»",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-mail-«lc6:k».vault.azure.net/secrets/graph-client-secret/)"
  }
}
""")

N("discourse_curl_api_key_shell_variable", S_DISCOURSE_API, r"""
$ curl -s -X POST "https://forum.«@example.com|example.org|example.net|corp.example»/posts.json" \
    -H "Api-Key: $DISCOURSE_API_KEY" \
    -H "Api-Username: system" \
    -F "title=«@Weekly maintenance window|Release notes|Planned outage»" -F "raw=Servers reboot on Sunday"
""")

N("synapse_homeserver_yaml_sqlite3_database_args", S_SYN_CFG, r"""
database:
  name: sqlite3
  args:
    database: «@/var/lib/matrix-synapse|/data|/srv/synapse»/homeserver.db
log_config: "«@/etc/matrix-synapse/log.yaml|/data/log.config|/etc/synapse/log.yaml»"
media_store_path: /var/lib/matrix-synapse/media
""")

# every shape -> the document whose format it follows
SOURCES = {name: src for name, src, _, _ in POS + NEG}


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
