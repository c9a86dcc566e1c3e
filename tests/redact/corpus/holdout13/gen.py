#!/usr/bin/env python3
"""holdout13: sealed held-out set for the wbdiag secret redactor.

Python 3, stdlib only. Fixed seed. Writes positives.jsonl and negatives.jsonl
next to this file. Running it twice gives byte-identical files.
"""
import base64, json, os, random, string, urllib.parse

SEED = 13013
R = random.Random(SEED)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
LALNUM = LOW + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
PWSYM = ALNUM + "!#%^*_-+.~"
URLPW = ALNUM + "-_.~"


def rs(n, a=ALNUM):
    return "".join(R.choice(a) for _ in range(n))


def ri(a, b):
    return R.randint(a, b)


def pick(*xs):
    return R.choice(xs)


def pw(a=14, b=24, alpha=PWSYM):
    # always starts and ends with an alphanumeric character
    n = ri(a, b)
    return R.choice(ALNUM) + rs(n - 2, alpha) + R.choice(ALNUM)


def upw(a=14, b=24):
    return pw(a, b, URLPW)


def hexs(n):
    return rs(n, HEX)


def b64raw(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64u_raw(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def wkey():
    return hexs(40)


def akid(p="AKIA"):
    return p + rs(16, UP + "234567")


def aws_secret():
    return rs(40, ALNUM + "+/")


def ip10():
    return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(2, 254))


def pod(prefix):
    return "%s-%s-%s" % (prefix, rs(ri(9, 10), LALNUM), rs(5, LALNUM))


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (ri(1, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999))


def ts_sp():
    return "2026-%02d-%02d %02d:%02d:%02d" % (ri(1, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))


def klogts():
    return "I%02d%02d %02d:%02d:%02d.%06d" % (ri(1, 11), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999999))


def epoch():
    return ri(1767225600, 1795000000)


def dom():
    return pick("wandb.example.com", "wb.corp.example.net", "ml.example.org", "wandb.internal.example.com")


def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(claims=None):
    h = b64u_json({"alg": pick("RS256", "HS256", "ES256"), "typ": "JWT", "kid": hexs(8)})
    c = claims or {"sub": uuid4(), "iat": epoch(), "exp": epoch() + 3600, "iss": "https://" + dom()}
    p = b64u_json(c)
    s = b64u_raw(R.choice([32, 64, 96]))
    return "%s.%s.%s" % (h, p, s), s


def b64_in(prefix, secret, suffix=b""):
    """Base64 of prefix+secret+suffix; returns (encoded, listed part).

    The listed part encodes the whole 3-byte groups that lie inside the secret."""
    if isinstance(prefix, str):
        prefix = prefix.encode()
    if isinstance(secret, str):
        secret = secret.encode()
    if isinstance(suffix, str):
        suffix = suffix.encode()
    enc = base64.b64encode(prefix + secret + suffix).decode()
    a = len(prefix)
    b = a + len(secret)
    g0 = (a + 2) // 3
    g1 = b // 3
    listed = enc[g0 * 4:g1 * 4]
    return enc, listed


def pad3(s, ch=" "):
    """pad a str so its byte length is a multiple of three"""
    while len(s.encode()) % 3:
        s += ch
    return s


def pad3_at(s, marker, ch=" "):
    """insert filler characters before marker until the byte length is a multiple of three"""
    i = s.index(marker)
    while len(s.encode()) % 3:
        s = s[:i] + ch + s[i:]
    return s


ESC = "\u001b"


def ansi(c, s):
    return "%s[%sm%s%s[0m" % (ESC, c, s, ESC)


POS = []
NEG = []


def pos(name, new=True):
    def d(f):
        POS.append((name, new, f))
        return f
    return d


def neg(name, new=True):
    def d(f):
        NEG.append((name, new, f))
        return f
    return d


def check(lines, secrets):
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8:
            return False
        if not any(s in l for l in lines):
            return False
    t = text
    for s in sorted(secrets, key=len, reverse=True):
        t = t.replace(s, "\u0000")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in t:
                return False
    return True


# ---------------------------------------------------------------- positives
# --- Terraform (W&B AWS / GCP / Azure modules)

@pos("tf_plan_helm_release_set_block_license_value")
def _():
    tok, sig = jwt({"lic": uuid4(), "seats": ri(10, 900), "exp": epoch()})
    return [
        "  # module.wandb.helm_release.operator will be updated in-place",
        '  ~ resource "helm_release" "operator" {',
        '        id        = "%s"' % pick("operator", "wandb-operator"),
        '        name      = "operator"',
        "      + set {",
        '          + name  = "customResource.spec.values.global.license"',
        '          + value = "%s"' % tok,
        "        }",
        "        # (24 unchanged attributes hidden)",
        "    }",
    ], [sig]


@pos("tf_plan_aws_launch_template_user_data_base64")
def _():
    sec = pw(16, 26, ALNUM)
    head = pad3_at("#!/bin/bash\nset -e\ncat >/etc/wandb.env <<'EOF'\nMYSQL_HOST=%s\nMYSQL_PASSWORD=" % ip10(), "\ncat")
    enc, listed = b64_in(head, sec, "\nEOF\nsystemctl restart wandb\n")
    return [
        '  # module.wandb_infra.module.app_eks.aws_launch_template.workers["primary"] will be updated in-place',
        '  ~ resource "aws_launch_template" "workers" {',
        '        id                      = "lt-%s"' % hexs(17),
        '      ~ latest_version          = %d -> (known after apply)' % ri(2, 9),
        '      ~ user_data               = "%s" -> "%s"' % (b64raw(ri(40, 60)), enc),
        "    }",
    ], [listed]


@pos("tf_plan_kubernetes_config_map_v1_data_mysql_dsn")
def _():
    p = upw()
    return [
        '  # kubernetes_config_map_v1.wandb_env will be created',
        '  + resource "kubernetes_config_map_v1" "wandb_env" {',
        '      + data = {',
        '          + "BUCKET" = "s3:///%s"' % ("wandb-" + rs(6, LALNUM)),
        '          + "MYSQL"  = "mysql://wandb:%s@%s.cluster-%s.us-east-1.rds.amazonaws.com:3306/wandb_local"' % (p, "wandb", rs(12, LALNUM)),
        '        }',
        '      + id   = (known after apply)',
    ], [p]


@pos("tf_show_json_jq_azurerm_storage_access_keys")
def _():
    k1 = b64raw(64)
    k2 = b64raw(64)
    return [
        "$ terraform show -json | jq '.values.root_module.child_modules[].resources[] | select(.type==\"azurerm_storage_account\") | .values' | head",
        "{",
        '  "access_tier": "Hot",',
        '  "name": "wandb%s",' % rs(8, LALNUM),
        '  "primary_access_key": "%s",' % k1,
        '  "primary_blob_endpoint": "https://wandb%s.blob.core.windows.net/",' % rs(6, LALNUM),
        '  "secondary_access_key": "%s",' % k2,
    ], [k1.rstrip("="), k2.rstrip("=")]


@pos("tf_local_exec_provisioner_executing_argv_literal")
def _():
    p = pw(14, 22, ALNUM + "_-")
    return [
        "module.wandb.null_resource.smtp_secret: Creating...",
        'module.wandb.null_resource.smtp_secret: Provisioning with \'local-exec\'...',
        'module.wandb.null_resource.smtp_secret (local-exec): Executing: ["/bin/sh" "-c" "kubectl -n wandb create secret generic wandb-smtp --from-literal=SMTP_PASSWORD=%s --dry-run=client -o yaml | kubectl apply -f -"]' % p,
        "module.wandb.null_resource.smtp_secret (local-exec): secret/wandb-smtp created",
        "module.wandb.null_resource.smtp_secret: Creation complete after 2s [id=%d]" % ri(10**18, 9 * 10**18),
    ], [p]


@pos("tf_log_debug_azurerm_listkeys_response_body")
def _():
    k1 = b64raw(64)
    sub = uuid4()
    return [
        "%s [DEBUG] provider.terraform-provider-azurerm_v3.%d.0_x5: AzureRM Request: " % (ts(), ri(80, 117)),
        "POST /subscriptions/%s/resourceGroups/wandb-rg/providers/Microsoft.Storage/storageAccounts/wandbsa%s/listKeys?api-version=2023-01-01&$expand=kerb HTTP/1.1" % (sub, rs(5, LALNUM)),
        "%s [DEBUG] provider.terraform-provider-azurerm_v3.%d.0_x5: AzureRM Response for https://management.azure.com/subscriptions/%s/...: " % (ts(), ri(80, 117), sub),
        "HTTP/2.0 200 OK",
        'Content-Type: application/json',
        '{"keys":[{"creationTime":"%s","keyName":"key1","value":"%s","permissions":"FULL"}]}: timestamp=%s' % (ts(), k1, ts()),
    ], [k1.rstrip("=")]


@pos("tf_plan_ansi_kubernetes_deployment_env_value")
def _():
    p = pw(18, 28, ALNUM)
    g = ansi("32", "+")
    return [
        "  %s%s resource \"kubernetes_deployment_v1\" \"weave_trace\" {" % (g, ESC + "[0m"),
        "              %s env {" % g,
        "                  %s %sname%s  = \"WF_CLICKHOUSE_PASS\"" % (g, ESC + "[1m", ESC + "[0m"),
        "                  %s %svalue%s = %s\"%s\"%s" % (g, ESC + "[1m", ESC + "[0m", ESC + "[33m", p, ESC + "[0m"),
        "                }",
    ], [p]


@pos("tf_init_backend_config_azurerm_access_key_history")
def _():
    k = b64raw(64)
    return [
        "  %d  cd infra/azure-wandb" % ri(300, 900),
        '  %d  terraform init -reconfigure -backend-config="storage_account_name=tfstate%s" -backend-config="container_name=tfstate" -backend-config="access_key=%s"' % (ri(300, 900), rs(6, LALNUM), k),
        "  %d  terraform plan -out wandb.plan" % ri(300, 900),
    ], [k.rstrip("=")]


@pos("tf_crash_log_cty_stringval_client_secret")
def _():
    cs = rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "_-.~")
    return [
        '%s [TRACE] provider.terraform-provider-azuread: ConfigureProvider: req.Config=cty.ObjectVal(map[string]cty.Value{' % ts(),
        '  "client_id":cty.StringVal("%s"),' % uuid4(),
        '  "client_secret":cty.StringVal("%s"),' % cs,
        '  "tenant_id":cty.StringVal("%s"), "use_msi":cty.NullVal(cty.Bool)})' % uuid4(),
        "panic: runtime error: invalid memory address or nil pointer dereference",
    ], [cs]


@pos("tf_state_pull_google_sql_user_password_json", new=False)
def _():
    p = pw(16, 24, ALNUM)
    return [
        '    {',
        '      "module": "module.wandb.module.database",',
        '      "mode": "managed", "type": "google_sql_user", "name": "wandb",',
        '      "instances": [ { "schema_version": 1, "attributes": {',
        '            "deletion_policy": null, "host": "", "instance": "wandb-%s",' % rs(6, LALNUM),
        '            "name": "wandb_user", "password": "%s", "project": "wandb-prod-%d",' % (p, ri(1000, 9999)),
        '            "type": "" }, "sensitive_attributes": [] } ]',
    ], [p]


@pos("tf_plan_google_compute_metadata_startup_script_heredoc")
def _():
    p = pw(14, 20, ALNUM)
    lk = wkey()
    return [
        '      + metadata_startup_script   = <<-EOT',
        '            #!/bin/bash',
        '            docker run -d --restart always -p 8080:8080 \\',
        '              -e MYSQL="mysql://wandb:%s@10.%d.0.3/wandb_local" \\' % (p, ri(0, 200)),
        '              -e WANDB_API_KEY=%s \\' % lk,
        '              wandb/local:0.%d.0' % ri(50, 70),
        '        EOT',
    ], [p, lk]


@pos("terragrunt_debug_run_command_tf_var_env")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "%s DEBUG  [wandb-prod] Running command: terraform apply -input=false" % ts_sp(),
        "%s DEBUG  [wandb-prod] Engine env: TF_VAR_database_master_password=%s TF_VAR_namespace=wandb TF_IN_AUTOMATION=1" % (ts_sp(), p),
        "%s INFO   [wandb-prod] terraform: Acquiring state lock. This may take a few moments..." % ts_sp(),
    ], [p]


# --- Helm

@pos("helm_get_manifest_secret_stringdata_block")
def _():
    p = pw(16, 24, ALNUM)
    r = pw(20, 30, ALNUM)
    return [
        "---",
        "# Source: wandb/charts/mysql/templates/secret.yaml",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: wandb-mysql",
        "type: Opaque",
        "stringData:",
        "  MYSQL_PASSWORD: %s" % p,
        "  MYSQL_ROOT_PASSWORD: \"%s\"" % r,
    ], [p, r]


@pos("helm_template_show_only_deployment_env_oidc_secret")
def _():
    cs = rs(40, ALNUM + "_-")
    return [
        "$ helm template wandb wandb/operator-wandb -f values.yaml --show-only charts/app/templates/deployment.yaml | grep -A1 -E 'OIDC'",
        "            - name: OIDC_CLIENT_ID",
        "              value: \"%s\"" % rs(20, ALNUM),
        "            - name: OIDC_SECRET",
        "              value: \"%s\"" % cs,
    ], [cs]


@pos("helm_upgrade_debug_user_supplied_bucket_url_userinfo")
def _():
    a = akid()
    s = aws_secret()
    q = urllib.parse.quote(s, safe="")
    return [
        "upgrade.go:%d: [debug] preparing upgrade for wandb" % ri(100, 200),
        "USER-SUPPLIED VALUES:",
        "global:",
        "  bucket:",
        "    provider: s3",
        "  env:",
        "    BUCKET: s3://%s:%s@wandb-%s.s3.eu-west-1.amazonaws.com/artifacts" % (a, q, rs(6, LALNUM)),
    ], [q]


@pos("helm_secrets_decrypt_sops_values_output")
def _():
    p = pw(18, 26, ALNUM)
    rp = pw(18, 26, ALNUM)
    return [
        "$ helm secrets decrypt secrets.wandb.yaml",
        "global:",
        "    mysql:",
        "        password: %s" % p,
        "    redis:",
        "        password: '%s'" % rp,
    ], [p, rp]


@pos("helm_diff_secret_data_base64_minus_plus_lines")
def _():
    o = b64raw(ri(14, 20))
    n = b64raw(ri(14, 20))
    return [
        "wandb, wandb-mysql, Secret (v1) has changed:",
        "  # Source: wandb/templates/mysql-secret.yaml",
        "  apiVersion: v1",
        "  kind: Secret",
        "  data:",
        "-   MYSQL_PASSWORD: %s" % o,
        "+   MYSQL_PASSWORD: %s" % n,
    ], [o.rstrip("="), n.rstrip("=")]


# --- cloud-init / user-data

@pos("cloud_init_output_log_set_x_docker_run_env")
def _():
    lic, sig = jwt()
    p = pw(14, 20, ALNUM)
    return [
        "Cloud-init v. 24.%d.1 running 'modules:final' at %s. Up %d.%02d seconds." % (ri(1, 4), "Tue, 03 Mar 2026 11:%02d:%02d +0000" % (ri(0, 59), ri(0, 59)), ri(20, 90), ri(0, 99)),
        "+ docker pull wandb/local:latest",
        "+ docker run -d --name wandb-local -p 8080:8080 -e LICENSE=%s -e MYSQL=mysql://wandb:%s@%s:3306/wandb_local wandb/local" % (lic, p, ip10()),
        hexs(64),
    ], [sig, p]


@pos("cloud_init_query_userdata_mime_multipart_script")
def _():
    p = pw(16, 24, ALNUM)
    b = "===============%d==" % ri(10**18, 9 * 10**18)
    return [
        "$ sudo cloud-init query userdata",
        'Content-Type: multipart/mixed; boundary="%s"' % b,
        "--" + b,
        'Content-Type: text/x-shellscript; charset="us-ascii"',
        "",
        "#!/bin/bash",
        "export REDIS_PASSWORD='%s'" % p,
        "--%s--" % b,
    ], [p]


@pos("ec2_describe_instance_attribute_userdata_value_base64")
def _():
    s = aws_secret()
    head = pad3_at("#!/bin/bash\nset -eu\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=" % akid(), "\nexport")
    enc, listed = b64_in(head, s, "\n/opt/wandb/bootstrap.sh\n")
    return [
        "$ aws ec2 describe-instance-attribute --instance-id i-%s --attribute userData" % hexs(17),
        "{",
        '    "InstanceId": "i-%s",' % hexs(17),
        '    "UserData": {',
        '        "Value": "%s"' % enc,
        "    }",
        "}",
    ], [listed]


@pos("gce_metadata_server_startup_script_curl_body")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "$ curl -s -H 'Metadata-Flavor: Google' http://metadata.google.internal/computeMetadata/v1/instance/attributes/startup-script",
        "#! /bin/bash",
        "echo 'GORILLA_MYSQL_PASSWORD=%s' >> /etc/wandb/env" % p,
        "systemctl enable --now wandb",
    ], [p]


@pos("cloud_init_write_files_encoding_b64_env_content", new=False)
def _():
    k = wkey()
    head = pad3_at("# W&B launch agent\nWANDB_BASE_URL=https://%s\nWANDB_API_KEY=" % dom(), "\nWANDB_BASE")
    enc, listed = b64_in(head, k, "\n")
    return [
        "#cloud-config",
        "write_files:",
        "  - path: /etc/wandb/agent.env",
        "    permissions: '0600'",
        "    encoding: b64",
        "    content: %s" % enc,
        "runcmd:",
        "  - [systemctl, restart, wandb-agent]",
    ], [listed]


@pos("cloud_init_log_subp_running_command_list")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "%s - subp.py[DEBUG]: Running command ['sh', '-c', 'mysql -h %s -u admin --password=%s < /root/init.sql'] with allowed return codes [0] (shell=False, capture=False)" % (ts_sp() + ",%03d" % ri(0, 999), ip10(), p),
        "%s - util.py[DEBUG]: cloud-init mode 'modules' took %.3f seconds (%.2f)" % (ts_sp() + ",%03d" % ri(0, 999), R.random() * 9, R.random() * 9),
    ], [p]


# --- systemd journal

@pos("journalctl_export_format_fields_block")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hexs(32), ri(1000, 99999), hexs(32), ri(10**6, 10**9), ri(10**15, 10**16), hexs(16)),
        "__REALTIME_TIMESTAMP=%d" % (epoch() * 1000000 + ri(0, 999999)),
        "_SYSTEMD_UNIT=wandb-local.service",
        "SYSLOG_IDENTIFIER=docker",
        "MESSAGE=time=\"%s\" level=info msg=\"connecting\" dsn=\"wandb:%s@tcp(%s:3306)/wandb_local\"" % (ts(), p, ip10()),
        "_PID=%d" % ri(1000, 60000),
        "",
    ], [p]


@pos("journalctl_export_binary_message_length_prefix")
def _():
    t = rs(40, ALNUM)
    msg = "\u001b[32mINFO\u001b[0m api key accepted: %s" % t
    n = len(msg.encode())
    le = "".join(chr(x) for x in n.to_bytes(8, "little"))
    return [
        "_SYSTEMD_UNIT=wandb-agent.service",
        "_COMM=python3",
        "MESSAGE",
        le + msg,
        "PRIORITY=6",
    ], [t]


@pos("journalctl_verbose_entry_cmdline_field")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "Tue 2026-03-03 09:%02d:%02d.%06d UTC [s=%s;i=%x;b=%s;m=%x;t=%x;x=%s]" % (ri(0, 59), ri(0, 59), ri(0, 999999), hexs(32), ri(1000, 99999), hexs(32), ri(10**6, 10**9), ri(10**15, 10**16), hexs(16)),
        "    _TRANSPORT=stdout",
        "    PRIORITY=3",
        "    _COMM=mysqldump",
        "    _CMDLINE=mysqldump -h %s -u wandb -p%s --single-transaction wandb_local" % (ip10(), p),
        "    MESSAGE=mysqldump: [Warning] Using a password on the command line interface can be insecure.",
    ], [p]


@pos("journalctl_short_iso_unit_stdout_env_echo")
def _():
    k = wkey()
    h = "wandb-host-%02d" % ri(1, 40)
    return [
        "%s %s systemd[1]: Started wandb-agent.service - W&B launch agent." % (ts()[:19] + "+0000", h),
        "%s %s bash[%d]: WANDB_API_KEY=%s" % (ts()[:19] + "+0000", h, ri(1000, 60000), k),
        "%s %s bash[%d]: wandb: Using wandb-core as the SDK backend." % (ts()[:19] + "+0000", h, ri(1000, 60000)),
    ], [k]


@pos("sudo_journal_command_field_mysql_p_flag")
def _():
    p = pw(12, 20, ALNUM + "_.")
    return [
        "Mar 03 10:%02d:%02d wandb-db sudo[%d]:    admin : TTY=pts/0 ; PWD=/home/admin ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p%s -e SHOW\\x20PROCESSLIST" % (ri(0, 59), ri(0, 59), ri(1000, 60000), p),
        "Mar 03 10:%02d:%02d wandb-db sudo[%d]: pam_unix(sudo:session): session opened for user root(uid=0) by admin(uid=1000)" % (ri(0, 59), ri(0, 59), ri(1000, 60000)),
    ], [p]


# --- shell history and xtrace

@pos("set_x_nested_command_substitution_vault_field")
def _():
    p = pw(16, 24, ALNUM)
    return [
        "++ vault kv get -field=password secret/wandb/mysql",
        "+ MYSQL_PWD=%s" % p,
        "+ export MYSQL_PWD",
        "+ mysqldump -h %s -u wandb wandb_local" % ip10(),
    ], [p]


@pos("set_x_ps4_bash_source_lineno_helm_set")
def _():
    p = pw(16, 24, ALNUM)
    return [
        "+ ./scripts/upgrade.sh:%d: helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.redis.password=%s --wait" % (ri(20, 90), p),
        "+ ./scripts/upgrade.sh:%d: kubectl -n wandb rollout status deploy/wandb-app" % ri(91, 120),
    ], [p]


@pos("set_x_quote_escaped_apostrophe_in_curl_user")
def _():
    a = rs(ri(6, 9), ALNUM)
    b = rs(ri(6, 9), ALNUM)
    shown = a + "'\\''" + b
    return [
        "+ curl -sS -u 'admin:%s' https://%s/api/v1/admin/license" % (shown, dom()),
        '{"error":"unauthorized"}',
    ], [shown]


@pos("psreadline_history_invoke_restmethod_bearer")
def _():
    t = wkey()
    return [
        "cd C:\\Users\\mlops\\wandb-support",
        "$h = @{ Authorization = \"Bearer %s\" }" % t,
        "Invoke-RestMethod -Uri https://%s/api/v1/viewer -Headers $h" % dom(),
    ], [t]


@pos("bash_history_heredoc_env_file_body_lines")
def _():
    p = pw(16, 24, ALNUM)
    k = wkey()
    return [
        "cat > /opt/wandb/.env <<'EOF'",
        "MYSQL_HOST=%s" % ip10(),
        "MYSQL_PASSWORD=%s" % p,
        "WANDB_LICENSE_KEY_OWNER=ops@example.com",
        "WANDB_API_KEY=%s" % k,
        "EOF",
        "docker compose up -d",
    ], [p, k]


@pos("bash_history_histtimeformat_epoch_comment_export")
def _():
    k = wkey()
    return [
        "#%d" % epoch(),
        "export WANDB_BASE_URL=https://%s" % dom(),
        "#%d" % epoch(),
        "export WANDB_API_KEY=%s" % k,
        "#%d" % epoch(),
        "wandb verify",
    ], [k]


@pos("make_n_dry_run_expanded_recipe_docker_login")
def _():
    p = pw(20, 30, ALNUM)
    return [
        "$ make -n push REGISTRY=registry.example.com",
        "echo %s | docker login registry.example.com -u ci-bot --password-stdin" % p,
        "docker push registry.example.com/wandb/custom-local:2026.03",
    ], [p]


@pos("posix_sh_x_unquoted_trace_mc_alias_set")
def _():
    s = aws_secret()
    return [
        "+ mc alias set wbminio http://minio.wandb.svc:9000 %s %s" % (rs(20, UP + DIG), s),
        "Added `wbminio` successfully.",
        "+ mc ls wbminio/wandb",
    ], [s]


@pos("etcdctl_user_root_colon_password_history")
def _():
    p = pw(14, 22, ALNUM)
    return [
        " %d  ETCDCTL_API=3 etcdctl --endpoints https://%s:2379 --user root:%s member list" % (ri(100, 999), ip10(), p),
    ], [p]


# --- environment dumps

@pos("proc_pid_environ_raw_nul_separated")
def _():
    p = pw(16, 24, ALNUM)
    k = wkey()
    return [
        "\u0000".join(["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "HOSTNAME=" + pod("wandb-app"),
                       "MYSQL_PASSWORD=" + p, "GORILLA_ADMIN_KEY=" + k, "HOME=/root"]) + "\u0000",
    ], [p, k]


@pos("env_output_multiline_pem_value_lines", new=False)
def _():
    body = [b64raw(48) for _ in range(3)]
    return [
        "HOSTNAME=" + pod("wandb-app"),
        "SAML_SP_KEY=-----BEGIN PRIVATE KEY-----",
    ] + body + [
        "-----END PRIVATE KEY-----",
        "KUBERNETES_PORT=tcp://10.96.0.1:443",
    ], body


@pos("python_os_environ_mapping_repr")
def _():
    k = wkey()
    return [
        ">>> os.environ",
        "environ({'HOME': '/root', 'WANDB_BASE_URL': 'https://%s', 'WANDB_API_KEY': '%s', 'LANG': 'C.UTF-8'})" % (dom(), k),
    ], [k]


@pos("go_os_environ_slice_println")
def _():
    p = pw(16, 24, ALNUM)
    return [
        "%s env: [PATH=/usr/bin HOSTNAME=%s GORILLA_REDIS=redis://:%s@wandb-redis:6379/0 TZ=UTC]" % (ts_sp().replace("-", "/"), pod("wandb-app"), p),
    ], [p]


@pos("java_system_getenv_hashmap_tostring")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "%s INFO  [main] c.e.BackupJob - env={JAVA_HOME=/opt/java/openjdk, DB_PASSWORD=%s, DB_USER=wandb, HOSTNAME=%s}" % (ts_sp(), p, pod("backup")),
    ], [p]


@pos("kubectl_exec_tty_printenv_crlf")
def _():
    p = pw(16, 24, ALNUM)
    return [
        "$ kubectl -n wandb exec -it %s -- printenv\r" % pod("wandb-app"),
        "HOSTNAME=%s\r" % pod("wandb-app"),
        "REDIS_PASSWORD=%s\r" % p,
        "TERM=xterm\r",
    ], [p]


@pos("pm2_env_id_key_value_listing")
def _():
    t = rs(32, ALNUM)
    ss = hexs(32)
    return [
        "$ pm2 env 0",
        "NODE_ENV: production",
        "SLACK_SIGNING_SECRET: %s" % ss,
        "WANDB_WEBHOOK_TOKEN: %s" % t,
        "pm_id: 0",
    ], [ss, t]


# --- process lists

@pos("ps_auxww_jvm_keystore_password_property")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
        "kafka       %d  3.1 12.4 7712344 2034112 ?    Ssl  Mar02  41:07 /opt/java/bin/java -Xmx2g -Djavax.net.ssl.keyStore=/etc/kafka/ks.jks -Djavax.net.ssl.keyStorePassword=%s -cp /opt/kafka/libs/* kafka.Kafka /etc/kafka/server.properties" % (ri(100, 9999), p),
    ], [p]


@pos("ps_ef_cut_at_terminal_width_visible_prefix")
def _():
    full = wkey()
    pre = "root     %5d %5d  0 10:%02d ?        00:00:00 /usr/bin/wandb-agent --queue default --api-key " % (ri(1000, 60000), ri(1, 999), ri(0, 59))
    cut = 120 - len(pre)
    vis = full[:cut]
    return [
        "$ COLUMNS=120 ps -ef | grep [w]andb-agent",
        pre + vis,
    ], [vis]


@pos("pgrep_af_rclone_serve_s3_auth_key")
def _():
    s = pw(24, 32, ALNUM)
    return [
        "$ pgrep -af rclone",
        "%d rclone serve s3 --addr :8081 --auth-key wandbsync,%s remote:wandb-artifacts" % (ri(1000, 60000), s),
    ], [s]


@pos("top_batch_command_column_clickhouse_client_password")
def _():
    p = pw(16, 24, ALNUM)
    return [
        "    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND",
        "  %5d root      20   0  812344  98112  41232 S   0.3   0.6   0:01.22 clickhouse-client --host %s --user weave --password %s --query SELECT count() FROM calls_merged" % (ri(1000, 60000), ip10(), p),
    ], [p]


@pos("proc_pid_cmdline_raw_nul_args", new=False)
def _():
    p = pw(14, 22, ALNUM)
    return [
        "$ cat /proc/%d/cmdline" % ri(1000, 60000),
        "\u0000".join(["mysql", "-h", ip10(), "-u", "wandb", "--password=" + p, "wandb_local"]) + "\u0000",
    ], [p]


# --- container inspect

@pos("docker_inspect_hostconfig_logconfig_splunk_token")
def _():
    t = uuid4()
    return [
        '        "HostConfig": {',
        '            "LogConfig": {',
        '                "Type": "splunk",',
        '                "Config": {',
        '                    "splunk-format": "json",',
        '                    "splunk-token": "%s",' % t,
        '                    "splunk-url": "https://splunk.example.com:8088"',
        '                }',
    ], [t]


@pos("docker_inspect_path_args_requirepass")
def _():
    p = pw(18, 26, ALNUM)
    return [
        '        "Path": "docker-entrypoint.sh",',
        '        "Args": [',
        '            "redis-server",',
        '            "--requirepass",',
        '            "%s",' % p,
        '            "--appendonly",',
        '            "yes"',
        '        ],',
    ], [p]


@pos("crictl_inspect_runtimespec_process_args_token")
def _():
    t = rs(48, ALNUM)
    return [
        '      "runtimeSpec": {',
        '        "process": {',
        '          "args": [',
        '            "/usr/local/bin/wandb-agent",',
        '            "--queue=gpu",',
        '            "--token=%s"' % t,
        '          ],',
    ], [t]


@pos("podman_inspect_createcommand_env_flag")
def _():
    p = pw(16, 24, ALNUM)
    return [
        '          "CreateCommand": [',
        '               "podman",',
        '               "run",',
        '               "-e",',
        '               "MINIO_ROOT_PASSWORD=%s",' % p,
        '               "quay.io/minio/minio",',
        '          ],',
    ], [p]


@pos("ctr_containers_info_spec_process_env")
def _():
    k = wkey()
    return [
        "$ ctr -n k8s.io containers info %s | grep -A6 '\"env\"'" % hexs(64)[:13],
        '            "env": [',
        '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
        '                "HOSTNAME=%s",' % pod("wandb-launch"),
        '                "WANDB_API_KEY=%s",' % k,
        '                "KUBERNETES_SERVICE_HOST=10.96.0.1",',
    ], [k]


# --- kubectl

@pos("kubectl_describe_pod_args_token_flag")
def _():
    t = rs(44, ALNUM)
    return [
        "Containers:",
        "  agent:",
        "    Image:         registry.example.com/wandb/agent:1.4.2",
        "    Args:",
        "      --queue",
        "      default",
        "      --token=%s" % t,
        "    State:          Running",
    ], [t]


@pos("kubectl_describe_job_command_sh_c_mysql_p")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "Pod Template:",
        "  Containers:",
        "   migrate:",
        "    Command:",
        "      sh",
        "      -c",
        "      mysql -h wandb-mysql -u root -p'%s' wandb_local < /sql/0042.sql" % p,
    ], [p]


@pos("kubectl_describe_cronjob_args_webhook_url")
def _():
    t = rs(24, ALNUM)
    return [
        "Name:                          wandb-usage-report",
        "Schedule:                      0 6 * * *",
        "    Args:",
        "      --post",
        "      https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, UP + DIG), rs(10, UP + DIG), t),
    ], [t]


@pos("kubectl_get_pod_jsonpath_env_values_space_joined")
def _():
    p = pw(18, 24, ALNUM)
    return [
        "$ kubectl -n wandb get pod %s -o jsonpath='{.spec.containers[*].env[*].value}'" % pod("wandb-app"),
        "production https://%s 8080 %s true" % (dom(), p),
    ], [p]


@pos("kubectl_debug_node_cat_bootstrap_kubeconfig_token")
def _():
    tid = rs(6, LALNUM)
    sec = rs(16, LALNUM)
    return [
        "$ kubectl debug node/ip-%s -it --image=busybox -- cat /host/var/lib/kubelet/bootstrap-kubeconfig" % ip10().replace(".", "-"),
        "users:",
        "- name: kubelet-bootstrap",
        "  user:",
        "    token: %s.%s" % (tid, sec),
    ], [sec]


# --- crash dumps, stack traces with locals

@pos("strings_n8_core_dump_env_table", new=False)
def _():
    p = pw(16, 24, ALNUM)
    k = wkey()
    return [
        "$ strings -n 8 core.gorilla.%d | grep -E '^[A-Z_]+=' | head" % ri(100, 9999),
        "GOMAXPROCS=8",
        "MYSQL=mysql://wandb:%s@wandb-mysql:3306/wandb_local" % p,
        "GORILLA_LICENSE_REFRESH_KEY=%s" % k,
        "GODEBUG=madvdontneed=1",
    ], [p, k]


@pos("gdb_bt_full_char_pointer_args")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "#3  0x%016x in mysql_real_connect (mysql=0x%x, host=0x%x \"%s\", user=0x%x \"wandb\", passwd=0x%x \"%s\", db=0x%x \"wandb_local\", port=3306) at client.cc:%d" % (ri(2**40, 2**44), ri(2**40, 2**44), ri(2**40, 2**44), ip10(), ri(2**40, 2**44), ri(2**40, 2**44), p, ri(2**40, 2**44), ri(1000, 9999)),
        "        rc = <optimized out>",
    ], [p]


@pos("coredumpctl_info_command_line")
def _():
    t = rs(40, ALNUM)
    return [
        "           PID: %d (python3)" % ri(1000, 60000),
        "        Signal: 11 (SEGV)",
        "  Command Line: python3 /opt/sync/push.py --wandb-host https://%s --token %s" % (dom(), t),
        "    Executable: /usr/bin/python3.11",
    ], [t]


@pos("sentry_event_json_frame_vars_password")
def _():
    p = pw(14, 20, ALNUM)
    return [
        '{"frames":[{"filename":"app/db.py","function":"connect","lineno":%d,' % ri(10, 200),
        ' "vars":{"host":"\'%s\'","user":"\'wandb\'","password":"\'%s\'","retries":"3"}}]}' % (ip10(), p),
    ], [p]


@pos("python_cgitb_text_report_locals")
def _():
    k = wkey()
    return [
        "/opt/tools/wbsync.py in main(argv=['wbsync.py', '--project', 'ml'])",
        "   41     api = wandb.Api(api_key=key, overrides={'base_url': url})",
        "api undefined",
        "key = '%s'" % k,
        "url = 'https://%s'" % dom(),
    ], [k]


@pos("go_panic_plus_v_struct_password_field")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "panic: invalid redis config: {Addr:wandb-redis:6379 Username:default Password:%s DB:0 TLS:false}" % p,
        "",
        "goroutine 1 [running]:",
        "main.mustRedis(...)",
    ], [p]


@pos("hikaricp_debug_config_jdbcurl_password_param")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "%s DEBUG com.zaxxer.hikari.HikariConfig - jdbcUrl.........................jdbc:mysql://%s:3306/wandb_local?user=wandb&password=%s&useSSL=true" % (ts_sp(), ip10(), p),
        "%s DEBUG com.zaxxer.hikari.HikariConfig - password........................<masked>" % ts_sp(),
    ], [p]


@pos("ipython_verbose_xmode_frame_locals")
def _():
    k = wkey()
    return [
        "File /tmp/ipykernel_%d/2117.py:4, in login(base_url=%r, key=%r)" % (ri(100, 9999), "https://" + dom(), k),
        "      2 def login(base_url, key):",
        "----> 4     wandb.login(host=base_url, key=key, verify=True)",
    ], [k]


@pos("node_fetch_failed_request_init_inspect_headers")
def _():
    t = rs(48, ALNUM)
    return [
        "TypeError: fetch failed",
        "    at node:internal/deps/undici/undici:%d:%d {" % (ri(10000, 14000), ri(5, 40)),
        "  init: {",
        "    method: 'POST',",
        "    headers: { 'content-type': 'application/json', authorization: 'Bearer %s' }," % t,
        "  },",
    ], [t]


@pos("dotnet_unhandled_exception_data_connectionstring")
def _():
    p = pw(14, 22, ALNUM)
    return [
        "Unhandled exception. MySqlConnector.MySqlException (0x80004005): Unable to connect to any of the specified MySQL hosts.",
        "   Data[\"ConnectionString\"] = Server=%s;Port=3306;Database=wandb_local;Uid=reporting;Pwd=%s;SslMode=Required" % (ip10(), p),
        "   at MySqlConnector.Core.ServerSession.ConnectAsync()",
    ], [p]


# --- browser captures

@pos("har_response_content_text_token_endpoint_json")
def _():
    at, sig = jwt()
    rt = rs(48, ALNUM + "-_")
    return [
        '        "response": {',
        '          "status": 200,',
        '          "content": {',
        '            "mimeType": "application/json",',
        '            "text": "{\\"access_token\\":\\"%s\\",\\"refresh_token\\":\\"%s\\",\\"token_type\\":\\"Bearer\\"}"' % (at, rt),
        '          },',
    ], [sig, rt]


@pos("har_request_cookies_array_session_value")
def _():
    v = b64u_raw(ri(48, 64))
    return [
        '          "cookies": [',
        '            {',
        '              "name": "wandb_session",',
        '              "value": "%s",' % v,
        '              "httpOnly": true, "secure": true',
        '            }',
    ], [v]


@pos("har_querystring_array_oidc_code_param")
def _():
    c = rs(43, ALNUM + "-_")
    return [
        '          "queryString": [',
        '            { "name": "code", "value": "%s" },' % c,
        '            { "name": "state", "value": "%s" }' % hexs(32),
        '          ],',
    ], [c]


@pos("har_response_content_base64_encoding_json")
def _():
    t = rs(40, ALNUM)
    head = pad3_at('{"data":{"generateApiKey":{"apiKey":{"name":"ci","key":"', '"data"')
    enc, listed = b64_in(head, t, '"}}}}')
    return [
        '          "content": {',
        '            "size": %d,' % (len(head) + 45),
        '            "mimeType": "application/json",',
        '            "text": "%s",' % enc,
        '            "encoding": "base64"',
        '          },',
    ], [listed]


@pos("chrome_console_failed_resource_url_api_key_param")
def _():
    k = wkey()
    return [
        "GET https://%s/api/v1/files/ml/proj/run1?apiKey=%s&download=1 401 (Unauthorized)    main.8f3c2a1b.js:2" % (dom(), k),
    ], [k]


@pos("chrome_console_localstorage_storage_object_dump")
def _():
    t, sig = jwt()
    return [
        "> localStorage",
        "< Storage {wandb:theme: 'dark', auth0:token: '%s', length: 2}" % t,
    ], [sig]


@pos("devtools_copy_as_curl_bash_cookie_header")
def _():
    c = b64u_raw(48)
    x = hexs(64)
    return [
        "curl 'https://%s/graphql' \\" % dom(),
        "  -H 'accept: */*' \\",
        "  -H 'cookie: wandb_session=%s; _ga=GA1.1.%d.%d' \\" % (c, ri(10**8, 10**9), epoch()),
        "  -H 'x-csrf-token: %s' \\" % x,
        "  --data-raw '{\"operationName\":\"Viewer\"}'",
    ], [c, x]


@pos("devtools_copy_as_fetch_authorization_header")
def _():
    t = rs(40, ALNUM)
    return [
        'fetch("https://%s/api/v1/runs", {' % dom(),
        '  "headers": {',
        '    "authorization": "Bearer %s",' % t,
        '    "content-type": "application/json"',
        '  },',
        '  "method": "GET"',
        '});',
    ], [t]


@pos("devtools_copy_as_powershell_websession_cookie")
def _():
    v = b64u_raw(45)
    return [
        "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession",
        '$session.Cookies.Add((New-Object System.Net.Cookie("wandb_session", "%s", "/", "%s")))' % (v, dom()),
        'Invoke-WebRequest -UseBasicParsing -Uri "https://%s/site/license" -WebSession $session' % dom(),
    ], [v]


# --- support scripts and collector output

@pos("wandb_support_curl_v_basic_api_colon_key", new=False)
def _():
    k = wkey()
    enc, listed = b64_in("api:", k)
    return [
        "* Connected to %s (%s) port 443" % (dom(), ip10()),
        "> GET /api/v1/viewer HTTP/1.1",
        "> Authorization: Basic %s" % enc,
        "> User-Agent: wb-support-check/1.2",
        "< HTTP/1.1 200 OK",
    ], [listed]


@pos("grep_rn_filename_lineno_prefix_env_match")
def _():
    p = pw(16, 22, ALNUM)
    k = wkey()
    return [
        "$ grep -rn -iE 'password|api_key' /opt/wandb/config",
        "/opt/wandb/config/.env:7:MYSQL_PASSWORD=%s" % p,
        "/opt/wandb/config/agent.env:3:WANDB_API_KEY=%s" % k,
        "/opt/wandb/config/README:12:# set MYSQL_PASSWORD before starting",
    ], [p, k]


@pos("aws_cli_output_table_secretstring_cell")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "-------------------------------------------------------------------------------",
        "|                              GetSecretValue                                 |",
        "+--------------+--------------------------------------------------------------+",
        "|  Name        |  wandb/prod/mysql                                            |",
        "|  SecretString|  %s|" % ('{"username":"wandb","password":"%s"}' % p).ljust(60),
        "+--------------+--------------------------------------------------------------+",
    ], [p]


@pos("cloudwatch_insights_table_truncated_message_cell")
def _():
    full = rs(40, ALNUM)
    pre = "| %s | wandb-app | level=debug msg=\"auth\" bearer=" % ts()
    vis = full[:ri(18, 26)]
    return [
        "| @timestamp               | @logStream | @message |",
        "|--------------------------|------------|----------|",
        pre + vis + "... |",
    ], [vis]


@pos("docker_json_file_log_partial_split_across_records", new=False)
def _():
    t = rs(52, ALNUM)
    cut = ri(20, 30)
    a, b = t[:cut], t[cut:]
    return [
        '{"log":"%s level=info msg=\\"agent registered\\" token=%s","stream":"stderr","time":"%s","attrs":{"partial":"true"}}' % (ts(), a, ts()),
        '{"log":"%s queue=default\\n","stream":"stderr","time":"%s"}' % (b, ts()),
    ], [a, b]


@pos("weave_trace_server_startup_env_wf_clickhouse_pass")
def _():
    p = pw(18, 26, ALNUM)
    return [
        "%s INFO weave_trace_server: settings WF_CLICKHOUSE_HOST=clickhouse.weave.svc WF_CLICKHOUSE_PORT=8123 WF_CLICKHOUSE_USER=weave WF_CLICKHOUSE_PASS=%s" % (ts(), p),
    ], [p]


# --- adversarial layouts

@pos("log_line_fold_80_jwt_signature_pieces", new=False)
def _():
    tok, sig = jwt({"sub": uuid4(), "scope": "runs:write artifacts:read", "exp": epoch()})
    line = '%s level=debug msg="oidc exchange ok" id_token=%s' % (ts(), tok)
    lines = [line[i:i + 80] for i in range(0, len(line), 80)]
    # signature pieces as they fall on folded lines
    start = line.index(sig)
    pieces = []
    i = start
    while i < start + len(sig):
        j = min((i // 80 + 1) * 80, start + len(sig))
        pieces.append(line[i:j])
        i = j
    pieces = [p for p in pieces if len(p) >= 8]
    return lines, pieces


@pos("mime_base64_76_col_wrapped_env_attachment")
def _():
    k = wkey()
    p = pw(20, 26, ALNUM)
    doc = pad3_at("# wandb env exported for support case\nWANDB_BASE_URL=https://%s\nWANDB_API_KEY=" % dom(), "\nWANDB_BASE")
    mid = pad3_at("\n# db -\nMYSQL_PASSWORD=", "\nMYSQL", "-")
    enc = base64.b64encode((doc + k + mid + p + "\n").encode()).decode()
    _, l1 = b64_in(doc, k)
    _, l2 = b64_in(doc + k + mid, p)
    wrapped = [enc[i:i + 76] for i in range(0, len(enc), 76)]
    secs = []
    for listed in (l1, l2):
        s0 = enc.index(listed)
        i = s0
        while i < s0 + len(listed):
            j = min((i // 76 + 1) * 76, s0 + len(listed))
            if j - i >= 8:
                secs.append(enc[i:j])
            i = j
    return [
        "Content-Type: text/plain; name=\"wandb.env\"",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename=\"wandb.env\"",
        "",
    ] + wrapped, secs


@pos("json_escaped_slash_unicode_plus_in_secret")
def _():
    raw = rs(10, ALNUM) + "/" + rs(8, ALNUM) + "+" + rs(12, ALNUM)
    shown = raw.replace("/", "\\/").replace("+", "\\u002b")
    return [
        '{"ts":"%s","caller":"bucket.go:%d","msg":"store init","cfg":{"provider":"azure","account":"wandbsa%s","accessKey":"%s"}}' % (ts(), ri(10, 400), rs(5, LALNUM), shown),
    ], [shown]


@pos("html_iframe_src_query_token_attribute")
def _():
    t = rs(40, ALNUM)
    return [
        '<div class="report-embed">',
        '  <iframe src="https://%s/ml/proj/reports/Weekly--Vmlldzo%s?jupyter=true&amp;accessToken=%s" width="100%%" height="1024"></iframe>' % (dom(), rs(6, ALNUM), t),
        '</div>',
    ], [t]


@pos("oauth_error_redirect_double_encoded_refresh_token", new=False)
def _():
    rt = rs(20, ALNUM) + "/" + rs(20, ALNUM) + "=" 
    once = urllib.parse.quote(rt, safe="")
    twice = urllib.parse.quote(once, safe="")
    core = twice[:-5] if twice.endswith("%253D") else twice
    return [
        "%s WARN redirect rejected: https://%s/oidc/callback?next=%%2Fhome%%3Frefresh_token%%3D%s" % (ts(), dom(), twice),
    ], [core]


@pos("logrus_tty_ansi_key_value_colored", new=False)
def _():
    p = pw(16, 22, ALNUM)
    return [
        "%s[36mINFO%s[0m[0042] connected to bucket                          %s[36mprovider%s[0m=s3 %s[36msecret_key%s[0m=%s" % (ESC, ESC, ESC, ESC, ESC, ESC, p),
    ], [p]


@pos("rich_table_rounded_border_settings_dump", new=False)
def _():
    p = pw(16, 22, ALNUM)
    return [
        "╭──────────────────┬──────────────────────────────╮",
        "│ Setting          │ Value                        │",
        "├──────────────────┼──────────────────────────────┤",
        "│ base_url         │ %s │" % ("https://" + dom()).ljust(28),
        "│ smtp_password    │ %s │" % p.ljust(28),
        "╰──────────────────┴──────────────────────────────╯",
    ], [p]


@pos("markdown_table_support_ticket_env_row")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "Here is our current config:",
        "",
        "| Variable | Value |",
        "|---|---|",
        "| `MYSQL_HOST` | `%s` |" % ip10(),
        "| `MYSQL_PASSWORD` | `%s` |" % p,
    ], [p]


@pos("httpcore_trace_headers_bytes_tuple_list")
def _():
    k = wkey()
    enc, listed = b64_in("api:", k)
    return [
        "DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>",
        "DEBUG:httpx:headers=[(b'Host', b'%s'), (b'Authorization', b'Basic %s'), (b'Content-Type', b'application/json')]" % (dom(), enc),
    ], [listed]


@pos("yaml_block_literal_private_key_in_values_file", new=False)
def _():
    body = [b64raw(48) for _ in range(4)]
    return [
        "sso:",
        "  saml:",
        "    spPrivateKey: |",
        "      -----BEGIN RSA PRIVATE KEY-----",
    ] + ["      " + b for b in body] + [
        "      -----END RSA PRIVATE KEY-----",
    ], body


@pos("csv_export_tab_bom_secret_column")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "\ufeffname\ttype\tvalue\tupdated",
        "wandb-smtp\tSecureString\t%s\t%s" % (p, ts()),
        "wandb-region\tString\tus-east-1\t%s" % ts(),
    ], [p]


@pos("syslog_rfc3164_cr_null_terminated_line")
def _():
    t = rs(36, ALNUM)
    return [
        "<134>Mar  3 10:%02d:%02d wandb-host wandb-agent[%d]: registering with token %s\r\u0000" % (ri(0, 59), ri(0, 59), ri(1000, 60000), t),
    ], [t]


@pos("zero_width_joiner_inside_key_name", new=False)
def _():
    p = pw(16, 22, ALNUM)
    return [
        "REDIS_PASS\u200dWORD=%s" % p,
        "REDIS_HOST=wandb-redis",
    ], [p]


# --- OAuth / OIDC / SAML / identity

@pos("oauth_refresh_grant_curl_form_d_flags")
def _():
    rt = rs(54, ALNUM + "-_")
    cs = rs(40, ALNUM)
    return [
        "curl -s https://login.example.com/oauth2/v1/token \\",
        "  -d grant_type=refresh_token \\",
        "  -d client_id=%s \\" % rs(20, ALNUM),
        "  -d client_secret=%s \\" % cs,
        "  -d refresh_token=%s" % rt,
    ], [cs, rt]


@pos("python3_saml_settings_sp_private_key")
def _():
    k = b64raw(ri(90, 120))
    return [
        '{',
        '  "strict": true,',
        '  "sp": {',
        '    "entityId": "https://%s/oidc/saml",' % dom(),
        '    "x509cert": "",',
        '    "privateKey": "%s"' % k,
        '  },',
    ], [k.rstrip("=")]


@pos("az_account_get_access_token_json")
def _():
    t, sig = jwt({"aud": "https://management.core.windows.net/", "oid": uuid4(), "tid": uuid4()})
    return [
        "{",
        '  "accessToken": "%s",' % t,
        '  "expiresOn": "2026-03-03 11:%02d:%02d.000000",' % (ri(0, 59), ri(0, 59)),
        '  "subscription": "%s",' % uuid4(),
        '  "tokenType": "Bearer"',
        "}",
    ], [sig]


@pos("github_app_installation_token_response_json")
def _():
    t = rs(36, ALNUM)
    return [
        '{"token":"ghs_%s","expires_at":"%s","permissions":{"contents":"read","metadata":"read"},"repository_selection":"selected"}' % (t, ts()),
    ], [t]


@pos("keycloak_admin_event_representation_credentials")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "%s INFO  [org.keycloak.events] (executor-thread-%d) operationType=CREATE, realmId=wandb, resourcePath=users, representation={\"username\":\"svc-ml\",\"credentials\":[{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false}]}" % (ts_sp() + ",%03d" % ri(0, 999), ri(1, 40), p),
    ], [p]


@pos("oidc_callback_access_log_code_and_state", new=False)
def _():
    c = rs(ri(40, 60), ALNUM + "-_")
    return [
        '%s - - [03/Mar/2026:10:%02d:%02d +0000] "GET /oidc/callback?code=%s&state=%s HTTP/1.1" 302 0 "https://login.example.com/" "Mozilla/5.0"' % (ip10(), ri(0, 59), ri(0, 59), c, hexs(24)),
    ], [c]


# --- databases, caches, queues

@pos("redis_acl_setuser_gt_password_history")
def _():
    p = pw(18, 26, ALNUM)
    return [
        "%d  redis-cli -h wandb-redis ACL SETUSER gorilla on >%s ~* &* +@all" % (ri(100, 999), p),
    ], [p]


@pos("redis_cli_config_set_masterauth_history")
def _():
    p = pw(18, 26, ALNUM)
    return [
        "%d  redis-cli -p 6380 CONFIG SET masterauth \"%s\"" % (ri(100, 999), p),
        "%d  redis-cli -p 6380 CONFIG REWRITE" % ri(100, 999),
    ], [p]


@pos("clickhouse_client_dsn_positional_history")
def _():
    p = upw(16, 22)
    return [
        "clickhouse-client \"clickhouse://weave:%s@clickhouse.weave.svc:9000/weave_trace_db\" -q 'SHOW TABLES'" % p,
    ], [p]


@pos("mysql_shell_history_file_set_password_sql")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "\\sql",
        "ALTER USER 'wandb'@'%%' IDENTIFIED WITH caching_sha2_password BY '%s';" % p,
        "FLUSH PRIVILEGES;",
    ], [p]


@pos("jdbc_mariadb_url_in_spring_boot_actuator_env")
def _():
    p = upw(14, 20)
    return [
        '    "applicationConfig: [classpath:/application.yml]": {',
        '      "spring.datasource.url": {"value": "jdbc:mariadb://%s:3306/reports?user=svc&password=%s"},' % (ip10(), p),
        '      "spring.datasource.password": {"value": "******"}',
    ], [p]


@pos("azure_storage_connection_string_env_export_history", new=False)
def _():
    k = b64raw(64)
    return [
        'export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=wandbsa%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (rs(5, LALNUM), k),
    ], [k.rstrip("=")]


# --- observability, notification

@pos("alertmanager_webex_http_config_authorization_credentials")
def _():
    t = rs(64, ALNUM)
    return [
        "  webex_configs:",
        "    - room_id: %s" % b64u_raw(36),
        "      http_config:",
        "        authorization:",
        "          credentials: %s" % t,
    ], [t]


@pos("grafana_provisioning_alert_contactpoint_secure_settings")
def _():
    k = hexs(32)
    return [
        "contactPoints:",
        "  - orgId: 1",
        "    name: wandb-oncall",
        "    receivers:",
        "      - uid: %s" % rs(14, ALNUM),
        "        type: pagerduty",
        "        settings:",
        "          integrationKey: %s" % k,
    ], [k]


@pos("otel_collector_env_expanded_honeycomb_header_debug")
def _():
    k = rs(22, ALNUM)
    return [
        "%s\tdebug\totlphttpexporter@v0.%d.0/otlp.go:%d\tPreparing to make HTTP request\t{\"url\": \"https://api.honeycomb.io/v1/traces\", \"headers\": {\"x-honeycomb-team\": \"%s\"}}" % (ts(), ri(90, 115), ri(50, 200), k),
    ], [k]


@pos("statsd_exporter_mapping_url_userinfo_log")
def _():
    p = upw(14, 20)
    return [
        "ts=%s caller=main.go:%d level=info msg=\"forwarding\" upstream=\"https://metrics:%s@graphite.example.com:2003\"" % (ts(), ri(100, 400), p),
    ], [p]


@pos("newrelic_license_key_java_agent_yml_literal", new=False)
def _():
    k = hexs(36) + "NRAL"
    return [
        "common: &default_settings",
        "  license_key: '%s'" % k,
        "  app_name: wandb-reports",
    ], [k[:-4]]


@pos("pagerduty_curl_events_api_routing_key_json")
def _():
    k = hexs(32)
    return [
        "curl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' \\",
        "  -d '{\"routing_key\":\"%s\",\"event_action\":\"trigger\",\"payload\":{\"summary\":\"wandb disk 95%%\",\"severity\":\"critical\",\"source\":\"wandb-db\"}}'" % k,
    ], [k]


# --- CI/CD and GitOps

@pos("gha_run_log_env_block_derived_base64_value", new=False)
def _():
    p = pw(16, 22, ALNUM)
    enc = base64.b64encode(p.encode()).decode()
    return [
        "2026-03-03T10:%02d:%02d.%07dZ ##[group]Run helm upgrade wandb ./chart -f values.yaml" % (ri(0, 59), ri(0, 59), ri(0, 9999999)),
        "2026-03-03T10:%02d:%02d.%07dZ env:" % (ri(0, 59), ri(0, 59), ri(0, 9999999)),
        "2026-03-03T10:%02d:%02d.%07dZ   MYSQL_PASSWORD_B64: %s" % (ri(0, 59), ri(0, 59), ri(0, 9999999), enc),
        "2026-03-03T10:%02d:%02d.%07dZ ##[endgroup]" % (ri(0, 59), ri(0, 59), ri(0, 9999999)),
    ], [enc.rstrip("=")]


@pos("twine_upload_u_token_p_flag_history")
def _():
    t = "AgEIcHlwaS5vcmc" + rs(ri(120, 160), ALNUM + "-_")
    return [
        "  %d  twine upload --repository-url https://pypi.example.com/ -u __token__ -p pypi-%s dist/*" % (ri(100, 999), t),
    ], [t]


@pos("jfrog_cli_config_export_server_token_base64")
def _():
    p = pw(16, 24, ALNUM)
    head = pad3_at('{"version":2,"url":"https://jfrog.example.com/","artifactoryUrl":"https://jfrog.example.com/artifactory/","user":"ci","password":"', '"version"')
    enc, listed = b64_in(head, p, '","serverId":"wb"}')
    return [
        "$ jf c export wb",
        enc,
    ], [listed]


@pos("git_remote_v_x_access_token_url")
def _():
    t = rs(36, ALNUM)
    return [
        "origin\thttps://x-access-token:ghs_%s@github.com/example/wandb-infra.git (fetch)" % t,
        "origin\thttps://x-access-token:ghs_%s@github.com/example/wandb-infra.git (push)" % t,
    ], [t]


@pos("tekton_taskrun_logs_step_prefix_echo_secret")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "[deploy : helm-upgrade] + helm upgrade wandb wandb/operator-wandb --set global.mysql.password=%s" % p,
        "[deploy : helm-upgrade] Release \"wandb\" has been upgraded. Happy Helming!",
    ], [p]


@pos("argocd_account_generate_token_output")
def _():
    t, sig = jwt({"jti": uuid4(), "iat": epoch(), "iss": "argocd", "sub": "ci:apiKey"})
    return [
        "$ argocd account generate-token --account ci",
        t,
    ], [sig]


@pos("spinnaker_halconfig_jenkins_master_password")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "  ci:",
        "    jenkins:",
        "      masters:",
        "      - name: wandb-jenkins",
        "        address: https://jenkins.example.com",
        "        username: spinnaker",
        "        password: %s" % p,
    ], [p]


# --- admin laptops and hosts

@pos("certbot_eab_hmac_key_flag_history")
def _():
    k = b64u_raw(ri(32, 48))
    return [
        "certbot certonly --standalone -d %s --server https://acme.example.com/directory --eab-kid %s --eab-hmac-key %s" % (dom(), rs(22, ALNUM), k),
    ], [k]


@pos("k3s_node_token_file_server_password")
def _():
    p = hexs(32)
    return [
        "$ sudo cat /var/lib/rancher/k3s/server/node-token",
        "K10%s::server:%s" % (hexs(64), p),
    ], [p]


@pos("windows_cmdkey_add_pass_flag_history")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "cmdkey /add:wandb-db.corp.example.com /user:CORP\\svc-wandb /pass:%s" % p,
    ], [p]


@pos("vault_write_approle_secret_id_table_output", new=False)
def _():
    sid = uuid4()
    return [
        "$ vault write -f auth/approle/role/wandb/secret-id",
        "Key                   Value",
        "---                   -----",
        "secret_id             %s" % sid,
        "secret_id_accessor    %s" % uuid4(),
        "secret_id_num_uses    0",
        "secret_id_ttl         0s",
    ], [sid]


# --- ML platform neighbours

@pos("jupyter_server_list_token_url")
def _():
    t = hexs(48)
    return [
        "$ jupyter server list",
        "Currently running servers:",
        "http://%s:8888/?token=%s :: /home/jovyan/work" % (pod("nb"), t),
    ], [t]


@pos("kfp_client_authservice_session_cookie")
def _():
    c = b64u_raw(ri(96, 120))
    return [
        "In [3]: client = kfp.Client(host='https://kubeflow.example.com/pipeline',",
        "   ...:     cookies='authservice_session=%s')" % c,
        "In [4]: client.list_experiments(namespace='ml')",
    ], [c]


@pos("ray_job_submit_runtime_env_json_env_vars")
def _():
    k = wkey()
    return [
        "$ ray job submit --address http://ray-head:8265 --runtime-env-json='{\"env_vars\": {\"WANDB_BASE_URL\": \"https://%s\", \"WANDB_API_KEY\": \"%s\"}, \"working_dir\": \".\"}' -- python train.py" % (dom(), k),
        "Job submission server address: http://ray-head:8265",
        "-------------------------------------------------------",
        "Job 'raysubmit_%s' submitted successfully" % rs(16, ALNUM),
    ], [k]


@pos("huggingface_hub_debug_request_bearer_hf_token")
def _():
    t = rs(34, ALNUM)
    return [
        "DEBUG:urllib3.connectionpool:https://huggingface.co:443 \"HEAD /meta-llama/Llama-3.1-8B/resolve/main/config.json HTTP/1.1\" 200 0",
        "DEBUG:huggingface_hub.utils._http:Request %s: HEAD https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json (authenticated: True)" % uuid4(),
        "DEBUG:huggingface_hub:headers={'user-agent': 'unknown/None; hf_hub/0.%d.0', 'authorization': 'Bearer hf_%s'}" % (ri(20, 30), t),
    ], [t]


@pos("ngc_cli_config_apikey")
def _():
    k = b64raw(ri(60, 66)).rstrip("=")
    return [
        "$ cat ~/.ngc/config",
        ";WARNING - This is a machine generated file.  Do not edit manually.",
        "[CURRENT]",
        "apikey = %s" % k,
        "format_type = ascii",
        "org = %s" % rs(12, LALNUM),
    ], [k]


@pos("label_studio_api_curl_token_header")
def _():
    t = hexs(40)
    return [
        "curl -s -X GET http://label-studio.ml.svc:8080/api/projects/ -H 'Authorization: Token %s' | jq '.results[].title'" % t,
        '"wandb-eval-batch-%d"' % ri(1, 40),
    ], [t]


@pos("cosign_password_env_ci_log_line")
def _():
    p = pw(20, 28, ALNUM)
    return [
        "[sign-image] + export COSIGN_PASSWORD=%s" % p,
        "[sign-image] + cosign sign --yes --key env://COSIGN_PRIVATE_KEY registry.example.com/wandb/agent@sha256:%s" % hexs(64),
        "[sign-image] Pushing signature to: registry.example.com/wandb/agent",
    ], [p]


@pos("mlflow_server_cli_backend_store_uri_password")
def _():
    p = upw(14, 20)
    return [
        "mlflow server --host 0.0.0.0 --port 5000 --backend-store-uri mysql+pymysql://mlflow:%s@%s:3306/mlflow --artifacts-destination s3://ml-artifacts/mlflow" % (p, ip10()),
        "[%s +0000] [%d] [INFO] Starting gunicorn 22.0.0" % (ts_sp(), ri(10, 999)),
    ], [p]


@pos("temporal_server_config_persistence_sql_password")
def _():
    p = pw(16, 22, ALNUM)
    return [
        "persistence:",
        "  defaultStore: mysql-default",
        "  datastores:",
        "    mysql-default:",
        "      sql:",
        "        pluginName: mysql8",
        "        user: temporal",
        "        password: \"%s\"" % p,
        "        connectAddr: \"%s:3306\"" % ip10(),
    ], [p]


@pos("dvc_remote_modify_local_secret_history")
def _():
    s = aws_secret()
    return [
        "dvc remote add -d storage s3://ml-datasets/dvc",
        "dvc remote modify --local storage access_key_id %s" % akid(),
        "dvc remote modify --local storage secret_access_key %s" % s,
        "dvc push",
    ], [s]


@pos("sagemaker_describe_training_job_environment_map")
def _():
    k = wkey()
    return [
        "$ aws sagemaker describe-training-job --training-job-name wandb-sweep-%s --query Environment" % rs(8, LALNUM),
        "{",
        '    "WANDB_BASE_URL": "https://%s",' % dom(),
        '    "WANDB_API_KEY": "%s",' % k,
        '    "WANDB_PROJECT": "llm-finetune"',
        "}",
    ], [k]


# --- more collectors and admin hosts

@pos("falco_alert_json_proc_cmdline_password")
def _():
    p = pw(14, 20, ALNUM)
    return [
        '{"hostname":"ip-%s","output":"%s: Notice Shell spawned in container (user=root container=wandb-mysql-0 cmdline=mysql -uroot -p%s -e status)","priority":"Notice","rule":"Terminal shell in container",' % (ip10().replace(".", "-"), ts(), p),
        ' "output_fields":{"container.id":"%s","proc.cmdline":"mysql -uroot -p%s -e status","user.name":"root"}}' % (hexs(12), p),
    ], [p]


@pos("tshark_fields_http_cookie_output")
def _():
    c = b64u_raw(ri(40, 56))
    return [
        "$ tshark -r wandb-lb.pcap -Y 'http.cookie' -T fields -e ip.src -e http.request.uri -e http.cookie",
        "%s\t/graphql\twandb_session=%s; theme=dark" % (ip10(), c),
    ], [c]


@pos("vscode_server_log_connection_token_flag")
def _():
    t = uuid4()
    return [
        "[%s] > Spawned remote server: %d" % (ts_sp(), ri(1000, 60000)),
        "[%s] Server command: /home/admin/.vscode-server/bin/%s/bin/code-server --start-server --host=127.0.0.1 --accept-server-license-terms --enable-remote-auto-shutdown --port=0 --connection-token=%s" % (ts_sp(), hexs(40), t),
    ], [t]


@pos("support_bundle_7z_password_flag_history")
def _():
    p = pw(14, 20, ALNUM)
    return [
        "  %d  wbdiag collect -o /tmp/bundle" % ri(100, 999),
        "  %d  7z a -t7z -mhe=on -p%s /tmp/wandb-case-%d.7z /tmp/bundle" % (ri(100, 999), p, ri(10000, 99999)),
        "  %d  ls -la /tmp/*.7z" % ri(100, 999),
    ], [p]


@pos("ecs_execute_command_session_token_value")
def _():
    tv = "AAEAA" + rs(ri(150, 190), ALNUM + "+/") + "="
    return [
        "$ aws ecs execute-command --cluster wandb --task %s --container app --interactive --command /bin/sh --debug 2>&1 | grep -o '\"tokenValue\".*'" % hexs(32),
        '"tokenValue": "%s"}' % tv,
    ], [tv[5:-1]]


@pos("runai_submit_e_env_flag_wandb_key")
def _():
    k = wkey()
    return [
        "$ runai submit llm-ft-%d -i registry.example.com/ml/train:%s -g 4 -e WANDB_BASE_URL=https://%s -e WANDB_API_KEY=%s --project ml" % (ri(1, 99), hexs(7), dom(), k),
        "The job 'llm-ft' has been submitted successfully",
    ], [k]


@pos("kserve_inferenceservice_storage_uri_sas_sig")
def _():
    sig = urllib.parse.quote(b64raw(32), safe="")
    core = sig[:-3] if sig.endswith("%3D") else sig
    return [
        "apiVersion: serving.kserve.io/v1beta1",
        "kind: InferenceService",
        "spec:",
        "  predictor:",
        "    model:",
        "      modelFormat: {name: pytorch}",
        "      storageUri: https://wandbsa%s.blob.core.windows.net/models/%s?sv=2023-11-03&sr=c&sp=rl&se=2026-06-01T00%%3A00%%3A00Z&sig=%s" % (rs(5, LALNUM), hexs(12), sig),
    ], [core]


@pos("skypilot_launch_env_flag_and_task_yaml")
def _():
    k = wkey()
    return [
        "$ sky launch -c ft-%s task.yaml --env WANDB_API_KEY=%s" % (rs(4, LALNUM), k),
        "Task from YAML spec: task.yaml",
        "Considered resources (1 node):",
    ], [k]


# ---------------------------------------------------------------- negatives

@neg("tf_plan_aws_instance_user_data_sha1_hash")
def _():
    return [
        '  # module.bastion.aws_instance.this must be replaced',
        '-/+ resource "aws_instance" "this" {',
        '      ~ id                = "i-%s" -> (known after apply)' % hexs(17),
        '      ~ user_data         = "%s" -> "%s" # forces replacement' % (hexs(40), hexs(40)),
        '        ami               = "ami-%s"' % hexs(17),
    ]


@neg("tf_state_list_and_show_resource_ids_arns")
def _():
    return [
        "module.wandb_infra.module.database.aws_rds_cluster.this",
        "module.wandb_infra.module.kms.aws_kms_key.key",
        'arn = "arn:aws:kms:us-east-1:%d:key/%s"' % (ri(10**11, 10**12 - 1), uuid4()),
        'cluster_resource_id = "cluster-%s"' % rs(26, UP + DIG),
        'master_password = (sensitive value)',
    ]


@neg("tf_plan_random_password_keepers_and_lengths", new=False)
def _():
    return [
        '  + resource "random_password" "database" {',
        '      + id          = (known after apply)',
        '      + length      = %d' % ri(16, 40),
        '      + override_special = "_%@"',
        '      + result      = (sensitive value)',
        '      + keepers     = { "rotation" = "%s" }' % ts()[:10],
    ]


@neg("helm_history_table_chart_app_versions")
def _():
    return [
        "REVISION\tUPDATED                 \tSTATUS    \tCHART               \tAPP VERSION\tDESCRIPTION",
        "%d       \tTue Mar  3 10:%02d:%02d 2026\tsuperseded\toperator-wandb-0.%d.%d\t0.%d.0     \tUpgrade complete" % (ri(1, 9), ri(0, 59), ri(0, 59), ri(10, 40), ri(0, 9), ri(50, 70)),
        "%d       \tTue Mar  3 11:%02d:%02d 2026\tdeployed  \toperator-wandb-0.%d.%d\t0.%d.0     \tUpgrade complete" % (ri(10, 19), ri(0, 59), ri(0, 59), ri(10, 40), ri(0, 9), ri(50, 70)),
    ]


@neg("wandb_chart_values_existing_secret_key_refs", new=False)
def _():
    return [
        "global:",
        "  mysql:",
        "    passwordSecret:",
        "      name: wandb-mysql-%s" % rs(5, LALNUM),
        "      passwordKey: MYSQL_PASSWORD",
        "  licenseSecret:",
        "    name: wandb-license",
        "    key: license",
    ]


@neg("cloud_init_analyze_show_timings")
def _():
    return [
        "-- Boot Record %02d --" % ri(1, 9),
        "The total time elapsed since completing an event is printed after the \"@\" character.",
        "Starting stage: init-local",
        "|`->no cache found @%.5fs +%.5fs" % (R.random(), R.random()),
        "|`->config-write_files ran successfully @%.5fs +%.5fs" % (R.random() * 10, R.random()),
        "Finished stage: (modules-final) %.5f seconds" % (R.random() * 30),
    ]


@neg("cloud_init_query_instance_metadata_ids")
def _():
    return [
        '{',
        ' "instance_id": "i-%s",' % hexs(17),
        ' "local_hostname": "ip-%s",' % ip10().replace(".", "-"),
        ' "v1": {"availability_zone": "us-east-1%s", "image_id": "ami-%s", "instance_id": "i-%s"},' % (pick("a", "b", "c"), hexs(17), hexs(17)),
        ' "vendordata": "", "userdata": "(redacted: root-only)"',
        '}',
    ]


@neg("journalctl_export_cursor_boot_machine_ids")
def _():
    return [
        "__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hexs(32), ri(1000, 99999), hexs(32), ri(10**6, 10**9), ri(10**15, 10**16), hexs(16)),
        "_BOOT_ID=%s" % hexs(32),
        "_MACHINE_ID=%s" % hexs(32),
        "_SYSTEMD_INVOCATION_ID=%s" % hexs(32),
        "MESSAGE=Started wandb-local.service.",
    ]


@neg("journalctl_json_seqnum_and_message_id")
def _():
    return [
        '{"__SEQNUM_ID":"%s","__SEQNUM":"%d","MESSAGE_ID":"%s","_SYSTEMD_UNIT":"kubelet.service","MESSAGE":"Token rotation succeeded for node ip-%s","PRIORITY":"6"}' % (hexs(32), ri(10**5, 10**7), hexs(32), ip10().replace(".", "-")),
    ]


@neg("shell_history_password_prompt_invocations", new=False)
def _():
    return [
        "%d  mysql -h %s -u wandb -p wandb_local" % (ri(100, 999), ip10()),
        "%d  read -rs -p 'Redis password: ' REDIS_PASSWORD" % ri(100, 999),
        "%d  vault login -method=oidc role=admin" % ri(100, 999),
        "%d  wandb login --relogin --host https://%s" % (ri(100, 999), dom()),
        "%d  docker login registry.example.com" % ri(100, 999),
    ]


@neg("set_x_trace_secret_file_paths_and_flags")
def _():
    return [
        "+ export MYSQL_PASSWORD_FILE=/run/secrets/mysql-password",
        "+ export WANDB_API_KEY_FILE=/var/run/secrets/wandb/api-key",
        "+ kubectl -n wandb create secret generic wandb-tls --from-file=tls.key=./certs/%s.key --dry-run=client -o yaml" % rs(6, LALNUM),
        "+ '[' -s /run/secrets/mysql-password ']'",
    ]


@neg("env_output_build_hashes_and_service_hosts")
def _():
    return [
        "GIT_SHA=%s" % hexs(40),
        "BUILD_ID=%d" % ri(10**5, 10**7),
        "IMAGE_DIGEST=sha256:%s" % hexs(64),
        "HOSTNAME=%s" % pod("wandb-app"),
        "WANDB_TOKEN_TTL_SECONDS=3600",
        "KUBERNETES_SERVICE_HOST=10.96.0.1",
    ]


@neg("proc_environ_nul_non_secret_vars")
def _():
    return [
        "\u0000".join(["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "OTEL_SERVICE_NAME=wandb-app", "POD_UID=" + uuid4(),
                       "SECRET_NAME=wandb-mysql", "PASSWORD_MIN_LENGTH=12"]) + "\u0000",
    ]


@neg("ps_auxww_flags_pointing_at_secret_files")
def _():
    return [
        "root  %d  0.2  0.4 812344 98112 ?  Ssl  Mar02  3:12 /usr/bin/vault agent -config=/etc/vault/agent.hcl" % ri(100, 9999),
        "999   %d  0.1  1.2 912344 188112 ? Ssl  Mar02  9:41 mysqld --defaults-extra-file=/etc/mysql/secret.cnf --ssl-key=/etc/mysql/tls/server.key" % ri(100, 9999),
        "1000  %d  0.0  0.1 112344 8112 ?   S    10:%02d  0:00 oauth2-proxy --client-secret-file=/secrets/client-secret --cookie-secret-file=/secrets/cookie" % (ri(100, 9999), ri(0, 59)),
    ]


@neg("docker_inspect_ids_image_and_repo_digests", new=False)
def _():
    return [
        '        "Id": "%s",' % hexs(64),
        '        "Image": "sha256:%s",' % hexs(64),
        '        "RepoDigests": [ "wandb/local@sha256:%s" ],' % hexs(64),
        '        "ResolvConfPath": "/var/lib/docker/containers/%s/resolv.conf",' % hexs(64),
        '        "MountLabel": "",',
    ]


@neg("crictl_ps_container_and_pod_ids")
def _():
    return [
        "CONTAINER       IMAGE           CREATED        STATE    NAME     ATTEMPT   POD ID          POD",
        "%s   %s   2 hours ago    Running  app      0         %s   %s" % (hexs(13), hexs(13), hexs(13), pod("wandb-app")),
        "%s   %s   2 hours ago    Running  weave    1         %s   %s" % (hexs(13), hexs(13), hexs(13), pod("wandb-weave")),
    ]


@neg("kubectl_describe_pod_env_secret_key_refs", new=False)
def _():
    return [
        "    Environment:",
        "      MYSQL_PASSWORD:   <set to the key 'password' in secret 'wandb-mysql'>  Optional: false",
        "      LICENSE:          <set to the key 'license' in secret 'wandb-license'>  Optional: false",
        "      REDIS_PASSWORD:   <set to the key 'redis-password' of config map 'none'>  Optional: true",
        "    Mounts:",
        "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)" % rs(5, LALNUM),
    ]


@neg("kubectl_describe_serviceaccount_tokens_none")
def _():
    return [
        "Name:                wandb-app",
        "Namespace:           wandb",
        "Annotations:         eks.amazonaws.com/role-arn: arn:aws:iam::%d:role/wandb-%s" % (ri(10**11, 10**12 - 1), rs(8, LALNUM)),
        "Image pull secrets:  regcred",
        "Mountable secrets:   <none>",
        "Tokens:              <none>",
    ]


@neg("core_dump_strings_build_ids_and_symbols")
def _():
    return [
        "GNU build-id: %s" % hexs(40),
        "crypto/subtle.ConstantTimeCompare",
        "github.com/wandb/core/internal/auth.(*APIKey).Validate",
        "runtime.gopanic",
        "GLIBC_2.34",
    ]


@neg("gdb_bt_pointer_addresses_only")
def _():
    return [
        "#0  0x%016x in __pthread_kill_implementation () from /lib/x86_64-linux-gnu/libc.so.6" % ri(2**40, 2**46),
        "#1  0x%016x in raise () from /lib/x86_64-linux-gnu/libc.so.6" % ri(2**40, 2**46),
        "#2  0x%016x in verify_token (ctx=0x%x, tok=0x%x <error: Cannot access memory at address 0x%x>) at auth.c:%d" % (ri(2**40, 2**46), ri(2**40, 2**46), ri(2**40, 2**46), ri(2**40, 2**46), ri(10, 999)),
    ]


@neg("go_panic_goroutine_args_hex_words")
def _():
    return [
        "goroutine %d [running]:" % ri(1, 400),
        "github.com/wandb/core/pkg/server.(*Stream).handleRecord(0xc%09x, {0x%x, 0xc%09x})" % (ri(0, 16**9 - 1), ri(2**20, 2**28), ri(0, 16**9 - 1)),
        "\t/src/pkg/server/stream.go:%d +0x%x" % (ri(10, 900), ri(16, 4095)),
        "created by github.com/wandb/core/pkg/server.NewStream in goroutine %d" % ri(1, 40),
    ]


@neg("java_stack_trace_lambda_and_cglib_hashes")
def _():
    return [
        "java.lang.IllegalStateException: token refresh failed",
        "\tat com.example.auth.TokenService$$SpringCGLIB$$0.refresh(<generated>)",
        "\tat com.example.auth.TokenService$$Lambda$%d/0x%016x.apply(Unknown Source)" % (ri(100, 2000), ri(2**34, 2**36)),
        "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)",
    ]


@neg("python_traceback_locals_masked_values")
def _():
    return [
        '  File "/app/sync.py", line %d, in push' % ri(10, 300),
        "    api = wandb.Api(api_key=key)",
        "    key = '********************'",
        "    token_ttl = 3600",
        "    password_policy = 'min12-upper-digit'",
    ]


@neg("har_initiator_stack_urls_content_hashes")
def _():
    return [
        '          "_initiator": {',
        '            "type": "script",',
        '            "url": "https://%s/static/js/main.%s.chunk.js",' % (dom(), hexs(8)),
        '            "lineNumber": %d' % ri(1, 9),
        '          },',
        '          "_resourceType": "fetch", "serverIPAddress": "%s", "connection": "%d"' % (ip10(), ri(1000, 99999)),
    ]


@neg("chrome_console_csp_and_react_warnings")
def _():
    return [
        "Refused to execute inline script because it violates the following Content Security Policy directive: \"script-src 'self' 'sha256-%s'\"." % b64raw(32),
        "Warning: Each child in a list should have a unique \"key\" prop.",
        "[wandb] token expired, redirecting to /login?redirect=%2Fml%2Fproj",
    ]


@neg("ssh_host_public_keys_known_hosts_lines")
def _():
    return [
        "wandb-db.corp.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % b64raw(24)[:43],
        "wandb-db.corp.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s=" % b64raw(63)[:83],
    ]


@neg("kafka_producerconfig_values_hidden_markers")
def _():
    return [
        "%s INFO  [main] o.a.k.c.p.ProducerConfig - ProducerConfig values:" % ts_sp(),
        "\tsasl.jaas.config = [hidden]",
        "\tsasl.mechanism = SCRAM-SHA-512",
        "\tssl.key.password = null",
        "\tssl.truststore.password = [hidden]",
        "\tclient.id = producer-%d" % ri(1, 9),
    ]


@neg("hikaricp_config_dump_password_masked")
def _():
    return [
        "%s DEBUG com.zaxxer.hikari.HikariConfig - jdbcUrl.........................jdbc:mysql://%s:3306/wandb_local?useSSL=true" % (ts_sp(), ip10()),
        "%s DEBUG com.zaxxer.hikari.HikariConfig - password........................<masked>" % ts_sp(),
        "%s DEBUG com.zaxxer.hikari.HikariConfig - username........................\"wandb\"" % ts_sp(),
    ]


@neg("pip_looking_in_indexes_userinfo_masked")
def _():
    v = "0.%d.%d" % (ri(15, 22), ri(0, 9))
    return [
        "Looking in indexes: https://pypi.org/simple, https://ci:****@pypi.example.com/simple",
        "Collecting wandb==%s" % v,
        "  Downloading wandb-%s-py3-none-manylinux.whl (%.1f MB)" % (v, R.random() * 20),
    ]


@neg("celery_banner_transport_masked_stars")
def _():
    return [
        " -------------- celery@%s v5.%d.%d (opalescent)" % (pod("launch-worker"), ri(2, 4), ri(0, 9)),
        "- ** ---------- .> app:         launch:0x%x" % ri(2**40, 2**44),
        "- ** ---------- .> transport:   amqp://launch:**@rabbitmq.wandb.svc:5672//",
        "- ** ---------- .> results:     redis://:**@wandb-redis:6379/1",
    ]


@neg("vault_status_table_cluster_ids")
def _():
    return [
        "Key                     Value",
        "Seal Type               awskms",
        "Sealed                  false",
        "Version                 1.%d.%d" % (ri(14, 19), ri(0, 9)),
        "Cluster ID              %s" % uuid4(),
        "HA Cluster              https://vault-0.vault-internal:8201",
        "Raft Committed Index    %d" % ri(10**4, 10**7),
    ]


@neg("prometheus_sd_labels_revision_hashes")
def _():
    return [
        '{__meta_kubernetes_pod_label_pod_template_hash="%s", __meta_kubernetes_pod_label_controller_revision_hash="wandb-redis-%s", __meta_kubernetes_pod_uid="%s", job="wandb-app"}' % (rs(10, LALNUM), rs(10, LALNUM), uuid4()),
    ]


@neg("git_log_oneline_shas_signed_off")
def _():
    return [
        "%s (HEAD -> main) rotate mysql password reference to new secret" % hexs(10),
        "%s chore: bump operator-wandb to 0.%d.%d" % (hexs(10), ri(10, 40), ri(0, 9)),
        "%s fix(token): shorten api token cache ttl" % hexs(10),
        "Signed-off-by: Ops Bot <ops@example.com>",
    ]


@neg("runbook_env_template_placeholders", new=False)
def _():
    return [
        "MYSQL_PASSWORD=<your-mysql-password>",
        "WANDB_API_KEY=${WANDB_API_KEY:?set me}",
        "REDIS_PASSWORD={{ .Values.redis.password }}",
        "LICENSE=$(cat /run/secrets/license)",
        "OIDC_SECRET=REPLACE_ME",
    ]


@neg("ansi_colored_log_levels_with_secret_words")
def _():
    return [
        "%s %s token expired for user id=%d, issuing refresh" % (ts(), ansi("33", "WARN"), ri(1, 99999)),
        "%s %s invalid api key (length=%d)" % (ts(), ansi("31", "ERROR"), ri(10, 50)),
        "%s %s password policy updated: min_length=12 require_digit=true" % (ts(), ansi("32", "INFO")),
    ]


@neg("s3_list_objects_v2_next_continuation_token", new=False)
def _():
    return [
        '    "IsTruncated": true,',
        '    "KeyCount": 1000,',
        '    "NextContinuationToken": "1%s",' % b64raw(60).rstrip("="),
        '    "Name": "wandb-%s"' % rs(6, LALNUM),
    ]


@neg("aws_iam_policy_document_condition_keys")
def _():
    return [
        '{"Effect":"Allow","Action":["secretsmanager:GetSecretValue"],"Resource":"arn:aws:secretsmanager:us-east-1:%d:secret:wandb/mysql-%s",' % (ri(10**11, 10**12 - 1), rs(6, ALNUM)),
        ' "Condition":{"StringEquals":{"aws:PrincipalTag/team":"ml","kms:EncryptionContext:SecretARN":"arn:aws:secretsmanager:us-east-1:%d:secret:wandb/mysql-%s"}}}' % (ri(10**11, 10**12 - 1), rs(6, ALNUM)),
    ]


@neg("kubernetes_event_token_rotation_messages")
def _():
    return [
        "LAST SEEN   TYPE     REASON              OBJECT                 MESSAGE",
        "%dm         Normal   SecretSynced        externalsecret/wandb   secret synced" % ri(1, 59),
        "%dm         Normal   TokenRequest        pod/%s   Successfully requested projected service account token" % (ri(1, 59), pod("wandb-app")),
    ]


@neg("otel_span_attributes_with_secret_words")
def _():
    return [
        'Span #%d  Trace ID: %s  Parent ID: %s  ID: %s' % (ri(0, 20), hexs(32), hexs(16), hexs(16)),
        '  -> http.request.header.authorization: Str(<redacted>)',
        '  -> auth.token.valid: Bool(true)',
        '  -> db.user: Str(wandb)',
    ]


@neg("base64_of_public_ca_bundle_in_configmap", new=False)
def _():
    head = "-----BEGIN CERTIFICATE-----\n"
    return [
        "data:",
        "  ca.crt.b64: %s" % base64.b64encode((head + b64raw(96) + "\n").encode()).decode(),
        "  ca.crt.sha256: %s" % hexs(64),
    ]


@neg("terraform_cloud_run_and_state_version_ids")
def _():
    return [
        "Running apply in HCP Terraform. Output will stream here.",
        "To view this run in a browser, visit:",
        "https://app.terraform.io/app/example/wandb-prod/runs/run-%s" % rs(16, ALNUM),
        "State version: sv-%s" % rs(16, ALNUM),
    ]


@neg("wandb_api_key_settings_page_text", new=False)
def _():
    return [
        "API keys",
        "Name        Created        Last used      Key",
        "ci-runner   %s     %s     ...%s" % (ts()[:10], ts()[:10], hexs(4)),
        "Keys are shown only once when created. Revoke a key if you think it leaked.",
    ]


@neg("kubectl_get_csr_names_and_signers", new=False)
def _():
    return [
        "NAME        AGE   SIGNERNAME                                    REQUESTOR                 CONDITION",
        "csr-%s   %dm   kubernetes.io/kube-apiserver-client-kubelet   system:bootstrap:%s   Approved,Issued" % (rs(5, LALNUM), ri(1, 59), rs(6, LALNUM)),
    ]


@neg("temporal_workflow_and_run_ids")
def _():
    return [
        "  WorkflowId  wandb-sync-%s" % uuid4(),
        "  RunId       %s" % uuid4(),
        "  Type        ArtifactSyncWorkflow",
        "  TaskQueue   wandb-sync",
        "  HistoryLength %d" % ri(10, 900),
    ]


@neg("pip_freeze_vcs_commit_urls")
def _():
    return [
        "wandb==0.%d.%d" % (ri(15, 22), ri(0, 9)),
        "internal-utils @ git+https://git.example.com/ml/internal-utils.git@%s" % hexs(40),
        "trainer @ git+https://github.com/example/trainer@%s#egg=trainer" % hexs(40),
        "torch==2.%d.%d" % (ri(1, 6), ri(0, 3)),
    ]


@neg("cloudfront_x_amz_cf_id_headers")
def _():
    return [
        "< HTTP/2 200",
        "< x-cache: Miss from cloudfront",
        "< via: 1.1 %s.cloudfront.net (CloudFront)" % hexs(32),
        "< x-amz-cf-pop: IAD89-C%d" % ri(1, 3),
        "< x-amz-cf-id: %s==" % b64u_raw(40)[:54],
    ]


@neg("azure_ad_signin_log_token_identifiers")
def _():
    return [
        '{"createdDateTime":"%s","appDisplayName":"W&B Server","correlationId":"%s",' % (ts(), uuid4()),
        ' "uniqueTokenIdentifier":"%s","originalRequestId":"%s",' % (b64u_raw(16), uuid4()),
        ' "status":{"errorCode":0},"tokenIssuerType":"AzureAD","authenticationRequirement":"singleFactorAuthentication"}',
    ]


@neg("etcd_member_list_hex_ids")
def _():
    return [
        "%s, started, etcd-%d, https://%s:2380, https://%s:2379, false" % (hexs(16), ri(0, 2), ip10(), ip10()),
        "%s, started, etcd-%d, https://%s:2380, https://%s:2379, false" % (hexs(16), ri(0, 2), ip10(), ip10()),
        "%s, started, etcd-%d, https://%s:2380, https://%s:2379, false" % (hexs(16), ri(0, 2), ip10(), ip10()),
    ]


@neg("mlflow_run_ids_artifact_uris")
def _():
    r = hexs(32)
    return [
        "INFO mlflow.tracking._tracking_service.client: View run %s at: http://mlflow.ml.svc:5000/#/experiments/%d/runs/%s" % (pick("brave-owl-12", "calm-fox-3"), ri(1, 99), r),
        "artifact_uri: s3://ml-artifacts/mlflow/%d/%s/artifacts" % (ri(1, 99), r),
        "run_uuid: %s" % r,
    ]


@neg("kubernetes_lease_holder_identity")
def _():
    return [
        "apiVersion: coordination.k8s.io/v1",
        "kind: Lease",
        "metadata: {name: wandb-operator-leader, namespace: wandb}",
        "spec:",
        "  holderIdentity: %s_%s" % (pod("wandb-operator"), uuid4()),
        "  leaseDurationSeconds: 15",
        "  renewTime: \"%s\"" % ts(),
    ]


@neg("git_submodule_status_shas")
def _():
    return [
        " %s charts/operator-wandb (operator-wandb-0.%d.%d)" % (hexs(40), ri(10, 40), ri(0, 9)),
        "+%s vendor/terraform-aws-wandb (v%d.%d.%d-%d-g%s)" % (hexs(40), ri(1, 9), ri(0, 20), ri(0, 9), ri(1, 30), hexs(7)),
    ]


@neg("kube_state_metrics_secret_info_series")
def _():
    return [
        '# HELP kube_secret_info Information about secret.',
        'kube_secret_info{namespace="wandb",secret="wandb-mysql"} 1',
        'kube_secret_type{namespace="wandb",secret="wandb-license",type="Opaque"} 1',
        'kube_secret_created{namespace="wandb",secret="sh.helm.release.v1.wandb.v%d"} %d' % (ri(2, 30), epoch()),
    ]


@neg("docker_system_df_v_volume_hashes")
def _():
    return [
        "Local Volumes space usage:",
        "",
        "VOLUME NAME                                                        LINKS     SIZE",
        "%s   1         %dMB" % (hexs(64), ri(1, 999)),
        "wandb_mysql_data                                                   1         %.2fGB" % (R.random() * 20),
    ]


@neg("gorilla_feature_flag_dump_secret_word_booleans")
def _():
    return [
        "%s INFO feature flags: GORILLA_DISABLE_PASSWORD_LOGIN=true GORILLA_TOKEN_CACHE_TTL=5m GORILLA_SECRET_MANAGER_ENABLED=false" % ts(),
        "%s INFO feature flags: GORILLA_API_KEY_MAX_AGE=2160h GORILLA_SESSION_SECRET_ROTATION=weekly" % ts(),
    ]


@neg("azure_blob_url_stored_access_policy_without_sig")
def _():
    return [
        "Blob URL template: https://wandbsa%s.blob.core.windows.net/artifacts/%s?sv=2023-11-03&sr=c&si=wandb-read-policy" % (rs(5, LALNUM), hexs(32)),
        "(signature is appended by the server at request time)",
    ]


@neg("helm_chart_yaml_artifacthub_signkey_fingerprint")
def _():
    return [
        "annotations:",
        "  artifacthub.io/signKey: |",
        "    fingerprint: %s" % hexs(40).upper(),
        "    url: https://charts.example.com/pgp-public.key",
        "  artifacthub.io/containsSecurityUpdates: \"true\"",
    ]


# ---------------------------------------------------------------- main

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = [n for n, _, _ in POS] + [n for n, _, _ in NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
    seen = set()
    out = []
    for name, _new, f in POS:
        for _ in range(3):
            for _try in range(200):
                lines, secrets = f()
                secrets = list(dict.fromkeys(secrets))
                if check(lines, secrets) and not (set(secrets) & seen):
                    break
            else:
                raise SystemExit("cannot draw a clean record for " + name)
            seen.update(secrets)
            out.append(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False))
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    out = []
    for name, _new, f in NEG:
        for _ in range(5):
            out.append(json.dumps({"shape": name, "lines": f()}, ensure_ascii=False))
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
