"""The leak gate's prefilter groups (gate.py): one group of literal hints and Hyperscan patterns
per check, numbered in the order `groups` lists them; a check runs on a line only when its
group picked it. Also the tables of the checks that read a value by its place, on its line
(`LOCAL_PLACES`) or on the lines around it (`BLOCK_PLACES`)."""

from __future__ import annotations

from wbdiag.redact import (
    gatealigned,
    gatecollected,
    gatecommands,
    gateconcealed,
    gatecontext,
    gatecut,
    gatedecode,
    gatedevices,
    gatediffs,
    gatedsn,
    gatefailed,
    gatefiles,
    gatejwt,
    gatelinks,
    gatelogins,
    gatemanifests,
    gatenamed,
    gatenotebook,
    gateparams,
    gateplaces,
    gateprinted,
    gateprose,
    gaterecords,
    gatereplica,
    gateservers,
    gateshapes,
    gateshown,
    gatesql,
    gatestacks,
    gatestyle,
    gatetelemetry,
    gatetraced,
    gateviews,
    gatewire,
    sealed,
)
from wbdiag.redact.prefilter import Group

# the prefilter's groups of the two context checks (after one group per shape)
OLD_CONTEXT = len(gateshapes.SHAPES)
NEW_CONTEXT = len(gateshapes.SHAPES) + 1
# Text in UTF-16 read as single bytes (gate.py judges it with its NULs dropped)
WIDE = len(gateshapes.SHAPES) + 2
_WIDE_HINTS = (("\x00",), (r"\x00[^\x00]\x00[^\x00]\x00",))
# A line that ends with the redactor's placeholder (`gatevalues.ends_redacted`): the next line
# may hold the rest of the value
SPLIT = len(gateshapes.SHAPES) + 3
# Code that prints a secret, or a password field (gatevalues.prints_secret, password_field): the
# lines after it may hold the secret
WINDOW = len(gateshapes.SHAPES) + 4
# (or an object or array under a secret's name or marked sensitive, a secret's trace: gatenested.py)
_WINDOW_HINTS = (
    (
        *("print", "echo", "puts", "console.log", "write-host", "write-output", "evaluating"),
        *("resolving", "expanding", "pass", "pwd", "secret", "token", "credential", "api"),
        *("sensitive", "name", "secure", "└", "key"),
    ),
    (
        r"(?:print|echo|puts|console\.log|write-host|write-output|evaluating|resolving|expanding)"
        r"[^\n]*(?:pass|pwd|secret|token|credential|api[-_]?key)",
        r"(?:type|model_name|widget|kind)[\"']?[ \t]*[:=][ \t]*[\"']?password",
        r"(?:pass|pwd|secret|token|credential|api[-_]?key)[^\n]*[:=][ \t]*[\[{(]?[ \t]*\n",
        r"(?:sensitive|secret)[\"']?[ \t]*[:=][ \t]*[\"']?true",
        r"-[ \t]+[\"']?name[\"']?[ \t]*:[^\n]*(?:pass|pwd|secret|token|credential|api[-_]?key)",
        r"[-+~][ \t]+name[ \t]*=[^\n]*(?:pass|pwd|secret|token|credential|api[-_]?key)",
        "└[ \t]{0,4}['\"]",
        r"<[0-9a-z_.:-]*(?:key|secret|password|token|credentials?)(?:[ \t][^<>\n]*)?>[ \t]*\r?\n",
        r"<name>[^<\n]*(?:pass|pwd|secret|token|credential|key)[^<\n]*</name>[ \t]*\r?\n",
        r"secure_?(?:json_?data|settings|fields)[\"']?[ \t]*:[ \t]*\{?[ \t]*\n",
    ),
)
# Values read by their place in SQL (gatesql.py), in calls and tables (gateplaces.py), among an
# admin command's arguments (gatecommands.py), and a SealedSecret's ciphertext (sealed.py): one group each, in this order
_PLACES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (gatesql.LITERALS, gatesql.HINTS),
    (gatesql.NAMED_LITERALS, gatesql.NAMED_HINTS),
    (gatesql.HEX_LITERALS, gatesql.HEX_HINTS),
    (gatesql.CONCAT_LITERALS, gatesql.CONCAT_HINTS),
    (gateplaces.CALL_LITERALS, gateplaces.CALL_HINTS),
    (gateplaces.TABLE_LITERALS, gateplaces.TABLE_HINTS),
    (gatecommands.POSITIONAL_PICKS, gatecommands.POSITIONAL_HINTS),
    (sealed.LITERALS, sealed.HINTS),
    (gateplaces.HMAC_LITERALS, gateplaces.HMAC_HINTS),
    (gatesql.CIPHER_LITERALS, gatesql.CIPHER_HINTS),
    (gatesql.ROWS_LITERALS, gatesql.ROWS_HINTS),
    (gateplaces.PAIR_LITERALS, gateplaces.PAIR_HINTS),
    (gateplaces.STORE_LITERALS, gateplaces.STORE_HINTS),
    (gatestacks.LITERALS, gatestacks.HINTS),
    (gatealigned.LITERALS, gatealigned.HINTS),
    (gatelinks.LITERALS, gatelinks.HINTS),
    (gateprose.LITERALS, gateprose.HINTS),
    (gateplaces.KEY_RECORD_LITERALS, gateplaces.KEY_RECORD_HINTS),
    (gatecollected.LITERALS, gatecollected.HINTS),
    (gatecut.LITERALS, gatecut.HINTS),
    (gatediffs.LITERALS, gatediffs.HINTS),
    (gatelogins.LITERALS, gatelogins.HINTS),
    (gaterecords.MARKED_LITERALS, gaterecords.MARKED_HINTS),
    (gatereplica.LITERALS, gatereplica.HINTS),
    (gatedsn.LITERALS, gatedsn.HINTS),
    (gateprinted.VAULT_LITERALS, gateprinted.VAULT_HINTS),
    (gateprinted.TASK_LITERALS, gateprinted.TASK_HINTS),
    (gateprinted.DECLARED_LITERALS, gateprinted.DECLARED_HINTS),
    (gateprinted.RECORD_LITERALS, gateprinted.RECORD_HINTS),
    (gateprinted.SNIPPET_LITERALS, gateprinted.SNIPPET_HINTS),
    (gateprinted.PIPED_LITERALS, gateprinted.PIPED_HINTS),
    (gateprinted.STORE_LITERALS, gateprinted.STORE_HINTS),
    (gateprinted.MARKER_LITERALS, gateprinted.MARKER_HINTS),
    (gatefailed.VALIDATION_LITERALS, gatefailed.VALIDATION_HINTS),
    (gatefailed.PARSE_LITERALS, gatefailed.PARSE_HINTS),
    (gatefailed.COMPARED_LITERALS, gatefailed.COMPARED_HINTS),
    (gatefiles.LITERALS, gatefiles.HINTS),
    (gatewire.LITERALS, gatewire.HINTS),
    (gateprinted.DECODED_LITERALS, gateprinted.DECODED_HINTS),
    (gatedevices.LITERALS, gatedevices.HINTS),
    (gatedevices.BLOCK_LITERALS, gatedevices.BLOCK_HINTS),
    (gateparams.LITERALS, gateparams.HINTS),
    (gateshown.LITERALS, gateshown.HINTS),
    (gatemanifests.LITERALS, gatemanifests.HINTS),
    (gatetelemetry.LITERALS, gatetelemetry.HINTS),
    (gatejwt.LITERALS, gatejwt.HINTS),
    (gateservers.LITERALS, gateservers.HINTS),
    (gateconcealed.LITERALS, gateconcealed.HINTS),
    (gatenotebook.LITERALS, gatenotebook.HINTS),
)
# the groups of _PLACES, in its order: its first ten and its last thirty-nine (forty-nine in all)
_P = len(gateshapes.SHAPES) + 5
SQL, _SQL_NAMED, _HEX, _CONCAT, _CALL, _TABLE, _POSITIONAL, SEALED, _HMAC, _CIPHER, *_ = range(
    _P, _P + len(_PLACES)
)
(
    *_,
    _ROWS,
    _PAIR,
    _STORE,
    _STACKS,
    _ALIGNED,
    _LINKS,
    _PROSE,
    _KEY_RECORD,
    _COLLECTED,
    _CUT,
    _DIFFS,
    _LOGINS,
    _MARKED,
    _REPLICA,
    _DSN,
    _VAULT,
    _TASK,
    _DECLARED,
    _NAMED_RECORD,
    _SNIPPET,
    _PIPED,
    _STORE_OBJECT,
    _MARKER,
    _VALIDATION,
    _PARSE,
    _COMPARED,
    _FILES,
    _WIRE,
    _DECODED,
    _DEVICES,
    _SEEDS,
    _PARAMS,
    _SHOWN,
    _MANIFESTS,
    _TELEMETRY,
    _JWT,
    _SERVERS,
    _CONCEALED,
    _NOTEBOOK,
) = range(_P, _P + len(_PLACES))
# the line-local ones: (group, check, kind)
LOCAL_PLACES = (
    (_SQL_NAMED, gatesql.named_elsewhere, "sql_named_secret"),
    (_HEX, gatesql.hex_text, "hex_encoded_secret"),
    (_CONCAT, gatesql.concatenated_rest, "redacted_value_continued"),
    (_CALL, gateplaces.call_secrets, "call_argument_secret"),
    (_HMAC, gateplaces.hmac_keys, "hmac_key"),
    (_CIPHER, gatesql.cipher_arguments, "sql_cipher_argument"),
    (_ROWS, gatesql.row_peers, "redacted_column_peer"),
    (_PAIR, gateplaces.pair_secrets, "credentials_pair"),
    (_STORE, gateplaces.store_secrets, "secret_store_value"),
    (_STACKS, gatestacks.stack_secrets, "stack_config_secret"),
    (_LINKS, gatelinks.link_secrets, "link_code"),
    (_PROSE, gateprose.prose_secrets, "prose_secret"),
    (_COLLECTED, gatecollected.layout_secrets, "layout_secret"),
    (_CUT, gatecut.cut_short, "redacted_value_continued"),
    (_LOGINS, gatelogins.login_secrets, "login_password"),
    (_MARKED, gaterecords.marked_secrets, "url_secret"),  # a userinfo a cut marker ends
    (_DSN, gatedsn.connection_secrets, "connection_password"),  # no scheme: `h=…,p=…`, `u:…@h:1`
    (_SNIPPET, gateprinted.snippet_values, "source_literal"),  # a diagnostic's `41: value = "…"`
    (_PIPED, gateprinted.piped_secrets, "piped_secret"),  # `echo -n '…' | kubeseal --raw`
    (_VALIDATION, gatefailed.validation_inputs, "validation_input"),  # pydantic's `input`
    (_PARSE, gatefailed.parse_inputs, "parse_input"),  # `For input string: "…"`
    (_COMPARED, gatefailed.compared_values, "compared_value"),  # a failed assertion's values
    (_FILES, gatefiles.line_secrets, "credential_file_secret"),  # `.pgpass`, an env-file
    (_WIRE, gatewire.line_secrets, "session_secret"),  # `AUTH PLAIN`, IMAP `LOGIN`, RESP
    (_DEVICES, gatedevices.line_secrets, "device_secret"),  # `password 7 …`, `community X RO`
    (_TELEMETRY, gatetelemetry.attribute_secrets, "attribute_secret"),  # OTLP's key and value
    (_SERVERS, gateservers.line_secrets, "credential_file_secret"),  # `monitorRole  …`
    (_CONCEALED, gateconcealed.concealed_values, "concealed_field"),  # 1Password, KeePass
)
# Text in an encoded form: escapes, hex, base64 (gatedecode.py), judged decoded
ENCODED = len(gateshapes.SHAPES) + 5 + len(_PLACES)
# Terminal styling (gatestyle.py): a block's lines that hold it are judged without it
STYLED = ENCODED + 1
# A line a backslash continues (`Gate._continued`), and a container runtime's partial records
# (gaterecords.py): found by the prefilter's one scan, not by a test of every line
BACKSLASHED = ENCODED + 2
RECORDS = ENCODED + 3
# Text people write and export in forms that hide a value's place (gateviews.py): e-mail bodies
# in their transfer encoding, HTML and DokuWiki tables, CSV files, hOCR, a field's name and
# value on lines of their own; read as the lines they render to
VIEWS = ENCODED + 4
# A base64-encoded JSON record (a stream's record payload), judged decoded as a line
PAYLOADS = ENCODED + 5
# What a tracer records of a command (gatetraced.py): auditd's hex fields, strace's prompt and
# answer; read as the lines a terminal showed
TRACED = ENCODED + 6
_BACKSLASHED_HINTS = (("\\",), (r"\\\r?$",))
# the ones that read lines around the one picked: (group, check, kind)
BLOCK_PLACES = (
    (_TABLE, gateplaces.table_secrets, "table_cell_secret"),
    (_POSITIONAL, gatecommands.positional_secrets, "positional_secret"),
    (_KEY_RECORD, gateplaces.key_record_secrets, "key_record_secret"),
    (_ALIGNED, gatealigned.aligned_secrets, "table_cell_secret"),  # columns aligned by spaces
    (ENCODED, gatedecode.block_secrets, "encoded_secret"),  # a hex dump or base64 wrapped
    (_COLLECTED, gatecollected.block_secrets, "layout_secret"),  # a trace's rows, a form's field
    (_DIFFS, gatediffs.changed_secrets, "changed_secret"),  # a diff's rotated value
    (_LINKS, gatelinks.entry_codes, "link_code"),  # a captured request's `code` entry
    (_REPLICA, gatereplica.master_info_secrets, "replica_password"),  # `master.info`'s lines
    (_VAULT, gateprinted.vault_rows, "tool_output_secret"),  # Vault's `Key  Value` table
    (_TASK, gateprinted.task_results, "tool_output_secret"),  # an Ansible task's result
    (_DECLARED, gateprinted.declared_values, "declared_secret"),  # a parameter's `default:`
    (_NAMED_RECORD, gateprinted.named_records, "declared_secret"),  # `"key": "X_PASSWORD"`
    (_STORE_OBJECT, gateprinted.store_objects, "secret_store_value"),  # its answer over lines
    (_MARKER, gateprinted.marked_secrets, "tool_output_secret"),  # Pulumi's secret's plaintext
    (_FILES, gatefiles.block_secrets, "credential_file_secret"),  # a random_password, a CSV
    (_WIRE, gatewire.block_secrets, "session_secret"),  # SMTP's answer to `Password:`
    (_DECODED, gateprinted.decoded_outputs, "tool_output_secret"),  # `… | base64 -d`'s output
    (_SEEDS, gatedevices.block_secrets, "device_secret"),  # a NATS seed, an Erlang cookie
    (_PARAMS, gateparams.bound_secrets, "bound_parameter"),  # a statement's logged parameters
    (_SHOWN, gateshown.shown_secrets, "shown_file_secret"),  # `cat auth.txt`'s output
    (_MANIFESTS, gatemanifests.data_secrets, "secret_data_value"),  # a Secret's `data:` values
    (_JWT, gatejwt.wrapped_secrets, "jwt"),  # a JWT wrapped over lines
    (_CONCEALED, gateconcealed.history_values, "concealed_field"),  # 1Password's history
    (_NOTEBOOK, gatenotebook.result_values, "notebook_result"),  # a cell's str result
)
# (or a record's text that opens with the rest of a userinfo cut before its host: gaterecords.py)
_SPLIT_HINTS = (
    ("[redacted:", "@"),
    (
        r"\[REDACTED:[^\]\n]{1,64}\](?:[=\\]|,\\)?[ \t\r]*\n",
        gaterecords.ENDS_REDACTED_HINT,
        gaterecords.OPENS_BEFORE_HOST_HINT,
    ),
)
# Lines where a decoded variant differs from the text (see Gate._decoded): the escapes it undoes.
_DECODE_HINTS = ((("%",), (r"%[0-9A-Fa-f]{2}",)), (("\\",), (r"\\[\"\\/]",)))


def groups(known: bool) -> list[Group]:
    """The prefilter's groups, in the order of the indexes above (`known`: the gate searches for
    known secrets, whose decoded variants two more groups pick)."""
    listed: list[Group] = [(s.literals, (s.hint,)) for s in gateshapes.SHAPES]
    listed.append((gatenamed.LITERALS, (gatenamed.HINT,)))
    listed.append((gatecontext.LITERALS, gatecontext.HINTS))
    listed.append(_WIDE_HINTS)
    listed.append(_SPLIT_HINTS)
    listed.append(_WINDOW_HINTS)
    listed.extend(_PLACES)
    listed.append((gatedecode.LITERALS, gatedecode.HINTS))
    listed.append((gatestyle.MARKS, ()))
    listed.append(_BACKSLASHED_HINTS)
    listed.append((gaterecords.MARKS, ()))
    listed.append((gateviews.LITERALS, gateviews.HINTS))
    listed.append((("eyJ",), ("eyJ",)))
    listed.append((gatetraced.LITERALS, gatetraced.HINTS))
    if known:
        listed.extend(_DECODE_HINTS)
    return listed
