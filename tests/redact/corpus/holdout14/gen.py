#!/usr/bin/env python3
"""holdout14: sealed held-out set for the wbdiag secret redactor.

Python 3, stdlib only. Deterministic: fixed SEED, fixed draw order,
json.dumps(..., ensure_ascii=False), '\n' line endings.
Run: python3 gen.py  (writes positives.jsonl and negatives.jsonl next to it)
"""
import base64
import json
import os
import random
import string
import urllib.parse

SEED = 1414014
R = random.Random(SEED)

AN = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = '0123456789abcdef'
B64 = AN + '+/'
B64U = AN + '-_'
PWC = AN + '!#%^*-_=+.~@'
PWSAFE = AN + '-_.~'


def rs(n, a=AN):
    return ''.join(R.choice(a) for _ in range(n))


def rn(a, b):
    return R.randint(a, b)


def pick(seq):
    return R.choice(seq)


def pw(a=14, b=26, alpha=PWC):
    while True:
        s = rs(rn(a, b), alpha)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s) and s[0] not in '-=#@':
            return s


def hx(n):
    return rs(n, HEX)


def uid():
    h = hx(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], pick('89ab'), h[17:20], h[20:32])


def d2(a, b):
    return '%02d' % rn(a, b)


def ts_iso(ms=True):
    s = '2026-%s-%sT%s:%s:%s' % (d2(1, 11), d2(1, 28), d2(0, 23), d2(0, 59), d2(0, 59))
    if ms:
        s += '.%03d' % rn(0, 999)
    return s + 'Z'


def ts_sp():
    return '2026-%s-%s %s:%s:%s' % (d2(1, 11), d2(1, 28), d2(0, 23), d2(0, 59), d2(0, 59))


def klog_ts():
    return 'I%s%s %s:%s:%s.%06d' % (d2(1, 11), d2(1, 28), d2(0, 23), d2(0, 59), d2(0, 59), rn(0, 999999))


def epoch():
    return rn(1767000000, 1795000000)


def ip():
    return '10.%d.%d.%d' % (rn(0, 255), rn(0, 255), rn(2, 254))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64u(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64encode(s).decode().rstrip('=')


def b64_tail(prefix, secret):
    """base64 of prefix+secret; prefix byte length must be a multiple of 3.
    Returns (encoded, listed part = chars encoding the secret, no '=')."""
    pb = prefix.encode()
    assert len(pb) % 3 == 0
    enc = b64(pb + secret.encode())
    return enc, enc[len(pb) // 3 * 4:].rstrip('=')


def b64_after(prefix, secret):
    """base64 of prefix+secret when prefix is not 3-aligned: list the chars of the
    groups that hold secret bytes only (from the first aligned group on)."""
    enc = b64((prefix + secret).encode())
    st = -(-len(prefix.encode()) // 3) * 4
    return enc, enc[st:].rstrip('=')


def b64_mid(pre, secret, post):
    """pad pre with spaces so secret starts on a 3-byte boundary; list whole groups."""
    pre = pre + ' ' * ((-len(pre.encode())) % 3)
    enc = b64((pre + secret + post).encode())
    st = len(pre.encode()) // 3 * 4
    n = len(secret.encode()) // 3 * 4
    return enc, enc[st:st + n], pre


def jwt(claims=None, alg='RS256'):
    hdr = {'alg': alg, 'typ': 'JWT', 'kid': hx(16)}
    if claims is None:
        claims = {'sub': uid(), 'iat': epoch(), 'exp': epoch() + 86400}
    h = b64u(json.dumps(hdr, separators=(',', ':')))
    p = b64u(json.dumps(claims, separators=(',', ':')))
    sig = rs(342 if alg.startswith('RS') else 43, B64U)
    return '%s.%s.%s' % (h, p, sig), sig


def license_jwt():
    return jwt({'iss': 'wandb', 'aud': 'deploy', 'deploymentId': uid(), 'maxUsers': rn(5, 500),
                'expiresAt': '2027-%s-%s' % (d2(1, 12), d2(1, 28)), 'flags': ['SCIM', 'byob']})


def wkey():
    return hx(40)


def akid(p='AKIA'):
    return p + rs(16, string.ascii_uppercase + '234567')


def awssecret():
    return rs(40, AN + '+/')


def sts_token():
    return 'IQoJb3JpZ2luX2Vj' + rs(rn(280, 420), B64)


POS = []
NEG = []


def P(name, new=True):
    def deco(f):
        POS.append((name, new, f))
        return f
    return deco


def N(name, new=True):
    def deco(f):
        NEG.append((name, new, f))
        return f
    return deco


def check(lines, secrets):
    text = '\n'.join(lines)
    if not secrets:
        return False
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    t = text
    for s in sorted(set(secrets), key=len, reverse=True):
        t = t.replace(s, '\x00')
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in t:
                return False
    return True

# ---------------------------------------------------------------- positives
# ---- W&B Server services (api/app = gorilla, glue, executor, parquet, weave, frfu, console, otel, operator)

@P('gorilla_glue_logfmt_task_runner_replica_dsn')
def _(r):
    p = pw()
    return ['time="%s" level=info msg="starting task runner" component=glue workers=%d replica_dsn="mysql://wandb_ro:%s@tcp(%s:3306)/wandb_local?tls=preferred"' % (ts_iso(False), rn(2, 16), p, ip()),
            'time="%s" level=info msg="task runner ready" component=glue queues="[default,slow,export]"' % ts_iso(False)], [p]


@P('wandb_executor_json_log_kafka_sasl_block')
def _(r):
    p = pw(20, 32, PWSAFE)
    o = {'level': 'info', 'ts': ts_iso(), 'caller': 'executor/main.go:%d' % rn(40, 300), 'msg': 'loaded kafka config',
         'kafka': {'brokers': ['wandb-kafka-controller-0.wandb-kafka-controller-headless:9092'], 'sasl': {'mechanism': 'SCRAM-SHA-512', 'user': 'wandb', 'password': p}, 'topic': 'run-updates-shadow'}}
    return [json.dumps(o)], [p]


@P('wandb_parquet_zap_bucket_url_inline_keys')
def _(r):
    s = awssecret()
    sq = urllib.parse.quote(s, safe='')
    return ['%s\tINFO\tparquet/server.go:%d\tinitialising history store\t{"bucket": "s3://%s:%s@wandb-prod-bucket?region=us-east-1", "workers": %d}' % (ts_iso(), rn(50, 200), akid(), sq, rn(4, 32))], [sq]


@P('flat_run_fields_updater_sarama_config_plusv')
def _(r):
    p = pw(16, 28, AN)
    return ['%s INFO consumer config: &{Net:{MaxOpenRequests:5 DialTimeout:30s SASL:{Enable:true Mechanism:SCRAM-SHA-512 Version:1 Handshake:true User:wandb Password:%s SCRAMAuthzID:} TLS:{Enable:false}} Consumer:{Group:{Session:{Timeout:10s}}}}' % (ts_iso(), p)], [p]


@P('weave_trace_httpx_debug_basic_header_tuple')
def _(r):
    p = pw(18, 30, AN)
    enc, part = b64_tail('weave_trace:', p)
    return ['DEBUG:httpcore.http11:send_request_headers.started request=<Request [b\'POST\']>',
            "DEBUG:httpcore.http11:send_request_headers.complete headers=[(b'Host', b'wandb-clickhouse:8123'), (b'Accept-Encoding', b'gzip'), (b'Authorization', b'Basic %s'), (b'Content-Type', b'text/plain')]" % enc], [part]


@P('wandb_console_api_log_license_patch_body')
def _(r):
    t, sig = license_jwt()
    return ['[console] %s info: PATCH /console/api/license 200 %dms body={"license":"%s","source":"ui"}' % (ts_iso(), rn(20, 400), t)], [sig]


@P('wandb_otel_agent_rendered_config_datadog_api_block')
def _(r):
    k = hx(32)
    return ['otel-agent  | %s\tinfo\tservice@v0.%d.0/service.go:%d\tEffective config:' % (ts_iso(), rn(90, 120), rn(100, 200)),
            'exporters:', '  datadog:', '    api:', '      site: datadoghq.com', '      key: %s' % k, '      fail_on_invalid_key: true'], [k]


@P('wandb_operator_zap_json_spec_diff_mysql_password')
def _(r):
    a, b = pw(), pw()
    o = {'level': 'info', 'ts': epoch() + 0.123, 'logger': 'controllers.WeightsAndBiases', 'msg': 'spec changed',
         'weightsandbiases': {'name': 'wandb', 'namespace': 'default'},
         'diff': 'global.mysql.password: "%s" -> "%s"' % (a, b)}
    return [json.dumps(o)], [a, b]


@P('wandb_operator_spec_active_configmap_json_string')
def _(r):
    t, sig = license_jwt()
    spec = {'chart': {'url': 'https://charts.wandb.ai', 'name': 'operator-wandb', 'version': '0.%d.%d' % (rn(20, 40), rn(0, 9))},
            'values': {'global': {'host': 'https://wandb.example.com', 'license': t}}}
    return ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: wandb-spec-active', '  namespace: default',
            'data:', '  spec: \'%s\'' % json.dumps(spec, separators=(',', ':'))], [sig]


@P('wandb_cr_last_applied_annotation_olap_password')
def _(r):
    p = pw()
    cr = {'apiVersion': 'apps.wandb.com/v1', 'kind': 'WeightsAndBiases', 'metadata': {'name': 'wandb', 'namespace': 'default'},
          'spec': {'values': {'global': {'olap': {'default': {'host': 'ch.example.internal', 'port': '9440', 'user': 'default', 'password': p}, 'registrySearch': {'enabled': True, 'database': 'artifacts'}}}}}}
    return ['metadata:', '  annotations:', '    kubectl.kubernetes.io/last-applied-configuration: |', '      ' + json.dumps(cr, separators=(',', ':')),
            '  generation: %d' % rn(2, 40)], [p]


@P('wandb_cr_values_olap_default_registry_search_yaml')
def _(r):
    p = pw()
    return ['spec:', '  values:', '    global:', '      olap:', '        default:', '          host: "clickhouse.%s.svc"' % pick(['analytics', 'weave', 'data']),
            '          user: "wandb"', '          password: "%s"' % p, '        runStoreAccelerator:', '          enabled: true', '          database: "runs"'], [p]


@P('wandb_cr_values_kafka_yaml_anchor_password')
def _(r):
    p = pw(16, 24, AN)
    return ['    global:', '      kafka:', '        user: &kafkaUser "wandb"', '        password: &kafkaPassword "%s"' % p,
            '        brokerHost: "wandb-kafka"', '    kafka:', '      sasl:', '        client:', '          users: [*kafkaUser]', '          passwords: [*kafkaPassword]'], [p]


@P('wandb_cr_values_slack_secret_client_id')
def _(r):
    s = hx(32)
    return ['      slack:', '        clientId: "%d.%d"' % (rn(10**11, 10**12), rn(10**12, 10**13)), '        secret: %s' % s], [s]


@P('kubectl_get_wandb_o_json_email_smtp_block')
def _(r):
    p = pw()
    o = {'email': {'smtp': {'host': 'smtp.example.com', 'port': 587, 'user': 'wandb-notify', 'password': p, 'mailFrom': 'wandb@example.com'}}}
    lines = json.dumps(o, indent=4).split('\n')
    return ['                "global": {'] + ['    ' * 4 + l for l in lines[1:-1]] + ['                },'], [p]


@P('gorilla_registry_search_address_env_clickhouse_url')
def _(r):
    p = pw(16, 28, PWSAFE)
    return ['GORILLA_REGISTRY_SEARCH_ADDRESS=clickhouse://default:%s@ch-%s.example.internal:9440/artifacts?secure=true&max_open_conns=50' % (p, rs(5, LOW)),
            'GORILLA_REGISTRY_SEARCH_ENABLED=true'], [p]


@P('wandb_api_describe_pod_env_run_store_accelerator_address')
def _(r):
    p = pw(16, 28, PWSAFE)
    return ['    Environment:', '      GORILLA_RUN_STORE_ACCELERATOR_ENABLED:  true',
            '      GORILLA_RUN_STORE_ACCELERATOR_ADDRESS:  clickhouse://wandb:%s@clickhouse-headless:9000/runs?dial_timeout=10s' % p,
            '      MYSQL:                                  <set to the key \'MYSQL\' in secret \'wandb-mysql-connection\'>  Optional: false'], [p]


@P('wandb_deployment_json_env_literal_bucket_url', new=False)
def _(r):
    s = awssecret()
    sq = urllib.parse.quote(s, safe='')
    return ['                            {', '                                "name": "BUCKET",',
            '                                "value": "s3://%s:%s@wandb-artifacts-%s"' % (akid(), sq, rs(6, LOW)), '                            },'], [sq]


@P('weave_trace_sentry_breadcrumb_http_url_userinfo')
def _(r):
    p = pw(16, 26, PWSAFE)
    b = {'type': 'http', 'category': 'httplib', 'data': {'method': 'POST', 'url': 'http://weave:%s@wandb-clickhouse:8123/?database=weave_trace_db' % p, 'status_code': 500}, 'level': 'error'}
    return ['sentry_sdk.debug: [breadcrumb] %s' % json.dumps(b)], [p]


@P('weave_worker_confluent_kafka_config_dict_repr')
def _(r):
    p = pw(18, 30, AN)
    return ["INFO weave.trace_server.kafka: consumer config {'bootstrap.servers': 'wandb-kafka:9092', 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanisms': 'SCRAM-SHA-512', 'sasl.username': 'weave', 'sasl.password': '%s', 'group.id': 'weave-worker'}" % p], [p]


@P('wandb_executor_subprocess_argv_git_clone_token_url')
def _(r):
    t = 'ghs_' + rs(36)
    return ['%s [executor] DEBUG running command: [\'git\', \'clone\', \'--depth\', \'1\', \'https://x-access-token:%s@github.com/example-org/train-jobs.git\', \'/tmp/job-%s\']' % (ts_sp(), t, hx(8))], [t[4:]]


@P('otel_debug_exporter_db_statement_alter_user')
def _(r):
    p = pw()
    return ['Span #%d' % rn(0, 9), '    Trace ID       : %s' % hx(32), '    Name           : mysql.query', 'Attributes:',
            "     -> db.system: Str(mysql)", "     -> db.statement: Str(ALTER USER 'wandb'@'%%' IDENTIFIED BY '%s')" % p], [p]


@P('wandb_operator_zap_console_spec_values_json_field')
def _(r):
    t, sig = license_jwt()
    return ['%s\tINFO\tcontrollers.WeightsAndBiases\tDesired spec\t{"values": {"global":{"host":"https://wandb.example.com","license":"%s"}}, "reconcileID": "%s"}' % (ts_iso(), t, uid())], [sig]


@P('wandb_console_json_log_email_settings_body')
def _(r):
    p = pw()
    return ['{"level":30,"time":%d,"pid":1,"hostname":"wandb-console-%s","req":{"method":"PUT","url":"/console/api/settings/email"},"body":{"smtpHost":"smtp.example.com","smtpPort":465,"smtpUser":"alerts","smtpPassword":"%s"},"msg":"request completed"}' % (epoch() * 1000, rs(5, LOW), p)], [p]


@P('wandb_glue_slack_webhook_task_payload', new=False)
def _(r):
    s = rs(24)
    return ['%s glue.tasks INFO dispatch alert channel=slack payload_url=https://hooks.slack.com/services/T%s/B%s/%s attempt=1' % (ts_iso(), rs(8, UP), rs(10, UP), s)], [s]

# ---- MySQL

@P('mysql_show_processlist_vertical_create_user_info')
def _(r):
    p = pw()
    return ['*************************** %d. row ***************************' % rn(1, 9), '     Id: %d' % rn(100, 99999), '   User: admin',
            '   Host: %s:%d' % (ip(), rn(30000, 60000)), '     db: NULL', 'Command: Query', '   Time: 0', '  State: starting',
            "   Info: CREATE USER 'wandb_ro'@'%%' IDENTIFIED BY '%s'" % p], [p]


@P('mysql_general_log_insert_integration_webhook_secret')
def _(r):
    s = rs(32)
    return ['%s\t   %d Query\tINSERT INTO `integrations` (`entity_id`,`kind`,`config`) VALUES (%d,\'webhook\',\'{\\"url\\":\\"https://hooks.example.com/wandb\\",\\"secret\\":\\"%s\\"}\')' % (ts_iso().replace('Z', ''), rn(10, 999), rn(1, 9999), s)], [s]


@P('mysql_slow_log_update_secret_value_row')
def _(r):
    s = pw(24, 36, AN)
    return ['# Time: %s' % ts_iso(), '# User@Host: wandb[wandb] @  [%s]  Id: %d' % (ip(), rn(100, 9999)),
            '# Query_time: %d.%06d  Lock_time: 0.000%03d Rows_sent: 0  Rows_examined: 1' % (rn(1, 9), rn(0, 999999), rn(0, 999)),
            'SET timestamp=%d;' % epoch(), "UPDATE `secrets` SET `value`='%s', `updated_at`=NOW() WHERE `entity_id`=%d AND `name`='OPENAI_API_KEY';" % (s, rn(1, 900))], [s]


@P('mysqlbinlog_rows_verbose_insert_secret_column')
def _(r):
    s = 'sk-' + rs(48)
    return ['# at %d' % rn(1000, 99999), '#%s %s server id 1  end_log_pos %d CRC32 0x%s \tWrite_rows: table id %d flags: STMT_END_F' % ('26%s%s' % (d2(1, 11), d2(1, 28)), '12:%s:%s' % (d2(0, 59), d2(0, 59)), rn(100000, 900000), hx(8), rn(80, 400)),
            '### INSERT INTO `wandb_local`.`team_secrets`', '### SET', '###   @1=%d' % rn(1, 999), "###   @2='OPENAI_API_KEY'", "###   @3='%s'" % s, '###   @4=%d' % rn(1, 99)], [s[3:]]


@P('mysqlbinlog_statement_event_set_password_delimiter')
def _(r):
    p = pw()
    return ['# at %d' % rn(1000, 99999), '#%s 9:%s:%s server id 1  end_log_pos %d \tQuery\tthread_id=%d\texec_time=0\terror_code=0' % ('26%s%s' % (d2(1, 11), d2(1, 28)), d2(0, 59), d2(0, 59), rn(1000, 99999), rn(10, 9999)),
            'SET TIMESTAMP=%d/*!*/;' % epoch(), "SET PASSWORD FOR 'wandb'@'%%'='%s'" % p, '/*!*/;'], [p]


@P('mysql_keyring_vault_conf_token_line')
def _(r):
    t = rs(24, AN)
    return ['$ cat /etc/mysql/keyring_vault.conf', 'vault_url = https://vault.example.internal:8200', 'secret_mount_point = mysql/wandb',
            'token = hvs.%s' % t, 'vault_ca = /etc/mysql/vault-ca.pem'], [t]


@P('mysql_audit_log_xml_sqltext_identified_by', new=False)
def _(r):
    p = pw()
    return ['<AUDIT_RECORD>', ' <NAME>Query</NAME>', ' <RECORD_ID>%d_%s</RECORD_ID>' % (rn(1, 9999), ts_iso(False)), ' <TIMESTAMP>%s</TIMESTAMP>' % ts_iso(False),
            ' <COMMAND_CLASS>alter_user</COMMAND_CLASS>', ' <USER>admin[admin] @  [%s]</USER>' % ip(),
            " <SQLTEXT>ALTER USER 'wandb'@'%%' IDENTIFIED BY '%s'</SQLTEXT>" % p, '</AUDIT_RECORD>'], [p]


@P('mysql_vertical_select_setting_name_then_value_row')
def _(r):
    p = pw()
    return ['mysql> SELECT name, value FROM instance_settings WHERE name LIKE \'smtp%\'\\G', '*************************** 1. row ***************************',
            ' name: smtp_user', 'value: notifications', '*************************** 2. row ***************************', ' name: smtp_password', 'value: %s' % p], [p]


@P('mysql_general_log_unhex_literal_secret')
def _(r):
    s = pw(16, 24, AN)
    h = s.encode().hex().upper()
    return ['%s\t  %d Query\tINSERT INTO api_tokens (user_id, token) VALUES (%d, UNHEX(\'%s\'))' % (ts_iso().replace('Z', ''), rn(10, 999), rn(1, 999), h)], [h]


@P('mysql_show_full_processlist_table_grant_identified')
def _(r):
    p = pw(12, 18, AN)
    return ['+-----+-------+------------------+------+---------+------+----------+---------------------------------------------------------+',
            '| Id  | User  | Host             | db   | Command | Time | State    | Info                                                    |',
            '+-----+-------+------------------+------+---------+------+----------+---------------------------------------------------------+',
            "| %d | admin | %s:%d | NULL | Query   |    0 | starting | CREATE USER IF NOT EXISTS 'exporter' IDENTIFIED BY '%s' |" % (rn(100, 999), ip(), rn(30000, 60000), p),
            '+-----+-------+------------------+------+---------+------+----------+---------------------------------------------------------+'], [p]


@P('mysqld_exporter_data_source_name_env')
def _(r):
    p = pw(14, 22, PWSAFE)
    return ['      env:', '        - name: DATA_SOURCE_NAME', '          value: "exporter:%s@(wandb-mysql.default.svc:3306)/"' % p], [p]

# ---- Redis

@P('redis_monitor_hello3_auth_inline_args')
def _(r):
    p = pw(20, 32, AN)
    return ['%d.%06d [0 %s:%d] "HELLO" "3" "AUTH" "default" "%s" "SETNAME" "gorilla"' % (epoch(), rn(0, 999999), ip(), rn(30000, 60000), p),
            '%d.%06d [0 %s:%d] "PING"' % (epoch(), rn(0, 999999), ip(), rn(30000, 60000))], [p]


@P('ioredis_debug_write_command_auth_array')
def _(r):
    p = pw(20, 32, AN)
    return ['  ioredis:redis status[wandb-redis-master:6379]: wait -> connecting +0ms', '  ioredis:redis status[wandb-redis-master:6379]: connecting -> connect +4ms',
            "  ioredis:redis write command[%s:6379]: 0 -> auth([ '%s' ]) +1ms" % (ip(), p)], [p]


@P('redis_resp_packed_command_bytes_repr_auth')
def _(r):
    p = pw(16, 30, AN)
    return ["DEBUG redis.connection: send_packed_command b'*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n$%d\\r\\n%s\\r\\n'" % (len(p), p)], [p]


@P('redis_commander_redis_hosts_colon_list')
def _(r):
    p = pw(14, 24, AN)
    return ['REDIS_HOSTS=local:wandb-redis-master:6379:0:%s' % p, 'HTTP_USER=admin'], [p]


@P('oauth2_proxy_redis_connection_url_flag')
def _(r):
    p = pw(16, 28, PWSAFE)
    return ['        - --session-store-type=redis', '        - --redis-connection-url=rediss://:%s@redis.example.internal:6380/2' % p], [p]

# ---- Kafka / ClickHouse

@P('kafka_server_properties_listener_scoped_plain_jaas')
def _(r):
    a, b = pw(14, 22, AN), pw(14, 22, AN)
    return ['listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\',
            '    username="admin" password="%s" \\' % a, '    user_admin="%s" \\' % a, '    user_wandb="%s";' % b], [a, b]


@P('bitnami_kafka_env_client_passwords_comma_list')
def _(r):
    a, b = pw(12, 20, AN), pw(12, 20, AN)
    return ['KAFKA_CLIENT_USERS=wandb,weave', 'KAFKA_CLIENT_PASSWORDS=%s,%s' % (a, b), 'KAFKA_CFG_SASL_MECHANISM_INTER_BROKER_PROTOCOL=PLAIN'], [a, b]


@P('clickhouse_server_log_remote_secure_password_arg')
def _(r):
    p = pw(14, 24, AN)
    return ["%s.%06d [ %d ] {%s} <Debug> executeQuery: (from %s:%d, user: default) INSERT INTO weave_trace_db.calls_merged SELECT * FROM remoteSecure('old-ch.example.internal:9440', 'weave_trace_db', 'calls_merged', 'migrator', '%s') (stage: Complete)" % (ts_sp(), rn(0, 999999), rn(100, 900), uid(), ip(), rn(30000, 60000), p)], [p]


@P('clickhouse_config_d_yaml_s3_disk_secret')
def _(r):
    s = awssecret()
    return ['storage_configuration:', '  disks:', '    s3_main:', '      type: s3', '      endpoint: https://s3.us-east-1.amazonaws.com/wandb-ch/data/',
            '      access_key_id: %s' % akid(), '      secret_access_key: %s' % s, '      metadata_path: /var/lib/clickhouse/disks/s3_main/'], [s]


@P('altinity_chi_spec_users_password_plain')
def _(r):
    p = pw(16, 26, AN)
    return ['apiVersion: clickhouse.altinity.com/v1', 'kind: ClickHouseInstallation', 'spec:', '  configuration:', '    users:',
            '      weave/password: %s' % p, '      weave/networks/ip: "::/0"', '      weave/profile: default'], [p]


@P('otel_collector_clickhouse_exporter_endpoint_query_password')
def _(r):
    p = pw(14, 24, AN)
    return ['exporters:', '  clickhouse:', '    endpoint: tcp://clickhouse.observability.svc:9000?dial_timeout=10s&username=otel&password=%s' % p, '    database: otel'], [p]


@P('otel_collector_redis_receiver_password_field', new=False)
def _(r):
    p = pw(14, 24, AN)
    return ['receivers:', '  redis:', '    endpoint: "wandb-redis-master:6379"', '    collection_interval: 10s', '    password: %s' % p], [p]

# ---- Kubernetes objects

@P('k8s_secret_list_json_last_applied_stringdata_escaped')
def _(r):
    p = pw()
    inner = {'apiVersion': 'v1', 'kind': 'Secret', 'metadata': {'name': 'wandb-mysql', 'namespace': 'default'}, 'stringData': {'MYSQL_PASSWORD': p}, 'type': 'Opaque'}
    ann = json.dumps(inner, separators=(',', ':')) + '\n'
    return ['    {', '      "apiVersion": "v1",', '      "kind": "Secret",', '      "metadata": {', '        "annotations": {',
            '          "kubectl.kubernetes.io/last-applied-configuration": %s' % json.dumps(ann), '        },'], [p]


@P('configmap_json_data_embedded_yaml_newline_escaped')
def _(r):
    p = pw()
    y = 'global:\n  redis:\n    host: wandb-redis\n    password: %s\n  size: small\n' % p
    return ['{', '  "apiVersion": "v1",', '  "data": {', '    "values.yaml": %s' % json.dumps(y), '  },', '  "kind": "ConfigMap"', '}'], [p]


@P('k8s_job_yaml_wandb_migrate_env_mysql_url')
def _(r):
    p = pw(16, 26, PWSAFE)
    return ['kind: Job', 'metadata:', '  name: wandb-migrate-%s' % rs(5, LOW), 'spec:', '  template:', '    spec:', '      containers:',
            '      - name: migrate', '        args: ["migrate", "up"]', '        env:', '        - name: MYSQL', '          value: mysql://wandb:%s@wandb-mysql:3306/wandb_local' % p], [p]


@P('k8s_cronjob_json_args_redis_cli_a_bgsave')
def _(r):
    p = pw(16, 28, AN)
    return ['"containers": [', '  {', '    "name": "redis-snapshot",', '    "image": "redis:7.2",',
            '    "args": ["redis-cli", "-h", "wandb-redis-master", "-a", "%s", "--no-auth-warning", "BGSAVE"]' % p, '  }', ']'], [p]


@P('k8s_init_container_literal_block_create_user')
def _(r):
    p = pw()
    return ['      initContainers:', '      - name: db-bootstrap', '        image: mysql:8.0', '        command: ["sh", "-c"]', '        args:', '        - |',
            '          mysql -h wandb-mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL', "          CREATE USER IF NOT EXISTS 'weave'@'%%' IDENTIFIED BY '%s';" % p,
            "          GRANT ALL ON weave_trace_db.* TO 'weave'@'%';", '          SQL'], [p]


@P('k8s_secret_type_basic_auth_stringdata_password')
def _(r):
    p = pw()
    return ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: chartmuseum-basic', 'type: kubernetes.io/basic-auth', 'stringData:', '  username: wandb-charts', '  password: %s' % p], [p]


@P('k8s_audit_patch_request_object_strategic_merge_env')
def _(r):
    t, sig = license_jwt()
    ev = {'kind': 'Event', 'apiVersion': 'audit.k8s.io/v1', 'level': 'RequestResponse', 'auditID': uid(), 'stage': 'ResponseComplete',
          'requestURI': '/apis/apps/v1/namespaces/default/deployments/wandb-app', 'verb': 'patch', 'user': {'username': 'system:serviceaccount:default:wandb-controller-manager'},
          'requestObject': {'spec': {'template': {'spec': {'containers': [{'name': 'app', 'env': [{'name': 'GORILLA_LICENSE', 'value': t}]}]}}}}}
    return [json.dumps(ev, separators=(',', ':'))], [sig]


@P('kubectl_rollout_history_revision_pod_template_env')
def _(r):
    p = pw()
    return ['deployment.apps/wandb-weave-trace with revision #%d' % rn(2, 30), 'Pod Template:', '  Labels:\tapp=weave-trace', '\tpod-template-hash=%s' % rs(10, 'bcdfghjklmnpqrstvwxz2456789'),
            '  Containers:', '   weave-trace:', '    Environment:', '      WF_CLICKHOUSE_HOST:\twandb-clickhouse', '      WF_CLICKHOUSE_PASS:\t%s' % p], [p]


@P('kustomize_patch_json6902_replace_license_value')
def _(r):
    t, sig = license_jwt()
    return ['patches:', '- target:', '    kind: WeightsAndBiases', '    name: wandb', '  patch: |-', '    - op: replace', '      path: /spec/values/global/license', '      value: %s' % t], [sig]


@P('vault_agent_injected_secrets_file_export_lines')
def _(r):
    a, b = pw(), pw(20, 30, AN)
    return ['$ kubectl exec deploy/wandb-app -c app -- cat /vault/secrets/db', 'export MYSQL_USER="v-k8s-wandb-rw-%s"' % rs(20, AN), 'export MYSQL_PASSWORD="%s"' % a,
            'export REDIS_PASSWORD="%s"' % b], [a, b]


@P('vault_read_database_creds_table_password_row')
def _(r):
    p = pw(20, 20, AN + '-')
    return ['Key                Value', '---                -----', 'lease_id           database/creds/wandb-rw/%s' % rs(24), 'lease_duration     1h', 'lease_renewable    true',
            'password           %s' % p, 'username           v-token-wandb-rw-%s' % rs(20, AN)], [p]


@P('vault_audit_log_raw_response_data_password')
def _(r):
    p = pw(20, 20, AN + '-')
    o = {'time': ts_iso(), 'type': 'response', 'auth': {'display_name': 'kubernetes-default-wandb', 'policies': ['default', 'wandb-db']},
         'request': {'operation': 'read', 'path': 'database/creds/wandb-rw'}, 'response': {'data': {'password': p, 'username': 'v-kubernetes-wandb-rw-%s' % rs(12)}}}
    return [json.dumps(o, separators=(',', ':'))], [p]


@P('cert_manager_certificate_keystores_pkcs12_literal_password')
def _(r):
    p = pw()
    return ['spec:', '  secretName: wandb-tls', '  keystores:', '    pkcs12:', '      create: true', '      profile: Modern2023', '      password: "%s"' % p], [p]


@P('kube_prometheus_stack_values_grafana_admin_password')
def _(r):
    p = pw()
    return ['grafana:', '  enabled: true', '  adminUser: admin', '  adminPassword: %s' % p, '  persistence:', '    enabled: false'], [p]


@P('argocd_admin_initial_password_cli_output')
def _(r):
    p = rs(16, AN + '-')
    return ['$ argocd admin initial-password -n argocd', p, '', ' This password must be only used for first time login. We strongly recommend you update the password using `argocd account update-password`.'], [p]


@P('rancher_container_log_bootstrap_password_line')
def _(r):
    p = rs(rn(20, 40), LOW + 'bcdfghjklmnpqrstvwxz')
    return ['%s [INFO] Bootstrap Password: %s' % (ts_sp().replace(' ', ' '), p), '%s [INFO] Rancher version v2.%d.%d is starting' % (ts_sp(), rn(7, 10), rn(0, 9))], [p]


@P('istio_authorizationpolicy_when_request_header_values')
def _(r):
    k = rs(40, AN)
    return ['  rules:', '  - to:', '    - operation:', '        paths: ["/api/v1/internal/*"]', '    when:', '    - key: request.headers[x-internal-key]', '      values: ["%s"]' % k], [k]


@P('envoy_config_dump_generic_secret_inline_string')
def _(r):
    s = rs(44, B64)
    return ['     "secret": {', '      "name": "hmac-key",', '      "generic_secret": {', '       "secret": {', '        "inline_string": "%s"' % s, '       }', '      }'], [s]


@P('k8s_secret_data_base64_kubeconfig_user_token')
def _(r):
    tok = rs(rn(20, 30) * 3, AN)
    pre = 'apiVersion: v1\nkind: Config\nusers:\n- name: wandb-deployer\n  user:\n    token: '
    enc, part, _pre = b64_mid(pre, tok, '\n')
    return ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: deployer-kubeconfig', 'data:', '  config: %s' % enc], [part]


@P('stern_ansi_pod_prefix_gorilla_dsn_line')
def _(r):
    p = pw(14, 24, PWSAFE)
    return ['\u001b[32mwandb-app-%s-%s\u001b[0m \u001b[33mapp\u001b[0m level=error msg="mysql dial failed" dsn="wandb:%s@tcp(wandb-mysql:3306)/wandb_local"' % (rs(9, LOW), rs(5, LOW), p)], [p]

# ---- cloud SDK / IAM

@P('aws_sts_assume_role_with_web_identity_xml_response')
def _(r):
    s, t = awssecret(), sts_token()
    return ['<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">', '  <AssumeRoleWithWebIdentityResult>', '    <Credentials>',
            '      <AccessKeyId>%s</AccessKeyId>' % akid('ASIA'), '      <SecretAccessKey>%s</SecretAccessKey>' % s, '      <SessionToken>%s</SessionToken>' % t,
            '      <Expiration>%s</Expiration>' % ts_iso(False), '    </Credentials>'], [s, t[16:]]


@P('aws_ec2_imds_security_credentials_curl_json')
def _(r):
    s, t = awssecret(), sts_token()
    return ['$ curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/wandb-node-role', '{',
            '  "Code" : "Success",', '  "Type" : "AWS-HMAC",', '  "AccessKeyId" : "%s",' % akid('ASIA'), '  "SecretAccessKey" : "%s",' % s, '  "Token" : "%s",' % t, '  "Expiration" : "%s"' % ts_iso(False), '}'], [s, t[16:]]


@P('eks_pod_identity_agent_credentials_response')
def _(r):
    s, t = awssecret(), sts_token()
    o = {'AccessKeyId': akid('ASIA'), 'SecretAccessKey': s, 'Token': t, 'AccountId': str(rn(10**11, 10**12 - 1)), 'Expiration': ts_iso(False)}
    return ['$ curl -s -H "Authorization: $(cat $AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)" $AWS_CONTAINER_CREDENTIALS_FULL_URI', json.dumps(o)], [s, t[16:]]


@P('gce_metadata_token_curl_json_access_token')
def _(r):
    t = rs(rn(180, 240), AN + '-_')
    return ['$ curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token',
            '{"access_token":"ya29.c.%s","expires_in":%d,"token_type":"Bearer"}' % (t, rn(1000, 3599))], [t]


@P('azure_imds_managed_identity_token_curl_json')
def _(r):
    t, sig = jwt({'aud': 'https://storage.azure.com/', 'iss': 'https://sts.windows.net/%s/' % uid(), 'oid': uid()})
    return ['$ curl -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/"',
            '{"access_token":"%s","client_id":"%s","expires_in":"86399","expires_on":"%d","resource":"https://storage.azure.com/","token_type":"Bearer"}' % (t, uid(), epoch())], [sig]


@P('azure_msal_client_assertion_jwt_form_body_debug')
def _(r):
    t, sig = jwt({'aud': 'https://login.microsoftonline.com/%s/oauth2/v2.0/token' % uid(), 'iss': uid(), 'sub': uid()})
    return ['DEBUG:msal.oauth2cli.oauth2:Sending POST to https://login.microsoftonline.com/%s/oauth2/v2.0/token' % uid(),
            'DEBUG:urllib3.connectionpool:body=client_id=%s&grant_type=client_credentials&scope=https%%3A%%2F%%2Fstorage.azure.com%%2F.default&client_assertion_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Aclient-assertion-type%%3Ajwt-bearer&client_assertion=%s' % (uid(), t)], [sig]


@P('aws_sts_assume_role_web_identity_token_flag_history')
def _(r):
    t, sig = jwt({'aud': 'sts.amazonaws.com', 'sub': 'system:serviceaccount:default:wandb-app'})
    return ['  %d  aws sts assume-role-with-web-identity --role-arn arn:aws:iam::%d:role/wandb-bucket --role-session-name dbg --web-identity-token %s' % (rn(100, 2000), rn(10**11, 10**12 - 1), t)], [sig]


@P('botocore_debug_response_body_bytes_credentials_xml')
def _(r):
    s, t = awssecret(), sts_token()
    return ["%s - botocore.parsers - DEBUG - Response body:" % ts_sp(),
            "b'<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\\n  <AssumeRoleResult>\\n    <Credentials>\\n      <AccessKeyId>%s</AccessKeyId>\\n      <SecretAccessKey>%s</SecretAccessKey>\\n      <SessionToken>%s</SessionToken>\\n'" % (akid('ASIA'), s, t)], [s, t[16:]]


@P('google_auth_jwt_bearer_assertion_form_body_debug')
def _(r):
    t, sig = jwt({'iss': 'wandb-bucket@example-proj.iam.gserviceaccount.com', 'aud': 'https://oauth2.googleapis.com/token', 'scope': 'https://www.googleapis.com/auth/devstorage.read_write'})
    return ['DEBUG:google.auth.transport.requests:Making request: POST https://oauth2.googleapis.com/token',
            'DEBUG:urllib3.connectionpool:send: b\'grant_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Agrant-type%%3Ajwt-bearer&assertion=%s\'' % t], [sig]


@P('aws_iam_create_service_specific_credential_table')
def _(r):
    p = rs(44, AN + '+/=')
    while '=' in p[:8]:
        p = rs(44, AN + '+/=')
    return ['-----------------------------------------------------------------', '|               CreateServiceSpecificCredential                 |',
            '+---------------------------------------------------------------+', '||                 ServiceSpecificCredential                   ||',
            '|+-----------------------+-------------------------------------+|', '||  ServiceName          |  cassandra.amazonaws.com            ||',
            '||  ServicePassword      |  %s ||' % p, '||  ServiceUserName      |  wandb-at-%d                  ||' % rn(10**11, 10**12 - 1)], [p]

# ---- object store clients

@P('gcloud_storage_log_http_authorization_bearer_bytes')
def _(r):
    t = rs(rn(180, 240), AN + '-_')
    return ['=======================', '==== request start ====', 'uri: https://storage.googleapis.com/storage/v1/b/wandb-prod/o?alt=json&maxResults=1000', 'method: GET', '== headers start ==',
            "b'authorization': b'Bearer ya29.%s'" % t, "b'user-agent': b'gcloud/470.0.0 command/gcloud.storage.ls'", '== headers end =='], [t]


@P('gsutil_boto_file_gs_oauth2_refresh_token', new=False)
def _(r):
    t = rs(rn(90, 110), AN + '-_')
    return ['[Credentials]', 'gs_oauth2_refresh_token = 1//%s' % t, '', '[GSUtil]', 'default_project_id = example-wandb-prod'], [t]


@P('rclone_config_show_azureblob_key')
def _(r):
    k = rs(86, B64) + '=='
    return ['$ rclone config show wandb-az', '[wandb-az]', 'type = azureblob', 'account = wandbprod%s' % rs(4, LOW), 'key = %s' % k], [k[:-2]]


@P('azcopy_sync_sas_percent_encoded_in_shell_history', new=False)
def _(r):
    sig = rs(43, B64) + '='
    se = urllib.parse.quote(sig, safe='')
    return ['azcopy sync ./exports "https://wandbprod.blob.core.windows.net/wandb?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&sig=%s" --recursive' % se], [se[:-3]]


@P('mc_admin_config_export_identity_openid_client_secret')
def _(r):
    s = rs(40)
    return ['$ mc admin config export wandb-minio | grep identity_openid',
            'identity_openid config_url="https://idp.example.com/.well-known/openid-configuration" client_id="minio" client_secret="%s" claim_name="policy" scopes="openid,email"' % s], [s]


@P('s3fs_debug_log_passwd_file_parsed_keys_line', new=False)
def _(r):
    s = awssecret()
    return ['%sZ [INF]       s3fs.cpp:set_s3fs_log_level(%d): change debug level from [CRT] to [DBG]' % (ts_sp().replace(' ', 'T'), rn(200, 300)),
            '%sZ [DBG] curl.cpp:ReadS3fsPasswdFile(%d): read passwd line: %s:%s' % (ts_sp().replace(' ', 'T'), rn(300, 700), akid(), s)], [s]

# ---- SSO / OIDC / SAML / LDAP

@P('nginx_request_body_log_oidc_token_exchange_client_secret')
def _(r):
    s = rs(40, AN + '-_')
    c = rs(43, B64U)
    return ['%s - - [%s/Nov/2026:10:%s:%s +0000] "POST /oauth2/token HTTP/1.1" 200 %d "-" "Go-http-client/2.0" rb="grant_type=authorization_code&code=%s&redirect_uri=https%%3A%%2F%%2Fwandb.example.com%%2Foidc%%2Fcallback&client_id=wandb&client_secret=%s"' % (ip(), d2(1, 28), d2(0, 59), d2(0, 59), rn(900, 3000), c, s)], [c, s]


@P('gorilla_oidc_logout_redirect_id_token_hint')
def _(r):
    t, sig = jwt()
    return ['%s INFO oidc logout redirect location="https://idp.example.com/oauth2/v1/logout?id_token_hint=%s&post_logout_redirect_uri=https%%3A%%2F%%2Fwandb.example.com%%2F"' % (ts_iso(), t)], [sig]


@P('simplesamlphp_authsources_privatekey_pass')
def _(r):
    p = pw()
    return ["    'default-sp' => [", "        'saml:SP',", "        'privatekey' => 'sp.pem',", "        'privatekey_pass' => '%s'," % p, "        'entityID' => 'https://wandb.example.com/saml/metadata',"], [p]


@P('ldap3_python_debug_bind_request_simple')
def _(r):
    p = pw()
    return ["DEBUG:ldap3:BASIC:BIND request <{'version': 3, 'name': 'cn=wandb-svc,ou=svc,dc=example,dc=com', 'authentication': {'sasl': None, 'simple': '%s'}}> sent via <ldaps://ldap.example.com:636 - ssl>" % p], [p]


@P('oidc_token_request_code_verifier_form_debug')
def _(r):
    v = rs(64, AN + '-._~')
    c = rs(40, AN)
    return ['DEBUG oauth2: POST https://idp.example.com/oauth2/default/v1/token', 'DEBUG oauth2: body: grant_type=authorization_code&code=%s&code_verifier=%s&redirect_uri=https%%3A%%2F%%2Fwandb.example.com%%2Foidc%%2Fcallback' % (c, v)], [c, v]


@P('keycloak_user_credential_representation_temporary_value')
def _(r):
    p = pw()
    return ['$ kcadm.sh create users -r wandb -f - <<EOF', '{"username":"wandb-admin","enabled":true,"credentials":[{"type":"password","value":"%s","temporary":false}]}' % p, 'EOF'], [p]

# ---- observability / mail

@P('fluentbit_es_output_cloud_auth_pair')
def _(r):
    p = pw(20, 26, AN)
    return ['[OUTPUT]', '    Name        es', '    Match       kube.*', '    Cloud_ID    wandb-logs:%s' % b64('us-east-1.aws.found.io$%s$%s' % (hx(32), hx(32))), '    Cloud_Auth  elastic:%s' % p], [p]


@P('grafana_alloy_river_prometheus_remote_write_password_attr', new=False)
def _(r):
    p = 'glc_' + rs(rn(80, 120), B64) + '='
    return ['prometheus.remote_write "grafanacloud" {', '  endpoint {', '    url = "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push"', '    basic_auth {',
            '      username = "%d"' % rn(100000, 2000000), '      password = "%s"' % p, '    }'], [p[4:-1]]


@P('java_mail_session_properties_password_line')
def _(r):
    p = pw()
    return ['mail.smtp.host=smtp.example.com', 'mail.smtp.port=587', 'mail.smtp.auth=true', 'mail.smtp.user=wandb-alerts', 'mail.smtp.password=%s' % p, 'mail.smtp.starttls.enable=true'], [p]


@P('tf_plan_helm_release_values_heredoc_smtp_password')
def _(r):
    p = pw()
    return ['  # helm_release.wandb will be updated in-place', '  ~ resource "helm_release" "wandb" {', '      ~ values = [', '          - <<-EOT',
            '                global:', '                  email:', '                    smtp:', '                      password: "%s"' % p, '            EOT,'], [p]

# ---- adversarial layouts and encodings

@P('json_string_in_yaml_in_json_cr_extraenv_triple_nest')
def _(r):
    p = pw(16, 24, AN)
    inner_json = json.dumps({'sasl': {'user': 'wandb', 'password': p}}, separators=(',', ':'))
    yaml_s = 'global:\n  extraEnv:\n    GORILLA_KAFKA_CONFIG: \'%s\'\n' % inner_json
    outer = {'apiVersion': 'v1', 'kind': 'ConfigMap', 'metadata': {'name': 'wandb-values'}, 'data': {'values.yaml': yaml_s}}
    return ['    kubectl.kubernetes.io/last-applied-configuration: |', '      ' + json.dumps(outer, separators=(',', ':'))], [p]


@P('syslog_relay_cut_then_continuation_record')
def _(r):
    t, sig = license_jwt()
    head = '<14>1 %s wandb-node-%d gorilla %d - - GORILLA_LICENSE=' % (ts_iso(), rn(1, 9), rn(100, 9999))
    full = head + t
    cut = len(head) + len(t) - len(sig) + len(sig) // 2
    return [full[:cut], '<14>1 %s wandb-node-%d gorilla %d - - (cont) %s' % (ts_iso(), rn(1, 9), rn(100, 9999), full[cut:])], [sig[:len(sig) // 2], sig[len(sig) // 2:]]


@P('cyrillic_homoglyph_key_name_password_env')
def _(r):
    p = pw()
    return ['MYSQL_HOST=wandb-mysql', 'MYSQL_P\u0410SSWORD=%s' % p, 'MYSQL_DATABASE=wandb_local'], [p]


@P('zwnj_inside_api_key_value_env')
def _(r):
    k = wkey()
    v = k[:20] + '\u200c' + k[20:]
    return ['export WANDB_BASE_URL=https://wandb.example.com', 'export WANDB_API_KEY=local-%s' % v], [k[:20], k[20:]]


@P('bash_printf_q_escaped_password_history')
def _(r):
    a, b = rs(10, AN), rs(10, AN)
    esc = '%s\\$\\!%s' % (a, b)
    return ['$ printf \'%q\\n\' "$MYSQL_PASSWORD"', esc, "$ mysql -h wandb-mysql -u wandb -p%s wandb_local" % esc], [esc]


@P('gorilla_json_log_u0026_escaped_presigned_sig')
def _(r):
    s = hx(64)
    return ['{"level":"info","ts":"%s","msg":"redirecting download","location":"https://wandb-prod.s3.amazonaws.com/%s/artifact.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256\\u0026X-Amz-Credential=%s%%2F20261103%%2Fus-east-1%%2Fs3%%2Faws4_request\\u0026X-Amz-Date=20261103T101010Z\\u0026X-Amz-Expires=3600\\u0026X-Amz-SignedHeaders=host\\u0026X-Amz-Signature=%s"}' % (ts_iso(), uid(), akid(), s)], [s]


@P('go_html_template_plus_entity_escaped_secret')
def _(r):
    a, b = rs(12, AN), rs(12, AN)
    return ['<tr><td>SMTP password</td><td><code>%s&#43;%s</code></td></tr>' % (a, b)], ['%s&#43;%s' % (a, b)]


@P('shell_single_double_concat_quoting_password')
def _(r):
    a, b = rs(10, AN), rs(10, AN)
    return ["export MYSQL_PWD='%s'\"'\"'%s'" % (a, b), 'mysql -h wandb-mysql -u wandb -e "SELECT 1"'], [a, b]


@P('configmap_yaml_data_json_with_yaml_license')
def _(r):
    t, sig = license_jwt()
    j = json.dumps({'values': 'global:\n  license: %s\n' % t}, separators=(',', ':'))
    return ['apiVersion: v1', 'kind: ConfigMap', 'data:', "  overrides.json: '%s'" % j], [sig]


@P('base64_coreutils_76_col_wrapped_token_output')
def _(r):
    tok = rs(171, AN)
    enc = b64(tok)
    lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
    parts = [l.rstrip('=') for l in lines if len(l.rstrip('=')) >= 8]
    return ['$ base64 < /tmp/scim-token'] + lines, parts


@P('logfmt_escaped_quote_inside_password_value')
def _(r):
    a, b = rs(10, AN), rs(10, AN)
    return ['ts=%s level=debug caller=smtp.go:%d msg="dialing smtp" host=smtp.example.com user=alerts password="%s\\"%s"' % (ts_iso(), rn(20, 90), a, b)], [a, b]


@P('k8s_event_json_message_split_over_two_fields')
def _(r):
    p = pw(20, 30, AN)
    h = len(p) // 2
    return ['{"reason":"BackOff","message":"Back-off restarting failed container migrate: mysql://wandb:%s' % p[:h], '...(truncated by event recorder)","note":"continued: %s@wandb-mysql"}' % p[h:]], [p[:h], p[h:]]


@P('tab_table_key_header_value_next_row')
def _(r):
    k = rs(40, AN + '_')
    return ['NAME\tTYPE\tCREATED', 'sa-ci-runner\tservice-account\t%s' % ts_sp(), '', 'API KEY', k], [k]


@P('crlf_windows_env_dump_license_line')
def _(r):
    t, sig = license_jwt()
    return ['PS C:\\> Get-Content .\\wandb.env\r', 'LOCAL_RESTORE=false\r', 'LICENSE=%s\r' % t], [sig]


@P('json_unicode_escaped_slash_in_gcs_hmac_secret', new=False)
def _(r):
    s = rs(40, AN + '+/')
    return ['{"bucket":{"provider":"gcs","name":"wandb-prod","accessKey":"GOOG1E%s","secretKey":"%s"}}' % (rs(55, UP), s.replace('/', '\\/'))], [s.replace('/', '\\/')]


@P('url_double_encoded_redis_password_in_query')
def _(r):
    p = rs(8, AN) + '/' + rs(8, AN) + '+' + rs(6, AN)
    e2 = urllib.parse.quote(urllib.parse.quote(p, safe=''), safe='')
    return ['%s INFO redirect=/console/setup?redis_url=redis%%253A%%252F%%252F%%253A%s%%2540wandb-redis%%253A6379' % (ts_iso(), e2)], [e2]


@P('yaml_double_quoted_unicode_escapes_password')
def _(r):
    a, b = rs(10, AN), rs(10, AN)
    v = '%s\\u0024%s' % (a, b)
    return ['global:', '  mysql:', '    user: wandb', '    password: "%s"' % v], [v]


@P('ansi_helm_get_values_license_bold')
def _(r):
    t, sig = license_jwt()
    return ['USER-SUPPLIED VALUES:', '\u001b[1mglobal\u001b[0m:', '  \u001b[36mlicense\u001b[0m: \u001b[33m%s\u001b[0m' % t], [sig]


@P('jq_c_compact_env_array_wandb_pod')
def _(r):
    p = pw()
    k = wkey()
    return ['$ kubectl get pod -l app=wandb-app -o json | jq -c \'.items[0].spec.containers[0].env\'',
            '[{"name":"HOST","value":"https://wandb.example.com"},{"name":"MYSQL","value":"mysql://wandb:%s@wandb-mysql:3306/wandb_local"},{"name":"GORILLA_SUPERUSER_API_KEY","value":"local-%s"}]' % (p, k)], [p, k]

# ---- crash reports, hosts, admin tooling, CI/CD

@P('node_diagnostic_report_json_environment_variables')
def _(r):
    p = pw()
    return ['  "environmentVariables": {', '    "NODE_ENV": "production",', '    "PORT": "8080",', '    "SMTP_PASSWORD": "%s",' % p, '    "HOSTNAME": "wandb-console-%s"' % rs(5, LOW), '  },'], [p]


@P('jvm_hs_err_pid_environment_variables_section')
def _(r):
    p = pw()
    return ['Environment Variables:', 'JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin', 'KC_DB_PASSWORD=%s' % p, 'SHELL=/bin/bash'], [p]


@P('python_faulthandler_plus_env_printed_by_entrypoint')
def _(r):
    k = wkey()
    return ['Fatal Python error: Segmentation fault', '', 'Current thread 0x00007f%s (most recent call first):' % hx(10), '  File "/app/weave/trace_server/worker.py", line %d in run' % rn(10, 500),
            '--- entrypoint env ---', 'WANDB_API_KEY=local-%s' % k], [k]


@P('netplan_yaml_wifi_access_point_password')
def _(r):
    p = pw(12, 20, AN)
    return ['network:', '  wifis:', '    wlp2s0:', '      access-points:', '        "lab-5g":', '          password: "%s"' % p], [p]


@P('chrony_keys_file_hex_sha1_key')
def _(r):
    k = hx(40).upper()
    return ['# /etc/chrony.keys', '%d SHA1 HEX:%s' % (rn(1, 99), k)], [k]


@P('strongswan_ipsec_secrets_psk_line')
def _(r):
    p = rs(32, AN)
    return ['# /etc/ipsec.secrets', '%s %s : PSK "%s"' % (ip(), ip(), p)], [p]


@P('apt_auth_conf_d_machine_login_password')
def _(r):
    p = rs(32, AN)
    return ['$ sudo cat /etc/apt/auth.conf.d/wandb-mirror.conf', 'machine apt.example.com/wandb', 'login ci-mirror', 'password %s' % p], [p]


@P('gh_actions_log_decoded_secret_bare_line')
def _(r):
    p = pw()
    return ['2026-11-03T10:10:10.1234567Z ##[group]Run kubectl get secret wandb-mysql -o jsonpath=\'{.data.password}\' | base64 -d',
            '2026-11-03T10:10:11.7654321Z %s' % p, '2026-11-03T10:10:11.7654400Z ##[endgroup]'], [p]


@P('woodpecker_pipeline_yaml_environment_literal_helm_set')
def _(r):
    t, sig = license_jwt()
    return ['steps:', '  deploy:', '    image: alpine/helm:3.14', '    commands:', '      - helm upgrade wandb wandb/operator-wandb --reuse-values --set global.license=%s' % t], [sig]


@P('spinnaker_pipeline_json_expected_artifact_helm_override')
def _(r):
    p = pw()
    return ['        "overrides": {', '          "global.mysql.password": "%s",' % p, '          "global.host": "https://wandb.example.com"', '        },'], [p]


@P('k9s_describe_screen_capture_env_value_box')
def _(r):
    p = pw()
    return ['\u250c\u2500\u2500\u2500\u2500 Describe(default/wandb-weave-trace-%s) \u2500\u2500\u2500\u2500\u2510' % rs(5, LOW), '\u2502     Environment:                                   \u2502',
            '\u2502       WF_CLICKHOUSE_PASS:  %s \u2502' % p, '\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518'], [p]


@P('lens_kubeconfig_exec_env_list_value_token', new=False)
def _(r):
    t = rs(40, AN)
    return ['    exec:', '      apiVersion: client.authentication.k8s.io/v1beta1', '      command: kubelogin', '      env:', '      - name: AAD_SERVICE_PRINCIPAL_CLIENT_SECRET', '        value: %s' % t], [t]


@P('helmfile_state_values_inline_secret_yaml')
def _(r):
    p = pw()
    return ['releases:', '- name: wandb', '  chart: wandb/operator-wandb', '  values:', '  - global:', '      redis:', '        password: %s' % p], [p]


@P('docker_compose_logs_prefix_mysql_entrypoint_root_password')
def _(r):
    p = rs(32, AN)
    return ['mysql-1  | %s+00:00 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: %s' % (ts_sp().replace(' ', ' '), p), 'mysql-1  | %s+00:00 [Note] [Entrypoint]: Creating user wandb' % ts_sp()], [p]


@P('mariadb_operator_mariadb_cr_root_password_literal_warning')
def _(r):
    p = pw()
    return ['apiVersion: k8s.mariadb.com/v1alpha1', 'kind: MariaDB', 'spec:', '  rootPasswordSecretKeyRef:', '    name: mariadb-root', '    key: password', '    generate: false', '  # TEMP do not commit: root = %s' % p], [p]


@P('proxysql_admin_runtime_mysql_users_select_table', new=False)
def _(r):
    p = pw(12, 20, AN)
    return ['Admin> SELECT username,password,default_hostgroup FROM runtime_mysql_users;', '+----------+----------------------+-------------------+',
            '| username | password             | default_hostgroup |', '+----------+----------------------+-------------------+', '| wandb    | %s | 10                |' % p.ljust(20)], [p]


@P('wandb_local_docker_logs_supervisor_env_mysql_url_crlf')
def _(r):
    p = pw(14, 24, PWSAFE)
    return ['wandb-local | *** Starting W&B with MYSQL=mysql://wandb:%s@mysql.example.internal:3306/wandb_local\r' % p, 'wandb-local | *** Migrating database...\r'], [p]


@P('wandb_sdk_debug_internal_http_proxy_env_repr', new=False)
def _(r):
    p = pw(12, 20, AN)
    return ["%s DEBUG   HandlerThread:%d [internal.py:handle()] settings proxies={'https': 'http://svc-wandb:%s@proxy.example.internal:3128'}" % (ts_sp(), rn(1000, 99999), p)], [p]


@P('wandb_launch_agent_k8s_manifest_log_env_from_literal', new=False)
def _(r):
    k = wkey()
    return ["launch_agent: %s INFO submitting job manifest: {'kind': 'Job', 'spec': {'template': {'spec': {'containers': [{'name': 'launch', 'env': [{'name': 'WANDB_API_KEY', 'value': 'local-%s'}]}]}}}}" % (ts_sp(), k)], [k]


@P('wandb_scim_api_curl_bearer_header_history_numbered', new=False)
def _(r):
    k = wkey()
    return ['  %d  curl -s -H "Authorization: Bearer local-%s" https://wandb.example.com/scim/Users?count=100 | jq .' % (rn(100, 1999), k)], [k]


@P('wandb_weave_clickhouse_migrator_cli_password_flag')
def _(r):
    p = pw(14, 24, AN)
    return ['$ kubectl exec -it deploy/wandb-weave-trace -- python -m weave.trace_server.clickhouse_trace_server_migrator --host wandb-clickhouse --user default --password %s --database weave_trace_db' % p], [p]


@P('wandb_operator_manager_args_list_cluster_token_flag')
def _(r):
    t = rs(40, AN)
    return ['      containers:', '      - args:', '        - --leader-elect', '        - --metrics-bind-address=:8443', '        - --deployer-token=%s' % t, '        command:', '        - /manager'], [t]


@P('wandb_cr_spec_chart_password_chartmuseum')
def _(r):
    p = pw()
    return ['spec:', '  chart:', '    url: https://charts.example.internal', '    name: operator-wandb', '    username: chartreader', '    password: "%s"' % p], [p]


@P('wandb_cr_values_extraenv_map_gorilla_oidc_secret')
def _(r):
    s = rs(40, AN + '~._-')
    return ['    global:', '      extraEnv:', '        GORILLA_OIDC_CLIENT_ID: "0oa%s"' % rs(17, AN), '        GORILLA_OIDC_SECRET: "%s"' % s, '        GORILLA_DISABLE_CODE_SAVING: "true"'], [s]


@P('wandb_cr_values_mysql_flow_map_inline_password')
def _(r):
    p = pw()
    return ['      mysql: {host: "wandb.cluster-%s.us-east-1.rds.amazonaws.com", port: 3306, user: wandb, password: "%s", database: wandb_local}' % (rs(12, LOW), p)], [p]


@P('wandb_glue_json_log_customer_secret_store_s3_keys')
def _(r):
    s = awssecret()
    sq = urllib.parse.quote(s, safe='')
    return ['{"level":"info","time":"%s","service":"glue","msg":"secret store initialised","source":"s3://%s:%s@wandb-secrets-%s/team-secrets?region=us-east-1"}' % (ts_iso(), akid(), sq, rs(6, LOW))], [sq]


@P('wandb_frontend_nginx_error_log_upstream_sent_authorization_basic_debug')
def _(r):
    k = wkey()
    enc, part = b64_after('api:local-', k)
    return ['%s [debug] %d#%d: *%d http proxy header: "Authorization: Basic %s"' % (ts_sp().replace('-', '/'), rn(1, 99), rn(1, 99), rn(100, 99999), enc)], [part]


@P('wandb_operator_k8s_event_message_helm_stderr_redis_url')
def _(r):
    p = pw(16, 26, PWSAFE)
    return ['LAST SEEN   TYPE      REASON        OBJECT                    MESSAGE',
            '%dm         Warning   ApplyFailed   weightsandbiases/wandb    failed to apply release: Error: UPGRADE FAILED: cannot patch "wandb-app" with kind Deployment: env GORILLA_REDIS value "redis://:%s@wandb-redis-master:6379/0?ttlInSeconds=604800" invalid' % (rn(1, 59), p)], [p]


@P('clickhouse_backup_config_yml_s3_secret_key')
def _(r):
    s = awssecret()
    return ['general:', '  remote_storage: s3', 'clickhouse:', '  username: default', 's3:', '  bucket: wandb-ch-backups', '  access_key: %s' % akid(), '  secret_key: %s' % s, '  region: us-east-1'], [s]


@P('kafka_console_consumer_property_flag_jaas_password')
def _(r):
    p = pw(14, 24, AN)
    return ['$ kafka-console-consumer.sh --bootstrap-server wandb-kafka:9092 --topic run-updates-shadow --from-beginning --max-messages 5 \\',
            '    --consumer-property security.protocol=SASL_PLAINTEXT --consumer-property sasl.mechanism=SCRAM-SHA-512 \\',
            '    --consumer-property \'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb" password="%s";\'' % p], [p]

# ---------------------------------------------------------------- negatives

@N('wandb_operator_spec_active_configmap_secret_refs_only')
def _(r):
    spec = {'values': {'global': {'mysql': {'passwordSecret': {'name': 'wandb-mysql-%s' % rs(4, LOW), 'passwordKey': 'MYSQL_PASSWORD'}},
                                  'licenseSecret': {'name': 'wandb-license', 'key': 'license'}, 'auth': {'oidc': {'oidcSecret': {'name': 'wandb-oidc', 'secretKey': 'OIDC_SECRET'}}}}}}
    return ['data:', "  spec: '%s'" % json.dumps(spec, separators=(',', ':'))]


@N('wandb_cr_values_olap_valuefrom_secretkeyref_map')
def _(r):
    return ['      olap:', '        default:', '          password:', '            valueFrom:', '              secretKeyRef:',
            '                name: "clickhouse-%s"' % pick(['shared-password', 'admin', 'weave-rw']), '                key: "password"']


@N('gorilla_env_address_with_password_redacted_marker')
def _(r):
    m = pick(['%5BREDACTED%5D', 'REDACTED', '%2A%2A%2A%2A%2A', 'xxxxx'])
    return ['GORILLA_REGISTRY_SEARCH_ADDRESS=clickhouse://default:%s@ch-%s.example.internal:9440/artifacts?secure=true' % (m, rs(5, LOW))]


@N('mysqlbinlog_header_gtid_next_xid_crc32')
def _(r):
    return ['# at %d' % rn(1000, 99999), '#%s 10:%s:%s server id 1  end_log_pos %d CRC32 0x%s \tGTID\tlast_committed=%d\tsequence_number=%d' % ('26%s%s' % (d2(1, 11), d2(1, 28)), d2(0, 59), d2(0, 59), rn(1000, 99999), hx(8), rn(1, 999), rn(1, 999)),
            "SET @@SESSION.GTID_NEXT= '%s:%d'/*!*/;" % (uid(), rn(1, 999999)), '# original_commit_timestamp=%d' % (epoch() * 1000000), 'COMMIT/*!*/; Xid = %d' % rn(1000, 999999)]


@N('mysql_slow_log_parameterized_api_key_hash_lookup')
def _(r):
    return ['# Query_time: 0.%06d  Lock_time: 0.000002 Rows_sent: 1  Rows_examined: 1' % rn(0, 999999),
            "SELECT `api_keys`.`id`, `api_keys`.`user_id` FROM `api_keys` WHERE `api_keys`.`key_hash` = '%s' LIMIT 1;" % hx(64)]


@N('redis_cli_scan_cache_key_names_uuid_digest')
def _(r):
    return ['$ redis-cli --scan --pattern "gorilla:*" | head -3'] + ['gorilla:%s:%s:%s' % (pick(['run', 'artifact', 'sweep']), uid(), pick(['summary', 'digest:' + hx(32), 'history'])) for _ in range(3)]


@N('kafka_producer_transactional_id_epoch_log')
def _(r):
    return ['[%s] INFO [TransactionCoordinator id=%d] Initialized transactionalId frfu-%s with producerId %d and producer epoch %d on partition __transaction_state-%d' % (ts_sp().replace(' ', ' '), rn(0, 2), hx(16), rn(1000, 99999), rn(0, 9), rn(0, 49))]


@N('clickhouse_query_log_normalized_hash_and_query_id')
def _(r):
    return ['Row 1:', '──────', 'query_id:              %s' % uid(), 'normalized_query_hash: %d' % rn(10**18, 10**19 - 1), 'query:                 SELECT count() FROM weave_trace_db.calls_merged WHERE project_id = {p:String}']


@N('k8s_managed_fields_fieldsv1_secret_key_paths')
def _(r):
    return ['  managedFields:', '  - apiVersion: v1', '    fieldsType: FieldsV1', '    fieldsV1:', '      f:data:', '        .: {}', '        f:MYSQL_PASSWORD: {}', '        f:REDIS_PASSWORD: {}',
            '    manager: %s' % pick(['kubectl-create', 'helm', 'manager']), '    operation: Update', '    time: "%s"' % ts_iso(False)]


@N('k8s_last_applied_secretkeyref_only_deployment')
def _(r):
    d = {'apiVersion': 'apps/v1', 'kind': 'Deployment', 'metadata': {'name': pick(['wandb-app', 'wandb-api', 'wandb-glue', 'wandb-executor', 'wandb-parquet'])}, 'spec': {'template': {'spec': {'containers': [{'name': 'app', 'env': [
        {'name': 'GORILLA_LICENSE', 'valueFrom': {'secretKeyRef': {'name': 'wandb-license', 'key': 'license'}}},
        {'name': 'MYSQL_PASSWORD', 'valueFrom': {'secretKeyRef': {'name': 'wandb-mysql', 'key': 'password'}}}]}]}}}}
    return ['    kubectl.kubernetes.io/last-applied-configuration: |', '      ' + json.dumps(d, separators=(',', ':'))]


@N('kubectl_diff_secret_masked_asterisks')
def _(r):
    return ['diff -u -N /tmp/LIVE-%d/v1.Secret.default.wandb-mysql /tmp/MERGED-%d/v1.Secret.default.wandb-mysql' % (rn(10**8, 10**9), rn(10**8, 10**9)),
            '@@ -1,6 +1,6 @@', ' apiVersion: v1', ' data:', '-  password: \'*** (before)\'', '+  password: \'*** (after)\'', ' kind: Secret']


@N('k8s_serviceaccount_token_secret_annotation_uid')
def _(r):
    return ['metadata:', '  annotations:', '    kubernetes.io/service-account.name: wandb-app', '    kubernetes.io/service-account.uid: %s' % uid(), 'type: kubernetes.io/service-account-token']


@N('gcp_wif_external_account_credential_config_json')
def _(r):
    pn = rn(10**11, 10**12 - 1)
    o = {'type': 'external_account', 'audience': '//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/wandb-pool/providers/eks' % pn,
         'subject_token_type': 'urn:ietf:params:aws:token-type:aws4_request', 'token_url': 'https://sts.googleapis.com/v1/token',
         'credential_source': {'environment_id': 'aws1', 'regional_cred_verification_url': 'https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15'},
         'service_account_impersonation_url': 'https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/wandb@example-proj.iam.gserviceaccount.com:generateAccessToken'}
    return json.dumps(o, indent=2).split('\n')


@N('aws_eks_pod_identity_injected_env_paths')
def _(r):
    return ['AWS_CONTAINER_CREDENTIALS_FULL_URI=http://169.254.170.23/v1/credentials', 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
            'AWS_ROLE_SESSION_NAME=%s-%s' % (pick(['wandb-app', 'wandb-glue', 'weave-trace']), hx(8)), 'AWS_DEFAULT_REGION=%s' % pick(['us-east-1', 'eu-west-1', 'us-west-2'])]


@N('azure_workload_identity_injected_env_vars')
def _(r):
    return ['AZURE_CLIENT_ID=%s' % uid(), 'AZURE_TENANT_ID=%s' % uid(), 'AZURE_FEDERATED_TOKEN_FILE=/var/run/secrets/azure/tokens/azure-identity-token', 'AZURE_AUTHORITY_HOST=https://login.microsoftonline.com/']


@N('s3_object_checksum_sha256_crc32c_headers')
def _(r):
    return ['< x-amz-checksum-sha256: %s' % b64(bytes(R.getrandbits(8) for _ in range(32))), '< x-amz-checksum-crc32c: %s' % b64(bytes(R.getrandbits(8) for _ in range(4))),
            '< x-amz-request-id: %s' % rs(16, UP), '< x-amz-id-2: %s' % b64(bytes(R.getrandbits(8) for _ in range(54)))]


@N('mc_debug_request_headers_signature_redacted')
def _(r):
    return ['mc: <DEBUG> GET /wandb-prod/?location= HTTP/1.1', 'Host: minio.example.internal:9000',
            'Authorization: AWS4-HMAC-SHA256 Credential=%s/20261103/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=**REDACTED**' % rs(20, UP),
            'X-Amz-Content-Sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']


@N('gsutil_hash_output_md5_crc32c_base64')
def _(r):
    return ['Hashes [base64] for %s.parquet:' % hx(12), '\tHash (crc32c):\t\t%s' % b64(bytes(R.getrandbits(8) for _ in range(4))), '\tHash (md5):\t\t%s' % b64(bytes(R.getrandbits(8) for _ in range(16)))]


@N('azcopy_job_ids_and_log_paths')
def _(r):
    j = uid()
    return ['INFO: Scanning...', 'Job %s has started' % j, 'Log file is located at: /root/.azcopy/%s.log' % j, 'Final Job Status: Completed']


@N('oidc_userinfo_response_sub_email_groups')
def _(r):
    return [json.dumps({'sub': '00u%s' % rs(17, AN), 'email': 'user%d@example.com' % rn(1, 999), 'email_verified': True, 'groups': ['wandb-admins', 'ml-eng'], 'zoneinfo': 'America/Los_Angeles'})]


@N('saml_assertion_id_session_index_values')
def _(r):
    return ['<saml2:Assertion ID="id%s" IssueInstant="%s" Version="2.0">' % (rs(40, '0123456789'), ts_iso()),
            '<saml2:AuthnStatement AuthnInstant="%s" SessionIndex="_%s">' % (ts_iso(), hx(32))]


@N('hpkp_style_pin_sha256_values')
def _(r):
    return ['$ openssl x509 -in wandb.crt -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64', b64(bytes(R.getrandbits(8) for _ in range(32))),
            'pin-sha256="%s"' % b64(bytes(R.getrandbits(8) for _ in range(32)))]


@N('otel_collector_env_expansion_placeholders')
def _(r):
    return ['exporters:', '  otlphttp:', '    endpoint: ${env:OTLP_ENDPOINT}', '    headers:', '      %s: ${env:%s}' % (pick(['x-api-key', 'x-honeycomb-team', 'dd-api-key']), pick(['OTLP_API_KEY', 'HONEYCOMB_KEY', 'DD_API_KEY'])), '      authorization: "Bearer ${env:OTLP_TOKEN}"']


@N('vault_token_lookup_accessor_and_entity_id')
def _(r):
    return ['accessor            %s' % rs(24), 'creation_ttl        768h', 'display_name        kubernetes-default-wandb-app', 'entity_id           %s' % uid(), 'id                  n/a (token lookup-self via accessor)']


@N('cosign_signature_tag_image_refs')
def _(r):
    d = hx(64)
    return ['ghcr.io/example/wandb-local:sha256-%s.sig' % d, 'ghcr.io/example/wandb-local:sha256-%s.att' % d, 'ghcr.io/example/wandb-local@sha256:%s' % d]


@N('gorilla_log_presigned_url_signature_already_redacted')
def _(r):
    return ['%s INFO presign url="https://wandb-prod.s3.amazonaws.com/%s?X-Amz-Credential=%s%%2F20261103%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED"' % (ts_iso(), uid(), akid())]


@N('openai_response_system_fingerprint_and_ids')
def _(r):
    return [json.dumps({'id': 'chatcmpl-%s' % rs(29), 'object': 'chat.completion', 'model': 'gpt-4o-2024-08-06', 'system_fingerprint': 'fp_%s' % hx(10),
                        'usage': {'prompt_tokens': rn(10, 9000), 'completion_tokens': rn(10, 900), 'total_tokens': rn(10, 9900)}})]


@N('mysql_error_log_caching_sha2_rsa_key_path_warnings')
def _(r):
    return ['%s 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.%d) starting as process 1' % (ts_iso(), rn(30, 40)),
            '%s 0 [Warning] [MY-013360] [Server] Plugin sha256_password reported: \'private_key_path = private_key.pem; public_key_path = public_key.pem\'' % ts_iso(),
            '%s 0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS.' % ts_iso()]


@N('clickhouse_show_create_user_no_secret_shown')
def _(r):
    return ['SHOW CREATE USER weave', '', '┌─CREATE USER weave─────────────────────────────────────────────────────┐',
            '│ CREATE USER weave IDENTIFIED WITH %s HOST %s SETTINGS PROFILE `default` │' % (pick(['sha256_password', 'double_sha1_password', 'bcrypt_password']), pick(['ANY', 'IP \'10.0.0.0/8\'', 'LOCAL'])), '└───────────────────────────────────────────────────────────────────────┘']


@N('kafka_configs_describe_users_scram_iterations_only')
def _(r):
    return ["SCRAM credential configs for user-principal 'wandb' are SCRAM-SHA-512=iterations=%d" % pick([4096, 8192]), "SCRAM credential configs for user-principal '%s' are SCRAM-SHA-256=iterations=4096" % pick(['weave', 'frfu', 'glue', 'executor'])]


@N('kubectl_auth_can_i_secret_verbs_output')
def _(r):
    return ['$ kubectl auth can-i get secrets --as=system:serviceaccount:default:wandb-app', pick(['yes', 'no']), '$ kubectl auth can-i list secrets -n %s' % pick(['default', 'wandb', 'weave']), 'no - RBAC: role "wandb-secret-reader" not found']


@N('helm_chart_template_source_secret_expressions')
def _(r):
    return ['data:', '  MYSQL_PASSWORD: {{ include "wandb.mysql.password" . | b64enc | quote }}', '  %s: {{ .Values.global.%s | b64enc }}' % pick([('REDIS_PASSWORD', 'redis.password'), ('SMTP_PASSWORD', 'email.smtp.password'), ('OIDC_SECRET', 'auth.oidc.secret')]),
            '  {{- if .Values.global.license }}', '  LICENSE: {{ .Values.global.license | b64enc }}', '  {{- end }}']


@N('go_struct_field_tags_password_token_names')
def _(r):
    return ['type %sConfig struct {' % pick(['SMTP', 'Redis', 'Bucket', 'OIDC']), '\tHost     string `json:"host"`', '\tUser     string `json:"user"`', '\tPassword string `json:"password,omitempty" redact:"true"`', '\tAPIToken string `json:"apiToken,omitempty"`', '}']


@N('recaptcha_site_key_public_frontend_config')
def _(r):
    return ['window.__WANDB_CONFIG__ = {  // build %s' % hx(7), '  "HOST": "https://wandb.example.com",', '  "RECAPTCHA_SITE_KEY": "6L%s",' % rs(38, AN + '-_'), '  "SENTRY_ENVIRONMENT": "onprem"', '};']


@N('docker_config_json_creds_store_helpers_no_auths')
def _(r):
    return ['{', '  "auths": {', '    "%d.dkr.ecr.us-east-1.amazonaws.com": {}' % rn(10**11, 10**12 - 1), '  },', '  "credsStore": "ecr-login",', '  "credHelpers": {"gcr.io": "gcloud"}', '}']


@N('github_webhook_delivery_headers_x_hub_signature_256')
def _(r):
    return ['X-GitHub-Delivery: %s' % uid(), 'X-GitHub-Event: push', 'X-Hub-Signature: sha1=%s' % hx(40), 'X-Hub-Signature-256: sha256=%s' % hx(64)]


@N('cloudwatch_eks_log_stream_names_hex_suffix')
def _(r):
    return ['kube-apiserver-audit-%s' % hx(32), 'authenticator-%s' % hx(32), 'kube-controller-manager-%s' % hx(32)]


@N('gcp_audit_log_insert_id_and_principal')
def _(r):
    return ['insertId: %s' % rs(12, LOW), 'protoPayload:', '  authenticationInfo:', '    principalEmail: wandb@example-proj.iam.gserviceaccount.com', '  methodName: storage.objects.get',
            '  requestMetadata:', '    callerSuppliedUserAgent: "gcloud-golang-storage/%d.%d (gzip),gzip(gfe)"' % (rn(1, 2), rn(10, 50))]


@N('zh_support_ticket_prose_mima_without_value')
def _(r):
    return ['客户反馈：重置 %s 密码后 wandb-app 无法启动，日志显示 "Access denied"。' % pick(['MySQL', 'Redis', 'ClickHouse', 'SMTP']), '请确认 Secret wandb-mysql 中的 password 已同步更新，然后重启 Pod。']


@N('wandb_cr_status_conditions_observed_generation')
def _(r):
    return ['status:', '  conditions:', '  - lastTransitionTime: "%s"' % ts_iso(False), '    message: "applied spec hash %s"' % hx(16), '    reason: Reconciled', '    status: "True"', '    type: Ready', '  observedGeneration: %d' % rn(1, 90)]


@N('weave_trace_server_env_password_file_path')
def _(r):
    return ['WF_CLICKHOUSE_HOST=wandb-clickhouse', 'WF_CLICKHOUSE_USER=default', 'WF_CLICKHOUSE_PASS_FILE=/etc/%s/%s' % (pick(['clickhouse', 'weave', 'secrets/ch']), pick(['password', 'pass', 'CLICKHOUSE_PASSWORD'])), 'WF_CLICKHOUSE_DATABASE=weave_trace_db']


@N('mysql_user_password_last_changed_rows')
def _(r):
    return ['+---------+-----------+---------------------+-------------------+----------------+', '| user    | host      | password_last_changed | password_lifetime | account_locked |',
            '| wandb   | %%         | %s   | NULL              | N              |' % ts_sp(), '| exporter| localhost | %s   | 90                | N              |' % ts_sp()]


@N('redis_info_server_run_id_and_config_file', new=False)
def _(r):
    return ['# Server', 'redis_version:7.2.%d' % rn(0, 6), 'redis_git_sha1:00000000', 'redis_build_id:%s' % hx(16), 'run_id:%s' % hx(40), 'config_file:/opt/bitnami/redis/etc/redis.conf']


@N('k8s_secret_volume_projection_items_paths', new=False)
def _(r):
    return ['      volumes:', '      - name: oidc', '        secret:', '          secretName: wandb-%s' % pick(['oidc', 'smtp', 'bucket', 'license']), '          items:', '          - key: client-secret', '            path: oidc/client_secret', '          defaultMode: 0400']


@N('operator_controller_runtime_reconcile_ids')
def _(r):
    return ['%s\tINFO\tStarting workers\t{"controller": "weightsandbiases", "controllerGroup": "apps.wandb.com", "controllerKind": "WeightsAndBiases", "worker count": 1}' % ts_iso(),
            '%s\tINFO\tReconciling\t{"controller": "weightsandbiases", "namespace": "default", "name": "wandb", "reconcileID": "%s"}' % (ts_iso(), uid())]


@N('wandb_api_key_prefix_only_audit_masked')
def _(r):
    return ['{"action":"api_key:create","actor":"admin@example.com","key_id":"%s","key_preview":"local-%s…","ts":"%s"}' % (rs(12, LOW), hx(4), ts_iso())]


@N('prose_rotate_smtp_password_steps_no_value')
def _(r):
    return ['1. Generate a new %s in the provider console.' % pick(['SMTP password', 'OIDC client secret', 'bucket access key', 'Slack signing secret']), '2. kubectl -n default edit secret wandb-smtp   # replace the password field', '3. kubectl rollout restart deploy/wandb-app',
            'Do not paste the password into the support ticket.']


@N('mysql_processlist_info_select_with_hash_column')
def _(r):
    return ["| %d | wandb | %s:%d | wandb_local | Query | 0 | executing | SELECT id FROM users WHERE reset_token_hash = '%s' |" % (rn(100, 999), ip(), rn(30000, 60000), hx(64))]


@N('clickhouse_system_parts_names_and_hashes', new=False)
def _(r):
    return ['┌─name──────────────┬─hash_of_all_files────────────────┐', '│ all_%d_%d_%d    │ %s │' % (rn(1, 99), rn(100, 999), rn(1, 3), hx(32)), '└───────────────────┴──────────────────────────────────┘']


@N('kafka_topic_ids_and_cluster_id_log', new=False)
def _(r):
    return ['[%s] INFO [Controller id=1] Created topic run-updates-shadow with topic ID %s' % (ts_sp(), b64u(bytes(R.getrandbits(8) for _ in range(16)))), 'Cluster ID: %s' % b64u(bytes(R.getrandbits(8) for _ in range(16)))]


@N('s3_access_denied_error_request_and_host_ids', new=False)
def _(r):
    return ['An error occurred (AccessDenied) when calling the PutObject operation: Access Denied', 'RequestId: %s' % rs(16, UP), 'HostId: %s' % b64(bytes(R.getrandbits(8) for _ in range(54)))]


@N('helm_list_output_chart_app_versions_revisions', new=False)
def _(r):
    return ['NAME \tNAMESPACE\tREVISION\tUPDATED                                \tSTATUS  \tCHART                \tAPP VERSION', 'wandb\tdefault  \t%d       \t%s.%09d +0000 UTC\tdeployed\toperator-wandb-0.%d.%d\t0.%d.0' % (rn(1, 99), ts_sp(), rn(0, 999999999), rn(20, 40), rn(0, 9), rn(50, 80))]


@N('json_schema_secret_fields_format_password', new=False)
def _(r):
    return ['"smtp": {', '  "type": "object",', '  "properties": {', '    "%s": {"type": "string", "format": "password", "writeOnly": true, "default": ""}' % pick(['password', 'secret', 'apiKey', 'token']), '  }', '}']


@N('env_file_secret_keys_empty_and_changeme_values', new=False)
def _(r):
    return ['MYSQL_PASSWORD=', 'REDIS_PASSWORD=""', 'GORILLA_LICENSE=<paste license here>', 'OIDC_CLIENT_SECRET=%s' % pick(['CHANGE_ME', 'changeme', '<client-secret>', 'xxxxxxxx', 'TODO']), 'SMTP_PASSWORD=${SMTP_PASSWORD:?required}']


@N('prometheus_metric_secret_names_and_hash_labels', new=False)
def _(r):
    return ['kube_secret_info{namespace="default",secret="wandb-mysql"} 1', 'kube_secret_type{namespace="default",secret="wandb-license",type="Opaque"} 1',
            'kube_secret_metadata_resource_version{namespace="default",secret="wandb-oidc"} %d' % rn(10**5, 10**7)]


@N('ansi_colored_tokens_per_minute_limits', new=False)
def _(r):
    return ['\u001b[1mLLM rate limits\u001b[0m', '  max_tokens_per_minute: \u001b[33m%d\u001b[0m' % rn(10000, 900000), '  token_bucket_refill: \u001b[33m%d/s\u001b[0m' % rn(10, 900)]


@N('zero_width_space_in_prose_about_tokens', new=False)
def _(r):
    return ['Note:\u200b the API\u200bkey is shown only once; store it in your secret manager.', 'Token\u200b length: %d hex characters (plus the local- prefix).' % pick([40, 86])]


# ---------------------------------------------------------------- driver

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pos, neg = [], []
    for name, _new, f in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = f(R)
                if check(lines, secrets):
                    break
            else:
                raise SystemExit('cannot draw a clean record for %s' % name)
            pos.append({'shape': name, 'lines': lines, 'secrets': secrets})
    for name, _new, f in NEG:
        for _ in range(5):
            neg.append({'shape': name, 'lines': f(R)})
    with open(os.path.join(here, 'positives.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for rec in pos:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(here, 'negatives.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for rec in neg:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('positives: %d records, %d shapes, %d secrets' % (len(pos), len(POS), sum(len(x['secrets']) for x in pos)))
    print('negatives: %d records, %d shapes' % (len(neg), len(NEG)))


if __name__ == '__main__':
    main()
