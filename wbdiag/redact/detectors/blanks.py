"""A blank value, then the next field: the text after a name's separator is the next name, not
the value. Go's %+v glues each field to its colon (`{User:wandb Password: Database:wandb}`), so
a space after one means a blank value; a row of `name=value` settings that writes its blank ones
as `name= ` (MinIO's `mc admin config get … identity_openid`: `client_id= client_secret=
claim_name=policy scopes=`) goes on with the next setting after one."""

from __future__ import annotations

from wbdiag import lazyre

_GO_FIELD = lazyre.compile(r"[A-Z][A-Za-z0-9]{0,64}:(?![/\s])")
_GO_STRUCT = lazyre.compile(r"\{[A-Z][A-Za-z0-9]{0,64}:[^\s]")
# the next setting's name: a lower-case word (a password holding `=` rarely starts with one)
_SETTING = lazyre.compile(r"[a-z][a-z_.-]{2,64}=")
# a blank setting before (the one whose value is read counts too): `name= ` at a word's start
_BLANK_SETTING = lazyre.compile(r"(?:(?<=[ \t])|\A)[A-Za-z_][\w.-]{0,64}=[ \t]")
_LOOK_BACK = 1024  # characters of the row read for its blank settings (keeps it linear)


def blank_then_field(line: str, vpos: int) -> bool:
    """Whether the text at `vpos`, after `Name: ` or `name= `, is the next field of a Go struct
    dump or the next setting of a row that writes blank settings as `name= `."""
    before = line[vpos - 2 : vpos]
    if before == ": ":
        return (
            _GO_FIELD.match(line, vpos) is not None
            and _GO_STRUCT.search(line, max(0, vpos - 4096), vpos) is not None
        )
    if before != "= " or _SETTING.match(line, vpos) is None:
        return False
    blanks = _BLANK_SETTING.finditer(line, max(0, vpos - _LOOK_BACK), vpos)
    return next(blanks, None) is not None and next(blanks, None) is not None
