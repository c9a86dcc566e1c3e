"""What the error miner's tests on states and levels share: the templates the miner makes of one
line of a container log."""

from __future__ import annotations

from wbdiag.rules.unrecognised import TemplateMiner

LOG = "docker/containers/wandb-local/container.log"


def templates(line: str) -> list[str]:
    miner = TemplateMiner()
    miner.observe(LOG, 1, line, False)
    return [t.template for t in miner.templates()]
