"""What IT reads in README.md: the server notes linked where they set desk up, and the
move to a new PC warned of what the copy carries."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    """The text under `heading` (a line of README), up to the next heading of its level
    or above."""
    level = heading.split(" ")[0]
    start = README.index(f"\n{heading}\n")
    ends = [m.start() for m in re.finditer(rf"\n#{{1,{len(level)}}} ", README[start + 1 :])]
    return README[start : start + 1 + ends[0]] if ends else README[start:]


def test_every_local_link_of_the_readme_leads_to_a_file() -> None:
    for target in re.findall(r"\]\(([^)#:]+)\)", README):
        assert (ROOT / target).exists(), target


def test_the_server_notes_are_linked_where_it_sets_desk_up() -> None:
    # IT set desk up against their Synapse and never found them (proxies, encrypted
    # rooms, invites).
    for heading in (
        "## Headless commands (for IT staff and scripts)",
        "## For IT staff: building, signing and installing desk",
    ):
        said = _section(heading)
        assert "(docs/server-admin.md)" in said, heading
        assert "(docs/matrix-events.md)" in said, heading
    assert "proxies" in _section("## Headless commands (for IT staff and scripts)")


def test_moving_to_a_new_pc_warns_that_removing_the_account_on_the_old_one_signs_out_both() -> None:
    said = " ".join(_section("### Backup, moving and reset").split())
    assert "carries them" in said and "`desk account remove`" in said
    assert "delete the data dir" in said and "sign in again on the new PC" in said


def test_the_quick_start_is_as_it_was() -> None:
    assert _section("## Quick start").startswith(
        "\n## Quick start\n\n```sh\npython3 dev.py demo    # set up, then start desk"
    )


def test_the_it_section_opens_with_a_rollout_checklist_that_links_its_details() -> None:
    # An IT tester rolling desk out had to gather the steps from the whole section.
    said = _section("## For IT staff: building, signing and installing desk")
    start = said.index("**Rollout checklist**")
    assert start < said.index("desk ships as")
    checklist = said[start : said.index("desk ships as")].strip().splitlines()
    assert 8 <= len(checklist) <= 14, len(checklist)
    text = " ".join(" ".join(checklist).split())
    for step in ("oldest", "fonts-noto-cjk", "install.sh --policy", "passphrase", "backup",
                 "keychain forget", "uninstall.sh"):  # fmt: skip
        assert step in text, step
    # Trying the bundle from dist/ leaves a login entry on it: said, with how to remove it.
    assert "`dist/desk/desk`" in text and "~/.config/autostart/desk.desktop" in text
    for link in re.findall(r"\]\(#([^)]+)\)", text):
        headings = {
            re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")
            for h in re.findall(r"^#+ (.+)$", README, re.M)
        }
        assert link in headings, link


def test_the_bundle_size_is_said_in_round_numbers() -> None:
    # README said ~183 MB where the build printed 185 MB: a number that drifts each build.
    said = " ".join(_section("### Build").split())
    assert "about 190 MB" in said and "183" not in said


def test_the_quick_start_says_the_demo_installs_desk_alone() -> None:
    said = " ".join(_section("## Quick start").split())
    assert "`demo`: desk's own dependencies only" in said


def test_set_aside_folders_are_said_where_they_are_and_that_they_may_go() -> None:
    said = " ".join(_section("### Backup, moving and reset").split())
    assert "`set-aside-<date>-<time>` folder of the data dir" in said
    assert "delete the folder" in said


def test_the_checklist_says_what_to_collect_for_support() -> None:
    # An IT tester rolling desk out looked for it in the checklist, and it was further on.
    said = _section("## For IT staff: building, signing and installing desk")
    checklist = " ".join(said[: said.index("desk ships as")].split())
    assert "`logs/`" in checklist and "`desk-cli selftest --data-dir DIR`" in checklist


def test_the_quick_start_says_how_long_the_tests_take_and_the_c_locale_line() -> None:
    # IT set desk up from a clean clone: `dev.py test` ran 35 minutes with no word of it, and
    # Qt's "Detected locale C" line looked like a failure.
    said = " ".join(_section("## Quick start").split())
    assert "about 35 minutes on 2 cores" in said
    assert 'Detected locale "C"' in said and "LANG=C.UTF-8" in said and "locale-gen" in said
