"""The leak gate: an independent second look at what is about to leave the site.

It shares no pattern with the redactor (detectors/): its own token shapes, written separately
from the vendors' documented formats (gateshapes.py); high-entropy values right after a secret
word (gatenamed.py; gatecontext.py, whether a token reads as generated in gatetoken.py); every
known secret, searched in the text as it stands and in the text decoded (percent-encoding,
JSON escapes, base64 runs); and values whose place says they are secret (gatesql.py: SQL's
password places; gateplaces.py: tables, call arguments; gatecommands.py: admin commands'
positional secrets;
gatedsn.py, gatereplica.py: connection strings without a scheme, a replica's `master.info`;
gateprinted.py: what CI/CD, GitOps and secret-manager tools print and declare;
gatenested.py, gatewindows.py: objects and arrays under a secret's name, an evaluator's trace
of a secret; gatefiles.py, gatewire.py: credential files and exports, a protocol session's
login; gatedevices.py: network devices' own syntax, a NATS seed, an Erlang cookie, and
gatewireless.py: the keys Wi-Fi networks and IoT devices share; gateshown.py,
gateparams.py, gatemanifests.py, gatetelemetry.py, gatejwt.py: a credential file a prompt's
command shows, a statement's logged parameters, a Secret's data, OTLP attributes, a wrapped JWT);
and text in an encoded form, judged decoded (gatedecode.py: escapes, hex, base64 of text).
A bug in a redactor detector therefore does not blind the gate.
`collect` runs it on every line written to the bundle (gatelive.py); `wbdiag redact-check` on a
finished one.
It reports where (file, line, kind) and at most the first characters of what it saw.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import quote, unquote

from wbdiag import lazyre
from wbdiag.redact import (
    gateaccess,
    gatecontext,
    gatedecode,
    gatefollow,
    gategroups,
    gatenamed,
    gatenotices,
    gateprompts,
    gatequoted,
    gaterecords,
    gateshapes,
    gatesql,
    gatestyle,
    gatetraced,
    gateuserinfo,
    gatevalues,
    gatevendors,
    gateviews,
    gatewindows,
    gatewire,
    sealed,
)
from wbdiag.redact.gategroups import (
    BACKSLASHED,
    BLOCK_PLACES,
    ENCODED,
    LOCAL_PLACES,
    NEW_CONTEXT,
    OLD_CONTEXT,
    PAYLOADS,
    RECORDS,
    SEALED,
    SPLIT,
    SQL,
    STYLED,
    TRACED,
    VIEWS,
    WIDE,
    WINDOW,
)
from wbdiag.redact.gatetoken import plausible_secret
from wbdiag.redact.prefilter import Group, Prefilter, _engine, compile_ahead

_B64_RUN = lazyre.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
# Text in UTF-16 read as single bytes (`P\x00A\x00S\x00S\x00…`, a Windows tool's output or file
# shown raw): judged with its NULs dropped
_INTERLEAVED = lazyre.compile(r"(?:[^\x00]\x00){4}|(?:\x00[^\x00]){4}")
_CONTEXT_KINDS = frozenset(("secret_in_context", "random_in_secret_context"))
_SPLIT_LAST = frozenset("]=\\ \t\r")  # (a cheap test first: how such a line can end)
_RECORD_LAST = frozenset('"}],\\ \t\r')  # (the same for a record's text: `gaterecords`)
_CONTINUED = ("\\", "\\\n", "\\\r\n")  # a line's end that continues it (`Gate._continued`)


@dataclass(frozen=True)
class Leak:
    path: str
    line: int
    kind: str
    excerpt: str  # the first few characters only


def _excerpt(text: str) -> str:
    return text[:3] + "…" if len(text) > 8 else "…"


def _groups(known: bool) -> tuple[list[Group], frozenset[int]]:
    """The prefilter's groups of a gate (`known`: searching for known secrets), and those of
    them it does not search. With Hyperscan every gate compiles the groups for known secrets:
    one database, compiled ahead (`warm_up`) before any secret is known, serves the gate before
    and after (the two decode groups' picks dropped while none is); `re` searches the groups'
    literal hints, and these two (`%`, a backslash) would pick most lines of a log."""
    if _engine() != "hyperscan":
        return gategroups.groups(known), frozenset()
    every = gategroups.groups(True)
    if known:
        return every, frozenset()
    return every, frozenset(range(len(gategroups.groups(False)), len(every)))


def warm_up() -> None:
    """Start compiling the gate's hint database on a thread (collect calls this first): the
    collectors start meanwhile, and the first block gated waits for it."""
    compile_ahead(_groups(True)[0])


class Gate:
    def __init__(self, known: Mapping[str, str] | Iterable[str] = ()) -> None:
        self.known = sorted({k for k in known if len(k) >= 6}, key=len, reverse=True)
        self._shapes = [(s.kind, re.compile(s.pattern, re.MULTILINE)) for s in gateshapes.SHAPES]
        spelled: set[str] = set()
        for value in self.known:
            spelled.add(value)
            spelled.add(quote(value, safe=""))
            spelled.add(
                base64.b64encode(value.encode()).decode()[: max(8, len(value) * 4 // 3 - 2)]
            )
        # a CPU deadline (time.process_time()) a block's lines are judged against one by one:
        # past it the rest of the block is left and `timed_out` says so (redact-check's budget;
        # a block can hold 1 MiB of long lines dense with secret words, seconds of work)
        self.deadline = math.inf
        self.timed_out = False
        groups, self._unused = _groups(bool(self.known))
        self._prefilter = Prefilter(groups, sorted(spelled), by_pattern=True)
        self._known_rx = (
            re.compile("|".join(re.escape(k) for k in self.known)) if self.known else None
        )

    def line(
        self,
        text: str,
        prev: str = "",
        groups: set[int] | None = None,
        armed: bool | None = None,
    ) -> Iterator[tuple[str, str]]:
        """(kind, excerpt) for every leak in one line (`prev`: the line before it; `groups`:
        the hint groups the prefilter matched on it, None to run every check; `armed`: whether
        `prev` announces a value, None to judge it here)."""
        if "=?" in text:  # RFC 2047 encoded words: judged decoded, where they stand
            decoded = gateviews.decode_words(text)
            if decoded != text:
                yield from self.line(decoded, prev, None, armed)
                return
        if not text.isascii():  # full-width forms and zero-width characters: judged without
            plain = gateviews.plain_text(text)
            if plain != text:
                hidden = gateviews.split_token(text)
                if hidden:
                    yield "split_token", _excerpt(hidden)
                    return
                yield from self.line(plain, gateviews.plain_text(prev), None, armed)
                return
        if (
            (groups is None or WIDE in groups)
            and "\x00" in text
            and _INTERLEAVED.search(text) is not None
        ):
            narrow = text.replace("\x00", "")
            yield from self.line(narrow, prev.replace("\x00", ""), None, None)
            return
        found = False
        if prev[-1:] in _SPLIT_LAST and gatevalues.ends_redacted(prev):
            rest = gatevalues.continued_secret(text)
            if rest:
                found = True
                yield "redacted_value_continued", _excerpt(rest)
        if not found and (
            (prev[-1:] in _RECORD_LAST and gaterecords.ends_redacted(prev))
            or (prev[-1:] in _SPLIT_LAST and gatevalues.ends_redacted(prev))
        ):
            # (or the record's text ended so and the value goes on in the next record's text)
            at = gaterecords.text_start(text)
            rest = "" if at is None else gatevalues.continued_secret(text[at:])
            if not rest and gaterecords.ends_redacted(prev):
                rest = gaterecords.whole_rest(text)  # (a record's whole text: the rest, short)
            if rest:
                found = True
                yield "redacted_value_continued", _excerpt(rest)
        if not found and "@" in text and ":" in prev:  # a userinfo cut before its host
            password = gaterecords.userinfo_rest(prev, text)
            if password and plausible_secret(password):
                found = True
                yield "url_secret", _excerpt(password)
        if not found and gatenotices.fixed_notice(text):  # (fixed words: no value to judge)
            yield from self._known(text)
            return
        spans: list[tuple[str, int, int]] = []  # the shapes' findings: one per kind and place
        for index, (kind, rx) in enumerate(self._shapes):
            if groups is not None and index not in groups:
                continue  # its hint did not match: neither can its pattern
            for m in rx.finditer(text):
                if any(k == kind and m.start() < e and s < m.end() for k, s, e in spans):
                    continue  # (a Discord webhook's URL is one with a token after `/webhooks/`)
                if "[REDACTED:" not in m.group(0) and not gateshapes.public_match(
                    kind, m, text, prev
                ):
                    found = True
                    spans.append((kind, m.start(), m.end()))
                    yield kind, _excerpt(m.group(0))
        for value in (
            gatenamed.named_secrets(text) if groups is None or OLD_CONTEXT in groups else ()
        ):
            found = True
            yield "secret_in_context", _excerpt(value)
        if groups is None or SQL in groups or armed:
            for value in gatesql.password_literals(text, prev):
                found = True
                yield "sql_password", _excerpt(value)
                break
        for group, check, kind in LOCAL_PLACES:
            if not found and (groups is None or group in groups):
                for value in check(text):
                    found = True
                    yield kind, _excerpt(value)
                    break
        if not found:  # the line is flagged already: the context check would only repeat it
            if armed is None:
                armed = bool(prev) and (
                    gatecontext.arms(prev)
                    or (gatecontext.announces_output(prev) and gatecontext.lone_output(prev, text))
                )
            for finding in self._in_context(text, armed, groups):
                found = True
                yield finding
        if not found and (ENCODED in groups if groups is not None else gatedecode.picks(text)):
            for secret in gatedecode.decoded_secrets(text):
                found = True
                yield "encoded_secret", _excerpt(secret)
                break
        payloads = not found and (groups is None or PAYLOADS in groups)
        for payload in gatedecode.json_payloads(text) if payloads else ():
            for _kind, excerpt in self.line(payload):
                found = True
                yield "encoded_secret", excerpt
                break
            if found:
                break
        yield from self._known(text)

    def _known(self, text: str) -> Iterator[tuple[str, str]]:
        if self._known_rx is not None:
            for variant in self._decoded(text):
                for m in self._known_rx.finditer(variant):
                    yield "known_secret", _excerpt(m.group(0))

    @staticmethod
    def _in_context(text: str, armed: bool, groups: set[int] | None) -> Iterator[tuple[str, str]]:
        """The context check; its first finding only (the line is flagged by it)."""
        if armed and gatecontext.key_alone(text):
            armed = False  # (a key that opens a block, after a line that names a secret)
        if armed and gatewire.server_challenge(text):
            armed = False  # (a server's `334` challenge after the client's `AUTH …`)
        if armed and gatecontext.names_own_value(text):
            armed = False  # (a meta tag's own name, after a tag naming another's parameter)
        own = groups is None or NEW_CONTEXT in groups
        if armed:
            # the line before names a secret: a value from the line's start; failing that, the
            # line judged as any line is, after its own contexts (`> document.cookie`, then the
            # cookies whole, a session's among them)
            for finding in Gate._after(text, True, [0]):
                yield finding
                return
        if own:
            yield from Gate._after(text, False, gatecontext.context_ends(text))

    @staticmethod
    def _after(text: str, armed: bool, ends: list[int]) -> Iterator[tuple[str, str]]:
        """The context check after the contexts that end at `ends`; its first finding only."""
        for token in gatefollow.random_tokens(text, ends):
            yield "random_in_secret_context", _excerpt(token)
            return
        target = None if armed else gateaccess.request_target(text)
        if target is not None:
            names = gatecontext.context_ends(text, names=True)
            for token in gateaccess.path_secrets(text, names, target, gatecontext.path_value):
                yield "random_in_secret_context", _excerpt(token)
                return
        for secret in gateuserinfo.userinfo_secrets(text):
            yield "url_secret", _excerpt(secret)
            return
        for secret in gatevalues.spaced_secrets(text, ends):
            yield "random_in_secret_context", _excerpt(secret)
            return
        for secret in gatevalues.uuid_secrets(text, ends):
            yield "uuid_secret", _excerpt(secret)
            return
        secret = gatevalues.assigned_secret(text, ends)
        if secret:
            yield "assigned_secret", _excerpt(secret)
            return
        for secret in gatequoted.quoted_secrets(text, ends):
            yield "quoted_secret", _excerpt(secret)
            return
        secret = gatequoted.armed_value(text) if armed else ""
        if secret:
            yield "quoted_secret", _excerpt(secret)

    @staticmethod
    def _decoded(text: str) -> Iterator[str]:
        yield text
        if "%" in text:
            yield unquote(text)
        if "\\" in text:
            yield text.replace('\\"', '"').replace("\\\\", "\\").replace("\\/", "/")
        for m in _B64_RUN.finditer(text):
            run = m.group(0)
            for decode in (base64.b64decode, base64.urlsafe_b64decode):
                try:
                    yield decode(run + "=" * (-len(run) % 4)).decode("utf-8", "replace")
                except (binascii.Error, ValueError):
                    continue

    def lines(self, path: str, lines: Iterable[str], first: int = 1) -> Iterator[Leak]:
        # blocks of 4096 lines or 1 MiB of text: 4096 lines of 64 KiB would hold 256 MiB
        # (lines taken 64 at a time, at most 4 MiB more, and measured in C; one by one only where a
        # block ends)
        source = iter(lines)
        block: list[str] = []
        size = 0
        start = first
        while chunk := list(itertools.islice(source, 64)):
            chunk_size = sum(map(len, chunk))
            if len(block) + len(chunk) < 4096 and size + chunk_size < 1 << 20:
                block += chunk
                size += chunk_size
                continue
            for text in chunk:
                block.append(text)
                size += len(text)
                if len(block) >= 4096 or size >= 1 << 20:
                    yield from self._block(path, block, start)
                    start += len(block)
                    block = []
                    size = 0
        if block:
            yield from self._block(path, block, start)

    def _picked(self, block: list[str], text: str | None = None) -> dict[int, set[int] | None]:
        """The prefilter's groups per line, without the groups this gate does not search."""
        picked = self._prefilter.lines(block, text)
        if self._unused:
            for i, groups in list(picked.items()):
                if groups is not None and not groups.isdisjoint(self._unused):
                    groups -= self._unused
                    if not groups:
                        del picked[i]
        return picked

    def _block(
        self, path: str, block: list[str], start: int, text: str | None = None
    ) -> Iterator[Leak]:
        """`text`: the block's lines joined by newlines, where the caller has it."""
        picked = self._picked(block, text)
        styled = [i for i, groups in picked.items() if groups is None or STYLED in groups]
        if styled:  # colour codes are styling, not values: judged without them
            plain = gatestyle.plain(block, styled)
            if plain is not block:
                block = plain
                picked = self._picked(block)
        # a value alone on the line after one that names a secret (`- name: X_PASSWORD`,
        # `Authorization: token` wrapped, a table's header)
        # (or a command's output: a lone token after a command that names a secret)
        # (a command's output the next prompt follows on its line: judged without the prompt)
        armed: set[int] = set()
        for i, groups in sorted(picked.items()):
            if (groups is not None and NEW_CONTEXT not in groups) or i + 1 >= len(block):
                continue
            if gatecontext.arms(block[i]):
                armed.add(i + 1)
            elif gatecontext.announces_output(block[i]):
                output = gateprompts.glued_output(block[i], block[i + 1])
                if output is not None:
                    block = list(block)  # (a copy: the caller's lines stay as given)
                    block[i + 1] = output
                # (or the next command typed after the output: the line stays whole, judged
                # from its start)
                head = output or gateprompts.output_before_command(block[i], block[i + 1])
                if gatecontext.lone_output(block[i], head or block[i + 1]):
                    armed.add(i + 1)
        for i in armed:
            picked.setdefault(i, set())
        # the line after one that ends with a placeholder (`continued_secret`)
        for i in [
            i
            for i, groups in picked.items()
            if (groups is None or SPLIT in groups)
            and i + 1 < len(block)
            and (gatevalues.ends_redacted(block[i]) or gaterecords.ends_redacted(block[i]))
        ]:
            picked.setdefault(i + 1, set())
        # a SealedSecret's ciphertext: not judged by the context checks
        ciphertext = {
            j
            for i, groups in picked.items()
            if groups is None or SEALED in groups
            for j in sealed.sealed_lines(block, i)
        }
        flagged: set[int] = set()
        for i in sorted(picked):
            if self.deadline < math.inf and time.process_time() >= self.deadline:
                self.timed_out = True
                return
            prev = block[i - 1] if i else ""
            for kind, excerpt in self.line(block[i], prev, picked[i], i in armed):
                if i in ciphertext and kind in _CONTEXT_KINDS:
                    continue
                if kind != "known_secret" and gatevendors.key_id_secret_removed(block, i):
                    continue
                flagged.add(i)
                yield Leak(path, start + i, kind, excerpt)
        yield from self._places(path, block, start, picked, flagged)
        for i in sorted(i for i, groups in picked.items() if groups is None or WINDOW in groups):
            for j, kind, value in gatewindows.window_secrets(block, i, flagged):
                yield Leak(path, start + j, kind, _excerpt(value))
        yield from self._views(path, block, start, picked, flagged)
        backslashed = sorted(
            i for i, groups in picked.items() if groups is None or BACKSLASHED in groups
        )
        yield from self._continued(path, block, start, flagged, backslashed)
        records = any(groups is None or RECORDS in groups for groups in picked.values())
        for i, before, text in gaterecords.continued(block) if records else ():
            if i not in flagged and i - 1 not in flagged:  # (a runtime's partial records)
                for _kind, excerpt in itertools.chain(
                    self.line(text, before), self.line(before + text)
                ):
                    flagged.add(i)
                    yield Leak(path, start + i, "continued_secret", excerpt)
                    break

    def _continued(
        self, path: str, block: list[str], start: int, flagged: set[int], lines: Iterable[int]
    ) -> Iterator[Leak]:
        """A value a backslash continues onto the next line, that line's text glued to it
        (`-p'Kq7Lm\\` then `Zx9R…'`: a shell's, or a C or Python string's, line continuation
        cuts the value into halves too short to judge): the two lines judged joined."""
        for i in lines:  # (the lines that end with a backslash, as the prefilter found them)
            text = block[i]
            if not text.endswith(_CONTINUED) or i + 1 >= len(block) or i in flagged:
                continue
            text = text.rstrip("\r\n")
            rest = block[i + 1]
            if not rest or rest[0] in " \t" or i + 1 in flagged or text.endswith("\\\\"):
                continue  # (an indented next line is another argument; `\\` escapes itself)
            for _kind, excerpt in self.line(text[:-1] + rest, block[i - 1] if i else ""):
                flagged.add(i + 1)
                yield Leak(path, start + i + 1, "continued_secret", excerpt)
                break

    @staticmethod
    def _places(
        path: str,
        block: list[str],
        start: int,
        picked: dict[int, set[int] | None],
        flagged: set[int],
    ) -> Iterator[Leak]:
        """Secrets a table's header or an admin command's arguments place on lines of their
        own, and hex dumps and base64 wrapped over lines (on lines not flagged already)."""
        for i, groups in sorted(picked.items()):
            for group, check, kind in BLOCK_PLACES:
                if groups is not None and group not in groups:
                    continue
                for j, value in check(block, i):
                    if j not in flagged:
                        flagged.add(j)
                        yield Leak(path, start + j, kind, _excerpt(value))

    def _views(
        self,
        path: str,
        block: list[str],
        start: int,
        picked: dict[int, set[int] | None],
        flagged: set[int],
    ) -> Iterator[Leak]:
        """Secrets in the lines a form people write renders to (gateviews.py), on the lines of
        the block they stand for (not flagged already)."""
        read: set[int] = set()  # (a view's lines start no view of their own)
        for i, groups in sorted(picked.items()):
            if i in read:
                continue
            found = [*(gateviews.views(block, i) if groups is None or VIEWS in groups else ())]
            if groups is None or TRACED in groups:  # (a tracer's records: gatetraced.py)
                found += gatetraced.views(block, i)
            for lines, origin in found:
                read.update(origin)
                for leak in self._block(path, lines, 0):
                    j = origin[leak.line]
                    if j not in flagged:
                        flagged.add(j)
                        yield Leak(path, start + j, leak.kind, leak.excerpt)
