"""The Markdown report: meant to be pasted into a ticket (GitHub, Zendesk).

Only what both render the same: headings, paragraphs, bold, bullet lists, inline code and fenced
code blocks, each separated by blank lines. No tables and no HTML. Every string from the bundle is
escaped (or fenced, where it is literal). The whole report stays under MAX_CHARS whatever the
bundle: it is built from bounded blocks, most important first, until the budget is spent.
"""

from __future__ import annotations

import re
from typing import Any

from wbdiag.report.text import about_bundle

MAX_CHARS = 65_000
_BUDGET = MAX_CHARS - 2_000  # room for the closing note
_DETAILED_INCIDENTS = 10
_LIST_CAP = 20
_LINE_CAP = 400

# CommonMark lets any ASCII punctuation be escaped; these are the ones that can make markup
# anywhere in a line (with `[` and `]` escaped no link or image can form, so `(` `)` `!` may stay).
# `-`, `+`, `:` and `.` are left alone so timestamps and versions stay readable; at the start of
# the text they are escaped by _START. `&` only where it would begin an entity.
_INLINE = set("\\`*_[]<>|~")
_START = re.compile(r"^(\s*\d*)([#=+\-.)*_]+)(?=\s|$)")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BACKTICKS = re.compile("`+")


def md_escape(value: Any) -> str:
    text = str(value).replace("\r", " ").replace("\n", " ")
    text = "".join("\\" + ch if ch in _INLINE else ch for ch in text)
    text = _ENTITY.sub(r"\\&", text)
    return _START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_code(value: Any) -> str:
    """Inline code that no backtick in the text can break out of."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    # one longer than the longest run (growing a fence until it is absent is quadratic)
    fence = "`" * (max((len(r) for r in _BACKTICKS.findall(text)), default=0) + 1)
    # one space inside each side: CommonMark strips it, and it keeps a backtick at an edge apart
    return f"{fence} {text} {fence}"


def fenced(text: str, info: str = "") -> str:
    """A fenced block whose fence is longer than any backtick run inside it."""
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _cap(text: Any, n: int = _LINE_CAP) -> str:
    s = str(text)
    return s if len(s) <= n else s[: n - 1] + "…"


def _lines(text: str) -> str:
    return "\n".join(_cap(line) for line in text.splitlines()[:12])


def _subjects(items: list[str]) -> str:
    shown = ", ".join(md_escape(_cap(s, 120)) for s in items[:8])
    return shown + (f" and {len(items) - 8} more" if len(items) > 8 else "")


def _incident(n: int, inc: dict[str, Any]) -> str:
    c = inc["cause"]
    parts = [f"#### {n}. {inc['severity']}: {md_escape(_cap(c['message']))}"]
    facts = [f"- Cause: {md_code(c['rule_id'])}, {md_escape(c['title'])}"]
    if c["subjects"]:
        facts.append(f"- On: {_subjects(c['subjects'])}")
    if inc["symptoms"]:
        shown = [
            f"{md_code(s['rule_id'])}"
            + (f" on {md_escape(_cap(s['subject'], 120))}" if s["subject"] else "")
            for s in inc["symptoms"][:8]
        ]
        more = len(inc["symptoms"]) - len(shown)
        facts.append(f"- Explains: {'; '.join(shown)}" + (f" and {more} more" if more > 0 else ""))
    if inc["first_seen"]:
        last = inc["last_seen"]
        facts.append(
            f"- Seen: first {inc['first_seen']}"
            + (f", last {last}" if last and last != inc["first_seen"] else "")
        )
    ev = c["evidence"]
    if ev:
        where = f" line {ev['line']}" if ev["line"] else ""
        facts.append(f"- Evidence: {md_code(ev['path'])}{where}")
    parts.append("\n".join(facts))
    if ev:
        parts.append(fenced(_lines("\n".join([ev["text"], *ev["context"][:8]])), "text"))
    fix = inc["fix"]
    if fix["text"]:
        parts.append("First fix: " + md_escape(_cap(fix["text"][0], 1200)))
    if fix["commands"]:
        parts.append(fenced("\n".join(_cap(x, 600) for x in fix["commands"][:6]), "sh"))
    for snippet in fix["snippets"][:2]:
        parts.append(fenced(_lines(snippet), "yaml"))
    return "\n\n".join(parts)


def render_markdown(r: dict[str, Any]) -> str:
    counts = r["summary"]["counts"]
    head = [f"## wbdiag report: {md_escape(_cap(r['bundle']['name'], 200))}"]
    line = (
        f"**{counts['fail']} failing, {counts['warn']} warnings**, {counts['pass']} passed, "
        f"{counts['not_evaluated']} not evaluated, {counts.get('not_applicable', 0)} not applicable."
    )
    about = [*about_bundle(r), f"wbdiag {r['wbdiag_version']}"]
    head.append(line + " " + md_escape(", ".join(about)) + ".")
    if r["bundle"]["interrupted"]:
        head.append("**Collection was interrupted: the bundle is partial.**")
    problems = r["bundle"].get("problems", [])
    if problems:
        head.append(
            "**The bundle could not be read whole:**\n\n"
            + "\n".join(f"- {md_escape(p)}" for p in problems[:5])
            + (f"\n- and {len(problems) - 5} more" if len(problems) > 5 else "")
        )
    blocks = ["\n\n".join(head)]

    incidents = r.get("incidents", [])
    if incidents:
        blocks.append(
            "### Start here"
            + (
                f" (top {_DETAILED_INCIDENTS} of {len(incidents)} incidents)"
                if len(incidents) > _DETAILED_INCIDENTS
                else ""
            )
        )
        blocks.extend(_incident(n, inc) for n, inc in enumerate(incidents[:_DETAILED_INCIDENTS], 1))
        rest = incidents[_DETAILED_INCIDENTS:]
        if rest:
            blocks.append(
                "### Other incidents\n\n"
                + "\n".join(
                    f"- {i['severity']} {md_code(i['cause']['rule_id'])}: {md_escape(_cap(i['cause']['message'], 200))}"
                    for i in rest
                )
            )
    else:
        blocks.append("No rule fired.")

    bad = [c for c in r["collectors"] if c["status"] != "ok"]
    if bad:
        blocks.append(
            "### Collectors with problems\n\n"
            + "\n".join(
                f"- {md_escape(c['name'])}: {c['status']}"
                + (f", {md_escape(_cap(c['error'], 300))}" if c["error"] else "")
                for c in bad[:_LIST_CAP]
            )
        )
    if r["not_evaluated"]:
        ne = r["not_evaluated"]
        blocks.append(
            f"### Not evaluated ({len(ne)})\n\n"
            + "\n".join(
                f"- {md_code(n['rule_id'])}: {md_escape(_cap(n['reason'] or '', 200))}"
                for n in ne[:_LIST_CAP]
            )
            + (f"\n- and {len(ne) - _LIST_CAP} more" if len(ne) > _LIST_CAP else "")
        )
    if r["unrecognised_errors"]:
        top = r["unrecognised_errors"][:5]
        blocks.append(
            f"### Unrecognised errors (top {len(top)})\n\n"
            + "\n".join(
                f"- {t['count']} x {md_escape(_cap(t['source'], 120))}: {md_code(_cap(t['template'], 200))}"
                for t in top
            )
        )

    out: list[str] = []
    size = 0
    for i, block in enumerate(blocks):
        if size + len(block) + 2 > _BUDGET:
            left = len(blocks) - i
            out.append(
                f"*{left} more section{'s' if left != 1 else ''} left out to keep this under "
                f"{MAX_CHARS} characters: see the HTML or JSON report.*"
            )
            break
        out.append(block)
        size += len(block) + 2
    return "\n\n".join(out) + "\n"
