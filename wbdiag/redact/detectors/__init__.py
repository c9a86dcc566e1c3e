"""Every detector the redactor runs, one module per secret shape or family."""

from __future__ import annotations

from wbdiag.redact.continued import CONTINUED_LINE
from wbdiag.redact.detectors import (
    accountpair,
    anysep,
    appservers,
    arglist,
    byteslit,
    cmdline,
    credfiles,
    damaged,
    dbstatement,
    debugpin,
    diffvalue,
    directives,
    encodedtoken,
    entropy,
    envset,
    etcdjson,
    generic,
    hashes,
    hexargs,
    hexmaps,
    intl,
    jobargs,
    jsontree,
    keyshapes,
    layouts,
    logins,
    monitors,
    namecells,
    netdevice,
    netkeys,
    params,
    parseinput,
    phpconfig,
    positional,
    prose,
    query,
    rediscmd,
    registries,
    rejected,
    secretstores,
    serialized,
    setters,
    snmp,
    springenv,
    sqlpassword,
    sqlvalues,
    struck,
    tabbed,
    taskpool,
    terraformlog,
    tokens,
    toolconfigs,
    urls,
    wintools,
)
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.detectors.keyvalue import KEY_VALUE, SPACED_WORDS
from wbdiag.redact.escaped import COLOURED, ESCAPED_NAME, ESCAPED_PAIR, ESCAPED_TEXT, ESCAPED_URL
from wbdiag.redact.marked import MARK_ARMING
from wbdiag.redact.markup import MARKUP_PICK
from wbdiag.redact.mimeparts import BASE64_PART_PICK
from wbdiag.redact.nextargs import ARGS_ARMING, CONCAT_OPEN
from wbdiag.redact.nextci import CI_ARMING
from wbdiag.redact.nextcodes import CODES_ARMING
from wbdiag.redact.nextcompared import COMPARED_ARMING
from wbdiag.redact.nextconsole import CONSOLE_ARMING
from wbdiag.redact.nextdecoded import DECODED_ARMING
from wbdiag.redact.nextdump import DUMP_ARMING
from wbdiag.redact.nextframe import FRAME_ARMING
from wbdiag.redact.nexthurl import BASIC_AUTH_ARMING
from wbdiag.redact.nextinfo import INFO_ARMING
from wbdiag.redact.nextlookup import LOOKUP_ARMING
from wbdiag.redact.nextnotebook import NOTEBOOK_ARMING
from wbdiag.redact.nextoutput import OUTPUT_ARMING
from wbdiag.redact.nextplay import PLAY_ARMING
from wbdiag.redact.nextrows import ARMING
from wbdiag.redact.nextsections import FILE_ARMING
from wbdiag.redact.nextshown import SHOWN_ARMING
from wbdiag.redact.nextsql import SQL_PARAMS
from wbdiag.redact.nexttool import TOOL_ARMING
from wbdiag.redact.nexttrace import TRACE_ARMING
from wbdiag.redact.nexttyped import TYPED_ARMING
from wbdiag.redact.nextvault import VAULT_ARMING
from wbdiag.redact.partial import CRI_PARTIAL
from wbdiag.redact.tacplus import TACPLUS_PICK
from wbdiag.redact.wrapped64 import BLOCK_OPENER

# Detectors that only have the prefilter pick the lines that arm a follower (or that a block
# pass reads: split records, escaped lines); they find nothing themselves.
_PICK_ONLY = (
    SPACED_WORDS,
    generic.WORD_THEN_TEXT,
    ARMING,
    OUTPUT_ARMING,
    TYPED_ARMING,
    INFO_ARMING,
    LOOKUP_ARMING,
    TOOL_ARMING,
    FILE_ARMING,
    DUMP_ARMING,
    TRACE_ARMING,
    NOTEBOOK_ARMING,
    FRAME_ARMING,
    CRI_PARTIAL,
    CONTINUED_LINE,
    ESCAPED_PAIR,
    ESCAPED_NAME,
    ESCAPED_TEXT,
    ESCAPED_URL,
    MARKUP_PICK,
    BASE64_PART_PICK,
    TACPLUS_PICK,
    COLOURED,
    ARGS_ARMING,
    BLOCK_OPENER,
    MARK_ARMING,
    CI_ARMING,
    BASIC_AUTH_ARMING,
    CODES_ARMING,
    COMPARED_ARMING,
    CONSOLE_ARMING,
    SHOWN_ARMING,
    DECODED_ARMING,
    PLAY_ARMING,
    VAULT_ARMING,
)
DETECTORS: tuple[Detector, ...] = (
    KEY_VALUE,
    urls.URL_PASSWORD,
    urls.GO_DSN,
    urls.CUT_DSN,
    urls.ENCODED_URL,
    urls.CONTINUED_USERINFO,
    urls.GO_USERINFO,
    urls.PORT_CAST,
    cmdline.MYSQL_P,
    rediscmd.REDIS_A,
    rediscmd.ACL_SETUSER,
    cmdline.CURL_U,
    cmdline.SSH_KEYGEN,
    cmdline.TRACED_TEST,
    cmdline.CURL_CERT,
    cmdline.SSHPASS,
    cmdline.MC_ALIAS,
    cmdline.ZK_ADDAUTH,
    cmdline.MC_USER_ADD,
    rediscmd.REDIS_MONITOR_AUTH,
    rediscmd.REDIS_AUTH_OPTION,
    dbstatement.DB_STATEMENT_AUTH,
    springenv.ACTUATOR_PROPERTY,
    envset.ENV_SET,
    etcdjson.ETCD_JSON,
    terraformlog.TF_VARIABLE,
    terraformlog.TF_PASSWORD_RESULT,
    terraformlog.TF_SNIPPET_VALUE,
    cmdline.LDAP_OPENSSL,
    cmdline.KEYCHAIN_W,
    cmdline.KADMIN,
    cmdline.LDAPPASSWD,
    cmdline.USER_THEN_P,
    rediscmd.WIRE_AUTH,
    cmdline.SECRET_SET_BODY,
    cmdline.LETTER_DSN,
    cmdline.HTPASSWD,
    sqlpassword.SQL_PASSWORD,
    sqlpassword.SQL_CREDENTIAL_CALL,
    cmdline.SET_VALUE,
    params.TOOL_PARAMS,
    cmdline.SHORT_P,
    cmdline.SMTP_AUTH,
    credfiles.PGPASS,
    cmdline.RABBITMQCTL,
    cmdline.ERLANG_COOKIE,
    cmdline.NET_USE,
    cmdline.IMAP_LOGIN,
    cmdline.PERL_DBI,
    credfiles.PGBOUNCER_USERLIST,
    credfiles.POSTFIX_SASL,
    credfiles.CURLRC_USER,
    credfiles.JAAS_USER,
    cmdline.AUTH_TUPLE,
    cmdline.SECURE_STRING,
    cmdline.USER_PERCENT,
    cmdline.RUN_AS_PASSWORD,
    cmdline.REPO_CREDENTIALS,
    cmdline.AUTH_PAIR,
    cmdline.LDAP_SIMPLE_BIND,
    wintools.WINDOWS_TOOLS,
    positional.POSITIONAL,
    positional.DSN_TUPLE,
    positional.CONNECT_TUPLE,
    positional.MYSQLI_CONNECT,
    positional.TABLE_FUNCTION,
    positional.OBJECT_STORE_KEYS,
    arglist.ARGS_LIST,
    byteslit.BYTES_LITERAL,
    positional.REDIS_HOSTS,
    positional.USER_PW_CALL,
    positional.CI_MASK,
    registries.CARGO_LOGIN,
    registries.COMPOSER_AUTH,
    registries.JFROG_HEADER,
    registries.CLOUDSMITH_PATH,
    debugpin.DEBUGGER_PIN,
    phpconfig.PHP_KEYS,
    appservers.ELYTRON_CLEAR_TEXT,
    appservers.WLST_CONNECT,
    appservers.LIBERTY_ENCODE,
    appservers.JASYPT_INPUT,
    setters.SECRET_SETTER,
    prose.PROSE,
    struck.STRUCK,
    diffvalue.DIFF_VALUE,
    namecells.NAME_CELLS,
    tabbed.COOKIE_JAR,
    tabbed.SECURE_STRING_ROW,
    keyshapes.RSA_PARAMS,
    keyshapes.UNSEAL_KEY,
    keyshapes.UNSEAL_ARG,
    keyshapes.CEPHX_KEY,
    keyshapes.NKEY_SEED,
    keyshapes.KERBEROS_KEY,
    keyshapes.PRIVATE_DER,
    keyshapes.S3_SECRET_KEY,
    keyshapes.KEY_RECORDS,
    tokens.ENTRA_SECRET,
    tokens.BASE64_JSON,
    tokens.BASE64_TEXT,
    encodedtoken.ENCODED_TOKEN,
    tokens.URL_PATH_TOKEN,
    jobargs.JOB_ARGS,
    taskpool.TASKPOOL_ARGS,
    tokens.AWS_ACCESS_KEY,
    tokens.GITHUB_TOKEN,
    tokens.OTHER_TOKENS,
    tokens.SLACK_TOKEN,
    tokens.SLACK_WEBHOOK,
    tokens.CHAT_WEBHOOK,
    tokens.AZURE_KEY,
    tokens.GCP_API_KEY,
    tokens.JWT,
    tokens.PRIVATE_KEY,
    tokens.TOOL_KEY,
    tokens.BASE64_PEM_KEY,
    tokens.WANDB_API_KEY,
    tokens.BARE_KEY,
    tokens.PASSWORD_HASH,
    tokens.BEARER,
    tokens.BASIC_AUTH,
    logins.BASE64_LOGIN,
    accountpair.ACCOUNT_PAIR,
    generic.GENERIC_CONTEXT,
    anysep.ANY_SEPARATOR,
    layouts.LAYOUTS,
    intl.FOREIGN_NAME,
    damaged.DAMAGED,
    jsontree.JSON_TREE,
    query.QUERY_SECRET,
    query.OAUTH_CODE,
    query.FORM_CODE,
    query.CODE_PAIR,
    query.QUERY_FIELD,
    rejected.REJECTED_VALUE,
    rejected.VALIDATION_INPUT,
    parseinput.FAILED_INPUT,
    query.BARE_USERINFO,
    hashes.CRYPT_HASH,
    hashes.LDAP_HASH,
    hashes.REDIS_ACL,
    directives.DIRECTIVES,
    netdevice.NET_DEVICE,
    snmp.SNMP,
    netkeys.NET_KEYS,
    monitors.MONITOR_KEYS,
    entropy.RANDOM_IN_CONTEXT,
    hexargs.HEX_ARGS,
    hexargs.HEX_TEXT,
    hexmaps.HEX_MAPS,
    hexargs.HEX_SQL,
    sqlvalues.SQL_VALUES,
    sqlvalues.BINLOG_ROW,
    serialized.LENGTH_PREFIXED,
    secretstores.SECRET_PAYLOAD,
    toolconfigs.TOOL_CONFIGS,
    SQL_PARAMS,
    CONCAT_OPEN,
    *_PICK_ONLY,
)

# Detectors that also run on every line a leader's Hyperscan hints picked, so that their own
# hints need not repeat the leader's (fewer patterns: a faster prefilter). The `re` prefilter
# picks by literal hints, which every detector carries in full.
_FOLLOW = (
    (KEY_VALUE, (jsontree.JSON_TREE, entropy.RANDOM_IN_CONTEXT, layouts.LAYOUTS)),
    (generic.GENERIC_CONTEXT, (entropy.RANDOM_IN_CONTEXT, layouts.LAYOUTS)),
    (SPACED_WORDS, (jsontree.JSON_TREE, entropy.RANDOM_IN_CONTEXT, layouts.LAYOUTS)),
    (generic.WORD_THEN_TEXT, (entropy.RANDOM_IN_CONTEXT, layouts.LAYOUTS)),
)
FOLLOWERS: dict[int, tuple[int, ...]] = {
    DETECTORS.index(lead): tuple(DETECTORS.index(f) for f in followers)
    for lead, followers in _FOLLOW
}

HINTS: tuple[str, ...] = tuple(sorted({h for d in DETECTORS for h in d.hints}))

# The detectors that find something (the others only have the prefilter pick the lines that arm
# a follower): what the redactor asks of a line when no prefilter groups were given.
FINDING: tuple[Detector, ...] = tuple(d for d in DETECTORS if d not in _PICK_ONLY)

__all__ = ["DETECTORS", "FINDING", "FOLLOWERS", "HINTS", "Detector", "Span"]
