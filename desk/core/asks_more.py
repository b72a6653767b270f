"""Whether its sender's edit asks more of a message than it did: a card the user marked done
comes back for it. An earlier due time or a more pressing tier does (ingest._asks_sooner);
so does a correction said where it was not (更正, 补充, 调整), or a clause added that asks
for something: the county corrected its notice to a later time and asked for a signed scan
as well (…同时附乡镇主要负责人签字扫描件), and the card stayed in 已办 (a tester). A typo
fixed, or thanks added, leave it done.
"""

from __future__ import annotations

import re

from desk.core.added_lines import AddedLines

# What a sender writes into a notice they correct or add to.
_CORRECTION = re.compile(r"更正|补充|调整")
# What an added clause asks with: to attach, report, hand in or sign something, or must.
_ASKING = re.compile(
    r"附(?!近)|报送|上报|补报|提交|提供|上传|填报|填写|签字|签名|盖章|须|需|务必|要求|请"
)


def asks_more(before: str, after: str) -> bool:
    """Whether `after`, an edit of `before`, asks more of the reader than `before` did."""
    if len(_CORRECTION.findall(after)) > len(_CORRECTION.findall(before)):
        return True
    return any(_ASKING.search(clause) for clause in AddedLines(before).clauses_of(after))
