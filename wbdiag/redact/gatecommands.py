"""Values the leak gate reads by their place among a command's arguments, where no secret word
names them (`positional_secrets`):

- an admin command's positional secret (MinIO's `mc alias set NAME URL ACCESS SECRET`, `mc
  admin user add ALIAS USER SECRET`, RabbitMQ's `add_user USER PASSWORD`, `vault operator unseal
  KEY`, ZooKeeper's `addauth digest USER:PASSWORD`), on one line or as a YAML list of arguments,
  one per line (a container's `args:`), or a JSON list;
- a Redis ACL rule that sets a password (`user NAME on >PASSWORD`, `ACL SETUSER NAME >PASSWORD`,
  also as an `ACL LIST` reply's item, quoted as a shell passes it: `'>…'`), the target's
  password of a `MIGRATE … AUTH …` / `AUTH2 USER …`; and the reply `redis-cli CONFIG GET` prints
  raw below it, a name and its value a line each, where the name names a secret (`masterauth` /
  `…`);
- a command's secret argument no word names: the MySQL clients' `-p<password>`, `wandb login`'s
  key, Poetry's `config http-basic.REPO USER PASSWORD`, a value echoed into a command that reads
  it from its input (`--password-stdin`, `sudo -S`, `kinit`; also as a here-string, `<<< …`),
  a `USER:PASSWORD` flag (`--creds`,
  `-auth`), curl's `--cert FILE:PASSPHRASE`, the OpenLDAP clients' `-w` (ldappasswd's `-a`,
  `-s`), Samba's `-U USER%PASSWORD`, htpasswd's batch mode (`-b FILE USER PASSWORD`, `-nb`);
- mail, telephony and chat servers' tools' password arguments (`kamctl add`, `prosodyctl
  register`, `ejabberdctl register`, `doveadm auth test`, SIPp's `-ap`,
  `register_new_matrix_user -k`, `occ talk:signaling:add`, ZNC's `*sasl set`, `IDENTIFY`);
- database servers' tools' (pgAdmin's `setup.py add-user`, Oracle's `user/password@service`
  after RMAN's `target` and `catalog`, `dgmgrl` and `userid=`, DB2's `connect … using`,
  `ETCDCTL_USER`, `rabbitmqctl encode`, a value echoed into `elasticsearch-keystore add
  --stdin`).

Each value is judged as gateplaces.py judges a value by its place (`judged`): it only has to
read as no word, identifier, path, placeholder or reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import context_ends
from wbdiag.redact.gateplaces import judged
from wbdiag.redact.gatetoken import generated_letters

# (an admin command's positional secret, over its arguments joined by one space)
_POSITIONAL = lazyre.compile(
    r"(?:^| )(?:alias set|config host add) \S+ [a-z]{2,8}://\S+ \S+ (?P<a>\S+)"
    r"|(?:^| )admin user add \S+ \S+ (?P<b>\S+)"
    r"|(?:^| )(?:add_user|change_password|authenticate_user) \S+ (?P<c>\S+)"
    r"|(?:^| )(?:operator unseal|vault login) (?P<d>\S+)"
    # (a Redis ACL rule: `>` adds a password; the rules before it are bounded in number)
    r"|(?:^| )(?i:user \S+ (?:on|off)|setuser \S+)(?: [^\s>]\S{0,128}){0,16} >(?P<e>\S+)"
    r"|(?:^| )addauth digest [^\s:]{1,128}:(?P<f>\S+)"
    # Redis's MIGRATE: the target's password after `AUTH`, or `AUTH2 USER` (the key may be `""`)
    r"|(?:^| )(?i:migrate)(?: \S+){2,8}? (?i:auth) (?P<k>\S+)"
    r"|(?:^| )(?i:migrate)(?: \S+){2,8}? (?i:auth2) \S+ (?P<l>\S+)"
    # Windows, also glued to cmd.exe's prompt (`C:\>net …`): `net use [Z:] \\server\share
    # <password> [/user:…]` (or after `/user:…`), `net user <name> <password>`, schtasks' `/RP`
    # and `/P` (the run-as user's and the `/U` user's)
    r"|(?:^| |>)(?i:net use)(?: [A-Za-z]:)? \\\\\S+(?: /\S+){0,4} (?P<g>[^\s/*]\S*)"
    r"|(?:^| |>)(?i:net user) [^\s/]\S* (?P<h>[^\s/*]\S*)"
    r"|(?:^| |>)(?i:schtasks)(?: \S+){0,32} /(?i:rp|p) (?P<i>[^\s/*]\S*)"
    # an RDP client's or `cmdkey`'s `/u:USER … /p:PASSWORD` (`/p:*` prompts)
    r"|(?:^| )/(?i:u|user):\S+(?: \S+){0,8}? /(?i:p|pass):(?P<al>[^\s*]\S*)"
    # PowerShell's plaintext made a SecureString (`ConvertTo-SecureString [-String] '…'
    # -AsPlainText -Force`; without -AsPlainText the string is DPAPI's ciphertext)
    r"|(?:^| |\()(?i:convertto-securestring)(?: (?i:-string))? (?P<j>[^\s-]\S*)"
    r"(?=.{0,256} (?i:-asplaintext))"
    # the MySQL clients' password glued to `-p` (`-P` is the port; `-p DB` with a space is no
    # password but the database), also after a `\n` a JSON string keeps of a probe's output
    r"|(?:^|[ /=]|\\n)(?:mysql|mysqldump|mysqladmin|mysqlcheck|mysqlimport|mysqlshow|mysqlpump"
    r"|mariadb|mariadb-dump|mariadb-admin)(?: [^\s|;&]\S*){0,16}? -p(?P<m>[^\s-]\S*)"
    # `wandb login [--host URL] [--relogin] KEY` (also run from a notebook's `!`, or by its path,
    # or after zsh's extended history's `: <start>:<elapsed>;`)
    r"|(?:^| |!|/|;)wandb login(?: --?(?:host|base-url)(?:=\S+| \S+)| --?[a-z][\w-]*){0,8}"
    r" (?P<n>[^\s\\-][^\s\\]*)"
    # Poetry's `config http-basic.REPO USER PASSWORD` (zsh's history glues `: …:0;` to it)
    r"|(?:^| |;)poetry config http-basic\.\S+ \S+ (?P<o>\S+)"
    # a value echoed into a command that reads a secret from its input: `--password-stdin`,
    # `sudo -S`, `databricks configure --token`, `docker secret create NAME -`, `kinit PRINCIPAL`
    # (a password for the principal), `passwd --stdin USER`, Cyrus SASL's `saslpasswd2 -p …`
    r"|(?:^| )(?:echo|printf)(?: -[a-z]{1,3})? (?P<p>[^\s|-]\S*) \|(?: [^\s|]+){0,24}?"
    r" (?:--password-stdin|sudo -S|configure(?: [^\s|]+){0,8} --token|secret create \S+ -"
    r"|kinit|passwd --stdin|saslpasswd2|\S*-keystore add(?: --?[a-z]+){1,3})(?= |\Z)"
    # ... or given to it as a here-string (`sudo -S systemctl restart x <<< '…'`)
    r"|(?:^| )(?:--password-stdin|sudo -S|kinit|passwd --stdin|saslpasswd2)(?: [^\s<]\S*){0,24}?"
    r" <<< (?P<ak>[^\s-]\S*)"
    # a flag whose value is `USER:PASSWORD` (crictl's and skopeo's `--creds`, `--src-creds`,
    # `--dest-creds`; jenkins-cli's `-auth`) or curl's `--cert FILE:PASSPHRASE`
    r"|(?:^| )(?:--(?:src-|dest-)?creds|-auth|--cert)[ =][^\s:]{1,256}:(?P<q>[^\s:]+)(?= |\Z)"
    # the OpenLDAP clients' bind password (`-w`; `-W` prompts, `-y` names a file), ldappasswd's
    # old and new passwords (`-a`, `-s`; ldapsearch's `-s` is the search's scope)
    r"|(?:^| |/)ldap(?:search|modify|add|delete|whoami|passwd|modrdn|compare|exop)(?: \S+){0,32}?"
    r" -w (?P<r>[^\s-]\S*)"
    r"|(?:^| |/)ldappasswd(?: \S+){0,32}? -[as] (?P<s>[^\s-]\S*)"
    # Samba's clients: `-U USER%PASSWORD` (`--user=`; `-A FILE` names a file)
    r"|(?:^| |/)(?:smbclient|rpcclient|smbcacls|net (?:ads|rpc))(?: \S+){0,32}?"
    r" (?:-U ?|--user[= ])[^\s%]{1,256}%(?P<t>\S+)"
    # mail, telephony and chat servers' tools: Kamailio's `kamctl add|passwd USER PASSWORD`,
    # `prosodyctl register USER HOST PASSWORD`, `ejabberdctl register|change_password USER HOST
    # PASSWORD`, `doveadm auth test|login [-x FIELD=VALUE]… USER PASSWORD`, SIPp's `-ap`,
    # Synapse's `register_new_matrix_user -k SECRET`, Nextcloud Talk's `occ talk:signaling:add
    # URL SECRET`, ZNC's `*sasl set USER PASSWORD`, NickServ's `IDENTIFY [NICK] PASSWORD`
    r"|(?:^| |/)kamctl (?:add|passwd) \S+ (?P<w>\S+)"
    r"|(?:^| |/)prosodyctl register \S+ \S+ (?P<x>\S+)"
    r"|(?:^| |/)ejabberdctl (?:register|change_password) \S+ \S+ (?P<y>\S+)"
    r"|(?:^| |/)doveadm auth (?:test|login)(?: -\S+ \S+){0,8} [^\s-]\S* (?P<z>[^\s-]\S*)"
    r"|(?:^| |/)sipp(?: \S+){0,32}? -ap (?P<aa>[^\s-]\S*)"
    r"|(?:^| |/)register_new_matrix_user(?: \S+){0,16}? (?:-k|--shared-secret) (?P<ab>[^\s-]\S*)"
    r"|(?:^| )talk:signaling:add \S+ (?P<ac>[^\s-]\S*)"
    r"|(?:^| )\*sasl set \S+ (?P<ad>\S+)"
    r"|(?:^| |:)IDENTIFY (?:\S+ )?(?P<ae>\S+)\Z"
    # database servers' tools: pgAdmin's `setup.py add-user [--admin] EMAIL PASSWORD`, Oracle's
    # `user/password@service` after RMAN's `target` / `catalog` / `auxiliary`, `dgmgrl`, SQL*Plus
    # and its `connect` (`SQL> connect system/…@//host:1521/svc`, `sqlplus -s app/…@pdb`), the
    # loaders and a Data Pump `userid=`, DB2's `connect to DB user USER using PASSWORD`, `ETCDCTL_USER=USER:
    # PASSWORD`, `rabbitmqctl encode '<<"VALUE">>' PASSPHRASE` (its quotes dropped: `<< VALUE >>`)
    r"|(?:^| |/)setup\.py add-user(?: --?[a-z][\w-]*){0,4} [^\s@]+@\S+ (?P<af>[^\s-]\S*)"
    r"|(?:^| )(?:(?:target|catalog|auxiliary|dgmgrl|sqlplus|sqlldr|expdp|impdp)(?: -\S+){0,2} "
    r"|userid=|(?i:conn|connect) )[\w$#]{1,64}/"
    r"(?P<ag>[^\s/@]+)@"
    r"|(?:^| )(?i:connect to) \S+ (?i:user) \S+ (?i:using) (?P<ah>\S+)"
    r"|(?:^| )ETCDCTL_USER=[^\s:]{1,64}:(?P<ai>\S+)"
    r"|(?:^| |/)rabbitmqctl (?:encode|decode)(?: --?[a-z][\w-]*){0,6} << (?P<aj>\S+) >>"
    # htpasswd's batch mode (`-b`): the password after the user, and after the file unless `-n`
    # prints the entry instead
    r"|(?:^| |/)htpasswd -[A-Za-z25]{0,8}(?:b[A-Za-z25]{0,8}n|n[A-Za-z25]{0,8}b)[A-Za-z25]{0,8}"
    r"(?: -C \d{1,3})? [^\s-]\S* (?P<u>[^\s-]\S*)"
    r"|(?:^| |/)htpasswd -[A-MO-Za-mo-z25]{0,8}b[A-MO-Za-mo-z25]{0,8}(?: -C \d{1,3})?"
    r" [^\s-]\S* [^\s-]\S* (?P<v>[^\s-]\S*)"
)
# (a YAML list is picked by its item `- alias`, `- add_user`, `- unseal`)
POSITIONAL_LITERALS = (
    "alias",
    "user add",
    "host add",
    "add_user",
    "change_password",
    "authenticate_user",
    "unseal",
    "vault login",
    " >",
    "setuser",
    "migrate",
    "config get",
    "addauth",
    "net use",
    "net user",
    "schtasks",
    "convertto-securestring",
    "mysql",
    "mariadb",
    "wandb login",
    "http-basic.",
    "--password-stdin",
    "kinit",
    "passwd --stdin",
    "saslpasswd2",
    "sudo -s",
    "configure",
    "secret create",
    "creds",
    "-auth",
    "--cert",
    "ldap",
    "smbclient",
    "rpcclient",
    "smbcacls",
    "net ads",
    "net rpc",
    "htpasswd",
    "kamctl",
    "prosodyctl",
    "ejabberdctl",
    "doveadm",
    "sipp",
    "register_new_matrix_user",
    "talk:signaling:add",
    "*sasl",
    "identify",
    "add-user",
    "target",
    "catalog",
    "auxiliary",
    "dgmgrl",
    "/p:",
    "/pass:",
    "sqlplus",
    "sqlldr",
    "expdp",
    "impdp",
    "conn ",
    "connect ",
    "userid",
    "using",
    "etcdctl_user",
    "rabbitmqctl",
    "keystore add",
)
POSITIONAL_HINTS = (
    # (each spelled as its literal, where it has one: `positional_secrets` reads no line
    # without one of POSITIONAL_LITERALS)
    r"alias|user add|host add|add_user|change_password|authenticate_user|unseal"
    r"|vault login|addauth[ \t]+digest",
    r"user[ \t]+[^\s>]+[ \t]+(?:on|off)(?:[ \t][^\n]*)? >[^\s>]"
    # (also quoted, as Redis MONITOR prints each argument: `"ACL" "SETUSER" "u" "on" ">…"`)
    r"|setuser['\"]?(?:[ \t][^\n]*)?[ \t]['\"]?>[^\s>]",
    r"migrate[ \t][^\n]*[ \t]auth2?[ \t]",
    r"config get[ \t]",
    r"net use(?:r[ \t]+[^\s/]|[ \t][^\n]*\\\\)",
    r"schtasks[ \t][^\n]*[ \t]/r?p[ \t]",
    r"[ \t]/u(?:ser)?:[^\s]+(?:[ \t][^\n]*)?[ \t]/p(?:ass)?:[^\s*]",
    r"convertto-securestring[ \t][^\n]*-asplaintext",
    # `-p` starts an argument (after a blank or a quote); written without that, or with the
    # value's first character after it, Hyperscan 5.4 missed real command lines beside the other
    # hints (tests/redact/test_prefilter_hs.py): the check reads what follows
    r"(?:mysql|mariadb)[^\n]*[ \t\"']-p",
    r"wandb login[ \t]",
    r"poetry[ \t][^\n]*http-basic\.",
    r"(?:echo|printf)[^\n]*\|[^\n]*(?:--password-stdin|-s|--token|create)",
    # (a hint of its own: in the alternation above Hyperscan's scan may miss what it adds)
    r"(?:echo|printf)[^\n]*\|[^\n]*(?:kinit|passwd[ \t]+--stdin|saslpasswd2)",
    r"(?:--password-stdin|sudo -s|kinit|passwd --stdin|saslpasswd2)[^\n]*<<<",
    r"(?:--(?:src-|dest-)?creds|-auth|--cert)[ \t=][^\n]*:",
    # (each a hint of its own, as the two above)
    r"ldap(?:search|modify|add|delete|whoami|passwd|modrdn|compare|exop)[ \t][^\n]*[ \t]-[wsa][ \t]",
    r"(?:smbclient|rpcclient|smbcacls|net (?:ads|rpc))[ \t][^\n]*%",
    r"htpasswd[ \t]+-[^\s]*b",
    r"(?:kamctl[ \t]+(?:add|passwd)|prosodyctl[ \t]+register|ejabberdctl[ \t]+(?:register"
    r"|change_password)|doveadm[ \t]+auth[ \t]+(?:test|login))[ \t]",
    r"sipp[ \t][^\n]*[ \t]-ap[ \t]",
    r"register_new_matrix_user[ \t][^\n]*[ \t](?:-k|--shared-secret)[ \t]",
    r"talk:signaling:add[ \t]",
    r"\*sasl[ \t]+set[ \t]",
    r"identify[ \t]+\S",
    r"setup\.py[ \t]+add-user[ \t]",
    r"(?:target|catalog|auxiliary|dgmgrl)[ \t][^\n]*/[^\s/@]+@",
    r"(?:sqlplus|sqlldr|expdp|impdp|conn|connect)[ \t][^\n]*/[^\s/@]+@",
    r"userid[ \t]*=[ \t]*[\w$#]+/",
    r"connect[ \t]+to[ \t][^\n]*[ \t]using[ \t]",
    r"etcdctl_user[ \t]*=",
    r"rabbitmqctl[ \t]+(?:encode|decode)[ \t]",
    r"(?:echo|printf)[^\n]*\|[^\n]*-keystore[ \t]+add[ \t]",
)
# the group's literal hints (gategroups.py): the words above, and `echo` and `printf`, which
# the hints of a value piped into a command require (the pure-Python prefilter tries a group's
# hints on a line only when it holds one of its literals)
POSITIONAL_PICKS = (*POSITIONAL_LITERALS, "echo", "printf")
# an item of a YAML list of scalars (`- alias`, `- "set"`)
_ITEM = lazyre.compile(r"([ \t]*)- [ \t]*['\"]?([^\s'\"#]{1,256})['\"]?[ \t]*\Z")
_ARG = lazyre.compile(r"[^\s'\",\[\]]{1,256}")
_LIST_REACH = 16


def positional_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for an admin command's positional secret on line `i` (a command line or a
    JSON list) or in the YAML list of arguments line `i` is an item of."""
    text = block[i]
    lowered = text.lower()
    if not any(w in lowered for w in POSITIONAL_LITERALS):
        return
    if "config get" in lowered or "CONFIG GET" in text:
        yield from _raw_reply(block, i)
    m = _ITEM.match(text)
    if m is None:
        argv = " ".join(_ARG.findall(text))
        found = _POSITIONAL.search(argv)
        if found is not None:
            value = next(v for v in found.groups() if v)
            # (a place that takes nothing but a password: MIGRATE's `AUTH`, `net user NAME`'s)
            auth = bool(found.group("k") or found.group("l") or found.group("h"))
            if judged(value) or (auth and generated_letters(value)):
                yield i, value
        return
    indent = m.group(1)
    first = i
    while first > 0 and i - first < _LIST_REACH:
        prev = _ITEM.match(block[first - 1])
        if prev is None or prev.group(1) != indent:
            break
        first -= 1
    items: list[tuple[int, str]] = []
    for j in range(first, min(len(block), i + _LIST_REACH)):
        item = _ITEM.match(block[j])
        if item is None or item.group(1) != indent:
            break
        items.append((j, item.group(2)))
    argv = " ".join(v for _, v in items)
    found = _POSITIONAL.search(argv)
    if found is None:
        return
    group = next(g for g in found.groupdict() if found.group(g))
    at = argv[: found.start(group)].count(" ")
    line, value = items[at]
    if judged(value):
        yield line, value


_CONFIG_GET = lazyre.compile(r"(?i)\bconfig[ \t]{1,4}get[ \t]")
_RAW_NAME = lazyre.compile(r"[ \t]*([A-Za-z][\w.-]{0,63})[ \t]*")
_REPLY_REACH = 64  # lines of a reply read after its command


def _raw_reply(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, value) for the values `CONFIG GET` printed raw after line `i` whose name, the
    line before each, names a secret to the context check."""
    if _CONFIG_GET.search(block[i]) is None:
        return
    j = i + 1
    while j + 1 < len(block) and j - i < _REPLY_REACH:
        name = _RAW_NAME.fullmatch(block[j])
        if name is None:
            return
        value = block[j + 1].strip()
        # (a name alone, as if its value followed it on its line)
        if value and context_ends(name.group(1) + " ") and judged(value):
            yield j + 1, value
        j += 2
