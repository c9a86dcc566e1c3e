"""`cross`: one named check across two sources of the bundle that must agree on W&B's address
(HOST and the certificate, the bucket's CORS origins, the ingress...). Value conditions see one
document at a time; these checks join two, so each is a small function in
`wbdiag/rules/crosscheck.py`, chosen by name:

```yaml
condition:
  cross: {check: host_vs_certificate}
```
Message placeholders: `{left}` and `{left_source}` (what the first source says and where),
`{right}` and `{right_source}` (the second), and `{detail}` (one sentence naming both).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wbdiag.rules import crosscheck
from wbdiag.rules.conditions.base import Condition, EvalContext, ParseContext
from wbdiag.rules.model import Outcome
from wbdiag.rules.yamlmarks import PathKey


@dataclass(frozen=True, eq=False)
class CrossCondition(Condition):
    kind = "cross"
    summary = (
        "A named check joining two sources that must agree (HOST vs certificate names, CORS "
        "origins, presigned URL host, ingress host, deployment settings, scheme; websocket "
        "probe vs nginx configuration)."
    )
    check: crosscheck.Check

    @classmethod
    def parse(cls, spec: Any, path: PathKey, ctx: ParseContext) -> CrossCondition:
        name = spec["check"]
        try:
            check = crosscheck.Check(name)
        except ValueError:
            known = ", ".join(c.value for c in crosscheck.Check)
            raise ctx.error(
                f"unknown cross check {name!r} (known: {known})", (*path, "check")
            ) from None
        return cls(check=check)

    def evaluate(self, ctx: EvalContext) -> Outcome:
        return crosscheck.run(self.check, ctx)

    def variables(self) -> frozenset[str]:
        return crosscheck.VARIABLES

    def document_globs(self) -> tuple[str, ...]:
        return crosscheck.DOCUMENTS[self.check]
