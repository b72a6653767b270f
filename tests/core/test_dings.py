"""Which replies confirm a DING the user sent by opening with a receipt."""

from __future__ import annotations

import pytest

from desk.core.dings import opens_with_receipt


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "已收到",
        "收到，请问我们村转移到哪个安置点？",
        "收到收到。车辆几点到村口？",
        "收到收到老桥冲断了",
        "  收到! 我们马上去",
        "收到了。请问要带什么",
    ],
)
def test_a_reply_opening_with_a_receipt_confirms(text: str) -> None:
    assert opens_with_receipt(text)


@pytest.mark.parametrize(
    "text", ["收到通知后请立即上报", "收到没有？", "收到？", "请回复收到", "还没收到", ""]
)
def test_a_reply_that_only_begins_with_the_word_does_not(text: str) -> None:
    assert not opens_with_receipt(text)
