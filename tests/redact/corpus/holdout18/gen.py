#!/usr/bin/env python3
"""holdout18 generator: seeded, stdlib only. Writes positives.jsonl and negatives.jsonl."""
import base64, hashlib, json, os, random, string, urllib.parse

SEED = 1818_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = string.ascii_lowercase
ALN = string.ascii_letters + string.digits
PWC = ALN + "-_.!~+*"
USED = set()


def ch(s): return R.choice(s)
def aln(n): return "".join(ch(ALN) for _ in range(n))
def low(n): return "".join(ch(LOW + string.digits) for _ in range(n))
def hx(n): return "".join(ch("0123456789abcdef") for _ in range(n))
def HX(n): return "".join(ch("0123456789ABCDEF") for _ in range(n))
def b64(n): return "".join(ch(ALN + "+/") for _ in range(n))
def b64u(n): return "".join(ch(ALN + "-_") for _ in range(n))
def pw(n=None):
    n = n or R.randint(14, 24)
    return ch(ALN) + "".join(ch(PWC) for _ in range(n - 2)) + ch(ALN)
def pws(n=None):  # url-safe-ish password (no ! ~ * +)
    n = n or R.randint(14, 24)
    return "".join(ch(ALN + "-_") for _ in range(n - 1)) + ch(ALN)
def word(): return ch(["alpha", "bravo", "delta", "orbit", "quartz", "ember", "falcon", "harbor", "lumen", "nova", "pine", "river", "summit", "tundra", "vector"])
def user(): return ch(["wandb", "wb_app", "svc_wandb", "admin", "ops", "mlops", "backup", "reader", "replica", "deploy"]) + ch(["", str(R.randint(1, 99))])
def host(): return ch(["db", "mysql", "minio", "s3", "idp", "sso", "mail", "ldap", "wandb", "proxy"]) + "-" + low(4) + "." + ch(["example.com", "example.net", "example.org", "corp.example"])
def ip(): return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def akid(p="AKIA"): return p + "".join(ch(string.ascii_uppercase + "234567") for _ in range(16))
def awssec(): return b64(40)
def uuid(): return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), ch("89ab"), hx(3), hx(12))
def ts(): return "2025-%02d-%02dT%02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
def amzdate(): return "2025%02d%02dT%02d%02d%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
def jwt_parts():
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(8)}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": uuid(), "iss": "https://" + host(), "exp": R.randint(1700000000, 1800000000)}).encode()).decode().rstrip("=")
    return h, p, b64u(86)
def basic(u, p):
    while len(u + ":") % 3: u += str(R.randint(0, 9))
    enc = base64.b64encode((u + ":" + p).encode()).decode()
    k = len(u + ":") // 3 * 4
    return enc, enc[k:].rstrip("="), u
def sts_token(): return "IQoJb3JpZ2luX2Vj" + b64(300)
def pct(s): return urllib.parse.quote(s, safe="")
def bucket(): return "wandb-" + low(6)

POS, NEG = [], []
def P(name, new=True):
    def d(f): POS.append((name, f, new)); return f
    return d
def N(name):
    def d(f): NEG.append((name, f)); return f
    return d

# ---------------------------------------------------------------- MySQL side
@P("mysql_show_grants_for_legacy_identified_by_password_clause")
def _():
    p = pw(); u = user()
    return [f"mysql> SHOW GRANTS FOR '{u}'@'%';", "+" + "-" * 60 + "+", f"| Grants for {u}@%" + " " * 20 + "|", "+" + "-" * 60 + "+",
            f"| GRANT USAGE ON *.* TO '{u}'@'%' IDENTIFIED BY PASSWORD '{p}' |", f"| GRANT ALL PRIVILEGES ON `wandb_local`.* TO '{u}'@'%' |", "2 rows in set (0.00 sec)"], [p]

@P("mysql_show_create_user_vertical_caching_sha2_hex_authstring", new=False)
def _():
    a = hx(64); u = user()
    return ["*************************** 1. row ***************************", f"CREATE USER for {u}@%: CREATE USER `{u}`@`%` IDENTIFIED WITH 'caching_sha2_password' AS 0x24412430303524{a} REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT", "1 row in set (0.00 sec)"], [a]

@P("mysql_user_rows_tab_batch_output_native_hash", new=False)
def _():
    rows, sec = ["Host\tUser\tauthentication_string\tplugin"], []
    for _ in range(2):
        h = HX(40); sec.append(h); rows.append(f"%\t{user()}\t*{h}\tmysql_native_password")
    rows.append("localhost\tmysql.sys\t*THISISNOTAVALIDPASSWORDTHATCANBEUSEDHERE\tcaching_sha2_password")
    return rows, sec

@P("performance_schema_events_statements_current_sql_text_identified", new=False)
def _():
    p = pw()
    return ["mysql> SELECT THREAD_ID, EVENT_ID, SQL_TEXT FROM performance_schema.events_statements_current\\G", "*************************** 1. row ***************************",
            f"THREAD_ID: {R.randint(40, 900)}", f" EVENT_ID: {R.randint(2, 90)}", f" SQL_TEXT: CREATE USER 'etl'@'10.%' IDENTIFIED BY '{p}'"], [p]

@P("mysql_processlist_tab_info_column_set_password_plain", new=False)
def _():
    p = pw()
    return ["Id\tUser\tHost\tdb\tCommand\tTime\tState\tInfo", f"{R.randint(10, 999)}\troot\tlocalhost\tNULL\tQuery\t0\tstarting\tSET PASSWORD FOR 'wandb'@'%' = '{p}'",
            f"{R.randint(10, 999)}\twandb\t{ip()}:{R.randint(30000, 60000)}\twandb_local\tSleep\t12\t\tNULL"], [p]

@P("my_cnf_client_section_password_with_inline_comment_hash")
def _():
    p = pws()
    return ["[client]", f"host = {host()}", "port = 3306", f"user = {user()}", f"password = \"{p}\"  # rotated by ops", "ssl-mode = REQUIRED"], [p]

@P("mysqladmin_extended_status_cmdline_password_equals_warning")
def _():
    p = pw()
    return [f"$ mysqladmin -h {host()} -u root --password={p} status", "mysqladmin: [Warning] Using a password on the command line interface can be insecure.",
            f"Uptime: {R.randint(1000, 999999)}  Threads: 4  Questions: {R.randint(1000, 99999)}  Slow queries: 0  Opens: 212  Open tables: 181  Queries per second avg: 2.113"], [p]

@P("mydumper_verbose_cmdline_password_flag_then_thread_lines")
def _():
    p = pw()
    return [f"+ mydumper --host={host()} --user=backup --password='{p}' --outputdir=/backup/wandb --threads=4 -v 3",
            "** Message: 10:12:01.223: Connected to a MySQL server", "** Message: 10:12:01.231: Started dump at: 2025-03-01 10:12:01", "** Message: 10:12:01.232: Thread 1 connected using MySQL connection ID 88"], [p]

@P("aurora_rds_generate_db_auth_token_output_signature", new=False)
def _():
    s = hx(64); h = host(); k = akid("ASIA"); t = sts_token()
    url = f"{h}:3306/?Action=connect&DBUser=wandb_iam&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={k}%2F20250301%2Fus-east-1%2Frds-db%2Faws4_request&X-Amz-Date={amzdate()}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token={pct(t)}&X-Amz-Signature={s}"
    return [f"$ aws rds generate-db-auth-token --hostname {h} --port 3306 --username wandb_iam --region us-east-1", url], [s, pct(t)[16:]]

@P("cloud_sql_proxy_dsn_unix_socket_password_go_driver")
def _():
    p = pws()
    return [f"MYSQL_DSN=wandb:{p}@unix(/cloudsql/proj-{low(5)}:us-central1:wandb-{low(4)})/wandb_local?charset=utf8mb4&parseTime=true"], [p]

@P("azure_mysql_flexible_ado_connection_string_pwd_semicolon")
def _():
    p = pws(); h = "wandb-" + low(5) + ".mysql.database.azure.com"
    return [f"Server={h}; Port=3306; Database=wandb_local; Uid=wbadmin; Pwd={p}; SslMode=Required;"], [p]

@P("mysql_slow_log_insert_api_key_literal_values", new=False)
def _():
    k = hx(40)
    return [f"# Time: {ts()}.{R.randint(100000, 999999)}Z", "# User@Host: wandb[wandb] @  [10.0.3.4]  Id:   812", "# Query_time: 2.310  Lock_time: 0.000 Rows_sent: 0  Rows_examined: 0",
            f"SET timestamp={R.randint(1700000000, 1760000000)};", f"INSERT INTO api_keys (id, user_id, name, api_key) VALUES ({R.randint(1, 9999)}, {R.randint(1, 999)}, 'ci', 'local-{k}');"], [k]

@P("mysqlsh_util_dump_instance_uri_password_in_connect_log")
def _():
    p = pws()
    return [f"$ mysqlsh --js -e \"util.dumpInstance('/backup/d1', {{threads: 4}})\" root:{p}@{host()}:3306", "Acquiring global read lock", "Global read lock acquired", "Initializing - done"], [p]

@P("percona_toolkit_dsn_p_equals_in_pt_table_checksum")
def _():
    p = pw()
    return [f"pt-table-checksum h={host()},u=checksum,p={p},P=3306 --replicate=percona.checksums --databases wandb_local", "            TS ERRORS  DIFFS     ROWS  DIFF_ROWS  CHUNKS SKIPPED    TIME TABLE", "03-01T10:21:43      0      0     1823          0       1       0   0.051 wandb_local.runs"], [p]

@P("mysql_error_log_replica_io_thread_master_info_password_dump")
def _():
    p = pw()
    return [f"{ts()}.118230Z 12 [Note] [MY-010581] [Repl] Replica I/O thread for channel '': connected to source 'repl@{host()}:3306',replication started in log 'binlog.000042' at position 157",
            f"# master.info dump: Master_Host={host()} Master_User=repl Master_Password={p} Master_Port=3306"], [p]

# ---------------------------------------------------------------- object stores
@P("s3_presigned_url_in_python_traceback_botocore_client_error")
def _():
    s = hx(64); k = akid()
    return ["Traceback (most recent call last):", "  File \"/usr/src/app/upload.py\", line 41, in push", "    r.raise_for_status()",
            f"requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://{bucket()}.s3.us-west-2.amazonaws.com/artifacts/{hx(32)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={k}%2F20250301%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date={amzdate()}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={s}"], [s]

@P("s3_presigned_url_split_by_terminal_width_wrap")
def _():
    s = hx(64); t = sts_token(); tq = pct(t)
    full = f"https://{bucket()}.s3.amazonaws.com/media/{hx(16)}.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={akid('ASIA')}%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date={amzdate()}&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Security-Token={tq}&X-Amz-Signature={s}"
    lines = [full[i:i + 120] for i in range(0, len(full), 120)]
    secs = []
    tokpart = tq[16:]
    for l in lines:
        pass
    # list token and signature pieces as they appear per line
    start = full.index(tokpart); end = start + len(tokpart)
    sstart = full.index(s)
    pos = 0
    for i, l in enumerate(lines):
        a, b = pos, pos + len(l)
        for (x, y) in ((start, end), (sstart, sstart + 64)):
            lo, hi = max(a, x), min(b, y)
            if hi - lo >= 8: secs.append(full[lo:hi])
        pos = b
    return lines, secs

@P("s3_presigned_url_in_json_escaped_slashes_api_response")
def _():
    s = hx(64)
    u = f"https:\\/\\/{bucket()}.s3.amazonaws.com\\/wandb_artifacts\\/{hx(24)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={akid()}%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date={amzdate()}&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature={s}"
    return ['{"data":{"createArtifactFiles":{"files":{"edges":[{"node":{"uploadUrl":"' + u + '","uploadHeaders":[]}}]}}}}'], [s]

@P("s3_presigned_url_unicode_escaped_ampersand_json_log", new=False)
def _():
    s = hx(64); t = sts_token(); tq = pct(t)
    return ['{"level":"info","msg":"upload","url":"https://' + bucket() + '.s3.amazonaws.com/x?X-Amz-Algorithm=AWS4-HMAC-SHA256\\u0026X-Amz-Date=' + amzdate() + '\\u0026X-Amz-Security-Token=' + tq + '\\u0026X-Amz-Signature=' + s + '"}'], [s, tq[16:]]

@P("s3_presigned_url_sigv2_signature_awsaccesskeyid_expires", new=False)
def _():
    s = b64(27) + "%3D"; 
    return [f"GET https://{bucket()}.s3.amazonaws.com/exports/run.csv?AWSAccessKeyId={akid()}&Expires={R.randint(1700000000, 1800000000)}&Signature={s}"], [s[:-3]]

@P("gcs_v4_signed_url_x_goog_signature_in_yaml_debug_value", new=False)
def _():
    s = hx(512)
    return ["debug:", "  lastUpload:", f"    url: https://storage.googleapis.com/{bucket()}/media/{hx(12)}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%40proj-{low(5)}.iam.gserviceaccount.com%2F20250301%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date={amzdate()}&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={s}"], [s]

@P("gsutil_hmac_create_output_secret_line", new=False)
def _():
    s = b64(40); a = "GOOG1E" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(55))
    return ["$ gsutil hmac create wandb-sa@proj.iam.gserviceaccount.com", f"Access ID:   {a}", f"Secret:      {s}"], [s]

@P("boto_cfg_gs_hmac_section_secret_access_key")
def _():
    s = b64(40)
    return ["[Credentials]", f"gs_access_key_id = GOOG1E{HX(20)}", f"gs_secret_access_key = {s}", "[Boto]", "https_validate_certificates = True"], [s]

@P("azure_sas_token_sig_in_env_var_question_prefixed")
def _():
    s = pct(b64(43) + "=")
    return [f"AZURE_STORAGE_SAS_TOKEN=?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-01-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig={s}"], [s[:-3]]

@P("azure_storage_connection_string_in_values_yaml_folded", new=False)
def _():
    k = b64(86) + "=="
    return ["bucket:", "  provider: az", "  connectionString: >-", f"    DefaultEndpointsProtocol=https;AccountName=wb{low(8)};", f"    AccountKey={k};EndpointSuffix=core.windows.net"], [k[:-2]]

@P("azure_blob_sas_url_in_azcopy_list_error_message", new=False)
def _():
    s = pct(b64(43))
    return [f"INFO: Scanning...", f"failed to perform copy command due to error: cannot start job due to error: cannot list files due to reason -> github.com/Azure/azure-storage-blob-go/azblob.newStorageError, /home/vsts/go/pkg/mod/github.com/!azure/azure-storage-blob-go@v0.15.0/azblob/zc_storage_error.go:42", f"RESPONSE Status: 403 This request is not authorized to perform this operation. URL=https://wb{low(8)}.blob.core.windows.net/wandb?comp=list&restype=container&se=2026-01-01T00%3A00%3A00Z&sig={s}%3D&sp=rl&sr=c&sv=2022-11-02"], [s]

@P("minio_mc_admin_user_svcacct_info_json_secret", new=False)
def _():
    s = aln(40)
    return ["$ mc admin user svcacct add myminio wandb --json", '{', ' "status": "success",', f' "accessKey": "{"".join(ch(string.ascii_uppercase + string.digits) for _ in range(20))}",', f' "secretKey": "{s}",', ' "accountStatus": "on"', '}'], [s]

@P("minio_mc_alias_list_secretkey_column", new=False)
def _():
    s = aln(40)
    return ["$ mc alias list wbstore", "wbstore", f"  URL       : https://{host()}:9000", f"  AccessKey : wandb{low(5)}", f"  SecretKey : {s}", "  API       : s3v4", "  Path      : auto"], [s]

@P("rclone_conf_gcs_service_account_credentials_inline_private_key_id")
def _():
    k = b64(64); k2 = b64(64)
    return ["[gcs-wandb]", "type = google cloud storage", "service_account_credentials = {\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n" + k + "\\n" + k2 + "\\n-----END PRIVATE KEY-----\\n\"}"], [k, k2]

@P("s3cmd_info_sign_url_output_signature")
def _():
    s = b64(27); bk = bucket()
    return [f"$ s3cmd signurl s3://{bk}/report.html +3600", f"http://{bk}.s3.amazonaws.com/report.html?AWSAccessKeyId={akid()}&Expires={R.randint(1700000000, 1800000000)}&Signature={pct(s + '=')}"], [pct(s)]

@P("boto3_config_file_profile_with_session_token_wrapped", new=False)
def _():
    s = awssec(); t = sts_token()
    return ["[profile wandb-prod]", "region = us-east-1", f"aws_access_key_id = {akid('ASIA')}", f"aws_secret_access_key = {s}", f"aws_session_token = {t}"], [s, t[16:]]

@P("s3_cors_preflight_curl_v_response_with_presigned_location", new=False)
def _():
    s = hx(64)
    return [f"> OPTIONS /{bucket()}/x HTTP/1.1", "> Origin: https://wandb.example.com", "> Access-Control-Request-Method: PUT", "< HTTP/1.1 200 OK", "< Access-Control-Allow-Origin: https://wandb.example.com",
            f"< Location: https://{bucket()}.s3.amazonaws.com/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={amzdate()}&X-Amz-SignedHeaders=host&X-Amz-Signature={s}"], [s]

@P("sigv4_authorization_header_signature_in_wandb_debug_log", new=False)
def _():
    s = hx(64)
    return [f"{ts()} DEBUG storage: request headers: {{'Authorization': 'AWS4-HMAC-SHA256 Credential={akid()}/20250301/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={s}', 'X-Amz-Date': '{amzdate()}'}}"], [s]

@P("minio_env_root_password_in_docker_inspect_env_array", new=False)
def _():
    p = pws()
    return ['        "Env": [', '            "MINIO_ROOT_USER=minioadmin",', f'            "MINIO_ROOT_PASSWORD={p}",', '            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '        ],'], [p]

# ---------------------------------------------------------------- HTTP dumps
@P("curl_v_cookie_header_session_and_csrf_mixed_case")
def _():
    c = b64u(48); x = aln(32)
    return [f"> GET /api/v1/viewer HTTP/2", f"> Host: {host()}", "> user-agent: curl/8.5.0", f"> cookie: wandb_session={c}; wb_csrf={x}", "> accept: */*", ">"], [c, x]

@P("har_response_set_cookie_header_value_refresh")
def _():
    c = b64u(64)
    return ['          {', '            "name": "set-cookie",', f'            "value": "wb_refresh={c}; Path=/; HttpOnly; Secure; SameSite=Lax"', '          },'], [c]

@P("har_request_postdata_text_json_password_escaped", new=False)
def _():
    p = pws()
    return ['        "postData": {', '          "mimeType": "application/json",', '          "text": "{\\"username\\":\\"admin\\",\\"password\\":\\"' + p + '\\"}"', '        },'], [p]

@P("devtools_copy_as_fetch_authorization_bearer", new=False)
def _():
    t = aln(40)
    return [f'fetch("https://{host()}/graphql", {{', '  "headers": {', '    "accept": "*/*",', f'    "authorization": "Bearer {t}",', '    "content-type": "application/json"', '  },', '  "body": "{\\"query\\":\\"{viewer{id}}\\"}",', '  "method": "POST"', '});'], [t]

@P("devtools_copy_as_curl_cmd_caret_escaped_authorization")
def _():
    t = aln(40)
    return [f'curl ^"https://{host()}/graphql^" ^', f'  -H ^"authorization: Bearer {t}^" ^', '  -H ^"content-type: application/json^" ^', '  --data-raw ^"^{^\\^"query^\\^":^\\^"^{viewer^{id^}^}^\\^"^}^"'], [t]

@P("mitmproxy_mitmweb_flow_export_raw_request_cookie")
def _():
    p = pw()
    return [f"POST https://{host()}/oidc/token HTTP/1.1", "content-type: application/x-www-form-urlencoded", "", f"grant_type=password&username=ops&password={pct(p)}&client_id=wandb"], [pct(p)]

@P("charles_proxy_session_text_export_request_header_block")
def _():
    k = hx(40)
    return [f"URL\thttps://{host()}/api/v1/runs", "Status\tComplete", "Method\tPOST", "Request Header", f"X-Wandb-Api-Key\t{k}", "User-Agent\twandb/0.19.1"], [k]

@P("python_http_client_debuglevel_send_bytes_repr", new=False)
def _():
    e, sec, _u = basic("api", hx(40))
    return [f"send: b'POST /graphql HTTP/1.1\\r\\nHost: {host()}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAuthorization: Basic {e}\\r\\nContent-Length: 58\\r\\n\\r\\n'", "reply: 'HTTP/1.1 200 OK\\r\\n'"], [sec]

@P("httpx_trace_log_send_request_headers_list_tuples", new=False)
def _():
    t = aln(48)
    return ["DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>", "DEBUG:httpcore.http11:send_request_headers.complete", f"DEBUG:httpx:headers=[(b'Host', b'{host()}'), (b'Authorization', b'Bearer {t}'), (b'Accept', b'*/*')]"], [t]

@P("go_httputil_dumpresponse_set_cookie_and_token_body")
def _():
    t = b64u(64)
    return ["HTTP/1.1 200 OK\r", "Content-Type: application/json\r", "\r", f'{{"access_token":"{t}","token_type":"Bearer","expires_in":3600}}'], [t]

@P("wget_server_response_output_document_token_in_url")
def _():
    t = aln(36)
    return [f"--{ts().replace('T', ' ')}--  https://{host()}/api/export?format=csv&token={t}", f"Resolving {host()}... {ip()}", "HTTP request sent, awaiting response... 200 OK"], [t]

@P("nodejs_undici_debug_request_headers_authorization")
def _():
    t = aln(40)
    return [f"UNDICI {R.randint(100, 9999)}: connecting to {host()} using https:h1", f"UNDICI {R.randint(100, 9999)}: sending request to POST https://{host()}//graphql", f"FETCH {R.randint(100, 9999)}: headers: {{ authorization: 'Bearer {t}', 'content-type': 'application/json' }}"], [t]

@P("insomnia_export_yaml_authentication_password")
def _():
    p = pw()
    return ["  - _id: req_" + hx(32), "    _type: request", f"    url: https://{host()}/api/v1/viewer", "    authentication:", "      type: basic", "      username: admin", f"      password: {p}"], [p]

@P("postman_environment_json_values_array_secret_type", new=False)
def _():
    k = hx(40)
    return ['  "values": [', '    { "key": "baseUrl", "value": "https://wandb.example.com", "enabled": true },', f'    {{ "key": "apiKey", "value": "{k}", "type": "secret", "enabled": true }}', '  ],'], [k]

@P("grpc_go_verbosity_metadata_authorization_dump", new=False)
def _():
    t = b64u(56)
    return [f"{ts()} INFO: [transport] transport: loopyWriter.run returning. connection error: desc = \"transport is closing\"", f"{ts()} DEBUG: [core] metadata: map[:authority:[{host()}:443] authorization:[Bearer {t}] content-type:[application/grpc]]"], [t]

# ---------------------------------------------------------------- identity and mail
@P("oidc_client_secret_in_wandb_operator_cr_spec_sso", new=False)
def _():
    s = b64u(40)
    return ["spec:", "  values:", "    global:", "      auth:", "        oidc:", f"          clientId: {uuid()}", f"          secret: {s}", "          authMethod: pkce"], [s]

@P("oidc_token_endpoint_response_python_dict_repr_log")
def _():
    h, p_, sig = jwt_parts(); r = b64u(60)
    return [f"DEBUG oauth: token response: {{'access_token': '{h}.{p_}.{sig}', 'refresh_token': '{r}', 'token_type': 'Bearer', 'expires_in': 3600}}"], [sig, r]

@P("oidc_implicit_redirect_fragment_access_token_in_nginx_referer")
def _():
    h, p_, sig = jwt_parts()
    return [f'{ip()} - - [01/Mar/2025:10:11:12 +0000] "GET /static/app.js HTTP/1.1" 200 1834 "https://{host()}/oidc/callback#access_token={h}.{p_}.{sig}&token_type=Bearer&state={hx(16)}" "Mozilla/5.0"'], [sig]

@P("saml_response_decoded_xml_assertion_signature_value_and_cert_private")
def _():
    k = b64(64); k2 = b64(40)
    return ["<ds:KeyInfo>", "  <!-- accidentally pasted sp key instead of cert -->", "  <ds:X509Data><ds:X509Certificate>", "-----BEGIN RSA PRIVATE KEY-----", k, k2, "-----END RSA PRIVATE KEY-----", "  </ds:X509Certificate></ds:X509Data>", "</ds:KeyInfo>"], [k, k2]

@P("ldap_bind_dn_password_in_ldapwhoami_history")
def _():
    p = pw()
    return [f"  512  ldapwhoami -x -H ldaps://{host()} -D 'cn=wandb-svc,ou=svc,dc=example,dc=com' -w '{p}'", "  513  ldapwhoami -x -H ldaps://ldap.example.com -D 'cn=wandb-svc,ou=svc,dc=example,dc=com' -W"], [p]

@P("sssd_conf_ldap_default_authtok_obfuscated_off", new=False)
def _():
    p = pw()
    return ["[domain/example.com]", "id_provider = ldap", "ldap_uri = ldaps://ldap.example.com", "ldap_default_bind_dn = cn=reader,dc=example,dc=com", "ldap_default_authtok_type = password", f"ldap_default_authtok = {p}"], [p]

@P("scim_bearer_token_in_okta_app_provisioning_test_log", new=False)
def _():
    t = aln(48)
    return [f"{ts()} INFO scim: test connection to https://{host()}/scim/v2/Users", f"{ts()} DEBUG scim: request headers Authorization=Bearer {t} Accept=application/scim+json"], [t]

@P("smtp_session_transcript_auth_login_two_step_b64", new=False)
def _():
    p = pw(); u = "alerts@example.com"
    bp = base64.b64encode(p.encode()).decode()
    return [f"S: 220 {host()} ESMTP Postfix", "C: EHLO wandb", "S: 250-AUTH PLAIN LOGIN", "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", f"C: {base64.b64encode(u.encode()).decode()}", "S: 334 UGFzc3dvcmQ6", f"C: {bp}", "S: 235 2.7.0 Authentication successful"], [bp.rstrip("=")]

@P("smtp_auth_plain_initial_response_swaks_output", new=False)
def _():
    p = pw(); u = "wandb"
    raw = ("\0" + u + "\0").encode()
    while len(raw) % 3: u += "1"; raw = ("\0" + u + "\0").encode()
    e = base64.b64encode(raw + p.encode()).decode(); k = len(raw) // 3 * 4
    return ["=== Trying mail.example.com:587...", " -> STARTTLS", f" -> AUTH PLAIN {e}", "<-  235 2.7.0 Authentication successful"], [e[k:].rstrip("=")]

@P("wandb_license_jwt_in_kubectl_get_secret_decoded_yaml", new=False)
def _():
    h, p_, sig = jwt_parts()
    return ["$ kubectl get secret wandb-license -o jsonpath='{.data.license}' | base64 -d", f"{h}.{p_}.{sig}"], [sig]

@P("license_key_in_env_dump_with_spaces_around_equals")
def _():
    h, p_, sig = jwt_parts()
    return [f"LICENSE = {h}.{p_}.{sig}", "GORILLA_ALLOW_ANONYMOUS = false"], [sig]

@P("keycloak_client_secret_kcadm_get_output", new=False)
def _():
    s = aln(32)
    return ["$ kcadm.sh get clients/" + uuid() + "/client-secret -r wandb", "{", '  "type" : "secret",', f'  "value" : "{s}"', "}"], [s]

@P("authentik_provider_client_secret_blueprint_yaml", new=False)
def _():
    s = aln(128)
    return ["      - model: authentik_providers_oauth2.oauth2provider", "        attrs:", "          client_id: wandb", f"          client_secret: {s}", "          client_type: confidential"], [s]

@P("google_oauth_client_secret_json_installed_block", new=False)
def _():
    s = "GOCSPX-" + b64u(28)
    return ['{"web":{"client_id":"' + str(R.randint(10**11, 10**12)) + '-' + low(32) + '.apps.googleusercontent.com","project_id":"wandb-sso","client_secret":"' + s + '","redirect_uris":["https://wandb.example.com/oidc/callback"]}}'], [s[7:]]

# ---------------------------------------------------------------- IaC / CI
@P("terraform_plan_json_after_unknown_sensitive_false_password")
def _():
    p = pw()
    return ['      "change": {', '        "actions": ["create"],', '        "after": {', f'          "master_password": "{p}",', '          "engine": "aurora-mysql"', '        },', '        "after_sensitive": {}', '      }'], [p]

@P("terraform_output_json_sensitive_true_value_shown")
def _():
    p = pw()
    return ["$ terraform output -json", "{", '  "database_password": {', '    "sensitive": true,', '    "type": "string",', f'    "value": "{p}"', "  }", "}"], [p]

@P("terraform_state_show_random_password_result", new=False)
def _():
    p = pw()
    return ["# random_password.db:", 'resource "random_password" "db" {', '    id          = "none"', '    length      = 20', f'    result      = "{p}"', '    special     = true', '}'], [p]

@P("terraform_apply_trace_log_http_request_body_password", new=False)
def _():
    p = pw()
    return [f"{ts()}.123Z [DEBUG] provider.terraform-provider-mysql: ---[ REQUEST ]---------------------------------------", f"{ts()}.124Z [DEBUG] provider.terraform-provider-mysql: CREATE USER 'wandb'@'%' IDENTIFIED BY '{p}'"], [p]

@P("helm_get_values_output_user_supplied_mysql_password_nested", new=False)
def _():
    p = pws()
    return ["USER-SUPPLIED VALUES:", "mysql:", f"  host: {host()}", "  auth:", "    username: wandb", f"    password: {p}"], [p]

@P("helm_install_set_file_then_set_literal_license_history", new=False)
def _():
    h, p_, sig = jwt_parts()
    return [f"helm upgrade --install wandb wandb/operator -n wandb --set license={h}.{p_}.{sig} --set-file ca=./ca.pem"], [sig]

@P("argocd_app_manifest_live_state_env_value_secret_key", new=False)
def _():
    s = awssec()
    return ["        env:", "        - name: AWS_ACCESS_KEY_ID", f"          value: {akid()}", "        - name: AWS_SECRET_ACCESS_KEY", f"          value: {s}"], [s]

@P("flux_helmrelease_valuesfrom_plus_inline_values_password", new=False)
def _():
    p = pws()
    return ["  valuesFrom:", "    - kind: Secret", "      name: wandb-values", "  values:", "    redis:", f"      password: {p}"], [p]

@P("kustomize_secretgenerator_literals_mysql_url_inline", new=False)
def _():
    p = pws()
    return ["secretGenerator:", "- name: wandb-mysql", "  literals:", f"  - MYSQL=mysql://wandb:{p}@{host()}:3306/wandb_local"], [p]

@P("github_actions_log_env_block_secret_from_vars_context", new=False)
def _():
    p = pw()
    return ["2025-03-01T10:11:12.1234567Z ##[group]Run ./deploy.sh", "2025-03-01T10:11:12.1234567Z \u001b[36;1m./deploy.sh\u001b[0m", "2025-03-01T10:11:12.1234567Z env:", f"2025-03-01T10:11:12.1234567Z   DB_PASSWORD: {p}", "2025-03-01T10:11:12.1234567Z ##[endgroup]"], [p]

@P("github_actions_masked_first_but_base64_echo_unmasked")
def _():
    p = pw(); e = base64.b64encode(p.encode()).decode()
    return ["2025-03-01T10:11:13.0000000Z DB_PASSWORD=***", f"2025-03-01T10:11:13.0000000Z + echo {e}", f"2025-03-01T10:11:13.0000000Z {e}"], [e.rstrip("=")]

@P("gitlab_ci_job_log_docker_login_password_flag_echo")
def _():
    p = "glpat-" + b64u(20)
    return ["\u001b[32;1m$ echo \"docker login -u ci -p $CI_REG_PW registry.example.com\"\u001b[0;m", f"docker login -u ci -p {p} registry.example.com", "WARNING! Using --password via the CLI is insecure. Use --password-stdin."], [p[6:]]

@P("ansible_vvv_uri_module_invocation_module_args_headers", new=False)
def _():
    t = aln(40)
    return ['ok: [wandb-01] => {', '    "changed": false,', '    "invocation": {', '        "module_args": {', '            "headers": {', f'                "Authorization": "Bearer {t}"', '            },', '            "url": "https://wandb.example.com/api/v1/health"'], [t]

@P("ansible_mysql_user_changed_diff_password_line", new=False)
def _():
    p = pw()
    return ["TASK [wandb_db : create app user] ******", "--- before", "+++ after", f"+password: {p}", "changed: [db-01]"], [p]

# ---------------------------------------------------------------- adversarial
@P("password_split_over_two_lines_with_backslash_in_shell_script")
def _():
    a = pws(12); b = pws(12)
    return ["mysql -h db.example.com -u wandb \\", f"  -p'{a}\\", f"{b}' wandb_local"], [a, b]

@P("secret_double_escaped_json_in_json_in_log", new=False)
def _():
    p = pws()
    return ['{"msg":"config","payload":"{\\\\\\"mysql\\\\\\":{\\\\\\"password\\\\\\":\\\\\\"' + p + '\\\\\\"}}"}'], [p]

@P("secret_hex_encoded_in_debug_bytes_dump", new=False)
def _():
    p = pw(16); h = p.encode().hex()
    return [f"DEBUG auth: password bytes (hex) = {h}"], [h]

@P("secret_in_sql_comment_line_of_migration", new=False)
def _():
    p = pw()
    return ["-- migration 0042", f"-- temp admin pw: {p}  (remove before commit)", "ALTER TABLE runs ADD COLUMN archived TINYINT(1) DEFAULT 0;"], [p]

@P("secret_with_spaces_quoted_in_toml_multiline_literal", new=False)
def _():
    a = pws(10); b = pws(10)
    return ["[smtp]", "password = '''", f"{a} {b}", "'''"], [a, b]

@P("secret_in_markdown_table_row_env_column", new=False)
def _():
    k = hx(40)
    return ["| Variable | Value |", "|---|---|", "| WANDB_BASE_URL | https://wandb.example.com |", f"| WANDB_API_KEY | `{k}` |"], [k]

@P("secret_in_russian_key_name_yaml", new=False)
def _():
    p = pw()
    return ["база_данных:", "  пользователь: wandb", f"  пароль: {p}"], [p]

@P("secret_in_german_key_name_properties", new=False)
def _():
    p = pw()
    return ["datenbank.benutzer=wandb", f"datenbank.kennwort={p}"], [p]

@P("secret_in_japanese_key_name_env", new=False)
def _():
    p = pw()
    return ["# 接続設定", f"パスワード={p}"], [p]

@P("secret_in_french_key_name_json", new=False)
def _():
    p = pw()
    return ['{"utilisateur": "wandb", "mot_de_passe": "' + p + '"}'], [p]

@P("secret_url_encoded_twice_percent25_in_query", new=False)
def _():
    p = pw(); e = pct(pct(p))
    return [f"GET /redirect?next=https%3A%2F%2Fapp.example.com%2Fcb%3Ftoken%3D{e} HTTP/1.1"], [e]

@P("secret_in_powershell_securestring_plaintext_convert", new=False)
def _():
    p = pw()
    return [f"PS C:\\> $pw = ConvertTo-SecureString '{p}' -AsPlainText -Force", "PS C:\\> $cred = New-Object System.Management.Automation.PSCredential('wandb', $pw)"], [p]

@P("secret_inside_xml_cdata_connection_element", new=False)
def _():
    p = pw()
    return ["<connection>", f"  <password><![CDATA[{p}]]></password>", "</connection>"], [p]

@P("secret_in_csv_export_of_settings_table_quoted", new=False)
def _():
    p = pws(); k = hx(40)
    return ["name,value,updated_at", f'"smtp.password","{p}","2025-03-01 10:11:12"', f'"slack.webhook_secret","{k}","2025-03-02 08:01:00"'], [p, k]

@P("secret_in_python_f_string_repr_of_settings_object", new=False)
def _():
    p = pw()
    return [f"Settings(host='{host()}', port=3306, user='wandb', password='{p}', ssl=True)"], [p]

@P("secret_in_java_tostring_braces_equals_mysql_props", new=False)
def _():
    p = pws()
    return [f"DataSourceProperties{{url=jdbc:mysql://{host()}:3306/wandb_local, username=wandb, password={p}, driverClassName=com.mysql.cj.jdbc.Driver}}"], [p]

@P("secret_in_rust_debug_struct_pretty_print", new=False)
def _():
    p = pw()
    return ["DbConfig {", f'    host: "{host()}",', '    user: "wandb",', f'    password: "{p}",', "}"], [p]

@P("secret_in_yaml_anchor_alias_reused", new=False)
def _():
    p = pws()
    return [f"x-db-pass: &dbpass {p}", "services:", "  api:", "    environment:", "      DB_PASSWORD: *dbpass"], [p]

@P("secret_in_base64_env_value_k8s_secret_data_mysql", new=False)
def _():
    p = pws(18)
    e = base64.b64encode(p.encode()).decode()
    return ["apiVersion: v1", "kind: Secret", "data:", f"  MYSQL_PASSWORD: {e}"], [e.rstrip("=")]

@P("secret_in_ini_value_with_equals_and_semicolon_quoted")
def _():
    p = pws(10) + "=" + pws(10)
    return ["[database]", f'password = "{p}"'], [p]

# ---------------------------------------------------------------- more MySQL / stores / tools
@P("mysql_config_editor_set_history_then_login_path_cleartext_print")
def _():
    p = pw()
    return ["$ my_print_defaults -s --login-path=wandb", f"--user=wandb", f"--password={p}", f"--host={host()}"], [p]

@P("mysql_init_file_alter_user_root_sql")
def _():
    p = pw()
    return ["$ cat /etc/mysql/init.sql", f"ALTER USER 'root'@'localhost' IDENTIFIED BY '{p}';", "FLUSH PRIVILEGES;"], [p]

@P("mysql_router_conf_metadata_cache_password_plain")
def _():
    p = pw()
    return ["[metadata_cache:bootstrap]", "cluster_type=gr", "router_id=1", "user=mysql_router1_" + low(12), f"metadata_cluster_password={p}"], [p]

@P("mysql_operator_innodbcluster_secret_rootpassword_stringdata")
def _():
    p = pws()
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: mycluster-cluster-secret", "stringData:", "  rootUser: root", "  rootHost: '%'", f"  rootPassword: \"{p}\""], [p]

@P("mariadb_maxscale_cnf_server_password_plain", new=False)
def _():
    p = pw()
    return ["[Read-Write-Service]", "type=service", "router=readwritesplit", "servers=db1,db2", "user=maxscale", f"password={p}"], [p]

@P("mysql_sqlalchemy_engine_repr_password_shown", new=False)
def _():
    p = pws()
    return [f"sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect\")", f"(Background on this error at: https://sqlalche.me/e/20/e3q8) engine=mysql+pymysql://wandb:{p}@{host()}:3306/wandb_local"], [p]

@P("mysql_prisma_datasource_url_env_file")
def _():
    p = pws()
    return [f'DATABASE_URL="mysql://wandb:{p}@{host()}:3306/wandb_local?sslaccept=strict"'], [p]

@P("mysql_gorm_logger_dsn_printf_in_startup")
def _():
    p = pws()
    return [f"{ts()} [info] opening db dsn=wandb:{p}@tcp({host()}:3306)/wandb_local?tls=true&parseTime=true"], [p]

@P("mysql_dbeaver_data_sources_json_auth_password", new=False)
def _():
    p = pw()
    return ['"mysql8-' + hx(8) + '": {', '  "provider": "mysql",', '  "configuration": {', f'    "host": "{host()}",', '    "user": "wandb",', f'    "password": "{p}",', '    "save-password": true'], [p]

@P("mysql_datagrip_dataSources_local_xml_password_attr")
def _():
    p = pw()
    return [f'<data-source name="wandb@{host()}" uuid="{uuid()}">', f'  <user-name>wandb</user-name>', f'  <secret-storage>master_key</secret-storage>', f'  <password value="{p}" />', "</data-source>"], [p]

@P("mysqlpump_exclude_users_cmdline_in_cron_log")
def _():
    p = pw()
    return [f"Mar  1 03:00:01 db-backup CRON[{R.randint(1000, 9999)}]: (root) CMD (mysqlpump -h {host()} -u backup -p'{p}' --exclude-databases=mysql > /backup/all.sql)"], [p]

@P("mysql_show_slave_hosts_report_password_variable")
def _():
    p = pw()
    return ["mysql> SHOW VARIABLES LIKE 'report_password';", "+-----------------+----------------------+", "| Variable_name   | Value                |", "+-----------------+----------------------+", f"| report_password | {p} |", "+-----------------+----------------------+"], [p]

@P("keyring_aws_option_file_commented_key_pair_lines")
def _():
    s = awssec()
    return ["[keyring_aws]", f"keyring_aws_conf_file = /var/lib/mysql-keyring/keyring_aws_conf", f"# {akid()}", f"# {s}"], [s]

# object stores extra
@P("s3_presigned_post_fields_policy_signature_json_response", new=False)
def _():
    s = hx(64); t = sts_token()
    return ['{"url": "https://' + bucket() + '.s3.amazonaws.com/", "fields": {"key": "uploads/a.bin", "x-amz-algorithm": "AWS4-HMAC-SHA256", "x-amz-credential": "' + akid('ASIA') + '/20250301/us-east-1/s3/aws4_request", "x-amz-date": "' + amzdate() + '", "x-amz-security-token": "' + t + '", "policy": "eyJleHBpcmF0aW9uIjogIjIwMjUifQ==", "x-amz-signature": "' + s + '"}}'], [s, t[16:]]

@P("s3_presigned_url_in_html_anchor_href_amp_entities")
def _():
    s = hx(64)
    return [f'<a href="https://{bucket()}.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Date={amzdate()}&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature={s}">download</a>'], [s]

@P("s3_presigned_url_markdown_link_in_support_ticket")
def _():
    s = hx(64)
    return ["Here is the file that fails:", f"[run.log](https://{bucket()}.s3.eu-west-1.amazonaws.com/run.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={amzdate()}&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature={s})"], [s]

@P("s3_presigned_put_request_line_lowercase_query_param_names")
def _():
    s = hx(64)
    return [f"PUT /{bucket()}/k?x-amz-algorithm=AWS4-HMAC-SHA256&x-amz-date={amzdate()}&x-amz-signedheaders=host&x-amz-signature={s} HTTP/1.1"], [s]

@P("gcs_signed_url_v2_googleaccessid_signature_in_curl_o", new=False)
def _():
    s = b64(342) + "=="
    return [f'curl -o model.pt "https://storage.googleapis.com/{bucket()}/model.pt?GoogleAccessId=sa%40p.iam.gserviceaccount.com&Expires={R.randint(1700000000, 1800000000)}&Signature={pct(s)}"'], [pct(s)[:-6]]

@P("azure_sas_sig_in_python_repr_blob_client_url", new=False)
def _():
    s = b64(43)
    return [f"<azure.storage.blob._blob_client.BlobClient object at 0x7f{hx(10)}> url='https://wb{low(8)}.blob.core.windows.net/wandb/a.txt?sv=2022-11-02&sr=b&sig={pct(s + '=')}&se=2026-01-01T00%3A00%3A00Z&sp=r'"], [pct(s)]

@P("minio_console_env_sts_duration_plus_pbkdf_secret_helm_values", new=False)
def _():
    s = aln(32)
    return ["minio:", "  consoleEnv:", "    CONSOLE_PBKDF_PASSPHRASE: " + s, "    CONSOLE_STS_DURATION: 12h"], [s]

@P("rclone_rc_remote_control_basic_auth_flags_in_ps")
def _():
    p = pw()
    return [f"root     {R.randint(100, 99999)}  0.3  0.5 740212 41000 ?  Ssl  10:01   0:12 rclone rcd --rc-addr=:5572 --rc-user=admin --rc-pass={p} --rc-web-gui"], [p]

@P("restic_repository_s3_env_and_password_export_lines", new=False)
def _():
    p = pw(); s = awssec()
    return [f"export RESTIC_REPOSITORY=s3:https://{host()}/wandb-backups", f"export RESTIC_PASSWORD='{p}'", f"export AWS_ACCESS_KEY_ID={akid()}", f"export AWS_SECRET_ACCESS_KEY={s}"], [p, s]

@P("cyberduck_bookmark_plist_s3_secret_key")
def _():
    s = awssec()
    return ["<key>Protocol</key>", "<string>s3</string>", "<key>Username</key>", f"<string>{akid()}</string>", "<key>Password</key>", f"<string>{s}</string>"], [s]

# HTTP extra
@P("curl_trace_ascii_header_block_x_api_key_dump")
def _():
    k = hx(40)
    return ["=> Send header, 142 bytes (0x8e)", "0000: POST /api/v1/files HTTP/1.1", f"001d: Host: {host()}", f"0048: x-api-key: {k}", "0079: Accept: */*"], [k]

@P("curl_netrc_file_option_plus_inline_machine_in_script")
def _():
    p = pw()
    return [f"printf 'machine {host()} login api password {p}\\n' > /tmp/n", "curl --netrc-file /tmp/n https://wandb.example.com/api/v1/viewer"], [p]

@P("har_request_querystring_name_value_api_key")
def _():
    k = hx(40)
    return ['        "queryString": [', '          {', '            "name": "api_key",', f'            "value": "{k}"', '          }', '        ],'], [k]

@P("http_request_smuggled_authorization_in_http2_pseudo_header_dump")
def _():
    t = aln(40)
    return ["[HEADERS stream=1]", ":method = POST", f":authority = {host()}", ":path = /graphql", f"authorization = Bearer {t}"], [t]

@P("python_requests_prepared_request_headers_caseinsensitivedict")
def _():
    t = aln(40)
    return [f"DEBUG client: prepared headers: {{'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'X-Wandb-Token': '{t}'}}"], [t]

@P("java_okhttp_curl_interceptor_generated_command")
def _():
    t = aln(40)
    return [f"D/CurlInterceptor: curl -X POST -H \"Authorization: Token {t}\" -H \"Content-Type: application/json\" 'https://{host()}/api'"], [t]

# identity extra
@P("oauth2_proxy_cfg_cookie_secret_and_client_secret", new=False)
def _():
    c = b64u(32); s = aln(32)
    return ['provider = "oidc"', 'client_id = "wandb"', f'client_secret = "{s}"', f'cookie_secret = "{c}"', 'email_domains = ["example.com"]'], [s, c]

@P("dex_staticclients_secret_yaml_block", new=False)
def _():
    s = aln(32)
    return ["staticClients:", "- id: wandb", "  redirectURIs: ['https://wandb.example.com/oidc/callback']", "  name: W&B", f"  secret: {s}"], [s]

@P("okta_api_token_ssws_authorization_curl_history", new=False)
def _():
    t = "00" + b64u(40)
    return [f"curl -H 'Authorization: SSWS {t}' https://example.okta.com/api/v1/apps"], [t]

@P("azure_ad_client_credentials_form_body_in_debug", new=False)
def _():
    s = aln(8) + "~" + b64u(31)
    return [f"DEBUG msal: POST https://login.microsoftonline.com/{uuid()}/oauth2/v2.0/token body=client_id={uuid()}&client_secret={pct(s)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials"], [pct(s)]

@P("ldap_ldaps_url_with_bind_password_in_gorilla_env")
def _():
    p = pws()
    return [f"GORILLA_LDAP_URL=ldaps://cn=wandb,dc=example,dc=com:{p}@{host()}:636"], [p]

@P("saml_sp_private_key_pem_in_env_escaped_newlines")
def _():
    k = b64(64); k2 = b64(64)
    return ['SAML_SP_KEY="-----BEGIN PRIVATE KEY-----\\n' + k + '\\n' + k2 + '\\n-----END PRIVATE KEY-----"'], [k, k2]

@P("smtp_url_in_gorilla_email_sink_with_pct_password", new=False)
def _():
    p = pw(); e = pct(p)
    return [f"GORILLA_EMAIL_SINK=smtp://alerts%40example.com:{e}@{host()}:587"], [e]

@P("msmtp_log_with_passwordeval_echo_inline", new=False)
def _():
    p = pw()
    return ["account default", f"host {host()}", "auth on", "user alerts", f"passwordeval \"echo {p}\""], [p]

@P("sendmail_authinfo_file_p_equals")
def _():
    p = pw()
    return [f'AuthInfo:{host()} "U:alerts" "I:alerts" "P:{p}" "M:PLAIN"'], [p]

@P("license_file_json_signed_payload_signature_field")
def _():
    s = b64(344)
    return ['{', '  "licenseId": "' + uuid() + '",', '  "customer": "Example Corp",', '  "seats": 50,', f'  "signature": "{s}"', '}'], [s]

# IaC/CI extra
@P("terraform_console_nonsensitive_function_output", new=False)
def _():
    p = pw()
    return ["> nonsensitive(random_password.mysql.result)", f'"{p}"'], [p]

@P("terraform_tfstate_resource_instances_attributes_secret")
def _():
    s = awssec()
    return ['          "attributes": {', f'            "id": "{akid()}",', f'            "secret": "{s}",', '            "status": "Active",', '            "user": "wandb-bucket"'], [s]

@P("terraform_azurerm_storage_account_primary_key_state_show")
def _():
    k = b64(86) + "=="
    return ['resource "azurerm_storage_account" "wandb" {', f'    primary_access_key = "{k}"', '    account_tier       = "Standard"', '}'], [k[:-2]]

@P("terraform_google_hmac_key_secret_output_raw")
def _():
    s = b64(40)
    return ["$ terraform output -raw hmac_secret", s + "$ "], [s]

@P("pulumi_stack_output_show_secrets_table", new=False)
def _():
    p = pw()
    return ["Current stack outputs (2):", "    OUTPUT       VALUE", f"    dbHost       {host()}", f"    dbPassword   {p}"], [p]

@P("helm_template_rendered_secret_stringdata_license_and_mysql", new=False)
def _():
    p = pws()
    return ["---", "# Source: wandb/templates/secret.yaml", "apiVersion: v1", "kind: Secret", "stringData:", f"  MYSQL_PASSWORD: \"{p}\""], [p]

@P("github_actions_debug_runner_evaluating_secret_expression_result")
def _():
    p = pw()
    return ["##[debug]Evaluating: secrets.DB_PASSWORD", "##[debug]Evaluating Index:", f"##[debug]=> '{p}'", "##[debug]Result: '***'"], [p]

@P("gitlab_ci_yml_include_remote_url_private_token_param")
def _():
    t = "glpat-" + b64u(20)
    return ["include:", f"  - remote: 'https://gitlab.example.com/api/v4/projects/12/repository/files/ci.yml/raw?ref=main&private_token={t}'"], [t[6:]]

@P("jenkins_console_withcredentials_bypassed_by_rev")
def _():
    p = pw()
    return ["[Pipeline] withCredentials", "Masking supported pattern matches of $DB_PW", f"[Pipeline] sh", f"+ echo {p[::-1]}", f"+ echo {p[::-1]} | rev", p], [p, p[::-1]]

@P("circleci_env_var_export_step_output")
def _():
    k = hx(40)
    return ["#!/bin/bash -eo pipefail", f"export WANDB_API_KEY={k}", "wandb login --relogin --host https://wandb.example.com"], [k]

@P("ansible_lookup_env_debug_msg_password")
def _():
    p = pw()
    return ["TASK [debug] ******", "ok: [localhost] => {", f'    "msg": "db password is {p}"', "}"], [p]

@P("ansible_vault_decrypted_inventory_yaml_vars")
def _():
    p = pw()
    return ["all:", "  vars:", "    wandb_mysql_user: wandb", f"    wandb_mysql_password: {p}"], [p]

@P("puppet_hiera_eyaml_decrypted_value_output")
def _():
    p = pw()
    return ["$ eyaml decrypt -f data/common.eyaml", "---", f"profile::wandb::db_password: DEC::PKCS7[{p}]!"], [p]

@P("chef_data_bag_show_json_password", new=False)
def _():
    p = pw()
    return ["$ knife data bag show wandb mysql -F json", "{", '  "id": "mysql",', f'  "password": "{p}"', "}"], [p]

# adversarial extra
@P("secret_in_url_userinfo_with_percent_encoded_colon_and_slash", new=False)
def _():
    p = pws(8) + ":/" + pws(8); e = pct(p)
    return [f"BUCKET=s3://{akid()}:{e}@{host()}/wandb"], [e]

@P("secret_in_rot_json_array_split_chunks")
def _():
    a = pws(12); b = pws(12)
    return ['"password_parts": [', f'  "{a}",', f'  "{b}"', ']'], [a, b]

@P("secret_in_html_input_value_attribute_saved_page")
def _():
    p = pw()
    return ['<label for="smtp-pass">SMTP password</label>', f'<input type="password" id="smtp-pass" name="smtpPassword" value="{p}">'], [p]

@P("secret_after_tab_in_key_value_table_aligned_columns")
def _():
    p = pw(); k = hx(40)
    return ["KEY\t\t\tVALUE", f"mysql.password\t\t{p}", f"api.key\t\t\t{k}"], [p, k]

@P("secret_in_single_quoted_sql_with_doubled_quote_escape")
def _():
    a = pws(9); b = pws(9)
    return [f"UPDATE settings SET value = '{a}''{b}' WHERE name = 'smtp_password';"], [a, b]

@P("secret_in_env_export_with_ansi_color_around_value")
def _():
    p = pw()
    return [f"\u001b[33mDB_PASSWORD\u001b[0m=\u001b[32m{p}\u001b[0m"], [p]

@P("secret_in_cmd_set_with_caret_escaped_ampersand")
def _():
    a = pws(10); b = pws(10)
    return [f"C:\\> set DB_PASSWORD={a}^&{b}", "C:\\> wandb server start"], [a, b]

@P("secret_in_nix_expression_string_attribute", new=False)
def _():
    p = pw()
    return ["services.wandb = {", "  enable = true;", f'  mysqlPassword = "{p}";', "};"], [p]

@P("secret_in_lua_table_config_password_field", new=False)
def _():
    p = pw()
    return ["local cfg = {", f'  host = "{host()}",', f'  password = "{p}",', "}"], [p]

@P("secret_in_groovy_map_literal_jenkinsfile")
def _():
    p = pw()
    return ["def db = [", f"  user: 'wandb',", f"  password: '{p}'", "]"], [p]

@P("secret_in_dotnet_appsettings_connectionstrings_mysql", new=False)
def _():
    p = pws()
    return ['  "ConnectionStrings": {', f'    "Wandb": "Server={host()};Database=wandb_local;User=wandb;Password={p};"', '  }'], [p]

@P("secret_in_php_define_constant")
def _():
    p = pw()
    return ["<?php", f"define('DB_PASSWORD', '{p}');"], [p]

@P("secret_in_erlang_term_config_tuple", new=False)
def _():
    p = pw()
    return ["{mysql, [", f'  {{user, "wandb"}},', f'  {{password, "{p}"}}', "]}."], [p]

@P("secret_bearer_in_websocket_sec_websocket_protocol_header")
def _():
    t = aln(40)
    return ["GET /ws HTTP/1.1", "Upgrade: websocket", f"Sec-WebSocket-Protocol: access_token, {t}"], [t]

@P("secret_in_url_fragment_after_hash_in_slack_message_export")
def _():
    t = b64u(40)
    return ['{"type":"message","text":"login link: <https://' + host() + '/magic#token=' + t + '>"}'], [t]

@P("secret_in_git_credential_store_file_line")
def _():
    t = aln(40)
    return [f"https://ci:{t}@gitlab.example.com"], [t]

@P("secret_hex_literal_in_mysql_unhex_insert", new=False)
def _():
    p = pw(16); h = p.encode().hex().upper()
    return [f"INSERT INTO secrets (name, v) VALUES ('smtp', UNHEX('{h}'));"], [h]

@P("secret_in_mysql_load_data_infile_csv_row")
def _():
    k = hx(40)
    return ["$ head -2 /var/lib/mysql-files/api_keys.csv", "id,user_id,key", f"17,3,{k}"], [k]

# ---------------------------------------------------------------- more new kinds
@P("mysql_show_create_event_body_literal_webhook_token", new=False)
def _():
    t = aln(40)
    return ["mysql> SHOW CREATE EVENT wandb_local.ping_hook\\G", "*************************** 1. row ***************************", "               Event: ping_hook",
            f"        Create Event: CREATE DEFINER=`root`@`%` EVENT `ping_hook` ON SCHEDULE EVERY 1 HOUR DO INSERT INTO outbox (url, hdr) VALUES ('https://hooks.example.com/in', 'X-Hook-Token: {t}')"], [t]

@P("jupyter_out_cell_boto3_generate_presigned_url_string")
def _():
    s = hx(64); t = sts_token()
    return ["In [7]: s3.generate_presigned_url('get_object', Params={'Bucket': b, 'Key': k}, ExpiresIn=600)",
            f"Out[7]: 'https://{bucket()}.s3.amazonaws.com/{hx(12)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={akid('ASIA')}%2F20250301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date={amzdate()}&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Security-Token={pct(t)}&X-Amz-Signature={s}'"], [s, pct(t)[16:]]

@P("browser_console_cors_blocked_message_presigned_url")
def _():
    s = hx(64)
    return [f"Access to fetch at 'https://{bucket()}.s3.us-east-2.amazonaws.com/media/{hx(10)}.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={amzdate()}&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={s}' from origin 'https://wandb.example.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource."], [s]

@P("curl_write_out_redirect_url_presigned_location")
def _():
    s = hx(64)
    return [f"$ curl -s -o /dev/null -w '%{{http_code}} %{{redirect_url}}\\n' -H \"Authorization: Bearer $T\" https://{host()}/files/x", f"302 https://{bucket()}.s3.amazonaws.com/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={amzdate()}&X-Amz-SignedHeaders=host&X-Amz-Signature={s}"], [s]

@P("mitmproxy_cmdline_proxyauth_user_pass_option")
def _():
    p = pws()
    return [f"$ mitmdump --listen-port 8081 --set proxyauth=ops:{p} -w /tmp/flows.mitm", "[10:11:12.123] HTTP(S) proxy listening at *:8081."], [p]

@P("python_http_client_debuglevel_reply_header_set_cookie_lines")
def _():
    c = b64u(48)
    return ["reply: 'HTTP/1.1 200 OK\\r\\n'", "header: Content-Type: application/json", f"header: Set-Cookie: wandb_session={c}; Path=/; HttpOnly; Secure", "header: Content-Length: 112"], [c]

@P("flux_create_source_helm_username_password_flags_history")
def _():
    p = pw()
    return [f"flux create source helm wandb --url=https://charts.example.com --username=ci --password='{p}' --interval=10m --export > wandb-source.yaml"], [p]

@P("git_trace_run_command_fetch_gitlab_ci_token_userinfo")
def _():
    t = "glcbt-" + b64u(20)
    return [f"10:11:12.123456 git.c:463               trace: built-in: git fetch origin", f"10:11:12.125001 run-command.c:659       trace: run_command: GIT_DIR=.git git remote-https origin https://gitlab-ci-token:{t}@gitlab.example.com/ml/wandb-deploy.git"], [t[6:]]

@P("python_bytes_literal_all_hex_escapes_password")
def _():
    p = pw(14); e = "".join("\\x%02x" % b for b in p.encode())
    return [f"DEBUG driver: auth payload b'{e}'"], [e]

@P("json_escaped_solidus_inside_password_value")
def _():
    a = pws(9); b = pws(9)
    return ['{"smtp":{"user":"alerts","pass":"' + a + '\\/' + b + '"}}'], [a + "\\/" + b]

@P("sed_i_history_replacing_password_in_option_file")
def _():
    o = pw(); n = pw()
    return [f"  88  sudo sed -i 's/^password = {o}$/password = {n}/' /etc/mysql/conf.d/wandb.cnf", "  89  sudo systemctl restart wandb"], [o, n]

@P("diff_u_option_file_password_rotation_minus_plus")
def _():
    o = pw(); n = pw()
    return ["--- /etc/mysql/conf.d/wandb.cnf.bak", "+++ /etc/mysql/conf.d/wandb.cnf", "@@ -2,3 +2,3 @@", " user = wandb", f"-password = {o}", f"+password = {n}", " host = db.example.com"], [o, n]

@P("rclone_reveal_obscured_then_plaintext_output")
def _():
    ob = b64u(48); p = pw()
    return [f"$ rclone reveal {ob}", p], [ob, p]

@P("s3cmd_configure_transcript_bracketed_current_secret")
def _():
    s = awssec()
    return ["Enter new values or accept defaults in brackets with Enter.", f"Access Key [{akid()}]: ", f"Secret Key [{s}]: ", "Default Region [US]: "], [s]

@P("gcloud_auth_print_access_token_glued_next_command", new=False)
def _():
    t = "ya29." + b64u(150)
    return ["$ gcloud auth print-access-token", t, "$ gsutil ls gs://wandb-bucket"], [t[5:]]

@P("terraform_tf_log_cli_args_go_string_slice_var_flag")
def _():
    p = pw()
    return [f"{ts()}.101Z [INFO]  Terraform version: 1.9.8", f'{ts()}.101Z [INFO]  CLI args: []string{{"terraform", "apply", "-auto-approve", "-var", "db_password={p}"}}'], [p]

@P("scim_create_user_request_body_password_attribute")
def _():
    p = pw()
    return [f"POST /scim/v2/Users HTTP/1.1", "Content-Type: application/scim+json", "", '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ana@example.com","password":"' + p + '","active":true}'], [p]

@P("oidc_refresh_token_in_browser_localstorage_dump")
def _():
    r = b64u(64); h, p_, sig = jwt_parts()
    return ['> JSON.stringify(localStorage)', "'{\"oidc.user:https://" + host() + ":wandb\":\"{\\\"id_token\\\":\\\"" + h + "." + p_ + "." + sig + "\\\",\\\"refresh_token\\\":\\\"" + r + "\\\"}\"}'"], [sig, r]

@P("ldap_nss_pam_ldap_conf_bindpw_rootpwmodpw")
def _():
    p = pw(); q = pw()
    return ["uri ldaps://ldap.example.com/", "base dc=example,dc=com", "binddn cn=proxy,dc=example,dc=com", f"bindpw {p}", "rootpwmoddn cn=admin,dc=example,dc=com", f"rootpwmodpw {q}"], [p, q]

@P("smtp_openssl_s_client_starttls_auth_plain_typed")
def _():
    p = pw(); u = "alerts"
    raw = ("\0" + u + "\0").encode()
    while len(raw) % 3: u += "7"; raw = ("\0" + u + "\0").encode()
    e = base64.b64encode(raw + p.encode()).decode(); k = len(raw) // 3 * 4
    return [f"$ openssl s_client -starttls smtp -connect {host()}:587 -quiet", "250 CHUNKING", "EHLO wandb", "250-AUTH PLAIN LOGIN", f"AUTH PLAIN {e}", "235 2.7.0 Authentication successful"], [e[k:].rstrip("=")]

@P("wandb_license_in_docker_run_env_file_process_substitution")
def _():
    h, p_, sig = jwt_parts()
    return [f"docker run -d --env-file <(echo LICENSE={h}.{p_}.{sig}) -p 8080:8080 wandb/local"], [sig]

@P("argo_workflow_submit_log_parameter_echo_ansi")
def _():
    p = pw()
    return [f"\u001b[36mdeploy-{low(5)}-{R.randint(10**9, 10**10)}\u001b[0m: time=\"{ts()}Z\" level=info msg=\"running with db_password={p}\""], [p]

@P("helm_values_inline_json_string_in_yaml_extra_env")
def _():
    p = pws()
    return ["extraEnv:", f"  GORILLA_CUSTOMER_SECRET_STORE_SOURCE: '{{\"provider\":\"mysql\",\"dsn\":\"wandb:{p}@tcp(db:3306)/secrets\"}}'"], [p]

@P("github_actions_git_config_list_extraheader_basic_unmasked", new=False)
def _():
    e, sec, _u = basic("x-access-token", "ghs_" + aln(36))
    return ["2025-03-01T10:11:12.0000000Z [command]/usr/bin/git config --local --list", f"2025-03-01T10:11:12.0000000Z http.https://github.com/.extraheader=AUTHORIZATION: basic {e}"], [sec]

@P("mysql_user_table_json_output_mysqlsh_result_format", new=False)
def _():
    h = HX(40)
    return ['{', '    "Host": "%",', f'    "User": "{user()}",', f'    "authentication_string": "*{h}",', '    "plugin": "mysql_native_password"', '}'], [h]

@P("mydumper_metadata_file_master_password_lines")
def _():
    p = pw()
    return ["[source]", "File = binlog.000042", "Position = 157", f"# replication: CHANGE REPLICATION SOURCE TO SOURCE_USER='repl', SOURCE_PASSWORD='{p}'"], [p]

# ================================================================ negatives
@N("neg_mysql_show_grants_no_identified_clause")
def _():
    u = user()
    return [f"mysql> SHOW GRANTS FOR '{u}'@'%';", f"| GRANT USAGE ON *.* TO `{u}`@`%` |", f"| GRANT SELECT, INSERT, UPDATE, DELETE ON `wandb_local`.* TO `{u}`@`%` |", "2 rows in set (0.01 sec)"]

@N("neg_mysql_show_create_user_identified_with_plugin_only_via_socket")
def _():
    return ["*************************** 1. row ***************************", f"CREATE USER for root@localhost: CREATE USER `root`@`localhost` IDENTIFIED WITH 'auth_socket' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK"]

@N("neg_mysql_processlist_queries_without_literals")
def _():
    return ["Id\tUser\tHost\tdb\tCommand\tTime\tState\tInfo", f"{R.randint(10, 999)}\twandb\t{ip()}:{R.randint(30000, 60000)}\twandb_local\tQuery\t0\texecuting\tSELECT id, name FROM runs WHERE project_id = ? LIMIT 50"]

@N("neg_my_cnf_password_key_commented_prompt_instead")
def _():
    return ["[client]", f"user = {user()}", "# password is read from the login path, do not put it here", "ssl-mode = VERIFY_IDENTITY", f"ssl-ca = /etc/mysql/certs/ca-{low(4)}.pem"]

@N("neg_mysql_slow_log_header_digest_only")
def _():
    return [f"# Time: {ts()}.{R.randint(100000, 999999)}Z", f"# User@Host: wandb[wandb] @  [{ip()}]  Id: {R.randint(100, 999)}", f"# Query_time: {R.random():.6f}  Lock_time: 0.000002 Rows_sent: 1  Rows_examined: {R.randint(1, 9999)}", f"# Digest: {hx(64)}"]

@N("neg_mysql_server_uuid_and_binlog_checksum_status")
def _():
    return [f"server_uuid\t{uuid()}", "binlog_checksum\tCRC32", f"gtid_executed\t{uuid()}:1-{R.randint(100, 99999)}"]

@N("neg_rds_iam_token_command_without_output")
def _():
    return [f"$ TOKEN=$(aws rds generate-db-auth-token --hostname {host()} --port 3306 --username wandb_iam)", f"$ mysql -h {host()} --enable-cleartext-plugin --user=wandb_iam --password=\"$TOKEN\""]

@N("neg_s3_url_unsigned_object_path_with_hex_name")
def _():
    return [f"https://{bucket()}.s3.amazonaws.com/wandb_artifacts/{hx(32)}/{hx(32)}"]

@N("neg_s3_presign_params_signature_placeholder_docs")
def _():
    return ["?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<ACCESS_KEY_ID>%2F<DATE>%2F<REGION>%2Fs3%2Faws4_request&X-Amz-Date=<TIMESTAMP>&X-Amz-SignedHeaders=host&X-Amz-Signature=<SIGNATURE>"]

@N("neg_s3_put_response_etag_and_request_ids")
def _():
    return ["< HTTP/1.1 200 OK", f"< x-amz-id-2: {b64(76)}", f"< x-amz-request-id: {HX(16)}", f'< ETag: "{hx(32)}"', f"< x-amz-version-id: {b64u(32)}"]

@N("neg_x_amz_content_sha256_header_payload_hash")
def _():
    return [f"> x-amz-content-sha256: {hx(64)}", f"> x-amz-date: {amzdate()}", "> x-amz-checksum-algorithm: CRC32"]

@N("neg_gcs_object_md5_crc32c_metadata")
def _():
    return [f"    Hash (crc32c):          {b64(6)}==", f"    Hash (md5):             {b64(22)}==", f"    ETag:                   {b64(12)}=", f"    Generation:             {R.randint(10**15, 10**16)}"]

@N("neg_azure_storage_account_name_and_endpoint_only")
def _():
    return ["AZURE_STORAGE_ACCOUNT=wb" + low(8), f"AZURE_STORAGE_ENDPOINT=https://wb{low(8)}.blob.core.windows.net/", "AZURE_STORAGE_KEY_SECRET_NAME=wandb-azure-key"]

@N("neg_boto_config_profile_credential_process_reference")
def _():
    return [f"[profile wandb-{low(4)}]", "credential_process = /usr/local/bin/aws-vault exec wandb --json", f"role_arn = arn:aws:iam::{R.randint(10**11, 10**12 - 1)}:role/wandb-bucket", "source_profile = default"]

@N("neg_cors_probe_preflight_headers_only")
def _():
    return ["> OPTIONS /wandb/ HTTP/1.1", "> Origin: https://wandb.example.com", "> Access-Control-Request-Method: PUT", "< Access-Control-Allow-Methods: GET, PUT, HEAD", "< Access-Control-Allow-Headers: *", f"< Access-Control-Max-Age: {R.randint(600, 86400)}"]

@N("neg_curl_v_tls_handshake_cert_fingerprints")
def _():
    return ["* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", f"*  subject: CN={host()}", "*  issuer: C=US; O=Let's Encrypt; CN=R11", f"*  SHA256 Fingerprint: {':'.join(HX(2) for _ in range(32))}"]

@N("neg_curl_v_authorization_header_redacted_marker")
def _():
    return [f"> GET /api/v1/viewer HTTP/1.1", f"> Host: {host()}", "> Authorization: Bearer <redacted>", "< HTTP/1.1 200 OK", f"< x-request-id: {uuid()}"]

@N("neg_har_timings_and_cache_entries")
def _():
    return ['        "timings": {', f'          "blocked": {R.random():.3f},', f'          "dns": {R.random():.3f},', f'          "wait": {R.randint(10, 900)}.{R.randint(100, 999)}', '        },', f'        "_requestId": "{R.randint(1000, 9999)}.{R.randint(10, 999)}"']

@N("neg_har_response_headers_cache_control_vary_etag")
def _():
    return ['{ "name": "cache-control", "value": "no-store" },', '{ "name": "vary", "value": "Origin, Accept-Encoding" },', f'{{ "name": "etag", "value": "W/\\"{hx(16)}\\"" }},']

@N("neg_devtools_copy_as_curl_without_credentials")
def _():
    return [f"curl 'https://{host()}/static/js/main.{hx(8)}.js' \\", "  -H 'accept: */*' \\", "  -H 'referer: https://wandb.example.com/' \\", "  --compressed"]

@N("neg_requests_debug_connectionpool_lines_no_query")
def _():
    return [f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): {host()}:443", f'DEBUG:urllib3.connectionpool:https://{host()}:443 "POST /graphql HTTP/1.1" 200 {R.randint(100, 9999)}']

@N("neg_go_httputil_dump_request_no_auth")
def _():
    return [f"GET /healthz HTTP/1.1\r", f"Host: {host()}\r", "User-Agent: Go-http-client/1.1\r", f"X-Request-Id: {uuid()}\r", "Accept-Encoding: gzip\r"]

@N("neg_mitmproxy_flow_list_summary_lines")
def _():
    return [f"{ip()}:{R.randint(40000, 60000)}: GET https://{host()}/api/v1/runs", f"              << 200 OK {R.randint(1, 90)}.{R.randint(0, 9)}k"]

@N("neg_oidc_discovery_document_public_fields")
def _():
    h = host()
    return ["{", f'  "issuer": "https://{h}",', f'  "authorization_endpoint": "https://{h}/oauth2/authorize",', f'  "token_endpoint": "https://{h}/oauth2/token",', '  "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],', '  "id_token_signing_alg_values_supported": ["RS256"]', "}"]

@N("neg_oidc_config_client_secret_from_secret_ref")
def _():
    return ["oidc:", f"  clientId: {uuid()}", "  clientSecretRef:", "    name: wandb-oidc", "    key: client-secret", f"  issuer: https://{host()}/"]

@N("neg_jwks_public_key_modulus_exponent")
def _():
    return ['{"keys":[{"kty":"RSA","use":"sig","kid":"' + hx(16) + '","alg":"RS256","n":"' + b64u(342) + '","e":"AQAB"}]}']

@N("neg_ldap_config_bind_dn_without_password_anonymous")
def _():
    return ["ldap:", f"  host: ldaps://{host()}:636", "  baseDN: dc=example,dc=com", "  bindDN: \"\"", "  bindPW: \"\"  # anonymous bind", "  userAttr: uid"]

@N("neg_smtp_transcript_without_auth_ehlo_capabilities")
def _():
    return [f"S: 220 {host()} ESMTP", "C: EHLO wandb", f"S: 250-{host()}", "S: 250-SIZE 36700160", "S: 250-STARTTLS", "S: 250 AUTH PLAIN LOGIN", "C: QUIT"]

@N("neg_smtp_auth_prompts_base64_username_password_words_only")
def _():
    return ["S: 334 VXNlcm5hbWU6", "S: 334 UGFzc3dvcmQ6", f"S: 535 5.7.8 Error: authentication failed: {word()}"]

@N("neg_decoded_license_jwt_claims_no_signature")
def _():
    return ['{', f'  "sub": "{uuid()}",', '  "flags": ["SCALABLE", "mlops", "weave"],', f'  "maxUsers": {R.randint(5, 500)},', f'  "exp": {R.randint(1700000000, 1800000000)}', '}']

@N("neg_terraform_output_sensitive_redacted_table")
def _():
    return ["$ terraform output", f'bucket_name = "{bucket()}"', 'database_password = <sensitive>', f'url = "https://{host()}"']

@N("neg_helm_history_and_chart_digest")
def _():
    return ["REVISION\tUPDATED                 \tSTATUS    \tCHART           \tAPP VERSION\tDESCRIPTION", f"{R.randint(2, 40)}       \tSat Mar  1 10:11:12 2025\tdeployed  \toperator-1.{R.randint(0, 9)}.{R.randint(0, 9)}\t1.{R.randint(0, 9)}.0     \tUpgrade complete", f"digest: sha256:{hx(64)}"]

@N("neg_kustomize_secretgenerator_envs_reference")
def _():
    return ["secretGenerator:", "- name: wandb-mysql", "  envs:", "  - mysql.env", "  options:", "    disableNameSuffixHash: true"]

@N("neg_github_actions_masked_star_values")
def _():
    return ["2025-03-01T10:11:12.1234567Z env:", "2025-03-01T10:11:12.1234567Z   DB_PASSWORD: ***", "2025-03-01T10:11:12.1234567Z   WANDB_API_KEY: ***", f"2025-03-01T10:11:12.1234567Z   GITHUB_SHA: {hx(40)}"]

@N("neg_gitlab_ci_masked_and_job_ids")
def _():
    return [f"\u001b[0KRunning with gitlab-runner 17.{R.randint(0, 9)}.0 ({hx(8)})\u001b[0;m", f"Getting source from Git repository", f"Checking out {hx(8)} as detached HEAD (ref is main)...", "$ echo $DEPLOY_TOKEN", "[MASKED]"]

@N("neg_ansible_no_log_output_hidden")
def _():
    return ["TASK [wandb_db : create app user] ******", "changed: [db-01] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": true}"]

@N("neg_ansible_stat_checksum_and_mode")
def _():
    return ['ok: [wandb-01] => {"changed": false, "stat": {"checksum": "' + hx(40) + '", "mode": "0600", "path": "/etc/wandb/secret.env", "size": ' + str(R.randint(100, 999)) + '}}']

@N("neg_secret_manager_arn_and_version_ids")
def _():
    return [f"arn:aws:secretsmanager:us-east-1:{R.randint(10**11, 10**12 - 1)}:secret:wandb/mysql-{aln(6)}", f"VersionId: {uuid()}", "VersionStages: [AWSCURRENT]"]

@N("neg_encoded_public_text_base64_of_greeting")
def _():
    t = ch(["Weights & Biases local server", "hello world from wandb", "support bundle generated"])
    return [f"banner_b64: {base64.b64encode(t.encode()).decode()}"]

@N("neg_hex_dump_of_public_file_header_png")
def _():
    return ["00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR", f"00000010: 0000 0{R.randint(1, 9)}00 0000 0{R.randint(1, 9)}00 0806 0000 00{HX(2).lower()} {hx(4)}  ................"]

@N("neg_password_words_in_config_keys_empty_or_reference")
def _():
    return ["password_policy: strong", "password_min_length: 12", "password_reset_url: https://wandb.example.com/reset", "password_file: /run/secrets/db_password", "password: ${DB_PASSWORD}"]

@N("neg_placeholder_values_documented_example")
def _():
    return ["# example values, replace before use", "MYSQL_PASSWORD=changeme", "AWS_SECRET_ACCESS_KEY=<your-secret-key>", "OIDC_CLIENT_SECRET=xxxxxxxxxxxxxxxx"]

@N("neg_sql_with_uuid_literals_run_ids")
def _():
    return [f"SELECT * FROM runs WHERE id = '{uuid()}' AND project_id = {R.randint(1, 999)};", f"UPDATE runs SET state = 'finished' WHERE name = '{low(8)}';"]

@N("neg_prose_support_note_rotated_credentials")
def _():
    return [ch(["We rotated the MySQL password and the S3 secret key yesterday; the new values are in the vault.", "The SMTP password was changed, please re-run the probe after the pods restart.", "License key was re-issued by sales; it is stored in the wandb-license secret."])]

@N("neg_url_with_user_only_no_password")
def _():
    return [f"mysql://wandb@{host()}:3306/wandb_local", f"ssh://git@{host()}:22/ops/wandb.git"]


@N("neg_aurora_create_user_awsauthenticationplugin_as_rds")
def _():
    u = user()
    return [f"mysql> CREATE USER '{u}' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS';", "Query OK, 0 rows affected (0.01 sec)", f"mysql> GRANT SELECT ON wandb_local.* TO '{u}'@'%';"]

@N("neg_postfix_main_cf_sasl_options_without_credentials")
def _():
    return [f"relayhost = [{host()}]:587", "smtp_sasl_auth_enable = yes", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", "smtp_sasl_security_options = noanonymous", "smtp_tls_security_level = encrypt"]

@N("neg_s3_bucket_policy_json_principal_arns_and_sids")
def _():
    a = R.randint(10**11, 10**12 - 1)
    return ['{', '  "Version": "2012-10-17",', f'  "Statement": [{{"Sid": "WandbRW{hx(6)}", "Effect": "Allow", "Principal": {{"AWS": "arn:aws:iam::{a}:role/wandb-{low(5)}"}},', f'    "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::{bucket()}/*"}}]', '}']

@N("neg_github_actions_id_token_request_url_env_without_token")
def _():
    return [f"2025-03-01T10:11:12.0000000Z   ACTIONS_ID_TOKEN_REQUEST_URL: https://pipelines.actions.githubusercontent.com/{aln(40)}/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/{uuid()}/jobs/{uuid()}/idtoken?api-version=2.0", "2025-03-01T10:11:12.0000000Z   ACTIONS_ID_TOKEN_REQUEST_TOKEN: ***"]

@N("neg_har_security_details_certificate_sans_and_validity")
def _():
    h = host()
    return ['      "_securityDetails": {', '        "protocol": "TLS 1.3",', f'        "subjectName": "{h}",', f'        "sanList": ["{h}", "*.{h.split(".", 1)[1]}"],', '        "issuer": "R11",', f'        "validTo": {R.randint(1750000000, 1800000000)}', '      },']

@N("neg_ldapsearch_result_entry_objectclass_no_password_attrs")
def _():
    w = word()
    return [f"# {w}, people, example.com", f"dn: uid={w},ou=people,dc=example,dc=com", "objectClass: inetOrgPerson", f"uid: {w}", f"mail: {w}@example.com", f"entryUUID: {uuid()}"]

@N("neg_mysql_caching_sha2_rsa_public_key_status_pem")
def _():
    return ["mysql> SHOW STATUS LIKE 'Caching_sha2_password_rsa_public_key'\\G", "Variable_name: Caching_sha2_password_rsa_public_key", "        Value: -----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(20), b64(64), b64(40) + "IDAQAB", "-----END PUBLIC KEY-----"]

@N("neg_azure_mysql_firewall_rule_list_table")
def _():
    return ["Name                 ResourceGroup    StartIpAddress    EndIpAddress", "-------------------  ---------------  ----------------  --------------", f"AllowAks{R.randint(1, 9)}            wandb-{low(4)}       {ip()}        {ip()}"]

@N("neg_flux_gitrepository_secret_ref_and_verify_provider")
def _():
    return ["spec:", f"  url: https://github.com/example/wandb-{low(4)}", "  secretRef:", "    name: flux-system", "  verify:", "    mode: HEAD", "    provider: cosign", "  ref:", f"    commit: {hx(40)}"]

@N("neg_scim_service_provider_config_auth_schemes")
def _():
    return ['{"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],', '"authenticationSchemes":[{"type":"oauthbearertoken","name":"OAuth Bearer Token","primary":true}],', f'"patch":{{"supported":true}},"bulk":{{"supported":false,"maxOperations":{R.randint(0, 9)}}}}}']

def check(lines, secrets):
    text = "\n".join(lines)
    if not secrets: return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in USED: return False
    if len(set(secrets)) != len(secrets): return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x01")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest: return False
    return True


def main():
    names = [n for n, _, _ in POS] + [n for n, _ in NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
    pos = []
    for name, f, _new in POS:
        for _ in range(3):
            for _try in range(200):
                lines, secrets = f()
                if check(lines, secrets): break
            else:
                raise SystemExit("cannot draw " + name)
            USED.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    neg = []
    for name, f in NEG:
        for _ in range(5):
            neg.append({"shape": name, "lines": f()})
    for fn, recs in (("positives.jsonl", pos), ("negatives.jsonl", neg)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
