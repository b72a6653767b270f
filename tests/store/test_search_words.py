"""A search of several words, split at white space, over the real SQLCipher store: it
lists what holds every word, each through the path that answers it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.core.match_spans import MOST_WORDS, search_terms
from desk.store.inbox import InboxQueries, View, ViewKind, indexed
from desk.store.models import Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.store.test_inbox_queries import _in_steps, _posted

_NOTICE = "请各村于本周五下午5点前将秸秆禁烧巡查台账报镇农业办，逾期未报的将在全镇通报。"
# Relayed without the notice's last clause, with the relaying office's own line.
_RELAYED = _NOTICE.replace("，逾期未报的将在全镇通报", "") + "另：请各村做好杨梅节直播宣传。"
_POSTS = {
    "notice": ("一组", "镇农业办", _NOTICE),
    "relayed": ("二组", "镇宣传办", _RELAYED),
    "tonight": ("一组", "甲", "杨梅节直播今晚八点开始"),
    "opening": ("一组", "乙", "今晚直播：第三届杨梅节开幕式，请准时收看"),
    "meeting": ("一组", "丙", "杨梅节筹备会议通知"),
    "kit": ("一组", "丁", "直播设备请各村自查"),
    "team": ("一组", "戊", "Z组：杨梅节负责直播"),
}


@pytest.fixture
def posted(store: Store, clock: ManualClock) -> dict[str, int]:
    """The posts' ids by name; the relayed notice is folded into the notice's card."""
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, _posted(clock, *_POSTS.values()))
    with store.sessions() as session:
        rows = {
            r.remote_id: r
            for r in session.execute(select(Message.id, Message.remote_id, Message.cluster))
        }
    assert rows["p1"].cluster == "p0", "the relay is a copy of the notice"
    return {name: rows[f"p{n}"].id for n, name in enumerate(_POSTS)}


_ALL = View()


def _cards(store: Store, needle: str, view: View = _ALL) -> set[int]:
    found = InboxQueries(store.sessions).page(replace(view, search=needle), limit=1000)
    assert found.after is None
    return set(found.ids)


def _named(ids: dict[str, int], *names: str) -> set[int]:
    return {ids[name] for name in names}


@pytest.mark.parametrize(
    ("needle", "holding"),
    [
        # Two words of the trigram index.
        ("杨梅节 开幕式", ("opening",)),
        # A trigram word and a pair word, in either order; the relay holds both.
        ("杨梅节 直播", ("tonight", "opening", "notice", "team")),
        ("直播 杨梅节", ("tonight", "opening", "notice", "team")),
        # Two words of the pair index.
        ("杨梅 直播", ("tonight", "opening", "notice", "team")),
        ("直播 开幕", ("opening",)),
        # One character: a LIKE on each match of the other word, ASCII case folded.
        ("杨梅节 z", ("team",)),
        ("Z 直播", ("team",)),
        ("杨梅 幕", ("opening",)),
        # No word an index answers: a LIKE over the cards for each.
        ("幕 杨", ("opening",)),
        ("z 组", ("team",)),
        # Spaces ahead, behind, in runs, ideographic; a word typed twice.
        ("  杨梅节\u3000\u3000直播 ", ("tonight", "opening", "notice", "team")),
        ("直播 杨梅节 直播", ("tonight", "opening", "notice", "team")),
        ("杨梅节 通知", ("meeting",)),
        ("杨梅节 直播 开幕式 收看", ("opening",)),
        ("杨梅节 秸秆禁烧", ("notice",)),
    ],
)
def test_a_search_of_several_words_lists_what_holds_all_of_them(
    store: Store, posted: dict[str, int], needle: str, holding: tuple[str, ...]
) -> None:
    assert _cards(store, needle) == _named(posted, *holding)


def test_each_message_must_hold_every_word_itself(store: Store, posted: dict[str, int]) -> None:
    # The notice holds 通报 and not 直播; its relay, folded into its card, 直播 and not
    # 通报: neither is a message that holds both (a tester's 杨梅节 直播 holds both in one).
    assert _cards(store, "通报 直播") == set()
    assert _cards(store, "通报 秸秆禁烧") == _named(posted, "notice")
    assert _cards(store, "直播 秸秆禁烧") == _named(posted, "notice")


def test_a_group_and_the_every_message_view_list_each_message_holding_them(
    store: Store, posted: dict[str, int]
) -> None:
    with store.sessions() as session:
        group = session.scalar(select(Message.group_id).where(Message.id == posted["notice"]))
    in_group = View(ViewKind.GROUP, group)
    # The relay holding both is in the other group.
    assert _cards(store, "杨梅节 直播", in_group) == _named(posted, "tonight", "opening", "team")
    assert _cards(store, "秸秆禁烧 直播", in_group) == set()
    assert _cards(store, "秸秆禁烧 直播", View(unfolded=True)) == _named(posted, "relayed")
    assert _cards(store, "杨梅节 z", View(unfolded=True)) == _named(posted, "team")


@pytest.mark.parametrize("needle", ["杨梅节 直播", "直播 杨梅", "杨梅节 z", "幕 杨"])
def test_several_words_are_read_in_windows_as_one_is(
    store: Store, posted: dict[str, int], needle: str
) -> None:
    queries = InboxQueries(store.sessions)
    view = View(search=needle)
    whole = queries.page(view, limit=1000).ids
    assert whole
    stepped, steps = _in_steps(queries, view, limit=1, window=2)
    assert stepped == whole
    assert steps > 2


@pytest.mark.parametrize(
    "needle", ["杨梅节 直播", "通报 直播", "杨梅节 z", "幕 杨", "直播 秸秆禁烧"]
)
def test_a_view_tells_by_id_whether_it_lists_a_message_for_several_words(
    store: Store, posted: dict[str, int], needle: str
) -> None:
    queries = InboxQueries(store.sessions)
    with store.sessions() as session:
        group = session.scalar(select(Message.group_id).where(Message.id == posted["relayed"]))
    for view in (View(search=needle), View(ViewKind.GROUP, group, search=needle)):
        listed = set(queries.page(view, limit=1000).ids)
        assert listed or view.kind is ViewKind.GROUP or needle == "通报 直播", view
        assert {i for i in posted.values() if queries.lists(view, i)} == listed, view


def test_a_search_is_indexed_where_one_of_its_words_is(store: Store) -> None:
    # Done is looked into for a search the indexes answer (`count_done`).
    assert indexed("杨梅节 z")
    assert indexed("z 直播")
    assert not indexed("z 幕")


def test_a_done_message_holding_every_word_is_found_in_done(
    store: Store, clock: ManualClock, posted: dict[str, int]
) -> None:
    queries = InboxQueries(store.sessions)
    queries.set_done([posted["opening"]], True, clock.now())
    assert _cards(store, "杨梅节 开幕式") == set()
    assert _cards(store, "开幕式 杨梅节", View(ViewKind.DONE)) == _named(posted, "opening")


@pytest.mark.parametrize("needle", ["Li Ming", "区政府办 孟凡"])
def test_a_name_with_a_space_finds_what_its_bearer_posted(
    store: Store, clock: ManualClock, needle: str
) -> None:
    # From review: split into words, a name typed with its space found no one's posts.
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, _posted(clock, ("一组", needle, "收到，马上安排"), ("一组", "丙", "好的"))
    )
    with store.sessions() as session:
        theirs = session.scalar(select(Message.id).where(Message.sender_name == needle))
    assert _cards(store, needle) == {theirs}


def test_a_paragraph_pasted_in_is_searched_by_its_first_words() -> None:
    # From review: a thousand words made a statement deeper than SQLite takes, and the
    # list said it could not be read.
    words = [f"w{n}" for n in range(1000)]
    assert search_terms(" ".join(words)) == tuple(words[:MOST_WORDS])


def test_a_thousand_words_list_nothing_rather_than_fail(
    store: Store, posted: dict[str, int]
) -> None:
    assert _cards(store, " ".join(["杨梅节"] + [f"字{n}" for n in range(1000)])) == set()


_NUMERALS = {
    "roman": ("一组", "应急办", "启动Ⅲ级响应，请各村值班"),
    "spelt": ("一组", "防汛办", "防汛III级响应已解除"),
    # Holds II and I级, each pair of III级, but not III级 itself.
    "apart": ("一组", "水利办", "II类水库I级巡查"),
    "other": ("一组", "丙", "Ⅱ级响应"),
}


@pytest.fixture
def numerals(store: Store, clock: ManualClock) -> dict[str, int]:
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, _posted(clock, *_NUMERALS.values()))
    with store.sessions() as session:
        rows = {r: i for r, i in session.execute(select(Message.remote_id, Message.id))}
    return {name: rows[f"p{n}"] for n, name in enumerate(_NUMERALS)}


@pytest.mark.parametrize(
    "needle", ["Ⅲ级", "III级", "iii级", "Ⅲ级响应", "III级响应", "Ⅲ级 响应", "响应 III级"]
)
def test_a_roman_numeral_finds_it_written_in_letters_and_the_other_way(
    store: Store, numerals: dict[str, int], needle: str
) -> None:
    # A tester: III级 did not find Ⅲ级 (NFKC spells Ⅲ as III).
    assert _cards(store, needle) == _named(numerals, "roman", "spelt")
    assert indexed(needle), "two characters and more stay with the text indexes"
    # The pair index finds III级 loosely (in II and I级 apart): that is no match.
    queries = InboxQueries(store.sessions)
    assert not queries.lists(View(search=needle), numerals["apart"])
    assert queries.lists(View(search=needle), numerals["roman"])


def test_a_roman_numeral_search_is_read_in_windows(store: Store, numerals: dict[str, int]) -> None:
    queries = InboxQueries(store.sessions)
    for needle in ("Ⅲ级", "III级"):
        stepped, steps = _in_steps(queries, View(search=needle), limit=1, window=2)
        assert set(stepped) == _named(numerals, "roman", "spelt")
        assert len(stepped) == 2 and steps > 2
