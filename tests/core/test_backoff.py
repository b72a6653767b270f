from desk.core.backoff import BackoffPolicy, FailedAttempts


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


def test_a_server_out_of_reach_is_looked_for_every_half_minute_at_most() -> None:
    # Synapse back after a minute and a half was found only two minutes later, the waits
    # having doubled to 150 s.
    policy = BackoffPolicy(jitter=0)
    waits = [policy.delay(n, unreachable=True) for n in range(1, 11)]
    assert waits == [1, 2, 4, 8, 16, 30, 30, 30, 30, 30]
    assert [policy.delay(n) for n in range(1, 11)][-1] == 300  # a server answering errors
    assert policy.delay(9, unreachable=True, retry_after_s=120) == 120


def test_a_try_the_user_asked_for_does_not_count_against_the_back_off() -> None:
    failed = FailedAttempts()
    assert [failed.failed() for _ in range(3)] == [1, 2, 3]
    failed.asked()
    assert failed.failed() == 3
    assert failed.failed() == 4
    failed.succeeded()
    failed.asked()
    assert failed.failed() == 1
