"""A notice a later one replaced (a correction, the hazard's warning at another level, its
lifting) lists below the rest of Information (see desk.core.urgency.REPLACED_BAND). A desk
before that kept such cards at their base score, and only a card with a due time was
scored anew (by the first rerank): an untimed meeting notice since corrected stayed at the
top of 通知 after the upgrade.

Revision ID: 0033
Revises: 0032
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

# As desk.core.urgency.REPLACED_BAND and desk.core.reasons.SUPERSEDED / STILL_ASKS are at
# this revision: a migration keeps the values it was written with.
_BAND = -3e12
_REPLACED = ("corrected_by", "replaced_by_level", "lifted_by")
_STILL_ASKS = "asks"
# Above every band below the base scores (the lowest, withdrawn cards at -1e14): a card
# already there is left where it is.
_BASE_FLOOR = -1e12


def _replaced(reasons: str | None) -> bool:
    said = json.loads(reasons or "[]")
    return any(code in _REPLACED and not (args or {}).get(_STILL_ASKS) for code, args in said)


def upgrade() -> None:
    bind = op.get_bind()
    # Read by the inbox's index (tier_rank 2 and its other leading columns named); only the
    # few rows whose reasons name a replacement are parsed.
    found = bind.execute(
        sa.text(
            "SELECT id, reasons FROM messages WHERE tier_rank = 2 AND tier = 'info'"
            " AND done IN (0, 1) AND neg_pinned IN (0, -1) AND score > :floor AND ("
            + " OR ".join(f"instr(reasons, '\"{code}\"') > 0" for code in _REPLACED)
            + ")"
        ).bindparams(floor=_BASE_FLOOR)
    ).all()
    ids = [mid for mid, reasons in found if _replaced(reasons)]
    if ids:
        bind.execute(
            sa.text("UPDATE messages SET score = :band + base_score WHERE id = :id"),
            [{"band": _BAND, "id": mid} for mid in ids],
        )


def downgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE messages SET score = base_score WHERE tier_rank = 2 AND tier = 'info'"
            " AND done IN (0, 1) AND neg_pinned IN (0, -1)"
            " AND score BETWEEN :band - 1e11 AND :band + 1e11"
        ).bindparams(band=_BAND)
    )
