from desk.core.list_place import left_its_place


def test_a_card_sunk_below_the_cards_that_followed_it_left_its_place() -> None:
    assert left_its_place([1, 2, 3, 4], [1, 3, 4, 2], 2, reach=50)


def test_a_card_risen_above_the_cards_before_it_left_its_place() -> None:
    assert left_its_place([1, 2, 3, 4], [3, 1, 2, 4], 3, reach=50)


def test_a_card_pushed_down_by_an_arrival_keeps_its_place() -> None:
    assert not left_its_place([1, 2, 3], [9, 1, 2, 3], 2, reach=50)


def test_a_card_whose_neighbour_left_keeps_its_place() -> None:
    assert not left_its_place([1, 2, 3], [2, 3], 2, reach=50)


def test_a_card_no_longer_listed_did_not_move_in_the_list() -> None:
    assert not left_its_place([1, 2, 3], [1, 3], 2, reach=50)
