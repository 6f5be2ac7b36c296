"""Vocabularies parse the CLI spellings and common variants, and reject the rest clearly."""

import pytest

from cliffhanger.domain.credits import CreditError, parse_credit
from cliffhanger.domain.matching import Named, TitleLookupError, match_title
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("post-production", Status.POST_PRODUCTION),
        ("Post Production", Status.POST_PRODUCTION),
        ("in_development", Status.IN_DEVELOPMENT),
        ("canceled", Status.CANCELLED),
        ("premiered", Status.AIRING),
        ("rumored", Status.RUMOURED),
        ("ON-HOLD", Status.ON_HOLD),
    ],
)
def test_status_spellings(text, status):
    assert Status.parse(text) is status


def test_every_cli_spelling_parses_to_itself():
    for vocabulary in (Status, Confidence, WatchState, Kind):
        for member in vocabulary:
            assert vocabulary.parse(member.value) is member


def test_unknown_values_list_the_choices():
    with pytest.raises(ValueError, match="rumoured, announced, in-development"):
        Status.parse("vibing")
    with pytest.raises(ValueError, match="unknown watch state"):
        WatchState.parse("binge")


def test_credit_parsing():
    credit = parse_credit("Park Ji-hu as Nam On-jo", order=2, season=2)
    assert (credit.actor, credit.character, credit.order, credit.season) == ("Park Ji-hu", "Nam On-jo", 2, 2)
    assert parse_credit("Lee Jae-in").character == ""
    assert parse_credit("Cho Yi-hyun AS Choi Nam-ra").character == "Choi Nam-ra"
    with pytest.raises(CreditError):
        parse_credit("   as Nobody")


NAMES = [Named(1, "All of Us Are Dead"), Named(2, "Dead Man's Wire", 2025), Named(3, "Dead Ringers", 2023)]


def test_matching_exact_then_unique_fragment():
    assert match_title("all of us are dead", NAMES).id == 1
    assert match_title("ALL OF US", NAMES).id == 1
    assert match_title("wire", NAMES).id == 2


def test_ambiguous_and_unknown_titles_list_candidates():
    with pytest.raises(TitleLookupError) as caught:
        match_title("dead", NAMES)
    assert caught.value.candidates == (
        "All of Us Are Dead #1",
        "Dead Man's Wire (2025) #2",
        "Dead Ringers (2023) #3",
    )
    with pytest.raises(TitleLookupError, match="no title"):
        match_title("Kingdom", NAMES)


WHO = [Named(7, "Doctor Who", 1963), Named(12, "Doctor Who", 2005), Named(3, "Blade Runner 2049", 2017)]


def test_a_name_with_its_year_or_an_id_picks_one_of_two_titles_of_one_name():
    assert match_title("Doctor Who (2005)", WHO).id == 12
    assert match_title("doctor who (1963)", WHO).id == 7
    assert match_title("#12", WHO).id == 12 and match_title("# 7", WHO).id == 7
    assert match_title("who (2005)", WHO).id == 12
    assert match_title("Blade Runner 2049", WHO).id == 3
    with pytest.raises(TitleLookupError, match="no title"):
        match_title("#99", WHO)
    with pytest.raises(TitleLookupError, match="no title"):
        match_title("Doctor Who (1999)", WHO)


def test_an_ambiguous_name_lists_years_and_ids_and_says_how_to_choose():
    with pytest.raises(TitleLookupError) as caught:
        match_title("Doctor Who", WHO)
    assert caught.value.candidates == ("Doctor Who (1963) #7", "Doctor Who (2005) #12")
    assert '"Doctor Who (2005)"' in str(caught.value) and '"#12"' in str(caught.value)


def test_a_credit_in_german_and_names_that_only_look_like_the_word():
    assert parse_credit("Park Ji-hu als Nam On-jo").character == "Nam On-jo"
    pacino = parse_credit("Al Pacino as Tony Montana")
    assert (pacino.actor, pacino.character) == ("Al Pacino", "Tony Montana")
    said = parse_credit("Ahmed al Said as the Captain")
    assert (said.actor, said.character) == ("Ahmed al Said", "the Captain")
