"""A hint database compiled once per collect, shared with its helper process.

Compiling the redactor's hint database, with its self-check on lines made from every pattern
(prefiltercheck.py, hsexamples.py), costs more than a CPU second. The helper that redacts a container
log (collect/redacthelper.py) runs on the same machine, so it takes the collector's database as
Hyperscan serialises it instead of compiling its own. With the `re` prefilter there is nothing
to share.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Sequence

from wbdiag.redact import prefilter
from wbdiag.redact.prefilter import Group
from wbdiag.redact.prefiltercheck import ADOPTED, _pattern_db
from wbdiag.redact.prefilterhs import _hs


def exported(groups: Sequence[Group]) -> bytes | None:
    """The compiled hint database of `groups` (compiled now if it is not yet) as bytes for
    `adopt` in another process on this machine; None with the `re` prefilter."""
    hs = _hs
    if hs is None or prefilter._engine() != "hyperscan":
        return None
    plan = prefilter._plan_of(groups)
    if not plan.exprs:
        return None
    built = _pattern_db(plan.exprs)
    dumped = dataclasses.replace(
        built,
        dbs=tuple((hs.dumpb(db), ids) for db, ids in built.dbs),
        literal_db=None if built.literal_db is None else hs.dumpb(built.literal_db),
    )
    return pickle.dumps((plan, dumped), protocol=pickle.HIGHEST_PROTOCOL)


def adopt(groups: Sequence[Group], data: bytes) -> None:
    """Use the database `exported` made of `groups` (in a process of this same collect), with
    its plan: a group's patterns can come in another order in each process (some are built
    from sets), and the database's expression numbers are the plan's."""
    hs = _hs
    if hs is None:
        return
    plan, dumped = pickle.loads(data)  # from our own parent process, over a private pipe
    mode = hs.HS_MODE_BLOCK
    prefilter._LAST[:] = [(groups, plan)]
    ADOPTED[plan.exprs] = dataclasses.replace(
        dumped,
        dbs=tuple((hs.loadb(db, mode), ids) for db, ids in dumped.dbs),
        literal_db=None if dumped.literal_db is None else hs.loadb(dumped.literal_db, mode),
    )
