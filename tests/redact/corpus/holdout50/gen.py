#!/usr/bin/env python3
"""holdout50: sealed held-out set for the wbdiag secret redactor.

Focus: backup, sync and storage tools.
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

SEED = 5050_0612
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

# ---------------------------------------------------------------- sources
RESTIC_ENV = "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables"
RESTIC_REPO = "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html"
RESTIC_JSON = "https://restic.readthedocs.io/en/stable/075_scripting.html"
RESTICPROFILE = "https://creativeprojects.github.io/resticprofile/configuration/getting_started/"
AUTORESTIC = "https://autorestic.vercel.app/backend/env"
RUSTIC = "https://rustic.cli.rs/docs/commands/init/config.html"
K8UP = "https://docs.k8up.io/k8up/2.x/how-tos/backup.html"
BORG_ENV = "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables"
BORG_KEY = "https://borgbackup.readthedocs.io/en/stable/usage/key.html"
BORG_INFO = "https://borgbackup.readthedocs.io/en/stable/usage/info.html"
BORGMATIC = "https://torsion.org/borgmatic/docs/how-to/provide-your-passwords/"
BORGMATIC_DB = "https://torsion.org/borgmatic/docs/how-to/backup-your-databases/"
KOPIA_REPO = "https://kopia.io/docs/repositories/"
KOPIA_SERVER = "https://kopia.io/docs/repository-server/"
KOPIA_CLI = "https://kopia.io/docs/reference/command-line/"
DUPLY = "https://duply.net/Documentation (duply create template conf)"
DUPLICITY = "https://duplicity.us/stable/duplicity.1.html (ENVIRONMENT VARIABLES, URL FORMAT)"
RCLONE_CONF = "https://rclone.org/docs/#config-file ; https://rclone.org/drive/ ; https://rclone.org/crypt/"
RCLONE_ENV = "https://rclone.org/docs/#environment-variables"
RCLONE_OBSCURE = "https://rclone.org/commands/rclone_obscure/"
RCLONE_DUMP = "https://rclone.org/docs/#dump-flag-flag-flag"
RCLONE_SERVE = "https://rclone.org/commands/rclone_serve_webdav/ ; https://rclone.org/rc/"
RCLONE_BACKENDS = "https://rclone.org/b2/ ; https://rclone.org/swift/ ; https://rclone.org/smb/ ; https://rclone.org/ftp/ ; https://rclone.org/onedrive/"
S3CMD = "https://s3tools.org/kb/item14.htm (.s3cfg); s3cmd --configure"
S5CMD = "https://github.com/peak/s5cmd#configuring-credentials"
MC = "https://min.io/docs/minio/linux/reference/minio-mc.html (mc alias set, config.json, mc share)"
MINIO_ENV = "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html ; kms MINIO_KMS_SECRET_KEY"
MINIO_CONSOLE = "https://github.com/minio/console (POST /api/v1/login body)"
AWS_PRESIGN = "https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html ; SigV4 query auth"
AWS_DEBUG = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html (--debug botocore)"
GSUTIL = "https://cloud.google.com/storage/docs/boto-gsutil ; gsutil signurl"
AZCOPY = "https://learn.microsoft.com/azure/storage/common/storage-ref-azcopy-configuration-settings"
AZSAS = "https://learn.microsoft.com/rest/api/storageservices/create-service-sas"
B2 = "https://www.backblaze.com/docs/cloud-storage-command-line-tools ; b2_authorize_account API"
WASABI = "https://docs.wasabi.com/docs/how-do-i-use-aws-cli-with-wasabi"
VELERO = "https://velero.io/docs/main/supported-providers/ ; velero-plugin-for-aws README (credentials-velero)"
LONGHORN = "https://longhorn.io/docs/latest/snapshots-and-backups/backup-and-restore/set-backup-target/"
CEPH_KEYRING = "https://docs.ceph.com/en/latest/rados/operations/user-management/#keyring-management"
CEPH_MOUNT = "https://docs.ceph.com/en/latest/cephfs/mount-using-kernel-driver/"
ROOK = "https://rook.io/docs/rook/latest/Storage-Configuration/Ceph-CSI/ceph-csi-drivers/ ; rook-ceph-mon secret"
RGW_ADMIN = "https://docs.ceph.com/en/latest/radosgw/admin/ (radosgw-admin user create)"
CEPHADM = "https://docs.ceph.com/en/latest/cephadm/install/#running-the-bootstrap-command"
GANESHA = "https://github.com/nfs-ganesha/nfs-ganesha/blob/next/src/config_samples/rgw.conf"
RSYNCD = "https://download.samba.org/pub/rsync/rsyncd.conf.5 (secrets file)"
RSYNC = "https://download.samba.org/pub/rsync/rsync.1 (--password-file, RSYNC_PASSWORD)"
CIFS = "https://www.samba.org/~ab/output/htmldocs/manpages-3/mount.cifs.8.html (credentials=filename)"
AUTOFS = "https://man7.org/linux/man-pages/man5/autofs.5.html"
SMBCLIENT = "https://www.samba.org/samba/docs/current/man-html/smbclient.1.html (-A authfile)"
SMB_CSI = "https://github.com/kubernetes-csi/csi-driver-smb/blob/master/deploy/example/e2e_usage.md"
KLIST = "https://web.mit.edu/kerberos/krb5-latest/doc/user/user_commands/klist.html (-k -K -e)"
NFS_KRB = "https://wiki.archlinux.org/title/NFS/Kerberos"
SYNOLOGY = "Synology File Station Official API guide (SYNO.API.Auth login, sid)"
TRUENAS = "https://www.truenas.com/docs/api/ (API keys, Bearer) ; midclt call cloudsync.credentials.query"
PG_DUMP = "https://www.postgresql.org/docs/current/app-pgdump.html ; libpq connection URIs"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
PG_BASEBACKUP = "https://www.postgresql.org/docs/current/app-pgbasebackup.html"
MONGODUMP = "https://www.mongodb.com/docs/database-tools/mongodump/"
MARIADB_DUMP = "https://mariadb.com/kb/en/mariadb-dump/ ; option files my.ini"
MYDUMPER = "https://github.com/mydumper/mydumper (--defaults-file [mydumper] section)"
PGBACKREST = "https://pgbackrest.org/configuration.html (repo-s3-key-secret, repo-cipher-pass, PGBACKREST_ env)"
WALG = "https://github.com/wal-g/wal-g/blob/master/docs/STORAGES.md ; WALG_LIBSODIUM_KEY"
BARMAN = "https://docs.pgbarman.org/release/latest/ (conninfo, streaming_conninfo, barman-cloud)"
LITESTREAM = "https://litestream.io/reference/config/"
MARIABACKUP = "https://mariadb.com/kb/en/mariabackup-options/"
ETCDCTL = "https://etcd.io/docs/v3.5/op-guide/recovery/ ; etcdctl --user"
CH_BACKUP = "https://github.com/Altinity/clickhouse-backup (config.yml s3 section)"
BAREOS = "https://docs.bareos.org/Configuration/Director.html ; FileDaemon.html ; bconsole.conf"
BAREOS_DROPLET = "https://docs.bareos.org/TasksAndConcepts/StorageBackends.html (droplet profile)"
BACULA = "https://www.bacula.org/9.4.x-manuals/en/main/Configuring_Director.html ; bacula-dir.conf.in"
VEEAM = "https://helpcenter.veeam.com/docs/backup/powershell/connect-vbrserver.html ; add-vbrcredentials.html"
KASTEN = "https://docs.kasten.io/latest/operating/external_tools/k10tools ; location profiles with secrets"
COMMVAULT = "https://documentation.commvault.com/ (qlogin -cs -u -clp)"
PBS = "https://pbs.proxmox.com/docs/backup-client.html (PBS_REPOSITORY, PBS_PASSWORD, key create)"
PVE_STORAGE = "https://pve.proxmox.com/wiki/Storage:_Proxmox_Backup_Server (/etc/pve/priv/storage/<id>.pw)"
JUICEFS = "https://juicefs.com/docs/community/command_reference/#format"
S3FS = "https://github.com/s3fs-fuse/s3fs-fuse/wiki/Fuse-Over-Amazon (passwd-s3fs)"
SYNCTHING = "https://docs.syncthing.net/users/config.html (gui password bcrypt, apikey)"
RSNAPSHOT = "https://rsnapshot.org/rsnapshot/docs/docbook/rest.html (backup_exec, tab separated)"
DUPLICATI = "https://docs.duplicati.com/detailed-descriptions/the-backend-urls (auth-username/auth-password, --passphrase)"
ISCSI = "https://github.com/open-iscsi/open-iscsi/blob/master/etc/iscsid.conf (node.session.auth.*)"
LFTP = "https://lftp.yar.ru/lftp-man.html (-u user,pass)"
WINSCP = "https://winscp.net/eng/docs/scriptcommand_open"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/ ; kubectl last-applied-configuration"
DOCKER_LOG = "https://docs.docker.com/config/containers/logging/json-file/ ; Fluent Bit record format"
PROC_ENV = "proc(5) /proc/<pid>/environ"
BOTO3_TB = "https://rich.readthedocs.io/en/stable/traceback.html (show_locals)"
GPG = "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html"
ZFS = "https://openzfs.github.io/openzfs-docs/man/master/7/zfsprops.7.html (encryption, keylocation)"
S3API = "https://docs.aws.amazon.com/cli/latest/reference/s3api/ (head-object, get-bucket-encryption)"

# ================================================================ POSITIVES
# ---- restic family
P("restic_rest_server_url_userinfo_systemd_environment_lines", RESTIC_REPO, r"""
[Service]
Type=oneshot
Environment=RESTIC_REPOSITORY=rest:https://«@backup|restic|bk»:«!pw18:p»@rest.«@example.net|example.org»:8000/«lc8:h»/
Environment=RESTIC_PASSWORD=«!pw22:q»
Environment=RESTIC_CACHE_DIR=/var/cache/restic
ExecStart=/usr/bin/restic backup --one-file-system --tag wandb /var/lib/wandb
""")
P("restic_docker_inspect_env_b2_account_key_and_password", RESTIC_ENV, r"""
        "Env": [
            "RESTIC_REPOSITORY=b2:«@wandb-backup|wb-bundles|minio-mirror»:/«lc6:h»",
            "RESTIC_PASSWORD=«!pw24:p»",
            "B2_ACCOUNT_ID=00«hex10:a»0000000«dig3:b»",
            "B2_ACCOUNT_KEY=K00«dig1:c»«!b64s27:k»",
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        ],
""")
P("restic_azure_account_key_export_shell_history", RESTIC_ENV, r"""
  «dig3:n»  export AZURE_ACCOUNT_NAME=«lc12:a»
  «dig3:m»  export AZURE_ACCOUNT_KEY=«!b64s86:k»==
  «dig3:o»  restic -r azure:«@backups|wandb»:/ snapshots
""")
P("resticprofile_toml_env_section_aws_secret", RESTICPROFILE, r"""
[default]
  repository = "s3:https://s3.«@us-east-1|eu-west-1».amazonaws.com/«lc10:b»-restic"
  password-file = "/etc/resticprofile/key"
  initialize = false

[default.env]
  AWS_ACCESS_KEY_ID = "AKIA«uc16:a»"
  AWS_SECRET_ACCESS_KEY = "«!b64s40:s»"
""")
P("autorestic_yml_backend_key_and_b2_env", AUTORESTIC, r"""
backends:
  remote:
    type: b2
    path: '«lc10:b»:wandb'
    key: «!an32:k»
    env:
      B2_ACCOUNT_ID: 00«hex10:i»0000000002
      B2_ACCOUNT_KEY: K00«dig1:c»«!b64s27:a»
locations:
  wandb:
    from: /var/lib/wandb
    to: remote
""")
P("rustic_toml_repository_password_and_opendal_secret", RUSTIC, r"""
[repository]
repository = "opendal:s3"
password = "«!pw20:p»"

[repository.options]
bucket = "«lc8:b»-rustic"
root = "/wandb"
access_key_id = "AKIA«uc16:a»"
secret_access_key = "«!b64s40:s»"
""")
P("k8up_repo_secret_data_b64_and_schedule_ref", K8UP, r"""
apiVersion: v1
kind: Secret
metadata:
  name: backup-repo
  namespace: «@wandb|wandb-system»
type: Opaque
data:
  password: «!pw18:p|b64:»
---
apiVersion: k8up.io/v1
kind: Schedule
""")
P("proc_environ_restic_from_password_copy_job", PROC_ENV, r"""
# tr '\0' '\n' < /proc/«dig5:p»/environ
HOME=/root
RESTIC_FROM_REPOSITORY=/mnt/nas/restic
RESTIC_FROM_PASSWORD=«!pw20:a»
RESTIC_REPOSITORY=sftp:restic@«@vault|nas|store».example.com:/srv/restic
RESTIC_PASSWORD=«!pw20:b»
""")
P("restic_cronjob_fluentbit_record_cut_after_password", DOCKER_LOG, r"""
{"date":«TE»,"kubernetes":{"pod_name":"restic-backup-«lc5:x»","namespace_name":"wandb"},"log":"+ export RESTIC_PASSWORD='«!pw22:p»' AWS_SECRET_ACCESS_KEY='«!b64s40:s»' RESTIC_REPO
""")
# ---- borg family
P("borg_key_export_file_repo_id_and_key_blob", BORG_KEY, r"""
$ borg key export /srv/borg/wandb /dev/stdout
BORG_KEY «hex64:r»
«!b64s76:a»
«!b64s76:b»
«!b64s76:c»
«!b64s40:d»
""")
P("borg_crontab_env_header_passphrase_quoted", BORG_ENV, r"""
SHELL=/bin/bash
BORG_REPO=ssh://borg@«@backup|bk01».example.com:22/./wandb
BORG_PASSPHRASE='«!pw26:p»'
BORG_RSH="ssh -i /root/.ssh/borg_ed25519"
15 2 * * * borg create --stats ::'{hostname}-{now}' /var/lib/wandb >> /var/log/borg.log 2>&1
""")
P("borgmatic_config_yaml_passphrase_and_postgres_hook_password", BORGMATIC_DB, r"""
repositories:
    - path: ssh://«lc6:u»@«lc6:u».repo.borgbase.com/./repo
      label: borgbase
encryption_passphrase: "«!pw24:p»"
postgresql_databases:
    - name: wandb
      hostname: «@db|postgres|10.0.3.14»
      username: backup
      password: «!pw18:d»
""")
P("borgmatic_compose_env_borg_passphrase_and_mysql_password", BORGMATIC, r"""
services:
  borgmatic:
    image: ghcr.io/borgmatic-collective/borgmatic
    environment:
      - BORG_PASSPHRASE=«!pw24:p»
      - MYSQL_PASSWORD=«!pw16:m»
      - TZ=UTC
""")
P("borg_debug_log_env_passphrase_in_subprocess_dump", BORG_ENV, r"""
«TL» DEBUG borgmatic.execute: Executing: borg create --info --stats ssh://borg@bk.example.com/./wandb::{hostname}-{now} /var/lib/wandb
«TL» DEBUG borgmatic.execute: environment: {'BORG_RELOCATED_REPO_ACCESS_IS_OK': 'no', 'BORG_PASSPHRASE': '«!pw24:p»', 'BORG_RSH': 'ssh -i /root/.ssh/id_ed25519'}
""")
# ---- kopia
P("kopia_repository_config_json_s3_secret_access_key", KOPIA_REPO, r"""
{
  "storage": {
    "type": "s3",
    "config": {
      "bucket": "«lc8:b»-kopia",
      "endpoint": "s3.«@wasabisys.com|amazonaws.com»",
      "accessKeyID": "AKIA«uc16:a»",
      "secretAccessKey": "«!b64s40:s»",
      "sessionToken": ""
    }
  },
""")
P("kopia_server_start_ps_server_and_control_passwords", KOPIA_SERVER, r"""
root      «dig4:p»  0.4  1.1 «dig6:v» «dig5:r» ?  Ssl  «@09:14|11:02» 0:08 /usr/bin/kopia server start --address=0.0.0.0:51515 --tls-cert-file=/etc/kopia/tls.crt --tls-key-file=/etc/kopia/tls.key --server-username=admin --server-password=«!pw20:a» --server-control-username=server-control --server-control-password=«!pw20:b»
""")
P("kopia_password_file_base64_cat", KOPIA_CLI, r"""
$ ls ~/.config/kopia/
repository.config  repository.config.kopia-password
$ cat ~/.config/kopia/repository.config.kopia-password
«!pw20:p|b64:»
""")
P("kopia_systemd_env_file_password_and_b2_key", KOPIA_CLI, r"""
# /etc/kopia/kopia.env
KOPIA_PASSWORD=«!pw22:p»
KOPIA_CHECK_FOR_UPDATES=false
B2_KEY_ID=00«hex10:i»0000000003
B2_KEY=K00«dig1:c»«!b64s27:k»
""")
# ---- duplicity / duply
P("duply_profile_conf_gpg_pw_and_target_pass", DUPLY, r"""
GPG_KEY='«uhex8:g»'
GPG_PW='«!pw22:p»'
TARGET='sftp://«@backup|duply»@«@nas|store».example.com/srv/duply/wandb'
TARGET_USER='backup'
TARGET_PASS='«!pw16:t»'
SOURCE='/var/lib/wandb'
MAX_AGE=1M
""")
P("duply_profile_conf_b2_target_url_with_app_key", DUPLY, r"""
GPG_KEY='disabled'
TARGET='b2://00«hex10:i»0000000004:K00«dig1:c»«!b64s27:k»@«lc10:b»/wandb'
MAX_FULLBKP_AGE=1M
DUPL_PARAMS="$DUPL_PARAMS --full-if-older-than $MAX_FULLBKP_AGE "
""")
P("duplicity_cron_script_passphrase_and_ftp_password_exports", DUPLICITY, r"""
#!/bin/sh
export PASSPHRASE="«!pw24:p»"
export FTP_PASSWORD="«!pw16:f»"
duplicity --full-if-older-than 1M /var/lib/wandb ftps://backup@ftp.«@example.com|example.org»/wandb
unset PASSPHRASE FTP_PASSWORD
""")
P("duplicity_v9_using_args_url_with_password", DUPLICITY, r"""
Using archive dir: /root/.cache/duplicity/«hex32:a»
Using backup name: «hex32:a»
Import of duplicity.backends.ssh_paramiko_backend Succeeded
Main action: inc
Using args: ['/var/lib/wandb', 'sftp://backup:«!pw18:p»@nas.example.com//srv/dup']
""")
# ---- rclone
P("rclone_conf_drive_client_secret_and_token_json", RCLONE_CONF, r"""
[gdrive]
type = drive
client_id = «dig12:c»-«lc32:d».apps.googleusercontent.com
client_secret = GOCSPX-«!b64u28:s»
scope = drive
token = {"access_token":"ya29.«!b64u120:a»","token_type":"Bearer","refresh_token":"1//0«!b64u96:r»","expiry":"«T»"}
team_drive =
""")
P("rclone_conf_crypt_remote_password_and_password2_obscured", RCLONE_CONF, r"""
[s3enc]
type = crypt
remote = minio:«lc8:b»/encrypted
filename_encryption = standard
directory_name_encryption = true
password = «!b64u38:a»
password2 = «!b64u46:b»
""")
P("rclone_systemd_env_config_pass_and_crypt_password", RCLONE_ENV, r"""
[Service]
Environment=RCLONE_CONFIG_PASS=«!pw22:p»
Environment=RCLONE_CONFIG_ARCHIVE_TYPE=crypt
Environment=RCLONE_CONFIG_ARCHIVE_PASSWORD=«!b64u40:o»
ExecStart=/usr/bin/rclone sync /var/lib/wandb archive: --log-level INFO
""")
P("rclone_conf_onedrive_token_crlf_windows", RCLONE_BACKENDS, r"""
[onedrive]⏎
type = onedrive⏎
token = {"access_token":"EwB«!b64s160:a»","token_type":"Bearer","refresh_token":"M.C«dig3:x»_BAY.0.U.-«!b64u120:r»","expiry":"«T»"}⏎
drive_id = «hex16:d»⏎
drive_type = business⏎
""")
P("rclone_conf_b2_and_swift_keys_two_sections", RCLONE_BACKENDS, r"""
[b2]
type = b2
account = 00«hex10:i»0000000005
key = K00«dig1:c»«!b64s27:k»

[swift]
type = swift
user = wandb-backup
key = «!pw24:s»
auth = https://keystone.«@example.com|example.org»:5000/v3
""")
P("rclone_conf_smb_and_ftp_obscured_pass", RCLONE_BACKENDS, r"""
[nas]
type = smb
host = «@nas|filer».example.com
user = svc_backup
pass = «!b64u38:a»
domain = CORP

[ftp]
type = ftp
host = ftp.example.com
pass = «!b64u42:b»
""")
P("rclone_mount_exec_start_webdav_pass_flag", RCLONE_SERVE, r"""
ExecStart=/usr/bin/rclone mount :webdav: /mnt/dav \
    --webdav-url=https://dav.«@example.com|example.net»/remote.php/dav/files/backup \
    --webdav-vendor=nextcloud --webdav-user=backup --webdav-pass=«!b64u40:p» \
    --vfs-cache-mode writes
""")
P("rclone_serve_webdav_user_pass_plaintext_ps", RCLONE_SERVE, r"""
UID          PID    PPID  C STIME TTY          TIME CMD
rclone     «dig4:p»       1  0 «@Mar12|Apr03» ?        00:01:12 rclone serve webdav /srv/bundles --addr :8080 --user support --pass «!pw18:s» --read-only
""")
P("rclone_rcd_web_gui_rc_pass_systemd_unit", RCLONE_SERVE, r"""
[Service]
ExecStart=/usr/bin/rclone rcd --rc-web-gui --rc-web-gui-no-open-browser --rc-addr=127.0.0.1:5572 --rc-user=admin --rc-pass=«!pw20:p»
Restart=on-failure
""")
P("rclone_dump_auth_request_authorization_bearer", RCLONE_DUMP, r"""
«TG» DEBUG : >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>
«TG» DEBUG : HTTP REQUEST (req 0xc000«hex6:r»)
«TG» DEBUG : GET /drive/v3/files?alt=json&fields=files HTTP/1.1
Host: www.googleapis.com
User-Agent: rclone/v1.«@65|66|67».«dig1:v»
Authorization: Bearer ya29.«!b64u140:t»
Accept-Encoding: gzip
""")
P("rclone_config_dump_json_mega_and_sftp_obscured", RCLONE_OBSCURE, r"""
$ rclone config dump
{
    "mega": {
        "pass": "«!b64u42:a»",
        "type": "mega"
    },
    "sftp": {
        "host": "10.«dig2:a».«dig1:b».«dig2:c»",
        "key_file_pass": "«!b64u44:b»",
        "type": "sftp"
    }
}
""")
# ---- s3cmd / s5cmd / mc / minio
P("s3cmd_ini_crlf_secret_key_gpg_passphrase_access_token", S3CMD, r"""
[default]⏎
access_key = AKIA«uc16:a»⏎
secret_key = «!b64s40:s»⏎
access_token = «!b64s64:t»⏎
gpg_command = /usr/bin/gpg⏎
gpg_passphrase = «!pw20:g»⏎
host_base = s3.amazonaws.com⏎
""")
P("s5cmd_docker_run_e_secret_and_endpoint", S5CMD, r"""
docker run --rm -e AWS_ACCESS_KEY_ID=AKIA«uc16:a» -e AWS_SECRET_ACCESS_KEY=«!b64s40:s» -e AWS_REGION=«@us-east-1|eu-central-1» peakcom/s5cmd --endpoint-url https://minio.«@example.com|example.org» cp 's3://«lc8:b»/bundles/*' /tmp/bundles/
""")
P("mc_config_json_multi_alias_gcs_and_s3_secretkeys", MC, r"""
{
	"version": "10",
	"aliases": {
		"gcs": {"url": "https://storage.googleapis.com", "accessKey": "GOOG1E«uc30:g»", "secretKey": "«!b64s40:a»", "api": "S3v2", "path": "dns"},
		"wandb": {"url": "http://minio.wandb.svc:9000", "accessKey": "«uc20:m»", "secretKey": "«!an40:b»", "api": "s3v4", "path": "auto"}
	}
}
""")
P("mc_alias_set_zsh_history_extended_timestamp", MC, r"""
: «dig10:t»:0;mc alias set wbminio https://minio.example.com:9000 «uc20:a» «!an40:s»
: «dig10:u»:0;mc ls wbminio/wandb-artifacts
""")
P("minio_etc_default_env_root_password_and_kms_secret_key", MINIO_ENV, r"""
# /etc/default/minio
MINIO_VOLUMES="/mnt/data{1...4}"
MINIO_OPTS="--console-address :9001"
MINIO_ROOT_USER=minioadmin
MINIO_ROOT_PASSWORD=«!pw24:p»
MINIO_KMS_SECRET_KEY=wandb-key:«!b64s43:k»=
""")
P("minio_console_login_request_body_secret_key", MINIO_CONSOLE, r"""
POST /api/v1/login HTTP/1.1
Host: minio-console.«@example.com|example.net»:9001
Content-Type: application/json
Content-Length: «dig2:l»

{"accessKey":"«uc20:a»","secretKey":"«!an40:s»"}
""")
P("mc_share_download_output_presigned_signature", MC, r"""
URL: http://minio.wandb.svc:9000/wandb-artifacts/exports/run-«lc8:r».tar.gz
Expire: 7 days 0 hours 0 minutes 0 seconds
Share: http://minio.wandb.svc:9000/wandb-artifacts/exports/run-«lc8:r».tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«uc20:a»%2F«ymd:d»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:s»
""")
# ---- aws / gsutil / azcopy
P("aws_s3_presign_output_security_token_and_signature", AWS_PRESIGN, r"""
$ aws s3 presign s3://«lc10:b»-support/bundle-«dig8:n».tar.gz --expires-in 3600
https://«lc10:b»-support.s3.amazonaws.com/bundle-«dig8:n».tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA«uc16:a»%2F«ymd:d»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=«!b64s180:k|pct»&X-Amz-Signature=«!hex64:s»
""")
P("aws_s3_cp_debug_botocore_request_headers_security_token", AWS_DEBUG, r"""
«TL» - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=https://«lc10:b».s3.amazonaws.com/bundles/wbdiag.tgz, headers={'User-Agent': b'aws-cli/2.15.«dig1:v»', 'X-Amz-Security-Token': b'«!b64s200:t»', 'Content-Length': '«dig5:l»'}>
""")
P("gsutil_signurl_output_table_goog_signature", GSUTIL, r"""
URL	HTTP Method	Expiration	Signed URL
gs://«lc10:b»/bundle.tgz	GET	2024-«@03|04|05»-«@11|12|13» «hh:h»:«mm:m»:«mm:s»	https://storage.googleapis.com/«lc10:b»/bundle.tgz?x-goog-signature=«!hex512:s»&x-goog-algorithm=GOOG4-RSA-SHA256&x-goog-credential=support%40«lc8:p».iam.gserviceaccount.com%2F«ymd:d»%2Fus%2Fstorage%2Fgoog4_request&x-goog-date=«ymd:d»T«hms:t»Z&x-goog-expires=3600&x-goog-signedheaders=host
""")
P("boto_cfg_gs_secret_access_key_and_aws_pair_with_header", GSUTIL, r"""
# This file contains credentials and other configuration information needed
# by the boto library, used by gsutil.
[Credentials]
gs_access_key_id = GOOG1E«uc30:g»
gs_secret_access_key = «!b64s40:a»
aws_access_key_id = AKIA«uc16:k»
aws_secret_access_key = «!b64s40:b»
[GSUtil]
default_project_id = «lc10:p»
""")
P("configmap_boto_file_escaped_json_gs_oauth_refresh_token", K8S, r"""
{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"gsutil-boto","namespace":"wandb"},"data":{".boto":"[Credentials]\ngs_oauth2_refresh_token = 1//0«!b64u96:r»\n[Boto]\nhttps_validate_certificates = True\n"}}
""")
P("azcopy_spa_cert_password_env_auto_login_powershell", AZCOPY, r"""
PS C:\backup> $env:AZCOPY_AUTO_LOGIN_TYPE="SPN"
PS C:\backup> $env:AZCOPY_SPA_APPLICATION_ID="«uuid:a»"
PS C:\backup> $env:AZCOPY_SPA_CERT_PATH="C:\certs\azcopy.pfx"
PS C:\backup> $env:AZCOPY_SPA_CERT_PASSWORD="«!pw20:p»"
PS C:\backup> $env:AZCOPY_TENANT_ID="«uuid:t»"
""")
P("azcopy_bench_target_sas_url_powershell_transcript", AZSAS, r"""
**********************
PS>.\azcopy.exe bench "https://«lc12:a».blob.core.windows.net/bench?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2024-«@06|07»-01T00:00:00Z&st=2024-05-01T00:00:00Z&spr=https&sig=«!b64s43:s|pct»%3D" --file-count 100
INFO: Scanning...
""")
P("azure_storage_sas_token_env_restic_account_sas", AZSAS, r"""
AZURE_ACCOUNT_NAME=«lc12:a»
AZURE_ACCOUNT_SAS="?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2025-01-01T00:00:00Z&spr=https&sig=«!b64s43:s|pct»%3D"
RESTIC_REPOSITORY=azure:restic:/wandb
""")
P("azure_storage_connection_string_accountkey_barman_cloud", BARMAN, r"""
archive_command = 'barman-cloud-wal-archive --cloud-provider azure-blob-storage https://«lc12:a».blob.core.windows.net/wal pg %p'
# /etc/default/barman-cloud
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=«lc12:a»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net"
""")
# ---- Backblaze / Wasabi
P("backblaze_b2_account_info_sqlite_dump", B2, r"""
$ sqlite3 ~/.b2_account_info 'select account_id, application_key, account_auth_token, api_url from account;'
«hex12:i»|K00«dig1:c»«!b64s27:k»|4_00«hex10:z»0000000006_«!b64s60:t»=|https://api00«dig1:d».backblazeb2.com
""")
P("backblaze_b2_authorize_account_json_response", B2, r"""
HTTP/1.1 200 OK
Content-Type: application/json;charset=utf-8

{
  "accountId": "«hex12:i»",
  "apiInfo": {"storageApi": {"apiUrl": "https://api00«dig1:d».backblazeb2.com", "bucketName": null}},
  "authorizationToken": "4_00«hex10:z»0000000007_«!b64s60:t»=",
  "recommendedPartSize": 100000000
}
""")
P("backblaze_b2_curl_v_basic_authorization", B2, r"""
> GET /b2api/v3/b2_authorize_account HTTP/2
> Host: api.backblazeb2.com
> authorization: Basic «!b64s27:k|basic:005f3c1a9e2b7d40000000008»
> user-agent: curl/8.«dig1:v».0
""")
P("backblaze_b2_create_key_output_keyid_appkey", B2, r"""
$ b2 key create --bucket «lc10:b» wandb-restic listBuckets,readFiles,writeFiles,deleteFiles
00«hex10:i»0000000009 K00«dig1:c»«!b64s27:k»
""")
P("wasabi_credentials_profile_aws_cli_endpoint_url", WASABI, r"""
[wasabi]
aws_access_key_id = «uc20:a»
aws_secret_access_key = «!b64s40:s»
endpoint_url = https://s3.«@eu-central-1|us-east-2».wasabisys.com
""")
# ---- Velero / Longhorn / Rook / Ceph
P("velero_credentials_velero_two_profiles_backup_and_snapshot", VELERO, r"""
[default]
aws_access_key_id=AKIA«uc16:a»
aws_secret_access_key=«!b64s40:s»

[volumesnapshot]
aws_access_key_id=AKIA«uc16:b»
aws_secret_access_key=«!b64s40:t»
""")
P("velero_node_agent_pod_env_literal_secret_value", VELERO, r"""
    env:
    - name: VELERO_SCRATCH_DIR
      value: /scratch
    - name: AWS_ACCESS_KEY_ID
      value: «uc20:a»
    - name: AWS_SECRET_ACCESS_KEY
      value: «!an40:s»
""")
P("longhorn_backup_target_secret_stringdata_aws_keys_and_endpoints", LONGHORN, r"""
apiVersion: v1
kind: Secret
metadata:
  name: minio-secret
  namespace: longhorn-system
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: «uc20:a»
  AWS_SECRET_ACCESS_KEY: «!an40:s»
  AWS_ENDPOINTS: https://minio.«@example.com|example.org»:9000
""")
P("longhorn_backup_target_cifs_secret_password_b64", LONGHORN, r"""
apiVersion: v1
kind: Secret
metadata:
  name: cifs-secret
  namespace: longhorn-system
type: Opaque
data:
  CIFS_USERNAME: «@c3ZjX2JhY2t1cA==|bG9uZ2hvcm4=»
  CIFS_PASSWORD: «!pw18:p|b64:»
""")
P("longhorn_backup_target_azblob_account_key_stringdata", LONGHORN, r"""
stringData:
  AZBLOB_ACCOUNT_NAME: «lc12:a»
  AZBLOB_ACCOUNT_KEY: «!b64s86:k»==
  AZBLOB_ENDPOINT: ""
""")
P("ceph_client_admin_keyring_file_with_caps", CEPH_KEYRING, r"""
[client.admin]
	key = AQ«!b64s38:k»==
	caps mds = "allow *"
	caps mgr = "allow *"
	caps mon = "allow *"
	caps osd = "allow *"
""")
P("rook_ceph_mon_secret_admin_and_mon_secret_b64", ROOK, r"""
apiVersion: v1
data:
  admin-secret: «!b64s54:a»==
  ceph-username: Y2xpZW50LmFkbWlu
  fsid: «b64s48:f»
  mon-secret: «!b64s54:m»==
kind: Secret
""")
P("rook_ceph_tools_auth_ls_keys_listing", CEPH_KEYRING, r"""
bash-4.4$ ceph auth ls
client.csi-rbd-node
	key: AQ«!b64s38:a»==
	caps: [mon] profile rbd
	caps: [osd] profile rbd
client.rgw.my.store.a
	key: AQ«!b64s38:b»==
	caps: [mon] allow rw
""")
P("radosgw_admin_user_create_json_keys_array", RGW_ADMIN, r"""
{
    "user_id": "wandb",
    "display_name": "W&B object store",
    "keys": [
        {
            "user": "wandb",
            "access_key": "«uc20:a»",
            "secret_key": "«!an40:s»"
        }
    ],
""")
P("ceph_fstab_kernel_mount_secret_option", CEPH_MOUNT, r"""
# <file system> <mount point> <type> <options> <dump> <pass>
10.«dig2:a».0.11:6789,10.«dig2:a».0.12:6789:/volumes/wandb /mnt/cephfs ceph name=wandb,secret=AQ«!b64s38:k»==,noatime,_netdev 0 0
""")
P("ceph_csi_cephfs_secret_adminkey_stringdata", ROOK, r"""
apiVersion: v1
kind: Secret
metadata:
  name: csi-cephfs-secret
  namespace: ceph-csi-cephfs
stringData:
  adminID: admin
  adminKey: AQ«!b64s38:k»==
""")
P("cephadm_bootstrap_output_dashboard_password", CEPHADM, r"""
Ceph Dashboard is now available at:

	     URL: https://ceph-«lc4:h».example.com:8443/
	    User: admin
	Password: «!lc10:p»

Enabling client.admin keyring and conf on hosts with "admin" label
""")
P("rook_ceph_dashboard_password_secret_b64_jsonpath", ROOK, r"""
$ kubectl -n rook-ceph get secret rook-ceph-dashboard-password -o jsonpath="{['data']['password']}"
«!pw20:p|b64:»
""")
P("nfs_ganesha_rgw_fsal_export_secret_access_key", GANESHA, r"""
EXPORT
{
	Export_ID = «dig3:e»;
	Path = "/"; Pseudo = "/rgw";
	Access_Type = RW;
	FSAL {
		Name = RGW;
		User_Id = "wandb";
		Access_Key_Id = "«uc20:a»";
		Secret_Access_Key = "«!an40:s»";
	}
}
""")
# ---- rsync / smb / nfs
P("rsyncd_secrets_file_user_password_lines", RSYNCD, r"""
# cat /etc/rsyncd.secrets
backup:«!pw18:a»
wandb:«!pw18:b»
""")
P("rsync_password_file_cat_and_rsync_command", RSYNC, r"""
$ cat /etc/rsync.pass
«!pw20:p»
$ rsync -az --password-file=/etc/rsync.pass /var/lib/wandb/ rsync://backup@«@nas|store».example.com/wandb/
""")
P("mount_cifs_credentials_file_username_password_domain", CIFS, r"""
# /root/.smbcredentials
username=svc_backup
password=«!pw18:p»
domain=«@CORP|EXAMPLE»
""")
P("mount_t_cifs_history_password_option_inline", CIFS, r"""
  «dig3:a»  sudo mount -t cifs //«@nas|filer».example.com/backup /mnt/backup -o username=svc_backup,password=«!pw18:p»,vers=3.0,uid=1000
""")
P("autofs_map_cifs_password_option", AUTOFS, r"""
# /etc/auto.backup
wandb	-fstype=cifs,rw,username=svc_backup,password=«!pw18:p»,uid=999	://«@nas|filer».example.com/wandb
""")
P("smbclient_authfile_username_password_domain_lines", SMBCLIENT, r"""
$ cat ~/.smbauth
username = svc_backup
password = «!pw18:p»
domain   = CORP
$ smbclient -A ~/.smbauth //nas.example.com/backup -c 'ls'
""")
P("csi_driver_smb_secret_from_literal_password_history", SMB_CSI, r"""
kubectl create secret generic smbcreds --from-literal username=svc_backup --from-literal password="«!pw18:p»" -n wandb
""")
P("nfs_server_klist_kte_keys_shown_k_flag", KLIST, r"""
# klist -k -t -e -K /etc/krb5.keytab
Keytab name: FILE:/etc/krb5.keytab
KVNO Timestamp           Principal
---- ------------------- ------------------------------------------------------
   «dig1:v» «@03/11/2024|04/02/2024» 10:«mm:m»:00 nfs/nfs01.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (0x«!hex64:a»)
   «dig1:v» «@03/11/2024|04/02/2024» 10:«mm:m»:00 nfs/nfs01.example.com@EXAMPLE.COM (aes128-cts-hmac-sha1-96)  (0x«!hex32:b»)
""")
P("iscsid_conf_chap_password_and_password_in", ISCSI, r"""
node.session.auth.authmethod = CHAP
node.session.auth.username = iqn.2024-01.com.example:wandb
node.session.auth.password = «!pw16:p»
node.session.auth.username_in = target-«lc4:t»
node.session.auth.password_in = «!pw16:q»
""")
P("iscsiadm_update_auth_password_shell_history", ISCSI, r"""
iscsiadm -m node -T iqn.2005-10.org.freenas.ctl:wandb -p 10.«dig2:a».0.5 --op update -n node.session.auth.password -v «!pw16:p»
""")
# ---- Synology / TrueNAS / Proxmox
P("synology_dsm_auth_login_query_passwd_nginx_log", SYNOLOGY, r"""
10.«dig2:a».«dig1:b».«dig2:c» - - [«@12/Mar/2024:10:11:02|03/Apr/2024:22:40:17» +0000] "GET /webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account=backup&passwd=«!pw16:p|pct»&session=FileStation&format=sid HTTP/1.1" 200 «dig2:l»
""")
P("synology_dsm_auth_login_json_response_sid", SYNOLOGY, r"""
{"data":{"did":"«b64u40:d»","sid":"«!b64u44:s»"},"success":true}
""")
P("truenas_api_key_bearer_curl_history", TRUENAS, r"""
curl -s -H "Authorization: Bearer «dig1:i»-«!an64:k»" https://truenas.«@example.com|lan.example.org»/api/v2.0/pool/dataset | jq '.[].name'
""")
P("truenas_midclt_cloudsync_credentials_query_json", TRUENAS, r"""
# midclt call cloudsync.credentials.query | jq .
[
  {
    "id": «dig1:i»,
    "name": "b2-wandb",
    "provider": "B2",
    "attributes": {
      "account": "00«hex10:a»0000000010",
      "key": "K00«dig1:c»«!b64s27:k»"
    }
  }
""")
P("proxmox_backup_client_env_pbs_password_and_encryption_password", PBS, r"""
export PBS_REPOSITORY='backup@pbs@pbs.«@example.com|example.net»:store1'
export PBS_PASSWORD='«!pw20:p»'
export PBS_ENCRYPTION_PASSWORD='«!pw24:e»'
export PBS_FINGERPRINT='«hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»'
proxmox-backup-client backup wandb.pxar:/var/lib/wandb
""")
P("proxmox_pve_priv_storage_pw_file_cat", PVE_STORAGE, r"""
root@pve«dig1:n»:~# cat /etc/pve/priv/storage/pbs-«lc4:s».pw
«!pw20:p»
root@pve«dig1:n»:~#
""")
P("proxmox_backup_client_encryption_key_json_data", PBS, r"""
{
  "kdf": null,
  "created": "«T»",
  "modified": "«T»",
  "data": "«!b64s43:k»=",
  "fingerprint": "«hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»:«hex2:i»:«hex2:j»:«hex2:k»:«hex2:l»:«hex2:m»:«hex2:n»:«hex2:o»:«hex2:p»:«hex2:q»:«hex2:r»:«hex2:s»:«hex2:t»:«hex2:u»:«hex2:v»:«hex2:w»:«hex2:x»:«hex2:y»:«hex2:z»:«hex2:A»:«hex2:B»:«hex2:C»:«hex2:D»:«hex2:E»:«hex2:F»"
}
""")
# ---- database dump and WAL tools
P("pg_dump_connection_uri_password_cronjob_args", PG_DUMP, r"""
          containers:
          - name: pg-dump
            image: postgres:16
            args: ["pg_dump", "postgresql://backup:«!pw18:p|pct»@«@postgres|db».wandb.svc:5432/wandb?sslmode=require", "-Fc", "-f", "/backup/wandb.dump"]
""")
P("pgpass_file_lines_backup_and_replication", PGPASS, r"""
# hostname:port:database:username:password
«@db|postgres».wandb.svc:5432:wandb:backup:«!pw18:a»
*:5432:replication:replicator:«!pw18:b»
""")
P("pg_basebackup_replication_conninfo_password", PG_BASEBACKUP, r"""
$ pg_basebackup -d "host=10.«dig2:a».4.21 port=5432 user=replicator password=«!pw18:p» application_name=standby1" -D /var/lib/postgresql/16/main -X stream -P -R
waiting for checkpoint
""")
P("mongodump_uri_password_k8s_cronjob_command", MONGODUMP, r"""
            command:
            - /bin/sh
            - -c
            - mongodump --uri="mongodb://root:«!pw18:p»@mongo-0.mongo.wandb.svc:27017/?authSource=admin&replicaSet=rs0" --gzip --archive=/backup/mongo-$(date +%F).gz
""")
P("mongodump_ps_username_password_flags", MONGODUMP, r"""
mongodb  «dig5:p»  «dig5:q» 12 «@02:10|03:00» ?        00:00:41 mongodump --host mongo.example.com --port 27017 -u backup -p «!pw18:p» --authenticationDatabase admin --out /srv/dump/«dig8:d»
""")
P("mongorestore_srv_uri_password_bash_history", MONGODUMP, r"""
  «dig3:a»  mongorestore --drop --uri "mongodb+srv://restore:«!pw18:p»@cluster0.«lc5:c».mongodb.net/wandb" /srv/dump/«dig8:d»/wandb
""")
P("mariadb_dump_systemd_service_password_equals", MARIADB_DUMP, r"""
[Service]
Type=oneshot
ExecStart=/bin/sh -c '/usr/bin/mariadb-dump --single-transaction --user=backup --password=«!pw18:p» --all-databases | gzip > /srv/backup/all.sql.gz'
""")
P("my_ini_windows_client_section_password_crlf", MARIADB_DUMP, r"""
[client]⏎
port=3306⏎
user=backup⏎
password="«!pw18:p»"⏎
⏎
[mysqldump]⏎
quick⏎
max_allowed_packet=512M⏎
""")
P("mydumper_defaults_file_mydumper_section_password", MYDUMPER, r"""
[mydumper]
host = «@mysql|db».wandb.svc
user = backup
password = «!pw18:p»
threads = 4
compress-protocol = 1
""")
P("pgbackrest_conf_repo_s3_key_secret_and_cipher_pass", PGBACKREST, r"""
[global]
repo1-type=s3
repo1-path=/pgbackrest
repo1-s3-bucket=«lc10:b»-pgbr
repo1-s3-endpoint=s3.«@us-east-1|eu-west-1».amazonaws.com
repo1-s3-key=AKIA«uc16:a»
repo1-s3-key-secret=«!b64s40:s»
repo1-cipher-type=aes-256-cbc
repo1-cipher-pass=«!b64s48:c»
""")
P("pgbackrest_env_repo_cipher_pass_systemd_dropin", PGBACKREST, r"""
# /etc/systemd/system/pgbackrest-full.service.d/override.conf
[Service]
Environment="PGBACKREST_REPO1_CIPHER_PASS=«!b64s48:c»"
Environment="PGBACKREST_REPO1_AZURE_KEY=«!b64s86:k»=="
""")
P("wal_g_env_dir_files_libsodium_key_aws_secret", WALG, r"""
$ grep -r . /etc/wal-g.d/env/
/etc/wal-g.d/env/WALG_S3_PREFIX:s3://«lc10:b»/wal-g
/etc/wal-g.d/env/AWS_ACCESS_KEY_ID:AKIA«uc16:a»
/etc/wal-g.d/env/AWS_SECRET_ACCESS_KEY:«!b64s40:s»
/etc/wal-g.d/env/WALG_LIBSODIUM_KEY:«!hex64:l»
/etc/wal-g.d/env/WALG_LIBSODIUM_KEY_TRANSFORM:hex
""")
P("walg_json_config_pgpassword_and_gs_prefix", WALG, r"""
{
  "WALG_GS_PREFIX": "gs://«lc10:b»/walg",
  "GOOGLE_APPLICATION_CREDENTIALS": "/etc/wal-g/gcs.json",
  "PGHOST": "/var/run/postgresql",
  "PGUSER": "postgres",
  "PGPASSWORD": "«!pw18:p»",
  "WALG_COMPRESSION_METHOD": "brotli"
}
""")
P("barman_conf_conninfo_and_streaming_conninfo_passwords", BARMAN, r"""
[pg-wandb]
description = "W&B metadata database"
conninfo = host=«@pg01|db».example.com user=barman dbname=postgres password=«!pw18:a»
streaming_conninfo = host=«@pg01|db».example.com user=streaming_barman password=«!pw18:b»
backup_method = postgres
streaming_archiver = on
""")
P("litestream_yml_replica_access_key_and_secret", LITESTREAM, r"""
dbs:
  - path: /var/lib/app/state.db
    replicas:
      - type: s3
        bucket: «lc10:b»
        path: state.db
        endpoint: https://s3.«@eu-central-1|us-east-2».wasabisys.com
        access-key-id: «uc20:a»
        secret-access-key: «!an40:s»
""")
P("litestream_docker_env_litestream_secret_access_key", LITESTREAM, r"""
docker run -d --name litestream -v /data:/data -e LITESTREAM_ACCESS_KEY_ID=AKIA«uc16:a» -e LITESTREAM_SECRET_ACCESS_KEY=«!b64s40:s» litestream/litestream replicate /data/app.db s3://«lc10:b»/app.db
""")
P("mariabackup_backup_cron_password_flag_stream_gzip", MARIABACKUP, r"""
30 1 * * * root mariabackup --backup --user=mariabackup --password='«!pw18:p»' --stream=xbstream | gzip > /srv/backup/mariabackup-$(date +\%F).xb.gz
""")
P("etcdctl_snapshot_save_user_colon_password_flag", ETCDCTL, r"""
ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/etcd/ca.crt --user root:«!pw18:p» snapshot save /srv/backup/etcd-«dig8:d».db
""")
P("clickhouse_backup_config_yml_s3_secret_key_and_ch_password", CH_BACKUP, r"""
general:
  remote_storage: s3
clickhouse:
  username: default
  password: "«!pw18:c»"
s3:
  access_key: «uc20:a»
  secret_key: «!an40:s»
  bucket: «lc10:b»
""")
P("juicefs_format_secret_key_and_redis_meta_password", JUICEFS, r"""
$ juicefs format --storage s3 --bucket https://«lc10:b».s3.«@us-east-1|us-west-2».amazonaws.com --access-key AKIA«uc16:a» --secret-key «!b64s40:s» "redis://:«!pw18:r»@redis.wandb.svc:6379/1" wandb-jfs
«TS» juicefs[«dig5:p»] <INFO>: Meta address: redis://:****@redis.wandb.svc:6379/1 [interface.go:«dig3:l»]
""")
P("s3fs_passwd_file_bucket_access_secret", S3FS, r"""
$ sudo cat /etc/passwd-s3fs
«lc10:b»:AKIA«uc16:a»:«!b64s40:s»
""")
# ---- Bacula / Bareos
P("bareos_fd_director_resource_password_quoted", BAREOS, r"""
Director {
  Name = bareos-dir
  Password = "«!b64s44:p»"
  Description = "Allow the configured Director to access this file daemon."
}
""")
P("bareos_bconsole_conf_director_password_md5", BAREOS, r"""
#
# Bareos User Agent (or Console) Configuration File
#
Director {
  Name = bareos-dir
  address = «@backup|bareos».example.com
  Password = "[md5]«!hex32:h»"
  Description = "Bareos Console credentials for local Director"
}
""")
P("bacula_sd_conf_director_password_crlf", BACULA, r"""
Director {⏎
  Name = bacula-dir⏎
  Password = "«!b64s44:p»"⏎
}⏎
""")
P("bacula_dir_catalog_dbpassword", BACULA, r"""
Catalog {
  Name = MyCatalog
  dbname = "bacula"; dbuser = "bacula"; dbpassword = "«!pw18:p»"
}
""")
P("bareos_dir_console_admin_conf_password_profile_webui", BAREOS, r"""
# /etc/bareos/bareos-dir.d/console/admin.conf
Console {
  Name = admin
  Password = «!pw18:p»
  Profile = "webui-admin"
  TLS Enable = No
}
""")
P("bareos_droplet_profile_secret_key", BAREOS_DROPLET, r"""
host = «@minio|s3».example.com:9000
use_https = true
access_key = «uc20:a»
secret_key = «!an40:s»
pricing_dir = ""
backend = s3
aws_auth_sign_version = 4
""")
P("bareos_dir_storage_resource_password", BAREOS, r"""
Storage {
  Name = File
  Address = «@sd01|bareos-sd».example.com
  Password = "«!b64s44:p»"
  Device = FileStorage
  Media Type = File
}
""")
# ---- Veeam / Kasten / Commvault
P("veeam_powershell_connect_vbrserver_password_transcript", VEEAM, r"""
**********************
Windows PowerShell transcript start
Start time: «dig14:t»
**********************
PS C:\Scripts> Connect-VBRServer -Server vbr01.corp.example.com -User "CORP\svc_veeam" -Password "«!pw18:p»"
PS C:\Scripts> Get-VBRJob | Select Name
""")
P("veeam_add_vbrcredentials_password_script_log", VEEAM, r"""
«TS» [INFO] Adding credentials for NAS share
«TS» [DEBUG] Add-VBRCredentials -Type Windows -User 'CORP\svc_nas' -Password '«!pw18:p»' -Description 'wandb nas'
«TS» [INFO] Credentials added
""")
P("kasten_k10_location_profile_secret_from_literal_history", KASTEN, r"""
kubectl create secret generic k10-s3-secret --namespace kasten-io --type secrets.kanister.io/aws --from-literal=aws_access_key_id=AKIA«uc16:a» --from-literal=aws_secret_access_key=«!b64s40:s»
""")
P("commvault_qlogin_clp_clear_text_password_history", COMMVAULT, r"""
[root@client01 ~]# qlogin -cs «@cs01|commserve».corp.example.com -u admin -clp «!pw18:p»
User logged in successfully.
""")
# ---- other sync / transfer tools
P("syncthing_config_xml_gui_password_bcrypt_and_apikey", SYNCTHING, r"""
    <gui enabled="true" tls="true" debugging="false">
        <address>0.0.0.0:8384</address>
        <user>admin</user>
        <password>$2a$10$«!bc53:h»</password>
        <apikey>«!an32:k»</apikey>
        <theme>default</theme>
    </gui>
""")
P("rsnapshot_conf_backup_exec_mysqldump_password_tabs", RSNAPSHOT, r"""
snapshot_root	/srv/rsnapshot/
retain	daily	7
retain	weekly	4
backup	/var/lib/wandb/	localhost/
backup_exec	/usr/bin/mysqldump -u backup -p«!pw18:p» --all-databases --result-file=/var/backups/mysql.sql
""")
P("duplicati_cli_backup_url_auth_password_and_passphrase", DUPLICATI, r"""
duplicati-cli backup "s3://«lc10:b»/wandb?s3-server-name=s3.amazonaws.com&auth-username=AKIA«uc16:a»&auth-password=«!b64s40:s|pct»" /var/lib/wandb --passphrase="«!pw20:p»" --backup-name=wandb
""")
P("lftp_mirror_reverse_user_password_cron", LFTP, r"""
0 3 * * * lftp -u backup,«!pw18:p» sftp://«@ftp|sftp».example.com -e "mirror -R --delete /var/lib/wandb/exports /exports; quit"
""")
P("winscp_script_open_ftps_url_password_hostkey", WINSCP, r"""
open ftps://backup:«!pw18:p|pct»@ftp.example.com/ -explicit -certificate="«hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»"
synchronize remote C:\wandb\exports /exports
exit
""")
# ---- layouts: JSON escaped, tracebacks, k8s annotations
P("kubectl_last_applied_annotation_longhorn_backup_secret", K8S, r"""
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"s3-backup","namespace":"longhorn-system"},"stringData":{"AWS_ACCESS_KEY_ID":"«uc20:a»","AWS_ENDPOINTS":"https://minio.example.com","AWS_SECRET_ACCESS_KEY":"«!an40:s»"},"type":"Opaque"}
""")
P("docker_json_log_twice_escaped_rclone_config_env", DOCKER_LOG, r"""
{"log":"{\"level\":\"debug\",\"msg\":\"starting sync\",\"env\":{\"RCLONE_CONFIG_S3_SECRET_ACCESS_KEY\":\"«!b64s40:s»\",\"RCLONE_CONFIG_S3_TYPE\":\"s3\"}}\n","stream":"stderr","time":"«T»"}
""")
P("boto3_client_traceback_locals_aws_secret", BOTO3_TB, r"""
│ ╭──────────────────────────── locals ─────────────────────────────╮ │
│ │        bucket = '«lc10:b»'                                        │ │
│ │ aws_secret_access_key = '«!b64s40:s»'                           │ │
│ │   endpoint_url = 'https://s3.wasabisys.com'                      │ │
│ ╰──────────────────────────────────────────────────────────────────╯ │
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied
""")
P("python_repr_b2sdk_application_key_in_exception", B2, r"""
Traceback (most recent call last):
  File "/opt/backup/sync.py", line «dig2:l», in <module>
    api.authorize_account("production", "00«hex10:i»0000000011", "K00«dig1:c»«!b64s27:k»")
b2sdk._internal.exception.InvalidAuthToken: Invalid authorization token. Server said:  (bad_auth_token)
""")
# ---- more positives: layouts and tools
REST_SERVER = "https://github.com/restic/rest-server#authentication (.htpasswd, bcrypt)"
S3CMD_CONF = "s3cmd --configure transcript (New settings: Access Key / Secret Key / Encryption password)"
MINIO_OP = "https://min.io/docs/minio/kubernetes/upstream/reference/operator-crd.html (storage-configuration config.env)"
NET_USE = "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use"
SSHPASS = "https://linux.die.net/man/1/sshpass"
REDIS_CLI = "https://redis.io/docs/latest/develop/tools/cli/ (--rdb, -a)"
K10_HELM = "https://docs.kasten.io/latest/install/advanced.html (secrets.awsAccessKeyId / secrets.awsSecretAccessKey)"
DUPLICATI_DOCKER = "https://docs.duplicati.com/getting-started/installation (DUPLICATI__WEBSERVICE_PASSWORD, SETTINGS_ENCRYPTION_KEY)"
PVESM = "https://pve.proxmox.com/pve-docs/pvesm.1.html (pvesm add pbs --password)"
PYBAREOS = "https://docs.bareos.org/ python-bareos DirectorConsole(password=...)"

P("rest_server_htpasswd_bcrypt_entries", REST_SERVER, r"""
$ cat /srv/restic/.htpasswd
backup:$2y$05$«!bc53:a»
wandb-«lc4:h»:$2y$05$«!bc53:b»
""")
P("kopia_repository_connect_server_password_flag_history", KOPIA_SERVER, r"""
kopia repository connect server --url=https://kopia.«@example.com|example.net»:51515 --server-cert-fingerprint=«hex64:f» --override-username=wandb --override-hostname=wandb-«lc4:h» --password=«!pw20:p»
""")
P("duplicity_gs_env_gs_secret_access_key_cron", DUPLICITY, r"""
GS_ACCESS_KEY_ID=GOOG1E«uc30:g»
GS_SECRET_ACCESS_KEY=«!b64s40:s»
PASSPHRASE=«!pw22:p»
0 4 * * * root duplicity /var/lib/wandb gs://«lc10:b»/duplicity >> /var/log/duplicity.log 2>&1
""")
P("duplicity_azure_connection_string_env_export", DUPLICITY, r"""
export AZURE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=«lc12:a»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net"
duplicity --no-encryption /var/lib/wandb azure://wandb-duplicity
""")
P("rclone_conf_azureblob_sas_url_sig", RCLONE_BACKENDS, r"""
[azsas]
type = azureblob
sas_url = https://«lc12:a».blob.core.windows.net/wandb?sv=2022-11-02&ss=b&srt=co&sp=rwdl&se=2025-0«dig1:m»-01T00:00:00Z&spr=https&sig=«!b64s43:s|pct»%3D
""")
P("rclone_conf_dropbox_token_json_sl_access_token", RCLONE_BACKENDS, r"""
[dropbox]
type = dropbox
token = {"access_token":"sl.«!b64u140:a»","token_type":"bearer","refresh_token":"«!an64:r»","expiry":"«T»"}
""")
P("minio_operator_tenant_storage_configuration_config_env", MINIO_OP, r"""
apiVersion: v1
kind: Secret
metadata:
  name: storage-configuration
  namespace: minio-tenant
type: Opaque
stringData:
  config.env: |-
    export MINIO_ROOT_USER="«uc20:a»"
    export MINIO_ROOT_PASSWORD="«!pw24:p»"
    export MINIO_BROWSER="on"
""")
P("s3cmd_configure_new_settings_summary_secret_and_encryption_password", S3CMD_CONF, r"""
New settings:
  Access Key: AKIA«uc16:a»
  Secret Key: «!b64s40:s»
  Default Region: US
  S3 Endpoint: s3.amazonaws.com
  Encryption password: «!pw18:e»
  Path to GPG program: /usr/bin/gpg
  Use HTTPS protocol: True
""")
P("backblaze_b2_cli_env_application_key_compose", B2, r"""
    environment:
      B2_APPLICATION_KEY_ID: "00«hex10:i»0000000012"
      B2_APPLICATION_KEY: "K00«dig1:c»«!b64s27:k»"
      SYNC_SOURCE: /data
""")
P("wasabi_s3cfg_host_base_secret_key", WASABI, r"""
[default]
access_key = «uc20:a»
secret_key = «!an40:s»
host_base = s3.«@wasabisys.com|eu-central-1.wasabisys.com»
host_bucket = %(bucket)s.s3.wasabisys.com
""")
P("radosgw_admin_user_info_swift_keys_secret", RGW_ADMIN, r"""
    "swift_keys": [
        {
            "user": "wandb:swift",
            "secret_key": "«!an40:s»"
        }
    ],
    "caps": [],
""")
P("ceph_auth_print_key_output_prompt", CEPH_KEYRING, r"""
[root@ceph-«lc3:h» ~]# ceph auth print-key client.«@wandb|backup|velero»; echo
AQ«!b64s38:k»==
""")
P("net_use_batch_backup_share_password_echo", NET_USE, r"""
C:\Backup>net use \\«@nas|filer».corp.example.com\backup /user:CORP\svc_backup «!pw18:p» /persistent:no
The command completed successfully.

C:\Backup>robocopy D:\wandb \\nas.corp.example.com\backup\wandb /MIR /R:2 /W:5
""")
P("truenas_midclt_user_update_password_json", TRUENAS, r"""
root@truenas[~]# midclt call user.update «dig2:u» '{"password": "«!pw18:p»", "smb": true}'
«dig2:u»
""")
P("docker_exec_e_pgpassword_pg_dump_pipe", PG_DUMP, r"""
docker exec -e PGPASSWORD=«!pw18:p» wandb-postgres pg_dump -U wandb -d wandb | gzip > /srv/backup/wandb-$(date +%F).sql.gz
""")
P("mysql_pwd_env_cronjob_mysqldump_container", MARIADB_DUMP, r"""
            env:
            - name: MYSQL_HOST
              value: mysql.wandb.svc
            - name: MYSQL_PWD
              value: "«!pw18:p»"
            command: ["sh", "-c", "mysqldump -u backup --single-transaction wandb_local > /backup/wandb.sql"]
""")
P("mongodump_config_yaml_password_key", MONGODUMP, r"""
$ cat /etc/mongodump/backup.yaml
password: «!pw18:p»
uri: mongodb://backup@mongo-0.mongo.wandb.svc:27017/?authSource=admin
""")
P("redis_cli_rdb_dump_auth_flag", REDIS_CLI, r"""
$ redis-cli -h redis.wandb.svc -a '«!pw20:p»' --no-auth-warning --rdb /srv/backup/dump-«dig8:d».rdb
sending REPLCONF capa eof
SYNC sent to master, writing «dig7:n» bytes to '/srv/backup/dump-«dig8:d».rdb'
Transfer finished with success.
""")
P("pgbackrest_conf_sftp_private_key_passphrase", PGBACKREST, r"""
[global]
repo2-type=sftp
repo2-sftp-host=«@backup|bk01».example.com
repo2-sftp-host-user=pgbackrest
repo2-sftp-private-key-file=/var/lib/postgresql/.ssh/id_ed25519
repo2-sftp-private-key-passphrase=«!pw20:p»
repo2-sftp-host-key-hash-type=sha256
""")
P("walg_mysql_datasource_name_password", WALG, r"""
WALG_MYSQL_DATASOURCE_NAME=backup:«!pw18:p»@tcp(mysql.wandb.svc:3306)/mysql
WALG_STREAM_CREATE_COMMAND="xtrabackup --backup --stream=xbstream --datadir=/var/lib/mysql"
WALG_S3_PREFIX=s3://«lc10:b»/mysql
""")
P("bareos_python_director_console_password_traceback", PYBAREOS, r"""
Traceback (most recent call last):
  File "/usr/local/bin/bareos-status.py", line «dig2:l», in <module>
    director = bareos.bsock.DirectorConsole(address="«@bareos|backup».example.com", port=9101, password=bareos.bsock.Password("«!pw20:p»"))
bareos.exceptions.ConnectionError: failed to connect to host «@bareos|backup».example.com, port 9101: [Errno 111] Connection refused
""")
P("kasten_k10_helm_values_secrets_aws_keys", K10_HELM, r"""
secrets:
  awsAccessKeyId: AKIA«uc16:a»
  awsSecretAccessKey: «!b64s40:s»
  awsIamRole: ""
auth:
  tokenAuth:
    enabled: true
""")
P("sshpass_p_rsync_backup_cron", SSHPASS, r"""
15 1 * * * backup sshpass -p '«!pw18:p»' rsync -az -e "ssh -o StrictHostKeyChecking=no" /var/lib/wandb/ backup@«@nas|store».example.com:/srv/wandb/
""")
P("lftp_bookmarks_file_url_password", LFTP, r"""
$ cat ~/.local/share/lftp/bookmarks
nas	sftp://backup:«!pw18:p»@nas.example.com/srv/wandb
mirror	ftp://anonymous@mirror.example.org/pub
""")
P("syncthing_rest_api_x_api_key_curl", SYNCTHING, r"""
$ curl -s -H "X-API-Key: «!an32:k»" http://127.0.0.1:8384/rest/system/status | jq .myID
"«uc7:a»-«uc7:b»-«uc7:c»-«uc7:d»-«uc7:e»-«uc7:f»-«uc7:g»-«uc7:h»"
""")
P("duplicati_compose_webservice_password_and_settings_key", DUPLICATI_DOCKER, r"""
  duplicati:
    image: duplicati/duplicati:latest
    environment:
      - SETTINGS_ENCRYPTION_KEY=«!an32:k»
      - DUPLICATI__WEBSERVICE_PASSWORD=«!pw20:p»
      - TZ=Etc/UTC
""")
P("proxmox_pvesm_add_pbs_password_history", PVESM, r"""
pvesm add pbs pbs-«lc4:s» --server pbs.«@example.com|example.net» --datastore store1 --username backup@pbs --password '«!pw20:p»' --fingerprint «hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»
""")
P("juicefs_fstab_postgres_meta_url_password", JUICEFS, r"""
postgres://juicefs:«!pw18:p»@«@db|postgres».wandb.svc:5432/juicefs?sslmode=disable  /jfs  juicefs  _netdev,cache-dir=/var/jfsCache  0 0
""")
P("s3fs_env_awsaccesskeyid_awssecretaccesskey_mount", S3FS, r"""
AWSACCESSKEYID=AKIA«uc16:a» AWSSECRETACCESSKEY=«!b64s40:s» s3fs «lc10:b» /mnt/s3 -o url=https://s3.amazonaws.com,allow_other
""")
# ================================================================ NEGATIVES
N("restic_snapshots_json_ids_tree_and_parent_hashes", RESTIC_JSON, r"""
[{"time":"«T»","parent":"«hex64:p»","tree":"«hex64:t»","paths":["/var/lib/wandb"],"hostname":"wandb-«lc5:h»","username":"root","tags":["wandb"],"program_version":"restic 0.16.«dig1:v»","id":"«hex64:i»","short_id":"«hex8:s»"}]
""")
N("restic_check_output_repo_id_and_pack_ids", RESTIC_REPO, r"""
using temporary cache in /tmp/restic-check-cache-«dig9:c»
repository «hex8:r» opened (version 2, compression level auto)
created new cache in /tmp/restic-check-cache-«dig9:c»
load indexes
check all packs
pack «hex64:a»: not referenced in any index
pack «hex64:b»: not referenced in any index
2 additional files were found in the repo, which likely contain duplicate data.
""")
N("restic_forget_keep_policy_output_table", RESTIC_REPO, r"""
Applying Policy: keep «@7|14» daily, «@4|5» weekly, 12 monthly snapshots
keep «dig1:k» snapshots:
ID        Time                 Host        Tags        Reasons           Paths
-------------------------------------------------------------------------------------
«hex8:a»  2024-0«dig1:m»-1«dig1:d» 02:15:0«dig1:s»  wandb-«lc4:h»  wandb       daily snapshot    /var/lib/wandb
«hex8:b»  2024-0«dig1:m»-2«dig1:e» 02:15:1«dig1:t»  wandb-«lc4:h»  wandb       weekly snapshot   /var/lib/wandb
""")
N("restic_password_command_and_file_env_references", RESTIC_ENV, r"""
RESTIC_REPOSITORY=s3:https://s3.amazonaws.com/«lc10:b»-restic
RESTIC_PASSWORD_FILE=/etc/restic/«@repo|wandb».key
RESTIC_PASSWORD_COMMAND="«@pass show backup/restic|secret-tool lookup restic wandb|op read op://infra/restic/password»"
AWS_SHARED_CREDENTIALS_FILE=/etc/restic/aws-credentials
""")
N("restic_key_list_table_key_ids", RESTIC_REPO, r"""
repository «hex8:r» opened (version 2, compression level auto)
 ID        User  Host          Created
------------------------------------------------
*«hex8:a»  root  wandb-«lc4:h»  2024-0«dig1:m»-0«dig1:d» 10:«mm:x»:11
 «hex8:b»  ops   bastion       2024-0«dig1:n»-1«dig1:e» 08:«mm:y»:42
------------------------------------------------
""")
N("restic_wrong_password_error_message", RESTIC_REPO, r"""
Fatal: wrong password or no key found
«TG» restic backup failed with exit code 12, RESTIC_PASSWORD_FILE=/etc/restic/«@repo|wandb».key
""")
N("restic_stats_raw_data_blob_counts", RESTIC_JSON, r"""
{"total_size":«dig10:s»,"total_uncompressed_size":«dig10:u»,"compression_ratio":1.«dig2:c»,"compression_progress":100,"compression_space_saving":«dig2:p».1,"total_blob_count":«dig6:b»,"snapshots_count":«dig2:n»}
""")
N("k8up_schedule_secret_key_refs_only", K8UP, r"""
  backend:
    repoPasswordSecretRef:
      name: backup-repo
      key: password
    s3:
      endpoint: http://minio.«@minio|storage».svc:9000
      bucket: «lc8:b»-k8up
      accessKeyIDSecretRef: {name: minio-credentials, key: username}
      secretAccessKeySecretRef: {name: minio-credentials, key: password}
""")
N("borg_info_repository_id_and_archive_fingerprint", BORG_INFO, r"""
Archive name: wandb-«lc5:h»-2024-0«dig1:m»-1«dig1:d»T02:00:0«dig1:s»
Archive fingerprint: «hex64:f»
Repository ID: «hex64:r»
Location: ssh://borg@bk.example.com/./wandb
Encrypted: Yes (repokey BLAKE2b)
Cache: /root/.cache/borg/«hex64:r»
Security dir: /root/.config/borg/security/«hex64:r»
""")
N("borg_passcommand_secret_tool_lookup_reference", BORG_ENV, r"""
export BORG_REPO=ssh://borg@«@bk01|backup».example.com/./wandb
export BORG_PASSCOMMAND="«@secret-tool lookup borg-repository wandb|cat /root/.borg-passphrase|pass show borg/wandb»"
export BORG_KEY_FILE=/root/.config/borg/keys/«@bk01|backup»_wandb_«lc4:k»
""")
N("borgmatic_credential_systemd_and_env_placeholder", BORGMATIC, r"""
encryption_passphrase: "«@{credential systemd borgmatic.pw}|{credential container borgmatic_passphrase}|${BORG_PASSPHRASE}»"
postgresql_databases:
    - name: wandb
      hostname: 10.0.«dig1:a».«dig2:b»
      password: "{credential file /etc/borgmatic/pg.pw}"
""")
N("borg_help_key_modes_text", BORG_KEY, r"""
«@root|ops»@«@bk|backup»-«lc4:h»:~# borg help init | sed -n '/^repokey and keyfile/,/^$/p'
repokey and keyfile
    use AES-CTR-256 for encryption and HMAC-SHA256 for authentication in an
    encrypt-then-MAC (EtM) construction. The chunk ID hash is HMAC-SHA256 as well
    (with a separate key). These modes are compatible with Borg 1.0.x.
repokey-blake2 and keyfile-blake2
    are also authenticated encryption modes, but use BLAKE2b-256 instead of
    HMAC-SHA256 for authentication. The chunk ID hash is a keyed BLAKE2b-256 hash.
""")
N("kopia_snapshot_list_manifest_ids", KOPIA_CLI, r"""
root@wandb-«lc4:h»:/var/lib/wandb
  2024-0«dig1:m»-1«dig1:d» 02:00:«mm:s» UTC k«hex32:a» «dig3:g».«dig1:h» GB drwxr-xr-x files:«dig5:f» dirs:«dig4:d» (daily-7)
  2024-0«dig1:m»-2«dig1:e» 02:00:«mm:t» UTC k«hex32:b» «dig3:g».«dig1:i» GB drwxr-xr-x files:«dig5:f» dirs:«dig4:d» (latest-1,daily-1)
""")
N("kopia_repository_status_unique_id_and_algorithms", KOPIA_CLI, r"""
Config file:         /root/.config/kopia/repository.config
Description:         Repository in S3: s3.amazonaws.com «lc10:b»-kopia
Hostname:            wandb-«lc4:h»
Username:            root
Unique ID:           «hex64:u»
Hash:                BLAKE2B-256-128
Encryption:          AES256-GCM-HMAC-SHA256
Splitter:            DYNAMIC-4M-BUZHASH
Format version:      3
Content compression: true
""")
N("kopia_policy_show_retention_section", KOPIA_CLI, r"""
Retention:
  Annual snapshots:                     «dig1:a»   (defined for this target)
  Monthly snapshots:                   «dig2:b»   (defined for this target)
  Weekly snapshots:                     4   inherited from (global)
  Daily snapshots:                      7   inherited from (global)
  Latest snapshots:                    10   inherited from (global)
""")
N("duply_conf_template_placeholders", DUPLY, r"""
# duply «@wandb|wandb-db|wandb-files|minio» create  (profile created «TS»)
GPG_KEY='_KEY_ID_'
GPG_PW='_GPG_PASSWORD_'
TARGET='scheme://user[:password]@host[:port]/[/]path'
#TARGET_USER='_backend_username_'
#TARGET_PASS='_backend_password_'
SOURCE='/path/of/source'
""")
N("duplicity_collection_status_chains", DUPLICITY, r"""
Found primary backup chain with matching signature chain:
-------------------------
Chain start time: «@Mon Mar  4|Tue Apr  2» 02:00:«mm:s» 2024
Chain end time: «@Sun Mar 10|Mon Apr  8» 02:00:«mm:t» 2024
Number of contained backup sets: «dig1:n»
Total number of contained volumes: «dig2:v»
 Type of backup set:                            Time:      Num volumes:
                Full         «@Mon Mar  4|Tue Apr  2» 02:00:«mm:s» 2024                «dig2:w»
""")
N("gpg_list_keys_duplicity_encrypt_key_fingerprint", GPG, r"""
$ gpg --list-keys --with-colons backup@example.com | grep -E '^(pub|fpr)'
pub:u:4096:1:«uhex16:k»:«dig10:c»:::u:::scESC::::::23::0:
fpr:::::::::«uhex40:f»:
$ duplicity --encrypt-key «uhex40:f» /var/lib/wandb file:///mnt/backup
""")
N("rclone_config_interactive_pass_encrypted_marker", RCLONE_CONF, r"""
«@rclone@backup|root@wandb»-«lc4:h»$ rclone config
Current remotes:

Name                 Type
====                 ====
«@nas|smbnas»                  smb

[«@nas|smbnas»]
type = smb
host = nas.example.com
user = svc_backup
pass = *** ENCRYPTED ***
""")
N("rclone_md5sum_and_sha1sum_output_lines", RCLONE_BACKENDS, r"""
$ rclone md5sum s3:«lc10:b»/bundles
«hex32:a»  wbdiag-«dig8:d».tgz
«hex32:b»  wbdiag-«dig8:e».tgz
$ rclone sha1sum s3:«lc10:b»/bundles/wbdiag-«dig8:d».tgz
«hex40:c»  wbdiag-«dig8:d».tgz
""")
N("rclone_obscure_help_text_no_value", RCLONE_OBSCURE, r"""
«@ops|root»@«@bastion|wandb»-«lc4:h»:~$ rclone obscure --help | head -9
Usage:
  rclone obscure password [flags]

In the rclone config file, human-readable passwords are
obscured. Obscuring them is done by encrypting them and writing them
out in base64. This is **not** a secure way of encrypting these
passwords as rclone can decrypt them - it is to prevent "eyedropping"
- namely someone seeing a password in the rclone config file by
accident.
""")
N("rclone_crypt_remote_filename_encryption_settings", RCLONE_CONF, r"""
[«@secure|enc»]
type = crypt
remote = «@minio|s3»:«lc8:b»/encrypted
filename_encryption = «@standard|obfuscate|off»
directory_name_encryption = «@true|false»
filename_encoding = «@base32|base64|base32768»
""")
N("rclone_password_command_env_reference", RCLONE_ENV, r"""
Environment=RCLONE_CONFIG=/etc/rclone/rclone.conf
Environment=RCLONE_PASSWORD_COMMAND=«@/usr/bin/pass show rclone/config|/usr/local/bin/get-secret rclone-config»
Environment=RCLONE_ASK_PASSWORD=false
Environment=RCLONE_CACHE_DIR=/var/cache/rclone-«lc6:c»
""")
N("rclone_dump_headers_authorization_redacted", RCLONE_DUMP, r"""
«TG» DEBUG : HTTP REQUEST (req 0xc000«hex6:r»)
«TG» DEBUG : GET /drive/v3/files?alt=json HTTP/1.1
Host: www.googleapis.com
User-Agent: rclone/v1.«@65|66».«dig1:v»
Authorization: XXXX
Accept-Encoding: gzip
""")
N("rclone_about_remote_quota_output", RCLONE_BACKENDS, r"""
Total:   «dig1:t».«dig3:u» TiB
Used:    «dig3:a».«dig3:b» GiB
Free:    «dig1:f».«dig3:g» TiB
Trashed: «dig2:c».«dig3:d» MiB
Other:   0 B
""")
N("s3cfg_fresh_template_empty_credentials_crlf", S3CMD, r"""
# s3cmd --configure generated «TS»⏎
[default]⏎
access_key = ⏎
secret_key = ⏎
access_token = ⏎
gpg_passphrase = ⏎
encrypt = False⏎
signature_v2 = False⏎
""")
N("mc_ls_versions_version_ids_etags", MC, r"""
[«TS» UTC] «dig2:a»MiB STANDARD «uuid:v» v«dig1:n» PUT runs/«lc8:r»/output.log
[«TS» UTC] «dig2:b»MiB STANDARD «uuid:w» v«dig1:m» PUT runs/«lc8:r»/output.log
""")
N("aws_s3api_head_object_etag_checksum_and_kms_arn", S3API, r"""
{
    "AcceptRanges": "bytes",
    "ContentLength": «dig7:l»,
    "ETag": "\"«hex32:e»\"",
    "ChecksumSHA256": "«b64s43:c»=",
    "VersionId": "«b64u32:v»",
    "ServerSideEncryption": "aws:kms",
    "SSEKMSKeyId": "arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»",
    "BucketKeyEnabled": true
}
""")
N("aws_s3_presign_help_expires_in_flag", AWS_PRESIGN, r"""
ops@wandb-«lc4:h»:~$ aws s3 presign help | head -12
PRESIGN()                                                            PRESIGN()

NAME
       presign -

DESCRIPTION
       Generate a pre-signed URL for an Amazon S3 object. This allows anyone
       who receives the pre-signed URL to retrieve the S3 object with an HTTP
       GET request.
       --expires-in (integer) Number of seconds until the pre-signed URL expires.
""")
N("aws_s3api_get_bucket_encryption_output", S3API, r"""
{
    "ServerSideEncryptionConfiguration": {
        "Rules": [
            {
                "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "arn:aws:kms:«@us-east-1|eu-west-1»:«dig12:a»:alias/«@backup|wandb-backup»"},
                "BucketKeyEnabled": true
            }
        ]
    }
}
""")
N("aws_s3_ls_bucket_names_with_random_suffix", S3API, r"""
2023-«@05|06|07»-1«dig1:a» 10:22:3«dig1:b» wandb-backups-«hex12:x»
2023-«@08|09|10»-2«dig1:c» 08:14:0«dig1:d» velero-«lc16:y»
2024-0«dig1:e»-0«dig1:f» 17:45:5«dig1:g» restic-«lc8:z»-«hex8:w»
""")
N("gsutil_boto_file_commented_empty_credentials", GSUTIL, r"""
[Credentials]
# gs_access_key_id =
# gs_secret_access_key =
# gs_oauth2_refresh_token =
# encryption_key =
# decryption_key1 =
[GSUtil]
default_project_id = «lc10:p»
""")
N("gsutil_stat_encryption_key_sha256_and_hashes", GSUTIL, r"""
gs://«lc10:b»/bundles/wbdiag-«dig8:d».tgz:
    Creation time:          «@Tue, 12 Mar 2024|Wed, 03 Apr 2024» 10:«mm:m»:0«dig1:s» GMT
    Content-Length:         «dig7:l»
    Content-Type:           application/gzip
    Hash (crc32c):          «b64s6:c»==
    Hash (md5):             «b64s22:m»==
    Encryption key SHA256:  «b64s43:e»=
    ETag:                   C«b64s10:t»=
    Generation:             1«dig15:g»
""")
N("azcopy_env_variable_list_descriptions", AZCOPY, r"""
PS C:\Users\svc_«lc5:u»> azcopy env
Name: AZCOPY_CONCURRENCY_VALUE
Current Value: «@|AUTO|32|64»
Description: Overrides how many HTTP connections work on transfers. By default, this number is determined based on the number of logical cores on the machine.

Name: AZCOPY_SPA_CLIENT_SECRET
Current Value: REDACTED
Description: The Azure Active Directory client secret used for Service Principal authentication
""")
N("azcopy_list_properties_content_md5_etag", AZCOPY, r"""
INFO: bundles/wbdiag-«dig8:d».tgz; Content Length: «dig2:l».«dig2:k» MiB; Content MD5: «b64s22:m»==; ETag: 0x8DC«uhex13:e»; Blob Type: BlockBlob
INFO: bundles/wbdiag-«dig8:n».tgz; Content Length: «dig2:o».«dig2:p» MiB; Content MD5: «b64s22:q»==; ETag: 0x8DC«uhex13:f»; Blob Type: BlockBlob
""")
N("azcopy_sas_url_sig_redacted_in_job_log", AZSAS, r"""
«TG» INFO: Scanning...
«TG» INFO: Any empty folders will not be processed, because source and/or destination doesn't have full folder support
«TG» INFO: Job «uuid:j» has started
«TG» INFO: https://«lc12:a».blob.core.windows.net/bundles/wbdiag.tgz?se=2024-0«dig1:m»-01T00%3A00%3A00Z&sig=-REDACTED-&sp=rw&sr=c&sv=2022-11-02
""")
N("b2_ls_long_file_ids_look_like_tokens", B2, r"""
4_z«hex24:a»_f1«hex15:b»_d2024«dig4:c»_m«dig6:d»_c00«dig1:e»_v«dig7:f»_t00«dig2:g»  upload  2024-0«dig1:m»-1«dig1:n»  02:1«dig1:o»:0«dig1:p»  «dig8:s»  bundles/wbdiag.tgz
""")
N("b2_get_bucket_json_bucket_id_and_lifecycle", B2, r"""
{
    "accountId": "«hex12:a»",
    "bucketId": "«hex24:b»",
    "bucketName": "«lc10:n»",
    "bucketType": "allPrivate",
    "defaultServerSideEncryption": {"isClientAuthorizedToRead": true, "value": {"algorithm": "AES256", "mode": "SSE-B2"}},
    "lifecycleRules": [{"daysFromHidingToDeleting": «dig2:d», "daysFromUploadingToHiding": null, "fileNamePrefix": ""}]
}
""")
N("velero_backup_get_table", VELERO, r"""
NAME                            STATUS      ERRORS   WARNINGS   CREATED                         EXPIRES   STORAGE LOCATION   SELECTOR
wandb-daily-«ymd:a»«hms:b»   Completed   0        «dig1:w»          2024-0«dig1:m»-1«dig1:d» 02:00:1«dig1:s» +0000 UTC   «dig2:e»d       default            <none>
""")
N("velero_bsl_encryption_at_rest_kms_settings", VELERO, r"""
spec:
  provider: aws
  objectStorage:
    bucket: «lc10:b»-velero
  config:
    region: «@us-east-1|eu-west-1»
    serverSideEncryption: aws:kms
    kmsKeyId: «@alias/velero-backups|arn:aws:kms:us-east-1:123456789012:key/11112222-3333-4444-5555-666677778888»
    checksumAlgorithm: ""
  credential:
    name: cloud-credentials
    key: cloud
""")
N("velero_schedule_ttl_and_include_namespaces", VELERO, r"""
apiVersion: velero.io/v1
kind: Schedule
metadata:
  name: wandb-daily
spec:
  schedule: "0 «dig1:h» * * *"
  template:
    includedNamespaces: ["wandb"]
    snapshotMoveData: true
    ttl: «@168h0m0s|720h0m0s»
""")
N("longhorn_backup_crd_status_url_and_snapshot_names", LONGHORN, r"""
status:
  backupCreatedAt: "«T»"
  snapshotName: «uuid:s»
  volumeName: pvc-«uuid:v»
  url: s3://«lc10:b»@«@us-east-1|eu-west-1»/?backup=backup-«hex16:b»&volume=pvc-«uuid:v»
  state: Completed
  size: "«dig9:z»"
""")
N("longhorn_setting_backup_target_credential_secret_name", LONGHORN, r"""
apiVersion: longhorn.io/v1beta2
kind: Setting
metadata:
  name: backup-target-credential-secret
  namespace: longhorn-system
  resourceVersion: "«dig6:r»"
value: «@minio-secret|s3-backup|cifs-secret»
""")
N("ceph_status_fsid_and_mon_quorum", CEPHADM, r"""
  cluster:
    id:     «uuid:f»
    health: HEALTH_OK

  services:
    mon: 3 daemons, quorum ceph-«lc3:a»,ceph-«lc3:b»,ceph-«lc3:c» (age «dig1:d»h)
    mgr: ceph-«lc3:a».«lc6:g»(active, since «dig1:d»h)
    osd: «dig2:o» osds: «dig2:o» up (since «dig1:d»h), «dig2:o» in
""")
N("ceph_keyring_caps_lines_without_key", CEPH_KEYRING, r"""
# ceph auth get-or-create-key output suppressed; caps for client.«@wandb|backup|csi-rbd-node» (pool «lc4:p»)
[client.«@wandb|backup|csi-rbd-node»]
	caps mon = "profile rbd"
	caps osd = "profile rbd pool=«@wandb|rbd»"
	caps mgr = "profile rbd pool=«@wandb|rbd»"
""")
N("rook_objectstoreuser_status_secret_name_reference", ROOK, r"""
status:
  info:
    secretName: rook-ceph-object-user-my-store-«@wandb|backup»
  observedGeneration: «dig2:g»
  phase: Ready
""")
N("rbd_info_image_id_and_block_name_prefix", CEPH_KEYRING, r"""
rbd image 'csi-vol-«uuid:v»':
	size «dig2:s» GiB in «dig4:o» objects
	order 22 (4 MiB objects)
	snapshot_count: 0
	id: «hex12:i»
	block_name_prefix: rbd_data.«hex12:i»
	format: 2
	features: layering
""")
N("rsyncd_conf_secrets_file_reference_and_auth_users", RSYNCD, r"""
[wandb]
	path = /srv/backup/wandb
	max connections = «dig2:c»
	read only = false
	auth users = «@backup|wandb», ops
	secrets file = /etc/rsyncd.secrets
	strict modes = yes
	hosts allow = 10.0.0.0/8
""")
N("rsync_itemized_changes_checksum_output", RSYNC, r"""
>f.st...... runs/«lc8:a»/output.log
>f+++++++++ runs/«lc8:b»/files/config.yaml
.d..t...... runs/«lc8:b»/
sent «dig6:s» bytes  received «dig3:r» bytes  «dig5:x».«dig2:y» bytes/sec
total size is «dig9:t»  speedup is «dig3:u».«dig2:v»
""")
N("fstab_cifs_credentials_option_reference_and_seal", CIFS, r"""
//«@nas|filer».example.com/backup /mnt/backup cifs credentials=/root/.smbcredentials,uid=«dig3:u»,gid=«dig3:u»,vers=3.1.1,seal,_netdev 0 0
""")
N("nfs_exports_sec_krb5p_options", NFS_KRB, r"""
/srv/nfs/wandb	10.«dig2:a».0.0/16(rw,sync,sec=krb5p,no_subtree_check)
/srv/nfs/backup	10.«dig2:a».0.0/16(ro,sec=krb5i:krb5p,root_squash)
""")
N("nfs_rpc_gssd_log_principal_and_ccache_path", NFS_KRB, r"""
«@Mar 12|Apr 03» 10:«mm:m»:0«dig1:s» nfs01 rpc.gssd[«dig4:p»]: krb5_use_machine_creds: uid 0 tgtname (null)
«@Mar 12|Apr 03» 10:«mm:m»:0«dig1:s» nfs01 rpc.gssd[«dig4:p»]: Full hostname for 'nfs01.example.com' is 'nfs01.example.com'
«@Mar 12|Apr 03» 10:«mm:m»:0«dig1:s» nfs01 rpc.gssd[«dig4:p»]: Success getting keytab entry for 'nfs/nfs01.example.com@EXAMPLE.COM'
«@Mar 12|Apr 03» 10:«mm:m»:0«dig1:s» nfs01 rpc.gssd[«dig4:p»]: INFO: Credentials in CC 'FILE:/tmp/krb5ccmachine_EXAMPLE.COM' are good until «dig10:u»
""")
N("iscsiadm_node_session_auth_password_masked", ISCSI, r"""
node.name = iqn.2005-10.org.freenas.ctl:«lc8:t»
node.session.auth.authmethod = CHAP
node.session.auth.username = iqn.2024-01.com.example:«@wandb|backup»
node.session.auth.password = ********
node.session.auth.username_in = <empty>
node.session.auth.password_in = <empty>
""")
N("synology_syno_api_info_response_paths", SYNOLOGY, r"""
{"data":{"SYNO.API.Auth":{"maxVersion":«dig1:a»,"minVersion":1,"path":"entry.cgi"},"SYNO.FileStation.List":{"maxVersion":2,"minVersion":1,"path":"entry.cgi","requestFormat":"JSON"}},"success":true}
""")
N("truenas_api_key_query_without_key", TRUENAS, r"""
[
  {
    "id": «dig1:i»,
    "name": "«@wbdiag|backup-script|prometheus»",
    "created_at": {"$date": «dig13:c»},
    "allowlist": [{"method": "*", "resource": "*"}]
  }
]
""")
N("truenas_zfs_snapshot_list_names", ZFS, r"""
NAME                                             USED  AVAIL  REFER  MOUNTPOINT
tank/wandb@auto-2024-0«dig1:m»-1«dig1:d»_00-00                «dig2:a».«dig1:b»M      -  «dig3:c»G  -
tank/wandb@auto-2024-0«dig1:m»-1«dig1:e»_00-00                «dig2:f».«dig1:g»M      -  «dig3:h»G  -
""")
N("zfs_get_encryption_keyformat_keylocation", ZFS, r"""
NAME         PROPERTY     VALUE                         SOURCE
tank/wandb   encryption   aes-256-gcm                   -
tank/wandb   keyformat    «@passphrase|hex|raw»                    -
tank/wandb   keylocation  «@prompt|file:///root/keys/wandb.key»      local
tank/wandb   keystatus    available                     -
tank/wandb   encryptionroot  tank/wandb                 -
tank/wandb   guid         «dig19:g»           -
""")
N("proxmox_backup_client_key_show_fingerprint_table", PBS, r"""
┌─────────────┬─────────────────────────────────────────────────────────────────────────────────────────────────┐
│ Property    │ Value                                                                                           │
╞═════════════╪═════════════════════════════════════════════════════════════════════════════════════════════════╡
│ path        │ /root/.config/proxmox-backup/encryption-key.json                                                │
│ kdf         │ «@scrypt|none»                                                                                          │
│ fingerprint │ «hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»:«hex2:i»:«hex2:j»:«hex2:k»:«hex2:l»:«hex2:m»:«hex2:n»:«hex2:o»:«hex2:p» │
└─────────────┴─────────────────────────────────────────────────────────────────────────────────────────────────┘
""")
N("proxmox_backup_snapshot_list_paths", PBS, r"""
vm/«dig3:v»/2024-0«dig1:m»-1«dig1:d»T02:00:0«dig1:s»Z
ct/«dig3:c»/2024-0«dig1:m»-1«dig1:d»T02:1«dig1:t»:3«dig1:u»Z
host/wandb-«lc4:h»/2024-0«dig1:m»-1«dig1:d»T03:00:0«dig1:w»Z
""")
N("pg_dump_no_password_flag_and_pgpassfile_env", PG_DUMP, r"""
PGPASSFILE=/root/.pgpass pg_dump -h «@db|postgres».wandb.svc -U backup -w -Fc -f /backup/wandb-«dig8:d».dump wandb
""")
N("pg_restore_list_archive_toc_header", PG_DUMP, r"""
;
; Archive created at 2024-0«dig1:m»-1«dig1:d» 02:00:0«dig1:s» UTC
;     dbname: wandb
;     TOC Entries: «dig3:t»
;     Compression: gzip
;     Dump Version: 1.15-0
;     Format: CUSTOM
;     Dumped from database version: 16.«dig1:v»
""")
N("mysqldump_login_path_option_reference", MARIADB_DUMP, r"""
mysqldump --login-path=«@backup|wandb-backup» --single-transaction --routines --triggers wandb_local | gzip > /srv/backup/wandb-«dig8:d».sql.gz
""")
N("mysql_config_editor_print_masked_password", MARIADB_DUMP, r"""
[«@backup|wandb-backup»]
user = "backup"
password = *****
host = "«@mysql|db».wandb.svc"
port = «@3306|3307|33060»
socket = /run/mysqld/mysqld-«lc4:s».sock
""")
N("mongodump_progress_output_lines", MONGODUMP, r"""
«T»	writing wandb.runs to /srv/dump/wandb/runs.bson.gz
«T»	writing wandb.artifacts to /srv/dump/wandb/artifacts.bson.gz
«T»	done dumping wandb.runs («dig5:n» documents)
«T»	done dumping wandb.artifacts («dig4:m» documents)
""")
N("mongodump_uri_username_only_with_password_prompt", MONGODUMP, r"""
$ mongodump --uri="mongodb://backup@mongo-0.mongo.wandb.svc:27017/?authSource=admin" --archive=/srv/dump/wandb-«dig8:d».archive
Enter password for mongo user:
""")
N("pgbackrest_info_output_backup_labels", PGBACKREST, r"""
stanza: wandb
    status: ok
    cipher: aes-256-cbc

    db (current)
        wal archive min/max (16): 0000000100000«uhex3:a»000000«uhex2:b»/0000000100000«uhex3:a»000000«uhex2:c»

        full backup: «ymd:d»-020000F
            timestamp start/stop: 2024-0«dig1:m»-1«dig1:e» 02:00:00+00 / 2024-0«dig1:m»-1«dig1:e» 02:1«dig1:f»:4«dig1:g»+00
""")
N("pgbackrest_conf_key_type_auto_and_cipher_type", PGBACKREST, r"""
[global]
repo1-type=s3
repo1-s3-bucket=«lc10:b»-pgbr
repo1-s3-key-type=«@auto|web-id»
repo1-s3-role=«@pgbackrest-backup|authrole»
repo1-cipher-type=aes-256-cbc
repo1-retention-full=«dig1:r»
""")
N("walg_backup_list_names_and_lsns", WALG, r"""
name                          modified             wal_segment_backup_start
base_0000000100000«uhex3:a»000000«uhex2:b» 2024-0«dig1:m»-1«dig1:d»T02:00:1«dig1:s»Z 0000000100000«uhex3:a»000000«uhex2:b»
base_0000000100000«uhex3:a»000000«uhex2:c» 2024-0«dig1:m»-1«dig1:e»T02:00:2«dig1:t»Z 0000000100000«uhex3:a»000000«uhex2:c»
""")
N("barman_list_backups_ids", BARMAN, r"""
pg-wandb «ymd:d»T0200«mm:s» - «@Mon Mar 11|Tue Apr  2» 02:0«dig1:a»:1«dig1:b» 2024 - Size: «dig2:g».«dig1:h» GiB - WAL Size: «dig3:w».«dig1:x» MiB
pg-wandb «ymd:e»T0200«mm:t» - «@Sun Mar 10|Mon Apr  1» 02:0«dig1:c»:4«dig1:f» 2024 - Size: «dig2:g».«dig1:i» GiB - WAL Size: «dig3:y».«dig1:z» MiB
""")
N("litestream_generations_output", LITESTREAM, r"""
name  generation        lag     start                 end
s3    «hex16:a»  «dig1:l»s      «T»  «T»
s3    «hex16:b»  «dig2:m»h«dig2:n»m  «T»  «T»
""")
N("bacula_dir_conf_in_password_placeholders", BACULA, r"""
# bacula-«@9.6.7|11.0.6|13.0.4»/src/dird/bacula-dir.conf.in (line «dig2:l»)
Director {                            # define myself
  Name = @basename@-dir
  DIRport = @dir_port@
  QueryFile = "@scriptdir@/query.sql"
  Password = "@dir_password@"         # Console password
  Messages = Daemon
}
""")
N("bareos_bconsole_list_jobs_table", BAREOS, r"""
+-------+--------------+-----------+---------------------+------+-------+----------+-------------+-----------+
| jobid | name         | client    | starttime           | type | level | jobfiles | jobbytes    | jobstatus |
+-------+--------------+-----------+---------------------+------+-------+----------+-------------+-----------+
| «dig3:a»   | backup-wandb | wandb-fd  | 2024-0«dig1:m»-1«dig1:d» 02:00:0«dig1:s» | B    | I     | «dig4:f»     | «dig9:b»   | T         |
+-------+--------------+-----------+---------------------+------+-------+----------+-------------+-----------+
""")
N("bareos_fd_tls_psk_settings_without_password", BAREOS, r"""
FileDaemon {
  Name = wandb-fd
  Maximum Concurrent Jobs = «dig2:c»
  TLS Enable = yes
  TLS Require = yes
  TLS Certificate = /etc/bareos/tls/wandb-fd.pem
  TLS Key = /etc/bareos/tls/wandb-fd.key
}
""")
N("veeam_agent_session_log_ids", VEEAM, r"""
[«dd:a».0«dig1:b».2024 02:00:0«dig1:c».«dig3:d»] <«dig5:t»> lpbcore| Session ID: [{«uuid:s»}].
[«dd:a».0«dig1:b».2024 02:00:0«dig1:c».«dig3:e»] <«dig5:t»> lpbcore| Job ID: [{«uuid:j»}].
[«dd:a».0«dig1:b».2024 02:1«dig1:f»:3«dig1:g».«dig3:h»] <«dig5:t»> lpbcore| Backup job [wandb-volume] finished with status [Success].
""")
N("kasten_k10_location_profile_secret_reference_yaml", KASTEN, r"""
kind: Profile
metadata: {name: s3-«@wandb|backup», namespace: kasten-io}
spec:
  type: Location
  locationSpec:
    credential:
      secretType: AwsAccessKey
      secret:
        kind: secret
        name: k10-s3-secret
        namespace: kasten-io
  # generation «dig3:g»
""")
N("syncthing_device_ids_config", SYNCTHING, r"""
    <device id="«uc7:a»-«uc7:b»-«uc7:c»-«uc7:d»-«uc7:e»-«uc7:f»-«uc7:g»-«uc7:h»" name="«@nas|backup-box»" compression="metadata" introducer="false">
        <address>dynamic</address>
        <paused>false</paused>
    </device>
""")
N("juicefs_status_secret_key_removed", JUICEFS, r"""
{
  "Setting": {
    "Name": "wandb-jfs",
    "UUID": "«uuid:u»",
    "Storage": "s3",
    "Bucket": "https://«lc10:b».s3.amazonaws.com",
    "AccessKey": "AKIA«uc16:a»",
    "SecretKey": "removed",
    "BlockSize": 4096,
    "Compression": "none",
    "EncryptAlgo": "aes256gcm-rsa",
""")
N("s3fs_fuse_options_passwd_file_reference", S3FS, r"""
s3fs#«lc10:b» /mnt/«lc10:b» fuse _netdev,allow_other,passwd_file=/etc/passwd-s3fs,use_path_request_style,url=https://minio.example.com:9000 0 0
""")
N("rsnapshot_retain_intervals_and_cmd_settings", RSNAPSHOT, r"""
config_version	1.2
snapshot_root	/srv/rsnapshot/
cmd_rsync	/usr/bin/rsync
cmd_ssh	/usr/bin/ssh
retain	hourly	«dig1:h»
retain	daily	7
ssh_args	-i /root/.ssh/rsnapshot_ed25519
""")
N("duplicati_help_passphrase_option_text", DUPLICATI, r"""
C:\Program Files\Duplicati 2> Duplicati.CommandLine.exe help «@passphrase|encryption|backup»  # «TS»
  --passphrase (Password): Passphrase
    Supply a passphrase that Duplicati will use to encrypt the backup volumes,
    making them unreadable without the passphrase. This variable can also be
    supplied through the environment variable PASSPHRASE.
  --no-encryption (Boolean): Disable encryption
    If you store the backups on a local disk, and prefer that they are kept
    unencrypted, you can turn of encryption completely by using this switch.
""")
N("commvault_job_manager_log_job_ids", COMMVAULT, r"""
«dig4:p» «hex4:t»  0«dig1:m»/1«dig1:d» 02:00:0«dig1:s» «dig6:j» JobManager::startJob() - Job [«dig6:j»] started for client [wandb-«lc4:h»] subclient [default]
«dig4:p» «hex4:t»  0«dig1:m»/1«dig1:d» 02:1«dig1:e»:2«dig1:f» «dig6:j» JobManager::completeJob() - Job [«dig6:j»] completed. Phase [Backup] status [Success]
""")
N("winscp_script_open_privatekey_and_hostkey", WINSCP, r"""
open sftp://backup@ftp.example.com/ -hostkey="ssh-ed25519 255 «b64s43:h»" -privatekey="C:\keys\backup.ppk"
option batch abort
synchronize remote C:\wandb\exports /exports
""")
N("minio_kms_kes_key_name_settings", MINIO_ENV, r"""
MINIO_KMS_KES_ENDPOINT=https://kes.«@example.com|example.net»:7373
MINIO_KMS_KES_KEY_NAME=«@minio-backup-key|wandb-sse»
MINIO_KMS_KES_CERT_FILE=/etc/minio/kes/client.crt
MINIO_KMS_KES_KEY_FILE=/etc/minio/kes/client.key
MINIO_KMS_KES_CAPATH=/etc/minio/kes/ca.crt
MINIO_VOLUMES="https://minio-{1...«dig1:v»}.example.com/mnt/disk{1...4}"
""")
N("rook_ceph_cluster_encryption_kms_settings", ROOK, r"""
  security:
    kms:
      connectionDetails:
        KMS_PROVIDER: vault
        VAULT_ADDR: https://vault.«@example.com|vault.svc»:8200
        VAULT_BACKEND_PATH: rook
        VAULT_SECRET_ENGINE: kv
        VAULT_NAMESPACE: ns-«lc5:n»
      tokenSecretName: rook-vault-token
""")
N("restic_cat_config_json_id_chunker_polynomial", RESTIC_JSON, r"""
{
  "version": 2,
  "id": "«hex64:i»",
  "chunker_polynomial": "«hex14:p»"
}
""")
N("borg_create_stats_deduplicated_sizes_table", BORG_INFO, r"""
------------------------------------------------------------------------------
                       Original size      Compressed size    Deduplicated size
This archive:               «dig2:a».«dig2:b» GB             «dig2:c».«dig2:d» GB            «dig3:e».«dig2:f» MB
All archives:              «dig3:g».«dig2:h» GB            «dig3:i».«dig2:j» GB             «dig2:k».«dig2:l» GB

                       Unique chunks         Total chunks
Chunk index:                  «dig6:m»              «dig7:n»
------------------------------------------------------------------------------
""")
N("kopia_content_list_content_ids", KOPIA_CLI, r"""
«hex32:a»
«hex32:b»
k«hex32:c»
x«hex32:d»
q«hex32:e»
""")
N("duplicity_manifest_volume_hashes", DUPLICITY, r"""
Hostname wandb-«lc4:h»
Localdir /var/lib/wandb
Volume 1:
    StartingPath   .
    EndingPath     runs/«lc8:r»/files «dig2:x»
    Hash SHA1 «hex40:s»
""")
N("velero_backup_repository_restic_identifier", VELERO, r"""
spec:
  backupStorageLocation: default
  maintenanceFrequency: 168h0m0s
  repositoryType: kopia
  resticIdentifier: s3:s3-«@us-east-1|eu-west-1».amazonaws.com/«lc10:b»-velero/restic/wandb
  volumeNamespace: wandb
""")
N("rclone_check_output_hash_differences", RCLONE_BACKENDS, r"""
«TG» NOTICE: S3 bucket «lc10:b»: 0 differences found
«TG» NOTICE: S3 bucket «lc10:b»: «dig3:m» matching files
«TG» INFO  : bundles/wbdiag-«dig8:d».tgz: md5 = «hex32:a» OK
""")
N("mongodump_config_file_reference_only", MONGODUMP, r"""
mongodump --config=/etc/mongodump/«@backup|wandb».yaml --gzip --archive=/srv/dump/«dig8:d».gz
# /etc/mongodump/«@backup|wandb».yaml holds the password: key (mode 0600)
""")
N("bacula_fd_monitor_director_without_password_commented", BACULA, r"""
# /etc/bacula/bacula-fd.conf on wandb-«lc4:h»
#Director {
#  Name = bacula-mon
#  Password = ""
#  Monitor = yes
#}
""")
N("smb_csi_storageclass_secret_name_params", SMB_CSI, r"""
parameters:
  source: //«@nas|filer».example.com/wandb-«lc4:s»
  csi.storage.k8s.io/provisioner-secret-name: smbcreds
  csi.storage.k8s.io/provisioner-secret-namespace: «@wandb|default»
  csi.storage.k8s.io/node-stage-secret-name: smbcreds
  csi.storage.k8s.io/node-stage-secret-namespace: «@wandb|default»
""")
N("azure_storage_connection_string_managed_identity_no_key", AZSAS, r"""
AZURE_STORAGE_ACCOUNT=«lc12:a»
AZURE_STORAGE_AUTH_MODE=login
AZURE_CLIENT_ID=«uuid:c»
AZURE_FEDERATED_TOKEN_FILE=/var/run/secrets/azure/tokens/azure-identity-token
""")

# ================================================================ kind judgement
# A shape is a new kind when the tool its name starts with (the first word) does not
# occur in used_redact_shapes.txt at all (case-insensitive substring grep), and that
# tool is not already named there another way. Zero-hit first words still counted as
# repeats: backblaze (b2_* shapes exist), cephadm (ceph_*), rsyncd (rsync_*), and
# nfs_server_klist_* (a klist layout; klist_* shapes exist). wal_g_* is the tool wal-g
# (walg / wal_g: 0 hits). Wrappers with their own config format (borgmatic,
# resticprofile, autorestic, rustic) are counted as their own tools.
NEW_TOOLS = ["autofs", "autorestic", "bacula", "bareos", "barman", "borgmatic", "commvault",
             "duplicati", "duply", "iscsiadm", "iscsid", "k8up", "kasten", "lftp", "litestream",
             "longhorn", "mongodump", "mongorestore", "nfs", "pgbackrest", "proxmox",
             "resticprofile", "rsnapshot", "rustic", "syncthing", "synology", "truenas", "veeam",
             "wal", "walg", "wasabi", "zfs"]
NOT_NEW = {"nfs_server_klist_kte_keys_shown_k_flag"}


def _is_new(name):
    return name.split("_")[0] in NEW_TOOLS and name not in NOT_NEW


NEW_KIND_POS = [n for n, _, _, _ in POS if _is_new(n)]
NEW_KIND_NEG = [n for n, _, _, _ in NEG if _is_new(n)]
SAME_KIND_POS = [n for n, _, _, _ in POS if not _is_new(n)]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if not _is_new(n)]
# ================================================================ output
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
