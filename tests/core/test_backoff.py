from desk.core.backoff import BackoffPolicy


def test_doubles_up_to_the_cap() -> None:
    policy = BackoffPolicy(initial_s=1, factor=2, max_s=60, jitter=0)
    assert [policy.delay(n) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert policy.delay(20) == 60


def test_jitter_stays_within_its_band() -> None:
    policy = BackoffPolicy(initial_s=10, jitter=0.2)
    assert policy.delay(1, rand=0.0) == 8
    assert policy.delay(1, rand=0.999) < 12


def test_server_retry_after_is_a_floor_even_past_the_cap() -> None:
    policy = BackoffPolicy(initial_s=1, max_s=30, jitter=0)
    assert policy.delay(1, retry_after_s=5) == 5
    assert policy.delay(1, retry_after_s=90) == 90
