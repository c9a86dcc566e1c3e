"""Files the user attaches with --include (client debug logs and the like), redacted, capped."""

from __future__ import annotations

from wbdiag.bundle import layout
from wbdiag.collect.base import CollectContext, Collector, Output, PlanStep, SourceSkipped


class AttachmentsCollector(Collector):
    name = "attachments"
    writes = (layout.ATTACHMENTS_DIR + "/",)
    description = "Files given with --include (e.g. a wandb client's debug.log), as logs"
    timeout = 60.0

    def collect(self, ctx: CollectContext, out: Output) -> None:
        if not ctx.options.include:
            raise SourceSkipped("no --include files")
        for path in ctx.options.include:
            try:
                with path.open("r", encoding="utf-8", errors="replace") as fh:
                    out.lines(layout.attachment(path.name), (line.rstrip("\r\n") for line in fh))
            except OSError as exc:
                out.note(f"{path}: {exc.strerror}")

    def plan(self, ctx: CollectContext) -> list[PlanStep]:
        if not ctx.options.include:
            raise SourceSkipped("no --include files")
        return [PlanStep("the file, redacted", str(path)) for path in ctx.options.include]
