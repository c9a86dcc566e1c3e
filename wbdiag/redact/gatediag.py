"""What the leak gate leaves alone in error messages about credentials: a failure names the
secret (`Invalid credentials`, `BadCredentials`, `session`) and then carries the server's or
runtime's diagnostic, not the secret. Three forms, each public wherever a log prints it:

- an Active Directory LDAP diagnostic id (`LdapErr: DSID-0C09042A`);
- a qualified JVM class name, with its inner classes (`org.example.Client$Retry`), as a
  log's logger or source field (not as the value a secret's name is given: `senha=q.RQIvz…`);
- an SMTP server's failure reply (`535 5.7.8 …`): its secret words are status text, and the
  id that ends the reply (a transaction or queue id, alone or before the server's tag:
  `<id> - gsmtp`, also as a string a client's error object quotes: `… - gsmtp',`) the server's
  own, unless a `=` or `:` names it as the value;
- a mail server's session id in its own log (OpenSMTPD's `smtp-out: Error on session
  00000016486029f7: …`): 16 hex digits that number one SMTP session, whatever failure follows.
"""

from __future__ import annotations

from wbdiag import lazyre

# Active Directory's diagnostic id: `DSID-` and eight hex digits
_AD_DIAGNOSTIC = lazyre.compile(r"DSID-[0-9A-F]{8}")
# a qualified class name: lower-case package segments, a capitalised class, inner classes after
# `$` (named or numbered), in the brackets a log puts around its source
_CLASS_NAME = lazyre.compile(
    r"[(\[]?(?:[a-z_][a-z0-9_]{0,30}\.){1,12}[A-Z][A-Za-z0-9_]{0,80}"
    r"(?:\$[A-Za-z0-9_]{1,80}){0,4}[)\]]?"
)
# an SMTP failure reply: a 4xx/5xx reply code and its enhanced status code (RFC 3463)
_SMTP_REPLY = lazyre.compile(r"(?:^|[\s:(\"'\[])[45][0-9]{2}[ -][45]\.[0-9]{1,3}\.[0-9]{1,3}\s")
# what may follow the id that ends a reply: nothing, or the server's tag (`- gsmtp`), and the
# quote that closes the reply as a string (nodemailer's `response: '535 5.7.8 … - gsmtp',`)
_REPLY_END = lazyre.compile(r"[ \t]*(?:-[ \t]+[A-Za-z0-9._-]{1,32}[ \t]*)?(?:[\"'][,;]?[ \t]*)?\Z")
# OpenSMTPD's session, named in its own log line (`smtp-in: New session …`, `smtp-out: Error on
# session …`): the text before the id, and the id (16 hex digits)
_MAIL_SESSION_BEFORE = lazyre.compile(
    r"\bsmtp-(?:in|out):[ \t](?:[A-Za-z]{1,16}[ \t]){0,4}session[ \t]\Z"
)
_MAIL_SESSION_ID = lazyre.compile(r"[0-9a-f]{16}")
_TRAILING = ",;.:"
# between a secret's name and its value: `=` or `:`, quoted (`senha=q.RQIvzYHF88`, a generated
# value that reads as `package.Class`)
_VALUE_GAP = lazyre.compile(r"[\"']?[ \t]{0,2}[=:][ \t]{0,2}[\"']?")


def diagnostic(text: str, end: int, start: int, token: str) -> bool:
    """The token at `start`, after a secret's context ending at `end`, is a diagnostic id or a
    class name, an id in an SMTP failure reply's status text or a mail server's session id."""
    bare = token.rstrip(_TRAILING)
    if _AD_DIAGNOSTIC.fullmatch(bare) is not None:
        return True
    if _MAIL_SESSION_ID.fullmatch(bare) is not None and "smtp-" in text:
        return _MAIL_SESSION_BEFORE.search(text, max(0, start - 80), start) is not None
    if _CLASS_NAME.fullmatch(bare) is not None:  # (not the value the secret's name is given)
        return _VALUE_GAP.fullmatch(text, end, start) is None if 0 < end <= start else True
    if not 0 < end <= start or _SMTP_REPLY.search(text, 0, end) is None:
        return False
    gap = text[end:start]
    return (
        "=" not in gap and ":" not in gap and _REPLY_END.match(text, start + len(token)) is not None
    )
