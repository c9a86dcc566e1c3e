"""The W&B settings as resolved for this run (flags > env file > environment > deployment)."""

from __future__ import annotations

from wbdiag.bundle import layout
from wbdiag.collect.base import CollectContext, Collector, Output, PlanStep, SourceSkipped


class SettingsCollector(Collector):
    name = "settings"
    writes = ("settings/",)
    description = "W&B settings from flags, --env-file, the environment and the deployment"
    timeout = 10.0

    def collect(self, ctx: CollectContext, out: Output) -> None:
        s = ctx.settings
        if not s.values:
            raise SourceSkipped("no W&B settings found (give --env-file, flags or environment)")
        out.json(
            layout.SETTINGS,
            {
                "sources": list(s.sources),
                "values": dict(sorted(s.values.items())),
                # a list, not a map: keyed by setting name, "LICENSE": "flags" would be blanked
                "origin": [{"setting": k, "source": v} for k, v in sorted(s.origin.items())],
                # what the deployment itself holds, also where a flag or env file overrode it
                # (the consistency rules compare the two)
                "discovered": [
                    {"source": source, "values": dict(sorted(values.items()))}
                    for source, values in sorted(ctx.discovered.items())
                ],
            },
        )

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        given = ", ".join(ctx.settings.sources) or "none given"
        return [
            PlanStep(
                f"the W&B settings ({', '.join(sorted(ctx.settings.values)) or 'none yet'}; "
                "secret values replaced by placeholders)",
                f"{given}; plus what discovery finds in the deployment",
            )
        ]
