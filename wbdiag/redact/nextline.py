"""The followers a line may arm: values announced on a line for the lines after it. `arm` asks
each follower in turn whether `line` arms it; most are picked first by a few characters of the
line, so the many lines that arm none cost little. A secret name whose value follows on its own
line (a YAML key, a label, `cat` of a secret-named file, a continued shell line): nextpending.py;
the other followers are in their own next*.py modules.

The redactor keeps one follower per file and feeds it every line after the one that armed it,
across blocks and chunks."""

from __future__ import annotations

from typing import Protocol

from wbdiag.redact.detectors.base import Span
from wbdiag.redact.detectors.entropy import speaks_of_secrets
from wbdiag.redact.fields import GeneratedNode, NextNode, last_node_text
from wbdiag.redact.nextannounced import Announced
from wbdiag.redact.nextargs import ArgsBlock, Concatenated, TripleQuoted
from wbdiag.redact.nextcapture import DissectedPass, LoginLines
from wbdiag.redact.nextcells import WrappedCell
from wbdiag.redact.nextci import Evaluated, MaskedThenShown
from wbdiag.redact.nextcodes import arm_codes
from wbdiag.redact.nextcolumns import Columns
from wbdiag.redact.nextcompared import arm_compared
from wbdiag.redact.nextconsole import Console, DeviceKey, KeyFile, UnsealedKeyFile
from wbdiag.redact.nextdump import HexDump
from wbdiag.redact.nextexpanded import ExpandedSecret
from wbdiag.redact.nextframe import Frame
from wbdiag.redact.nexthistory import SecretHistory
from wbdiag.redact.nextinfo import ReplicationInfo
from wbdiag.redact.nextjasypt import JasyptRun
from wbdiag.redact.nextldap import LdapCall
from wbdiag.redact.nextlocals import PassedLocal
from wbdiag.redact.nextlookup import MissedKey
from wbdiag.redact.nextmongo import AutomationAuth
from wbdiag.redact.nextnotebook import ConnectionKey, PasswordWidget, PrintedCell, ReprResult
from wbdiag.redact.nextoutput import Output, RespAuth, RpcSession, Sent
from wbdiag.redact.nextpair import KeyPair
from wbdiag.redact.nextparts import SplitValue
from wbdiag.redact.nextpending import Pending
from wbdiag.redact.nextplay import TaskResult
from wbdiag.redact.nextprinted import printed
from wbdiag.redact.nextredis import RawConfigReply, ReplyArgs
from wbdiag.redact.nextrows import AdminsMap, Block, Table
from wbdiag.redact.nextsections import CredentialFile, arm_section
from wbdiag.redact.nextshown import arm_shown
from wbdiag.redact.nextsql import BoundParams, DsnArgs, RowsBelow, SplitStatement
from wbdiag.redact.nextstored import AccessedVersion, StoredSecret
from wbdiag.redact.nexttool import (
    FakeProvider,
    InputValue,
    JsonField,
    KeysTable,
    NamedValue,
    RawFields,
    fetched,
)
from wbdiag.redact.nexttrace import arm_dump
from wbdiag.redact.nexttyped import arm_typed
from wbdiag.redact.nextusers import UserSection
from wbdiag.redact.nextvault import VaultTable
from wbdiag.redact.nextxml import KeyElement
from wbdiag.redact.pieces import Chunks


class Follower(Protocol):
    def step(self, line: str) -> tuple[bool, list[Span]]: ...


def arm(line: str) -> Follower | None:
    """What `line` announces for the lines after it, if anything."""
    return (
        _arm_quoted(line)
        or SplitValue.arm(line)
        or (ExpandedSecret.arm(line) if "\u25bc" in line else None)
        or Pending.arm(line)
        or Table.arm(line)
        or (WrappedCell.arm(line) if line.endswith("|") else None)
        or (_arm_next_node(line) if '"text"' in line else None)
        or Block.arm(line)
        or (AdminsMap.arm(line) if "admins" in line else None)
        or printed(line)
        or Output.arm(line)
        or BoundParams.arm(line)
        or SplitStatement.arm(line)
        or RowsBelow.arm(line)
        or DsnArgs.arm(line)
        or RespAuth.arm(line)
        or RpcSession.arm(line)
        or (JasyptRun.arm(line) if ".sh" in line or ".bat" in line else None)
        or (ReplicationInfo.arm(line) if "-bin." in line or "binlog." in line else None)
        or Sent.arm(line)
        or InputValue.arm(line)
        or NamedValue.arm(line)
        or KeysTable.arm(line)
        or RawFields.arm(line)
        or JsonField.arm(line)
        or PassedLocal.arm(line)
        or MissedKey.arm(line)
        or FakeProvider.arm(line)
        or ReplyArgs.arm(line)
        or RawConfigReply.arm(line)
        or (DissectedPass.arm(line) if "command:" in line else None)
        or (LoginLines.arm(line) if "LOGIN" in line else None)
        or (LdapCall.arm(line) if "LDAPObject." in line else None)
        or fetched(line)
        or (KeyPair.arm(line) if "A" in line else None)
        or _arm_ci(line)
        or _arm_layouts(line)
        or _arm_notebook(line)
        or _arm_args(line)
        or (KeyElement.arm(line) if line.endswith((">", ">\r")) else None)
        or (UserSection.arm(line) if line.endswith(("]", "D", "\r")) else None)
        or arm_shown(line)
        or TaskResult.arm(line)
        or arm_codes(line)
        or arm_compared(line)
        or (VaultTable.arm(line) if line.lstrip().startswith("Key") else None)
        or (StoredSecret.arm(line) if "keyvault" in line else None)
        or (AccessedVersion.arm(line) if "/versions/" in line else None)
        or (AutomationAuth.arm(line) if '"auto' in line else None)
        or arm_typed(line)
        or (Announced.arm(line) if "ere" in line else None)
    )


def _arm_next_node(line: str) -> Follower | None:
    """A rich-text node whose text ends in a label (`The new password: `): the value is the
    next node's text (fields.py). A sentence about a secret that ends in a colon (`New license
    below, please apply: `) is read on with the next node as the paragraph renders it: a token
    there that reads generated is the value."""
    text = last_node_text(line)
    if text is None or not text.rstrip().endswith(":"):
        return None
    label = Pending.arm(text.rstrip())
    if isinstance(label, Pending):
        return NextNode(label)
    return NextNode(GeneratedNode()) if speaks_of_secrets(text) else None


def _arm_quoted(line: str) -> Follower | None:
    """A multi-line string under a secret name (nextargs.py), by its quotes first."""
    return TripleQuoted.arm(line) if ('"""' in line or "'''" in line) else None


def _arm_ci(line: str) -> Follower | None:
    """What a CI runner shows of a secret after it said it hides it (nextci.py)."""
    return Evaluated.arm(line) or MaskedThenShown.arm(line)


def _arm_args(line: str) -> Follower | None:
    """A command's arguments listed over lines (nextargs.py), by its key's last letters first."""
    tail = line.rstrip()
    if tail.endswith("["):
        return ArgsBlock.arm(line) or Chunks.arm(line) or SecretHistory.arm(line)
    if tail.endswith(("(", "'", '"')):
        return Concatenated.arm(line)
    return ArgsBlock.arm(line) if tail.endswith(":") else None


def _arm_notebook(line: str) -> Follower | None:
    """A notebook's or a Jupyter runtime file's records (nextnotebook.py), by a few characters
    first."""
    if '_port"' in line:
        return ConnectionKey.arm(line)
    if "PasswordModel" in line:
        return PasswordWidget.arm(line)
    if '"text/plain"' in line:
        return ReprResult.arm(line)
    if ("(" in line or "[" in line) and (
        "print" in line or "display(" in line or "get" in line or "environ" in line
    ):
        return PrintedCell.arm(line)
    return None


def _arm_layouts(line: str) -> Follower | None:
    """The followers of layouts a line shows by a few characters (most lines have none of them:
    the substring tests spare the calls)."""
    if (dump := arm_dump(line)) is not None:
        return dump  # (a dump's row pasted without its command, curl's trace, a form's field)
    if "  " in line and (columns := Frame.arm(line) or Columns.arm(line)) is not None:
        return columns
    if ("> " in line or "]: " in line) and (console := Console.arm(line)) is not None:
        return console
    if ("[" in line or line.endswith(":") or "type" in line) and (
        section := arm_section(line)
    ) is not None:
        return section
    if "properties" in line or "jmxremote" in line or "cat " in line or "xxd" in line:
        return KeyFile.arm(line) or CredentialFile.arm(line) or HexDump.arm(line)
    if "head " in line or "tail " in line or "hexdump" in line or "base64 " in line:
        return KeyFile.arm(line) or CredentialFile.arm(line) or HexDump.arm(line)
    if "BORG_KEY" in line:
        return KeyFile.arm(line)
    if '"kdf"' in line:
        return UnsealedKeyFile.arm(line)
    if 'id"' in line or 'Id"' in line:
        return DeviceKey.arm(line)
    if "od " in line:  # (`od -t x1`)
        return HexDump.arm(line)
    return None
