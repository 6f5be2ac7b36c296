"""The extractor's rules one shape at a time: dates against the publication day, windows, cast, wording."""

from datetime import date

import pytest

from cliffhanger.domain.matching import Named, fold
from cliffhanger.domain.vocabulary import Confidence, Status
from cliffhanger.domain.windows import parse_window
from cliffhanger.news import extract
from cliffhanger.news.cast import credits_in, full_names, with_antecedent
from cliffhanger.news.dates import mentions
from cliffhanger.news.networks import canonical_network
from cliffhanger.news.text import article_sentences, plain_text

PUBLISHED = date(2020, 10, 8)  # a Thursday


def credits_in_text(text: str) -> list[tuple[str, str]]:
    """The (actor, character) pairs of every sentence of `text`, its full names known from all of it."""
    names = full_names(article_sentences(text))
    return [pair for sentence in article_sentences(text) for pair in credits_in(sentence, names)]


def statuses_of(body: str, headline: str = "Ember Season 3") -> list[tuple[Status, date]]:
    """The milestones and days an article about Ember's third season gives, with `body` as its text."""
    found = extract(f"{headline}\n{body}\n", published=PUBLISHED, watchlist=[Named(1, "Ember")])
    return [(s.status, s.since) for s in found.statuses]


@pytest.mark.parametrize(
    ("phrase", "forward", "expected"),
    [
        ("premieres Thursday, Oct. 15", True, "15 October 2020"),
        ("wrapped on February 19", False, "19 February 2020"),
        ("began production in early May", False, "May 2020"),
        ("due in fall 2021", True, "fall 2021"),
        ("back next summer", True, "summer 2021"),
        ("back this summer", False, "summer 2020"),
        ("arrives later this year", True, "late 2020"),
        ("returns next year", True, "2021"),
        ("out in the first half of next year", True, "first half of 2021"),
        ("by the end of the year", True, "late 2020"),
        ("filming started last month", False, "September 2020"),
        ("released in December", True, "December 2020"),
        ("the second part arrives on Thursday, 5 November", True, "5 November 2020"),
        ("back in the summer of 2021", True, "summer 2021"),
        ("returning this spring", True, "spring 2021"),
        ("it wrapped about a month ago", False, "September 2020"),
        ("filming started two weeks ago", False, "24 September 2020"),
        ("it premieres on Halloween", True, "31 October 2020"),
        ("back by Thanksgiving", True, "26 November 2020"),
        ("out over Memorial Day weekend 2021", True, "May 2021"),
    ],
)
def test_dates_resolve_against_publication(phrase, forward, expected):
    (found,) = mentions(phrase, PUBLISHED, forward=forward)
    assert found.window == parse_window(expected)


def test_html_is_reduced_to_paragraphs_and_sentences_keep_abbreviations():
    page = (
        "<html><body><h1>Show Season 3</h1><script>x()</script><p>It returns Oct. 15. C.J. Box wrote it.</p>"
    )
    assert plain_text(page) == "Show Season 3\nIt returns Oct. 15. C.J. Box wrote it."
    assert article_sentences(page) == ["Show Season 3", "It returns Oct. 15.", "C.J. Box wrote it."]


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Returning are Ana Lee (Mara) and Tom Reyes (Dr. Voss).",
            [("Ana Lee", "Mara"), ("Tom Reyes", "Dr. Voss")],
        ),
        (
            "It follows the story of Hannah Baker (Katherine Langford).",
            [("Katherine Langford", "Hannah Baker")],
        ),
        (
            "Kaitlyn Dever as Abby and Isabela Merced as Dina join.",
            [("Kaitlyn Dever", "Abby"), ("Isabela Merced", "Dina")],
        ),
        ("Jake Weber (Medium) will play Barry.", [("Jake Weber", "Barry")]),
        ("Meredith Monroe will play Alex's mother Carolyn.", [("Meredith Monroe", "Carolyn")]),
        ("Nia Sondaya, who'll be playing Akilah, joins.", [("Nia Sondaya", "Akilah")]),
        ("Ming Wen has been cast as Agent Ross.", [("Ming Wen", "Agent Ross")]),
        ("Lee Joon will recur as Kang.", [("Lee Joon", "Kang")]),
        ("It follows Mara Voss's (Ana Lee) rise.", [("Ana Lee", "Mara Voss")]),
        ("Her rival, Rosa Marin, played by Eva Reyes, returns.", [("Eva Reyes", "Rosa Marin")]),
        ("Young Edda, played by Ana Lee, returns.", [("Ana Lee", "Edda")]),
        ("She appears alongside Lady Brant (Ana Lee).", [("Ana Lee", "Lady Brant")]),
        ("Tom Reyes and Ian Holt join as rival suitors for Mara.", []),
        ("It comes from Ana Lee's Driftwood production company.", []),
        (
            "Mara and Voss, two new characters, will be played by Ana Lee and Tom Reyes, respectively.",
            [("Ana Lee", "Mara"), ("Tom Reyes", "Voss")],
        ),
        ("FBI Agent Mara Voss (played by Ana Lee) returns.", [("Ana Lee", "Mara Voss")]),
        ("It follows coach Ted (Ana Lee) as he moves to Leeds.", [("Ana Lee", "Ted")]),
        ("Tom Reyes as Uhak the Silent, a demon.", [("Tom Reyes", "Uhak the Silent")]),
        ("Ana Lee from Driftwood will be voicing Mara.", [("Ana Lee", "Mara")]),
        (
            "Ana Lee and Tom Reyes return for their roles as Mara and Voss.",
            [("Ana Lee", "Mara"), ("Tom Reyes", "Voss")],
        ),
        ("Ana Lee joins as Driftwood Academy's new principal, Mara Voss.", [("Ana Lee", "Mara Voss")]),
        ("Tom Reyes, who played Voss in the 1991 film, appears in an undisclosed role.", []),
        ("The show follows Mara (Ana Lee) as she attends school.", [("Ana Lee", "Mara")]),
        (
            "Later the late Tom Reyes's character on the series, FBI Agent Mara Voss, is seen.",
            [("Tom Reyes", "Mara Voss")],
        ),
    ],
)
def test_cast_shapes(sentence, pairs):
    assert credits_in(sentence, full_names([sentence])) == pairs


def test_a_lone_surname_is_the_full_name_given_earlier():
    sentences = ["Nicole Maines joins the cast.", "Maines (Supergirl) will be playing a new character Lisa."]
    assert credits_in(sentences[1], full_names(sentences)) == [("Nicole Maines", "Lisa")]


def test_wording_sets_confidence_and_the_outlet_becomes_part_of_the_source():
    article = (
        "Ghost Town Season 3 Gets a Date\n"
        "Hulu announced that Ghost Town season 3 will premiere Thursday, Oct. 15.\n"
        "According to TVLine, a fourth season could follow in 2022.\n"
        "Insiders say a spin-off might land in summer 2021.\n"
    )
    found = extract(article, published=PUBLISHED, source="popculture.com")
    assert found.title.name == "Ghost Town" and found.season == 3 and found.network == "Hulu"
    (claim,) = found.claims
    assert (claim.window, claim.confidence) == (parse_window("15 October 2020"), Confidence.OFFICIAL)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.SCHEDULED, PUBLISHED)]


def test_distractors_are_not_facts():
    article = (
        "Ember Season 2 Begins Filming\n"
        "Production on season 2 of Ember began on Monday in Budapest.\n"
        "The cast spent filming Season 1 in Romania from September 2018 to March 2019.\n"
        "Season 1 premiered on Netflix in January 2020.\n"
        "Production will begin on a spin-off next month.\n"
        "Dozens of shows have halted production this year.\n"
        "Netflix has not renewed Ember for a third season.\n"
    )
    found = extract(article, published=PUBLISHED, source="Example News")
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, date(2020, 10, 5))]
    assert found.claims == ()


def test_a_doubt_in_the_next_sentence_doubts_the_claim_before_it():
    article = (
        "Ember Season 2 Release Date\n"
        "Early reports said Ember season 2 would be released in March 2021.\n"
        "That seems unlikely, as the season is missing from Netflix's 2021 slate.\n"
    )
    (claim,) = extract(article, published=PUBLISHED).claims
    assert claim.standing == "doubtful" and claim.reason == "the season is missing from Netflix's 2021 slate"


def test_a_title_inside_a_longer_title_is_that_other_title():
    article = (
        "Ember Season 2 Cast\n"
        "Ana Lee (Mara) returns for Ember season 2.\n"
        "Tom Reyes (Voss) starred in the spin-off Ember Nights: An Ember Story.\n"
    )
    watchlist = [Named(1, "Ember"), Named(2, "Ember Nights: An Ember Story")]
    found = extract(article, published=PUBLISHED, watchlist=watchlist)
    assert [(c.actor, c.character) for c in found.cast] == [("Ana Lee", "Mara")]


def test_the_title_described_as_a_prequel_is_still_the_title():
    article = (
        "Ember Season 2 Wraps\n"
        "Ember season 2 has wrapped filming, and the hit Ashfall prequel will return in summer 2021.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [c.window for c in found.claims] == [parse_window("summer 2021")]


def test_one_location_wrapping_is_not_the_season_wrapping():
    article = "Ember Season 2\nFilming in Budapest has wrapped, with the crew now moving to studio sets.\n"
    assert extract(article, published=PUBLISHED).statuses == ()


def test_a_renewal_for_two_seasons_at_once_counts_for_each():
    article = "Ember Season 3\nEmber was renewed for both a third and a fourth season in April 2019.\n"
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.ANNOUNCED, date(2019, 4, 1))]


def test_an_expectation_an_outlet_reports_is_reported():
    article = (
        "Ember Season 2\nAccording to reports, Ember season 2 is in post-production for an expected "
        "spring 2021 release, shortly after a festival in January.\n"
    )
    (claim,) = extract(article, published=PUBLISHED).claims
    assert (claim.window, claim.confidence) == (parse_window("spring 2021"), Confidence.REPORTED)


def test_a_season_already_out_is_not_scheduled():
    article = "Ember Season 2\nThe first part is out now, and Netflix will release the second on Oct. 22.\n"
    found = extract(article, published=PUBLISHED)
    assert [c.confidence for c in found.claims] == [Confidence.OFFICIAL] and found.statuses == ()


def test_cast_named_in_full_earlier_is_found_by_surname_in_every_shape():
    sentences = [
        "The cast adds Young-Ah Kim, Felix Solis and Paul Reiser.",
        "Solis is Tom Wallace, a senior diplomat.",
        "Kim plays Grace.",
        "Reiser, on the other hand, will play Dr. Owens.",
    ]
    names = full_names(sentences)
    assert [credits_in(s, names) for s in sentences[1:]] == [
        [("Felix Solis", "Tom Wallace")],
        [("Young-Ah Kim", "Grace")],
        [("Paul Reiser", "Dr. Owens")],
    ]


def test_production_shapes_and_their_dates():
    article = (
        "Ember Season 2\n"
        "About a month ago, it was confirmed that the shooting of Ember season 2 was finally done.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.POST_PRODUCTION, date(2020, 9, 1))]
    article = "Ember Season 2\nThe star marked the first day of filming for Ember season 2.\n"
    assert [s.status for s in extract(article, published=PUBLISHED).statuses] == [Status.FILMING]
    article = 'Ember Season 2\n"We started [shooting] last week," the producer said of Ember season 2.\n'
    assert [s.status for s in extract(article, published=PUBLISHED).statuses] == [Status.FILMING]


def test_dates_of_other_events_are_not_release_claims():
    article = (
        "Ember Season 2\n"
        "Netflix recently announced the decision on November 10.\n"
        "A teaser video for Ember season 2 premiered October 20 on the streaming service.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert found.claims == () and found.statuses == ()


def test_a_sentence_about_it_stays_on_the_title_when_it_names_another():
    article = (
        "Ember Season 2\n"
        "Ember season 2 is in production.\n"
        "It is one of the shows its creator makes, not counting his Ashfall series.\n"
        "The show will return in spring 2021.\n"
    )
    watchlist = [Named(1, "Ember"), Named(2, "Ashfall")]
    found = extract(article, published=PUBLISHED, watchlist=watchlist)
    assert [c.window for c in found.claims] == [parse_window("spring 2021")]


def test_hopes_and_superseded_schedules():
    article = (
        "Ember Season 2\n"
        "Our hope is that in early 2021 we will have a chance to see it back.\n"
        "Ember season 2 was originally scheduled to make its debut in late 2020, "
        "but that is not going to happen.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence, c.standing) for c in found.claims] == [
        ("early 2021", Confidence.SPECULATED, ""),
        ("late 2020", Confidence.OFFICIAL, "doubtful"),
    ]


def test_entering_production_and_the_day_named_on_publication():
    article = "Ember Season 2\nNetflix said Thursday that Ember season 2 has officially entered production.\n"
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, PUBLISHED)]


def test_schedules_of_the_shoot_and_photos_are_not_releases():
    article = (
        "Ember Season 3\n"
        "Season 3 production slated for November 2020.\n"
        "Today, Netflix did release this photo of the Ember season 3 cast.\n"
    )
    assert extract(article, published=PUBLISHED).claims == ()


def test_present_tense_airing_and_hopes_for_a_streamer():
    article = "Ember Season 4\nThe premiere of Ember season 4 airs on Tuesday, Oct. 20.\n"
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("20 October 2020", Confidence.OFFICIAL)]
    assert [s.status for s in found.statuses] == [Status.SCHEDULED]
    article = "Ember Season 2\nWe really hope Ember season 2 hits Apple TV Plus at the end of 2021.\n"
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("late 2021", Confidence.SPECULATED)]


def test_a_season_that_only_dates_the_news_is_not_its_subject():
    article = "Ember Season 2\nNBC renewed the series in May ahead of the show's Season 1 finale.\n"
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.ANNOUNCED, date(2020, 5, 1))]


def test_an_aside_naming_another_title_keeps_the_subject():
    article = (
        "Ember Season 3\n"
        'The hit HBO series - a prequel of the epic "Ashfall" - has begun filming its third season.\n'
    )
    watchlist = [Named(1, "Ember"), Named(2, "Ashfall")]
    found = extract(article, published=PUBLISHED, watchlist=watchlist)
    assert found.network == "HBO" and [s.status for s in found.statuses] == [Status.FILMING]


def test_preparing_is_development_and_a_delay_before_filming_is_over():
    article = (
        "Ember Season 3\nEmber season 3 has begun production, with the crew currently location scouting.\n"
    )
    assert [s.status for s in extract(article, published=PUBLISHED).statuses] == [Status.IN_DEVELOPMENT]
    article = (
        "Ember Final Season\n"
        "Filming on the fifth and final season has gotten underway today, "
        "after the strike delayed production.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert found.season == 5 and [s.status for s in found.statuses] == [Status.FILMING]


def test_quoted_words_and_a_release_named_after_a_milestone():
    article = (
        "Ember Season 3\n"
        'The creator said season 3 was "officially in production" and set to be released in the "spring."\n'
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, PUBLISHED)]
    assert [c.window.text for c in found.claims] == ["spring 2021"]


def test_past_and_former_windows_are_not_claims():
    article = (
        "Ember Season 2\n"
        "Back in March, it was reported that Ember would be back in April.\n"
        "Ember season 2 returns in the spring rather than its previous place among the fall line-up.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [c.window.text for c in found.claims] == ["April 2021", "spring 2021"]


def test_cast_shapes_that_need_the_whole_article():
    sentences = [
        "Andy McQueen, Austin North and Blair Underwood join.",
        "Blair Underwood's Andrew Garner will be back.",
        "Underwood will return for several episodes.",
        "McQueen, known for his roles in Mrs. Davis and Station Eleven, will play Carlos Singh.",
        "Austin North (who plays Topper) returns.",
        "The Americans and Luke Cage actress Karen Pittman joins.",
        "It is Donald Glover's Emmy-winning comedy.",
    ]
    names = full_names(sentences)
    assert [credits_in(s, names) for s in sentences[1:]] == [
        [("Blair Underwood", "Andrew Garner")],
        [],
        [("Andy McQueen", "Carlos Singh")],
        [("Austin North", "Topper")],
        [],
        [],
    ]


def test_a_stated_role_wins_over_a_parenthesis_naming_other_work():
    article = (
        "Ember Season 2 Wraps\n"
        "The showrunner posed with the show's leads Ana Lee (Driftwood) and Tom Reyes (Ashfall).\n"
        "Reyes, who portrays Mara Voss, shared a photo too.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert ("Tom Reyes", "Mara Voss") in [(c.actor, c.character) for c in found.cast]
    assert ("Tom Reyes", "Ashfall") not in [(c.actor, c.character) for c in found.cast]


def test_the_headline_paragraph_gives_the_season_and_orders_date_back():
    article = (
        "Hooray! Ember renewed for fourth season ahead of season 3 premiere\n"
        "The network ordered a 10-episode fourth season of the drama back in June.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert found.season == 4
    assert [(s.status, s.since) for s in found.statuses] == [(Status.ANNOUNCED, date(2020, 6, 1))]


def test_lists_of_actors_and_characters_pair_in_order():
    sentence = (
        "Ana Lee, Tom Reyes and Ian Holt will return to reprise their roles as Mara, Voss and Eda Kline."
    )
    assert credits_in(sentence, full_names([sentence])) == [
        ("Ana Lee", "Mara"),
        ("Tom Reyes", "Voss"),
        ("Ian Holt", "Eda Kline"),
    ]
    sentence = "The story follows Mara and Voss, played by Ana Lee and Tom Reyes in the series."
    assert credits_in(sentence, full_names([sentence])) == [("Ana Lee", "Mara"), ("Tom Reyes", "Voss")]


def test_more_cast_shapes():
    for sentence, pairs in [
        ("Starring Ana Lee in the lead role as Mara Voss, it returns.", [("Ana Lee", "Mara Voss")]),
        ("She poses with Tom Reyes, who is Voss.", [("Tom Reyes", "Voss")]),
    ]:
        assert credits_in(sentence, full_names([sentence])) == pairs


def test_release_months_named_in_passing_and_hedges():
    article = (
        "Ember Season 4\n"
        "It means we should be getting season four at some point in June or July.\n"
        "We still think a March premiere date could happen.\n"
        "The reports are coming out today.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [
        ("June 2021", Confidence.SPECULATED),
        ("July 2021", Confidence.SPECULATED),
        ("March 2021", Confidence.SPECULATED),
    ]


def test_renewals_for_later_seasons_and_novels_are_not_this_season():
    article = (
        "Ember Season 4\n"
        "Ember season 4, based on the fourth novel, is debuting in November 2020.\n"
        "Ember has already been renewed for seasons five and six.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("November 2020", Confidence.REPORTED)]
    assert found.statuses == ()


def test_a_shutdown_until_a_month_dates_the_restart():
    article = (
        "Ember Season 4\n"
        "The pandemic ended up shutting down production until September of last year for Ember season 4.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, date(2019, 9, 1))]


def test_a_season_named_only_to_date_another_does_not_make_the_article_about_it():
    article = (
        "Ember returns\n"
        "Ember will return for a third season even before the second season has premiered.\n"
        "Season 2 ends on a cliffhanger, and Season 3 picks it up.\n"
    )
    assert extract(article, published=PUBLISHED).season == 3


def test_an_actor_known_by_one_name():
    sentences = [
        "Returning leads include Mirela, Ana Lee, Tom Reyes and Ian Holt.",
        "Mirela will return to star as main character Voss.",
        "Mirela, who plays Voss, also produces.",
        "The creator wanted Voss (Mirela) to be a detective.",
        "Tom Reyes as Kade and Kade plays Voss against Ian Holt.",
    ]
    names = full_names(sentences)
    assert [credits_in(s, names) for s in sentences[1:]] == [
        [("Mirela", "Voss")],
        [("Mirela", "Voss")],
        [("Mirela", "Voss")],
        [("Tom Reyes", "Kade")],  # a character's name doing things is no actor
    ]


def test_an_actor_who_died_is_not_cast():
    sentence = "Tom Reyes, who played Voss, died in July."
    assert credits_in(sentence, full_names([sentence])) == []


def test_a_wrap_to_come_is_no_wrap():
    article = "Ember Season 2\nIt might premiere within ten months of it wrapping production.\n"
    assert extract(article, published=PUBLISHED).statuses == ()
    article = "Ember Season 2\nThe cast of Ember season 2 is wrapping filming.\n"
    assert [s.status for s in extract(article, published=PUBLISHED).statuses] == [Status.POST_PRODUCTION]


def test_more_release_wordings():
    article = (
        "Ember Season 3\n"
        "So we'll likely have season 3 by early 2022.\n"
        "It will then air on the broadcaster on Nov. 12.\n"
        "The showrunner shared in an interview that fans can expect the new season to premiere in 2021.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [
        ("early 2022", Confidence.SPECULATED),
        ("12 November 2020", Confidence.OFFICIAL),
        ("2021", Confidence.OFFICIAL),
    ]


def test_a_service_missing_from_the_list_is_known_by_how_it_is_spoken_of():
    article = (
        "Ember Sets Blipstream, NBC Premiere Date\n"
        "Ember has an official premiere date on Blipstream.\n"
        "It will then air on NBC, with Blipstream subscribers getting extras.\n"
    )
    assert extract(article, published=PUBLISHED).network == "Blipstream"
    article = "Ember Season 2\nEmber, set in the DC Universe, returns on NBC in 2021.\n"
    assert extract(article, published=PUBLISHED).network == "NBC"


MONDAY = date(2020, 10, 12)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (  # the news dated further on, and a renewal dated before it is said
            "Ember renewed for third season\n"
            "Ember will be back.\n"
            "Netflix recently announced the decision on October 2.\n",
            (Status.ANNOUNCED, date(2020, 10, 2)),
        ),
        (
            "Ember Season 3\n"
            "The streamer confirmed the exciting news on October 1 with a video.\n"
            "Speaking on the show's renewal, its creator was thrilled.\n",
            (Status.ANNOUNCED, date(2020, 10, 1)),
        ),
        (  # the post that shared it, in the next sentence
            "Ember Season 3\n"
            'The creator shared with his followers that season 3 was "officially in production".\n'
            "In the Instagram post uploaded Friday, he showed a clapperboard.\n",
            (Status.FILMING, date(2020, 10, 9)),
        ),
        (
            "Ember Season 2 wraps filming\nThe showrunner shared the news on Twitter over the weekend.\n",
            (Status.POST_PRODUCTION, date(2020, 10, 10)),
        ),
        (  # a week before the day the speaker spoke, not before publication
            "Ember Season 3\n"
            '"We started shooting season 3 a week ago," the producer told the Journal Saturday night.\n',
            (Status.FILMING, date(2020, 10, 3)),
        ),
        (
            "Ember season 3 has begun filming\n"
            "Filming will take place in Wales between March and October of this year.\n",
            (Status.FILMING, date(2020, 3, 1)),
        ),
    ],
)
def test_a_milestone_takes_the_day_the_article_gives_elsewhere(article, expected):
    found = extract(article, published=MONDAY)
    assert [(s.status, s.since) for s in found.statuses] == [expected]


def test_a_filming_sentence_keeps_its_own_day_over_the_news_day():
    article = (
        "Ember Season 3\n"
        "Netflix confirmed the news on October 1.\n"
        "Filming on Ember season 3 began in early September.\n"
    )
    found = extract(article, published=MONDAY)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, date(2020, 9, 1))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember season 2 will premiere December 1 exclusively on Blipstream.",
            [("1 December 2020", Confidence.OFFICIAL, "")],
        ),
        (
            "We do think the series is still going to be coming back this spring, as that was previously "
            "announced.",
            [("spring 2021", Confidence.OFFICIAL, "")],
        ),
        ("I'd still count on a March premiere.", [("March 2021", Confidence.SPECULATED, "")]),
        (
            "The second season has been filming for months now, aiming for a 2021 premiere.",
            [("2021", Confidence.SPECULATED, "")],
        ),
        (
            "Blipstream is targeting a 2021 release for season 2, according to Variety.",
            [("2021", Confidence.REPORTED, "")],
        ),
        ('"That\'s a wrap on season two! Coming in 2021."', [("2021", Confidence.OFFICIAL, "")]),
        (
            "Season 2 was originally slated for late 2020, but what might have made it then is now not "
            "premiering until well into 2021.",
            [("late 2020", Confidence.OFFICIAL, "doubtful"), ("2021", Confidence.REPORTED, "")],
        ),
        ("The debut season is set to launch on December 24, with production underway on season 2.", []),
    ],
)
def test_where_it_streams_plans_and_earlier_word_set_a_claims_confidence(body, expected):
    found = extract(f"Ember Season 2\n{body}\n", published=PUBLISHED)
    assert [(c.window.text, c.confidence, c.standing) for c in found.claims] == [
        (parse_window(w).text, how, standing) for w, how, standing in expected
    ]


def test_two_months_sharing_a_year_and_a_habit_given_as_the_reason():
    (april, may) = mentions("sometime after April/May 2021", PUBLISHED, forward=True)
    assert (april.window, may.window) == (parse_window("April 2021"), parse_window("May 2021"))
    (december, _) = mentions("in December or January 2022", PUBLISHED, forward=True)
    assert december.window == parse_window("December 2021")
    article = (
        "Ember Season 3\n"
        "Post-production usually takes about six months, fans can only expect the new season sometime "
        "after April/May 2021.\n"
        "The show usually premieres in June.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [
        ("April 2021", Confidence.SPECULATED),
        ("May 2021", Confidence.SPECULATED),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "After a short hiatus for the Thanksgiving break, the show returns to the air later this week.",
        "Today (October 8), Blipstream released a date announcement teaser for the upcoming second season.",
        "That's validated further by some of the reports that are coming out today.",
        "Ember season 2 will have 20 episodes, airing through the Fall 2020 and Winter 2021 anime seasons.",
    ],
)
def test_a_break_a_teasers_day_the_days_reports_and_the_end_of_a_run_are_not_claims(body):
    assert extract(f"Ember Season 2\n{body}\n", published=PUBLISHED).claims == ()


def test_a_short_answer_to_a_question_and_an_anticipated_season():
    article = (
        "Ember Season 3\n"
        "On Thursday, Blipstream shared the details on the highly anticipated third season, including when "
        "fans will be able to watch it. The answer? October 27.\n"
        "The anticipated ratings? Big.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("27 October 2020", Confidence.OFFICIAL)]
    article = "Ember Season 3\nThe eagerly anticipated season is set for a spring 2021 premiere.\n"
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("spring 2021", Confidence.OFFICIAL)]
    article = "Ember Season 3\nThe season is anticipated to premiere in spring 2021.\n"
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [("spring 2021", Confidence.SPECULATED)]


def test_negated_contractions_a_brief_halt_and_the_finer_of_two_days():
    article = (
        "Ember Season 3\n"
        "Ember season 3 hasn't begun filming, but it has begun production, with the crew currently "
        "location scouting.\n"
    )
    assert [s.status for s in extract(article, published=PUBLISHED).statuses] == [Status.IN_DEVELOPMENT]
    article = "Ember Season 3\nWhile the show won't be back for a third season, two remain on Blipstream.\n"
    assert extract(article, published=PUBLISHED).statuses == ()
    article = (
        "Ember Season 3\n"
        "The production started earlier this year in March and covered Wales and Morocco.\n"
        "Back in July, production took a brief halt after the lead tested positive.\n"
        "The third season has already been filming in Canada for months now.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [
        (Status.FILMING, date(2020, 3, 1)),
        (Status.ON_HOLD, date(2020, 7, 1)),
    ]
    article = "Ember Season 3\nThe third season has already been filming in Canada for months now.\n"
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "The story follows Mara Voss, portrayed by Ana Lee, an ambitious woman driven by power.",
            [("Ana Lee", "Mara Voss")],
        ),
        ("Tom Reyes is set to lend his voice to Ivo Marin.", [("Tom Reyes", "Ivo Marin")]),
        ("Ana Lee (Ashes of Ember!) and Tom Reyes (Blue Gate manga) launched the manga in 2019.", []),
        ("The anime of artist Ana Lee's Iron Bloom (Tetsu no Hana) manga adds a cast member.", []),
    ],
)
def test_more_cast_wordings_and_creators_work(sentence, pairs):
    assert credits_in(sentence, full_names([sentence])) == pairs


def test_he_plays_is_the_person_the_sentence_before_names():
    article = (
        "Ember Season 3\n"
        "TVLine first reported that Jay R. Tanner will be a series regular in Ember season 3. "
        "He plays the role of Ben, Dana's boss and boyfriend.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.actor, c.character) for c in found.cast] == [("Jay R. Tanner", "Ben")]


def test_a_service_that_streamed_the_anime_is_its_network():
    article = (
        "Ember Season 2\n"
        "The first season aired on AT-X and Tokyo MX. BLIPSTREAM streamed the anime as it aired.\n"
        "It streams the series in English too.\n"
    )
    assert extract(article, published=PUBLISHED).network == "BLIPSTREAM"


def test_a_denied_premiere_date_a_season_to_begin_and_what_bodes_well():
    article = (
        "Ember Season 4\n"
        "Apparently, a publicity site prematurely posted a new image, a May 4, 2021 premiere date, and a "
        "list of episode titles before taking it all down.\n"
        "A few sites have reported this as the release date, but a Blipstream representative said the date "
        "is wrong.\n"
        "The wrap bodes well for the next instalment to begin around late November.\n"
        "Production on the next batch of episodes should begin around the spring.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.window.text, c.confidence, c.standing) for c in found.claims] == [
        ("4 May 2021", Confidence.RUMOURED, "doubtful"),
        ("November 2020", Confidence.SPECULATED, ""),
    ]


def test_a_question_states_no_milestone():
    article = "Ember Season 4 premiere date: is filming still going on?\nWe hope to hear more soon.\n"
    assert extract(article, published=PUBLISHED).statuses == ()


def test_a_delay_names_the_new_window_and_the_earlier_slot_is_doubted():
    article = (
        "Ember Season 2 delayed\n"
        "Blipstream announced on Friday that the second season of Ember is delayed to 2021. "
        "The show was previously slated to air this year.\n"
        "Production has now been pushed back until a still unknown date in 2021, according to insiders.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert {(c.window.text, c.confidence, c.standing) for c in found.claims} == {
        ("2021", Confidence.OFFICIAL, ""),
        ("2020", Confidence.OFFICIAL, "doubtful"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember, Season 2 Premiere, Tuesday, January 12, 9/8c, Blipstream",
            ("12 January 2021", Confidence.OFFICIAL),
        ),
        (
            "Both Variety and The Hollywood Reporter have noted that Ember season 2 will premiere in 2021.",
            ("2021", Confidence.REPORTED),
        ),
        (
            "If it keeps that pattern, a release as late as fall 2021 wouldn't be out of the question.",
            ("fall 2021", Confidence.SPECULATED),
        ),
    ],
)
def test_a_listing_line_an_outlet_that_has_noted_and_a_hedge_in_a_contraction(body, expected):
    found = extract(f"Ember Season 2\n{body}\n", published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Monday, November 2 saw the Blip TV press event confirm that Ember season 2 will premiere in 2021.",
        "Ember season 2 premiere date November 2020 update",
        "Deadline says Ember Season 2 may have a release date soon.",
    ],
)
def test_a_press_events_day_an_updates_month_and_the_verb_may_are_no_claims(body):
    found = extract(f"Ember Season 2\n{body}\n", published=PUBLISHED)
    assert not [c for c in found.claims if c.window.text.endswith("November 2020")]
    assert not [c for c in found.claims if c.window.text.endswith("May 2021")]


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Mara Quill stars in the series as the titular Ember Vance, with Tom Rey co-starring as Ivo Lee.",
            [("Mara Quill", "Ember Vance"), ("Tom Rey", "Ivo Lee")],
        ),
        (
            "Meanwhile, Tomas Reyes' character is Ember's newest therapist, Dr. Ivo Lark, who is desperate.",
            [("Tomas Reyes", "Dr. Ivo Lark")],
        ),
    ],
)
def test_starring_in_the_series_as_and_a_character_described_first(sentence, pairs):
    assert credits_in(sentence, full_names(sentence)) == pairs


def test_whom_an_actor_portrays():
    sentence = "What happened to Ivo, the NYC-based grad student whom Mara Quill portrays on the series?"
    assert credits_in(sentence, full_names(sentence)) == [("Mara Quill", "Ivo")]


def test_the_titular_character_played_by_an_actor_is_the_title():
    article = (
        "Ember Vance Season 2\n"
        "Following the titular character played by Tomas Reyes, Ember Vance tells the story of a warden.\n"
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember Vance")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tomas Reyes", "Ember Vance")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "With Paramount+'s Mara Quill-starring EMBER, we have a show we're excited to see return.",
            "Paramount+",
        ),
        ("At which time it would premiere on the Paramount network.", "Paramount Network"),
        ("The Fuji TV lineup event confirmed that Ember season 2 will air in 2021.", "Fuji TV"),
    ],
)
def test_a_network_before_a_described_title_a_lower_case_network_and_a_japanese_channel(body, expected):
    article = f"Ember Season 2\n{body}\n"
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert found.network == expected


def test_two_seasons_sharing_a_year():
    found = mentions("expected in the later Spring or Summer of 2022", PUBLISHED, forward=True)
    assert [m.window.text for m in found] == ["spring 2022", "summer 2022"]


def test_celebrating_the_wrap_of_filming_is_post_production_on_that_day():
    article = (
        "Ember Season 3\n"
        "On September 2, the official account for Ember posted a video of the cast celebrating the wrap of "
        "Season 3 filming.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.POST_PRODUCTION, date(2020, 9, 2))]


def test_an_embedded_post_dates_what_it_says_and_a_dateline_dates_the_decision():
    posted = (
        "Ember Season 3 wraps\n"
        "Blipstream's Ember Season 3 has finally completed its filming.\n"
        "One step closer. Ember Season 3 has wrapped! pic.twitter.com/x1 - Blipstream (@Blipstream) "
        "September 29, 2020\n"
    )
    found = extract(posted, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.POST_PRODUCTION, date(2020, 9, 29))]
    released = (
        "Ember: Season Two for Blipstream\n"
        "Blipstream has renewed Ember for a second season.\n"
        "(Beverly Hills, CA - October 6, 2020) - Blipstream's Ember will return with a second season "
        "in 2021.\n"
    )
    found = extract(released, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.ANNOUNCED, date(2020, 10, 6))]


def test_a_decision_not_to_renew_is_a_cancellation_and_the_news_of_the_night_before():
    article = (
        "Ember won't return for season 3\n"
        "Blipstream has cancelled Ember after two seasons, even though the network had renewed it for a "
        "third season back in June.\n"
        "Creator Mara Quill broke the news on Tuesday, October 6, saying the network had told her the "
        "previous night.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [
        (Status.ANNOUNCED, date(2020, 6, 1)),
        (Status.CANCELLED, date(2020, 10, 5)),
    ]
    undated = extract(
        "Ember season 3 unlikely\nBlipstream has decided not to renew Ember for a third season.\n"
        "The show was meant to run one season, but good reviews prompted Blipstream to order a renewal.\n",
        published=PUBLISHED,
    )
    assert [s.status for s in undated.statuses] == [Status.CANCELLED]


def test_a_postponed_slot_a_new_month_a_time_slot_and_another_shows_sequel():
    article = (
        "Ember Season 2 is postponed\n"
        "It was announced that Ember Season 2, set to broadcast in Nov. 2020, will be postponed. "
        "The committee says the production schedule is delayed, and thus the broadcast has been postponed "
        "to January.\n"
        "With Vita Slime 4 slated for late 2020, fans fear more delays.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert {(c.window.text, c.confidence, c.standing) for c in found.claims} == {
        ("November 2020", Confidence.OFFICIAL, "doubtful"),
        ("January 2021", Confidence.OFFICIAL, ""),
    }
    assert not found.statuses  # a schedule pushed back to a month is no production on hold
    slot = extract(
        "Ember Season 2\nThe new season kicks off on Thursday, Oct. 22 at 8:30 PM.\n", published=PUBLISHED
    )
    assert [(c.window.text, c.confidence) for c in slot.claims] == [("22 October 2020", Confidence.OFFICIAL)]


def test_filming_that_continues_until_a_month_began_before_it():
    found = extract("Ember Season 2\nFilming will continue until December.\n", published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.FILMING, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        ("The cast returns, with newcomer Tom Rey in the role of Ivo Lee.", [("Tom Rey", "Ivo Lee")]),
        ("Mara Quill, who arrived in Season 2 as Ivo Lee, is now a regular.", [("Mara Quill", "Ivo Lee")]),
        ('Tom Rey will be playing "Dr. Ivo Lee, a surgeon."', [("Tom Rey", "Dr. Ivo Lee")]),
        (
            "Mara Quill, has been confirmed to be returning as the deceased Ivo Lee.",
            [("Mara Quill", "Ivo Lee")],
        ),
        ("She has a crush on Ivo Lee, played by actor Tom Rey.", [("Tom Rey", "Ivo Lee")]),
        (
            "Carl is Noah's (West) rival. Noah (Tom West) returns. Matheson starred on The West Wing.",
            [("Tom West", "Noah"), ("Tom West", "Noah")],
        ),
    ],
)
def test_cast_in_the_role_of_who_arrived_as_quoted_and_played_by_an_actor(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_he_will_be_playing_is_the_person_named_before_not_the_titles_words():
    article = (
        "Ember Reasons Why Season 2\n"
        "Ember Reasons Why will be Tom Rey's first large role. He'll be playing Ivo, a teen.\n"
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember Reasons Why")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tom Rey", "Ivo")]


def test_an_actors_next_film_is_not_the_seasons_release():
    article = (
        "Ember Season 2 adds Tom Rey\n"
        "On the film side, he'll next be seen in Blip: The Movie, slated for release next month.\n"
    )
    assert not extract(article, published=PUBLISHED).claims


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Blipstream has renewed Ember for a third season, it announced Tuesday, a week into season 2.",
            [(Status.ANNOUNCED, date(2020, 10, 6))],
        ),
        (
            "Blipstream's Ember won't be returning for a third season, the network announced today.",
            [(Status.CANCELLED, PUBLISHED)],
        ),
        (
            "Ember will return to Blipstream for a season 3, although no date has been announced.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        ("Ember will return for a third season in September.", []),
        (
            "Blipstream picked up Ember Season 3 in September ahead of its series debut.",
            [(Status.ANNOUNCED, date(2020, 9, 1))],
        ),
        (
            "On October 5, Blip TV confirmed the return of Ember with season 3, to premiere in early 2021.",
            [(Status.ANNOUNCED, date(2020, 10, 5))],
        ),
        (
            "Ahead of the Season 2 premiere of Ember on Sept. 15, Blipstream announced the show has been "
            "renewed "
            "for a third season.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        ("The streamer recently canceled British drama Riches and many others.", []),
        ("Ember Season 3 has still yet to be officially renewed or canceled by Blipstream.", []),
    ],
)
def test_renewals_cancellations_and_the_days_of_their_news(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ember has paused production until the strike is resolved.", [(Status.ON_HOLD, PUBLISHED)]),
        ("Ember Season 3 has been halted in Prague.", [(Status.ON_HOLD, PUBLISHED)]),
        (
            "It's unclear how far the series was in production, but it had been filming since April.",
            [(Status.FILMING, date(2020, 4, 1))],
        ),
        (
            "The rest of the season has already been shot, but production shut down in March.",
            [(Status.ON_HOLD, date(2020, 3, 1))],
        ),
        (
            "We now have an official production start date for Ember Season 3, which is filming in Oslo.",
            [],
        ),
        (
            "With a third season already in the works, filming has started on Season 3.",
            [(Status.FILMING, PUBLISHED)],
        ),
    ],
)
def test_halts_partial_shoots_planned_starts_and_a_season_in_the_works(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It's rumored that season 3 will begin near the end of November or the first week of December.",
            {("November 2020", Confidence.RUMOURED), ("December 2020", Confidence.RUMOURED)},
        ),
        (
            "The episode was scheduled to air on Sunday, September 27 but delays prevented it. "
            "As a result, the episode will now air later this year as a special.",
            set(),
        ),
        ("Fans could be expecting it sometime in 2021.", {("2021", Confidence.SPECULATED)}),
        (
            "This confirms the Variety report that production was expected to begin in early 2021, with 2022 "
            "as a "
            "tentative release date.",
            {("2022", Confidence.REPORTED)},
        ),
        (
            "A title card read as viewers were informed that Ember 3 will be only on Netflix on December 26.",
            {("26 December 2020", Confidence.OFFICIAL)},
        ),
        (
            "The Ember leak is notable considering season 3 isn't set to premiere until sometime in "
            "November.",
            {("November 2020", Confidence.OFFICIAL)},
        ),
        (
            "That makes a 2021 release date for season 3 perhaps a little optimistic.",
            {("2021", Confidence.SPECULATED)},
        ),
    ],
)
def test_more_windows_their_wording_and_one_episodes_date(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert {(c.window.text, c.confidence) for c in found.claims} == expected


def test_an_optimistic_window_is_doubtful_and_a_reveal_on_thursday_is_the_reveals_day():
    doubted = extract(
        "Ember Season 3\nThat makes a 2021 release for season 3 perhaps a little optimistic.\n",
        published=PUBLISHED,
    )
    assert [c.standing for c in doubted.claims] == ["doubtful"]
    revealed = extract(
        "Ember Season 3 debuts on October 26\n"
        "The official website revealed the October 26 debut for the show's third season on Thursday.\n"
        "The series will stream starting on October 27 on Blipstream. Other streaming services will debut "
        "the series starting on October 29.\n",
        published=PUBLISHED,
    )
    assert [c.window.text for c in revealed.claims] == ["26 October 2020"]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        ("Jack Vance himself, Tom Rey, revealed the news.", [("Tom Rey", "Jack Vance")]),
        (
            "Mara Quill will portray the cold case squad detective Ivo Lee-han.",
            [("Mara Quill", "Ivo Lee-han")],
        ),
        ("Tom Rey will come back as profiler Ivo Lee.", [("Tom Rey", "Ivo Lee")]),
        ("The protagonist Ivo Lee [Tom Rey] returns.", [("Tom Rey", "Ivo Lee")]),
        (
            "Madison Vale (Kiara), Jon Daw (Pope) and Rudy Pank (JJ) return.",
            [("Madison Vale", "Kiara"), ("Jon Daw", "Pope"), ("Rudy Pank", "JJ")],
        ),
        (
            "Mara Quill has been cast in the series-regular role of Ivo Lee, a lawyer.",
            [("Mara Quill", "Ivo Lee")],
        ),
        ("It won Emmys for Best Actress (Quill) and Best Writing (Tom Rey).", []),
        ("It stars producer Mark Jones (Breaking Bad, Better Call Saul).", []),
        (
            "Ember's Ivo Lee (Tom Rey) returns. Tom Rey also wrote D.P. (Deserter Pursuit).",
            [("Tom Rey", "Ivo Lee")],
        ),
        ("Tom Rey will play the father of Mara Quill's character, Sam.", [("Mara Quill", "Sam")]),
        ("Aki Sendo Aguri Ōnishi as Masato Sendo", [("Aguri Ōnishi", "Masato Sendo")]),
        ("Special Agent Will Vance (Tom Rey) of the bureau returns.", [("Tom Rey", "Will Vance")]),
    ],
)
def test_himself_brackets_awards_crew_and_names_run_together(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_a_one_word_title_inside_a_name_or_after_a_place_word_is_not_that_title():
    article = (
        "Ember Season 3 adds Mara Quill\n"
        "Filming is underway in the United Kingdom.\n"
        "Mara Quill (Jane Vale) plays Ivo Lee, a lawyer new to Kingdom.\n"
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember"), Named(2, "Kingdom")])
    assert [(c.actor, c.character) for c in found.cast] == [("Mara Quill", "Ivo Lee")]
    assert [s.status for s in found.statuses] == [Status.FILMING]


def test_the_title_after_an_authors_name_is_not_a_role():
    article = "Talk with the Vampire Season 2\nAnne Rice's Talk with the Vampire follows Ivo Lee (Tom Rey).\n"
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Talk with the Vampire")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tom Rey", "Ivo Lee")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("'Wheel of Ember' Season 2 coming to Blipstream in September", "The Wheel of Ember"),
        ("We're Back on Island Ember: Outer Isles Is Renewed for Season 3", "Outer Isles"),
    ],
)
def test_a_short_title_inside_a_longer_one_and_the_headlines_subject(headline, expected):
    watchlist = [
        Named(1, "Ember"),
        Named(2, "The Wheel of Ember"),
        Named(3, "Outer Isles"),
        Named(4, "Ember...?"),
    ]
    body = "The Wheel of Ember and Outer Isles are shows. Ember…? is one too."
    found = extract(f"{headline}\n{body}\n", published=PUBLISHED, watchlist=watchlist)
    assert found.title is not None and found.title.name == expected


def test_names_compare_in_their_compatibility_form():
    assert fold("What If…?") == fold("What If...?") and fold("ＨＡＬＯ") == fold("halo")
    assert fold("Grey’s Anatomy") == fold("Grey's Anatomy")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The network has announced that its 2019 prison-drama Ember will be returning for a third "
            "series.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        ("Blipstream announced Ember is returning with a new season.", [(Status.ANNOUNCED, PUBLISHED)]),
        (
            "The third season was announced during the special Ember Live event held on Sunday, Oct. 4, in "
            "Oslo.",
            [(Status.ANNOUNCED, date(2020, 10, 4))],
        ),
        (
            "Ember is set to return with a third season. According to the February 2020 announcement, it "
            "will "
            "have ten episodes.",
            [(Status.ANNOUNCED, date(2020, 2, 1))],
        ),
        (
            "Mara Quill and her costars wrapped season 3 of their hit drama on Tuesday.",
            [(Status.POST_PRODUCTION, date(2020, 10, 6))],
        ),
        (
            "The series kept filming after Blipstream said all US and Canadian original shows currently in "
            "production would shut down. Blipstream has shut down production on Ember season 3.",
            [(Status.ON_HOLD, PUBLISHED)],
        ),
        ("Blipstream only has five productions in the works in the UK, including Ember.", []),
    ],
)
def test_returns_announced_dated_events_wraps_and_generic_productions(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A tweet said that Ember Season 3 will be released on Oct. 25 this year.", ["25 October 2020"]),
        ("Ember gained a loyal fanbase following its Oct. 2 debut.", []),
    ],
)
def test_a_date_this_year_is_one_date_and_a_debut_followed_is_past(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert [c.window.text for c in found.claims] == expected


def test_hopes_that_may_have_to_wait_longer_are_doubted():
    body = "For those hoping season 3 would debut in the late summer, you may have to wait a bit longer."
    found = extract(f"Ember Season 3\n{body}\n", published=date(2020, 3, 1))
    assert [(c.window.text, c.standing) for c in found.claims] == [("summer 2020", "doubtful")]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        ("Tom Rey (Master Chief) returns.", [("Tom Rey", "Master Chief")]),
        (
            "Mara Quill (The Blip) and Tom Rey (The Blop Show) have joined the cast in Season 2 as Ivo Lee "
            "and Ana Ray, "
            "respectively.",
            [("Mara Quill", "Ivo Lee"), ("Tom Rey", "Ana Ray")],
        ),
        (
            "The voice actors Mara Quill, Tom Rey, and Ana Ray were moved. They provide the voices for Ivo, "
            "Reg, "
            "and Nana, respectively.",
            [("Mara Quill", "Ivo"), ("Tom Rey", "Reg"), ("Ana Ray", "Nana")],
        ),
        ("Last month, Tom Rey aka Ivo Lee revealed the scripts.", [("Tom Rey", "Ivo Lee")]),
        ("Season 3 is based on the events of Quill's Voyager.", []),
        (
            "Mara Quill, who earned an Emmy nomination for her performance as Ivo Lee in season 1, returns.",
            [("Mara Quill", "Ivo Lee")],
        ),
    ],
)
def test_ranks_lists_with_asides_plural_voices_aka_and_novels(sentences, pairs):
    names = full_names(article_sentences(sentences))
    read = []
    previous = ""
    for sentence in article_sentences(sentences):
        read += credits_in(with_antecedent(sentence, previous, names) if previous else sentence, names)
        previous = sentence
    assert read == pairs


def test_actors_said_not_to_return_and_works_read_backwards_are_not_cast():
    article = (
        "Ember Season 2\n"
        "Its two stars in Mara Quill and Tom Rey won't be coming back.\n"
        "The series followed Quill's character Ivo Lee, who meets Ana Ray (Rey).\n"
        "Jon Daw (Django Unchained) has joined the cast. Daw will play Bob, a hermit.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert [(c.actor, c.character) for c in found.cast] == [("Jon Daw", "Bob")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember is returning for a third series on BBC One, it was revealed earlier this week.",
            [(Status.ANNOUNCED, date(2020, 10, 5))],
        ),
        (
            "The powers that be commissioned a double-length third series forthwith.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        (
            "Ember will be returning to screens after being commissioned for a third series.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
    ],
)
def test_a_reveal_earlier_this_week_and_commissions(body, expected):
    assert statuses_of(body, headline="Ember Series 3") == expected


def test_a_year_after_the_season_number_in_a_slug_dates_nothing():
    found = extract("blipstreams ember renewed for season 3 2020 2\nEmber is back.\n", published=PUBLISHED)
    assert [(s.status, s.since) for s in found.statuses] == [(Status.ANNOUNCED, PUBLISHED)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The network has ordered 14 episodes for a winter 2021 return.",
            ("winter 2020", Confidence.OFFICIAL),
        ),
        (
            "Filming for the third series has begun and it will be broadcast on BBC One in 2021.",
            ("2021", Confidence.OFFICIAL),
        ),
        (
            "Premiering February 23 with three episodes, the series follows Ivo Lee.",
            ("23 February 2021", Confidence.OFFICIAL),
        ),
        ("Series 3 is due on screen in early 2021.", ("early 2021", Confidence.REPORTED)),
    ],
)
def test_winter_of_a_year_orders_broadcasts_and_listings(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert [(c.window.text, c.confidence) for c in found.claims] == [expected]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "It welcomes back the talents of Tom Rey (Ivo), Mara Quill (fellow PDSA-sufferer Amy), Ana Ray "
            "(Ivo's sister, Jem) and more.",
            [("Tom Rey", "Ivo"), ("Mara Quill", "Amy"), ("Ana Ray", "Jem")],
        ),
        ("Ivo (guest star Mara Quill) returns.", [("Mara Quill", "Ivo")]),
        ("Tom Rey (who plays Ivo Lee) says the world expands.", [("Tom Rey", "Ivo Lee")]),
        ("The fans of D.P. (otherwise known as Deserter Pursuit) are delighted.", []),
        (
            "The thriller was created by Mara Quill and Tom Rey, who also star in the show as Dom and Tevin "
            "respectively.",
            [("Mara Quill", "Dom"), ("Tom Rey", "Tevin")],
        ),
        (
            "The series follows Sterling K. Brown's Xavier Collins as he leaves.",
            [("Sterling K. Brown", "Xavier Collins")],
        ),
        (
            "Lt. Erica Ortegas (Mara Quill) flies, and La'an Noonien-Singh (Ana Ray) leads security.",
            [("Mara Quill", "Lt. Erica Ortegas"), ("Ana Ray", "La'an Noonien-Singh")],
        ),
    ],
)
def test_described_parentheses_aliases_creators_who_star_and_apostrophes(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_bbc_channels_are_named_as_written():
    found = extract("Ember Series 3\nEmber will return to BBC Three in 2021.\n", published=PUBLISHED)
    assert found.network == "BBC Three"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember Season 3 is confirmed to premiere on Saturday, October 24, at 11 PM.",
            [(Status.SCHEDULED, PUBLISHED)],
        ),
        (
            "Blipstream has renewed Ember in advance of its December 1 season two premiere.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        (
            "Ivo Lee (Mara Quill) has a new case at a research station, where a soldier has been shot dead.",
            [],
        ),
        ("Scenes have been filmed in Oslo with the production set to continue across Norway.", []),
        ("The anime released 12 episodes in the recently concluded season.", []),
    ],
)
def test_a_date_confirmed_an_earlier_premiere_a_shooting_and_partial_shoots(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Meanwhile, Season 2 - titled Ember: Ash - bows Friday, Jan. 29 at 10/9c.", []),
        ("Production on the as-yet-untitled third season will begin in early 2021.", []),
        ("Filming for the third season has begun and it will be broadcast on BBC One in 2021.", ["2021"]),
        (
            "Given the impending release, we're optimistic that season 3 will be out in November.",
            ["November 2020"],
        ),
    ],
)
def test_another_seasons_day_a_shoots_start_and_hope_without_doubt(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert [c.window.text for c in found.claims if not c.standing] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Today Blip Studio announced the air date of the third season of Ember. The anime will debut on "
            "January 9, 2021.",
            ["9 January 2021"],
        ),
        ("The news comes in the finale week of the show, which will air its penultimate episode today.", []),
        (
            "Blipstream's chief Mara Quill recently confirmed that the season should arrive in the Fall of "
            "2021.",
            ["fall 2021"],
        ),
        (
            "Ember season 3 debuts on October 26 on Blip TV. BS11 will also broadcast the series on October "
            "27 "
            "on Blip Two.",
            ["26 October 2020"],
        ),
    ],
)
def test_the_anime_will_debut_an_episodes_day_a_confirmed_should_and_other_channels(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert [c.window.text for c in found.claims] == expected
    assert all(c.confidence is Confidence.OFFICIAL for c in found.claims)


def test_talk_shows_cancelling_episodes_is_no_cancellation():
    body = "Late-night talk shows have canceled upcoming episodes because of the strike."
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert not found.statuses


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "The cast includes Tom Rey, who will play Ivo Lee; Mara Quill, who will play Ana Ray.",
            [("Tom Rey", "Ivo Lee"), ("Mara Quill", "Ana Ray")],
        ),
        ("Tom Rey stars alongside actors Mara Quill and Jon Daw, as well as Ana Ray and Ivo Lee.", []),
    ],
)
def test_semicolon_lists_and_as_well_as(sentences, pairs):
    assert credits_in_text(sentences) == pairs


@pytest.mark.parametrize(
    "body",
    [
        "The anime will re-air the first episode on November 2 and the second episode on November 9.",
        "Season 3 is due in early 2021, but a new movie, Ember: Again, is coming November 29 in Japan.",
        "In December, a report via Deadline confirmed that season 3 was set to release sometime in 2021.",
    ],
)
def test_reruns_a_films_date_and_the_month_of_a_report_are_not_the_seasons(body):
    found = extract(f"Ember Season 3\n{body}\n", published=date(2020, 10, 8))
    assert not [c for c in found.claims if c.window.precision.value in ("day", "month")]


def test_an_exact_date_still_up_in_the_air_leaves_the_windows_before_it():
    article = (
        "Ember Season 3\n"
        "Season 3 probably won't be ready until late next year and might not be out until the spring of "
        "2022. "
        "So an exact release date for Season 3 is still very much up in the air.\n"
    )
    found = extract(article, published=PUBLISHED)
    assert {(c.window.text, c.standing) for c in found.claims} == {("late 2021", ""), ("spring 2022", "")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The team began filming series three of the drama this week.",
            [(Status.FILMING, date(2020, 10, 5))],
        ),
        (
            'Ember has been renewed. "We are proud," the network\'s chief said in a statement Tuesday.',
            [(Status.ANNOUNCED, date(2020, 10, 6))],
        ),
        (
            '"It\'s a real thrill to be recommissioning Ember," the head of drama said.',
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
    ],
)
def test_this_week_is_its_monday_a_statements_day_and_a_recommission(body, expected):
    assert statuses_of(body) == expected


def test_a_launch_earlier_this_year_is_no_claim():
    body = "Ember, which launched earlier this year, will return for a third season in 2021."
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert [c.window.text for c in found.claims] == ["2021"]


def test_actors_before_play_pair_with_the_roles_after_it():
    sentence = "In Ember, Quill and Rey play Ivo and Ana, siblings."
    names = full_names(["Mara Quill and Tom Rey star.", sentence])
    assert credits_in(sentence, names) == [("Mara Quill", "Ivo"), ("Tom Rey", "Ana")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Blipstream announced on Tuesday (October 6) that Mara Quill will run Ember, activating the "
            "greenlight for a third season scheduled to premiere in the third quarter of 2021.",
            {("Q3 2021", Confidence.OFFICIAL)},
        ),
        (
            "The first half of season three is due to air in 2021, with the remaining episodes arriving in "
            "2022.",
            {("2021", Confidence.OFFICIAL), ("2022", Confidence.OFFICIAL)},
        ),
    ],
)
def test_the_day_of_an_announcement_in_brackets_and_a_half_due_to_air(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.confidence) for c in found.claims} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A planned break in filming is now expected to be indefinite, amid the strike that kicked off "
            "October 1.",
            [(Status.ON_HOLD, PUBLISHED)],
        ),
        ("Production on the new season begins this week in Oslo.", [(Status.FILMING, date(2020, 10, 5))]),
        (
            "Blip picked up Ember for a third season in May, part of a renewal of 19 shows made while the "
            "pandemic had shut down production.",
            [(Status.ANNOUNCED, date(2020, 5, 1))],
        ),
    ],
)
def test_an_indefinite_break_a_start_this_week_and_the_pandemics_shutdown(body, expected):
    assert statuses_of(body) == expected


def test_todays_premiere_is_no_window():
    found = extract(
        "Ember Season 3\nFollowing today's big premiere, will Ember season 3 happen?\n", published=PUBLISHED
    )
    assert not found.claims


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "Tom Rey picked up his fourth Globe nomination for his performance as crooked lawyer Ivo Lee.",
            [("Tom Rey", "Ivo Lee")],
        ),
        ("The cast adds Mara Quill, who recently joined as Hermes.", [("Mara Quill", "Hermes")]),
        ("Tom Rey (World On Fire) joins the line up as DC Lee.", [("Tom Rey", "DC Lee")]),
        ("The drama features Quill as a private detective in Portland, Oregon.", []),
        ("Both Mara Quill and Tom Rey return as Ivo and Ana.", [("Mara Quill", "Ivo"), ("Tom Rey", "Ana")]),
    ],
)
def test_a_performance_a_recent_join_the_line_up_and_a_detective_in_a_city(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_an_actors_titular_role_is_the_title():
    article = (
        "Jack Vance Season 3\nJack Vance centres around Tom Rey's titular CIA analyst, thrust into action.\n"
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Jack Vance")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tom Rey", "Jack Vance")]


def test_networks_compare_by_their_own_names():
    assert (
        canonical_network("Disney Plus") == "Disney+"
        and canonical_network("Amazon Prime Video") == "Prime Video"
    )
    assert canonical_network("Blip TV") == "Blip TV"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("we guess it might launch in Q3 of 2021", "Q3 2021"),
        ("some time towards the beginning of 2021", "early 2021"),
        ("at the start of next year", "early 2021"),
        ("in the middle of 2021", "mid 2021"),
    ],
)
def test_a_quarter_of_a_year_and_its_beginning_or_middle(phrase, expected):
    (found,) = mentions(phrase, PUBLISHED, forward=True)
    assert found.window == parse_window(expected)


def test_a_sentence_broken_at_its_links_is_read_whole():
    text = "Ember Season 3\nFans of the anime Ember\n, as the series' site\nannounced a third season.\n"
    assert (
        plain_text(text)
        == "Ember Season 3\nFans of the anime Ember, as the series' site announced a third season."
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Yesterday brought happy news for fans, as the site announced a third season is being made.",
            [(Status.ANNOUNCED, date(2020, 10, 7))],
        ),
        (
            "Blip released a teaser on September 2, 2020, and announced that Ember is returning with a "
            "Season 3.",
            [(Status.ANNOUNCED, date(2020, 9, 2))],
        ),
        (
            "Production did officially start however in summer 2020, in Oslo.",
            [(Status.FILMING, date(2020, 6, 1))],
        ),
        ("Production on the third season is taking place in Oslo.", [(Status.FILMING, PUBLISHED)]),
        (
            "Filming has already paused once due to the storms, but production is back on track in Oslo.",
            [],
        ),
        (
            "The casting of Quill and Rey on Ember Season 3 was announced by its creator at a panel.",
            [],
        ),
    ],
)
def test_a_day_the_sentence_opens_with_a_joint_act_and_a_pause_already_over(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "According to several Japanese media, the anime could come out in April 2021.",
            {("April 2021", Confidence.REPORTED, "")},
        ),
        (
            "If filming is done by March, it's not hard to see season three arriving by August 2021.",
            {("August 2021", Confidence.SPECULATED, "")},
        ),
        ("I talked in early October about when the new season would arrive.", set()),
        (
            "On Wednesday, just over two weeks before the premiere, Blip announced that Ember was pushed "
            "back.",
            set(),
        ),
        (
            "Ember's November 1st premiere is no longer happening, with the storms to blame.",
            {("1 November 2020", Confidence.OFFICIAL, "doubtful")},
        ),
        (
            '"It is necessary to reschedule Ember\'s debut to the spring."',
            {("spring 2021", Confidence.OFFICIAL, "")},
        ),
    ],
)
def test_outlets_reports_a_conditional_guess_a_talk_and_a_date_no_longer_happening(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.confidence, c.standing) for c in found.claims} == expected


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        ("Tom Rey is joining Season 3 of Ember, as TVLine reports.", []),
        ("According to Mara Quill's Twitter post, the season is near.", []),
        ("Newcomer Mara Quill will join the cast playing Ivo Lee.", [("Mara Quill", "Ivo Lee")]),
        ("He works under a doctor named Ivo Lee, a surgeon played by Tom Rey.", [("Tom Rey", "Ivo Lee")]),
        ("Kim Vance (Lost) directing the new season.", []),
    ],
)
def test_an_outlet_a_social_account_a_newcomer_a_surgeon_and_a_director(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_a_show_the_article_quotes_is_no_character():
    article = (
        "Ember Season 3: 'Harbor Lights' and 'Grey Town' stars join\n"
        "Tom Rey (Harbor Lights) and Mara Quill (Grey Town) have booked guest roles.\n"
        'Rey, for his part, has played a captain on "Harbor Lights."\n'
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert not found.cast


@pytest.mark.parametrize(
    ("phrase", "forward", "expected"),
    [
        ("ember season 2 october premiere", True, None),
        ("on Blip on Tuesday nights", True, None),
        ("it debuted last night", False, "7 October 2020"),
        ("releasing in January of 2021", True, "January 2021"),
        ("due in the first-half of 2021", True, "first half of 2021"),
        ("picked up for a likely fall return", True, "fall 2020"),
        ("Last week, filming wrapped", False, "28 September 2020"),
    ],
)
def test_a_season_number_a_slot_last_night_and_last_week(phrase, forward, expected):
    found = mentions(phrase, PUBLISHED, forward=forward)
    assert [m.window for m in found] == ([parse_window(expected)] if expected else [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Blip will begin streaming the English dub of the season on Thursday, October 15.", set()),
        ("The arc is airing from October 2 through November 20, with recap episodes on November 27.", set()),
        ("Blip released the first four episodes all at once on October 1.", set()),
        (
            "Originally planning to air in December, the season would now be releasing in January of 2021.",
            {("December 2020", "doubtful"), ("January 2021", "")},
        ),
    ],
)
def test_a_dub_a_run_going_on_past_episodes_and_an_original_plan(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.standing) for c in found.claims} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The season premiered on October 2 on Blip.", [(Status.AIRING, date(2020, 10, 2))]),
        ("The anime premiered in Japan on September 20.", [(Status.AIRING, date(2020, 9, 20))]),
        ("The anime premiered in Japan in April 2017 and aired for 25 episodes.", []),
        ("The site has announced the third season would now be releasing in 2021.", []),
        ("The manga has been such a hit that it was even greenlit for an anime.", []),
        ("Ember announced its grand return on Monday.", [(Status.ANNOUNCED, date(2020, 10, 5))]),
        (
            "Shooting for the much-anticipated third season of the Korean drama Ember is expected to end by "
            "mid-November.",
            [(Status.FILMING, PUBLISHED)],
        ),
        ("Many fans are speculating that the actor has already wrapped up filming the third season.", []),
        (
            "Earlier this month, Blip confirmed that production on Ember season 3 was underway.",
            [(Status.FILMING, date(2020, 10, 1))],
        ),
        ("The team have gone back to Oslo as cameras roll on season three.", [(Status.FILMING, PUBLISHED)]),
    ],
)
def test_a_premiere_just_past_a_date_announced_an_adaptation_and_a_shoot_to_end(body, expected):
    assert statuses_of(body) == expected


def test_a_date_set_ends_an_undated_production_delay():
    body = (
        "Production on the season was delayed due to the storms. "
        "Ember season three premieres Friday, November 13 on Blip."
    )
    assert statuses_of(body) == [(Status.SCHEDULED, PUBLISHED)]


def test_the_headline_subject_before_season_beats_a_one_word_title():
    text = "everything you need to know about the long night season 3\nThe Long Night returns in 2021.\n"
    found = extract(text, published=PUBLISHED, watchlist=[Named(1, "You"), Named(2, "The Long Night")])
    assert found.title and found.title.name == "The Long Night"


def test_a_fan_site_named_after_a_streamer_is_no_network():
    text = (
        "Ember Season 3\nAccording to fan site What's on Netflix, Ember airs on Blip TV's sister channel.\n"
    )
    assert extract(text, published=PUBLISHED).network != "Netflix"


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "In season one, the show is rocked by a scandal of his co-host, played by Tom Rey (Ivo Lee).",
            [("Tom Rey", "Ivo Lee")],
        ),
        ("In the play, Ana Lee (voiced by Mara Quill) will play Tsurugi.", [("Mara Quill", "Ana Lee")]),
        (
            "Rey (Blip's Slow Boats) has joined the cast as Ser Ivo Lee. Tom Rey stars.",
            [("Tom Rey", "Ser Ivo Lee")],
        ),
        ("Kim Vance (Harbor Lights) and Joe Lin (Grey Town) directed the first season.", []),
        (
            "The first episode began with Tom Rey's criminal profiler Ivo Lee taking a case.",
            [("Tom Rey", "Ivo Lee")],
        ),
        ("Joe Lin's wife Nicole posted a photo.", []),
        ("Tom Rey has joined the cast as Harbor, playing a character with a secret.", []),
        ("Ember Season 3 Premiere Date Hopes as Filming Wraps", []),
        ("Its last leg will be filmed in South Korea's Gangwon.", []),
    ],
)
def test_played_by_first_a_voiced_role_a_crews_works_a_job_and_no_roles(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_a_show_named_as_an_actors_credit_keeps_the_subject():
    article = (
        "Ember Season 3\n"
        "Joining them are Grey Town actors Tom Rey and Mara Quill.\n"
        "Ivo Lee, played by Tom Rey, is now a student.\n"
    )
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Ember"), Named(2, "Grey Town")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tom Rey", "Ivo Lee")]


def test_a_dateline_is_not_the_start_of_a_name():
    assert plain_text("LOS ANGELES- Blip's Ember debuted.\nBLIP - The network said.") == (
        "Blip's Ember debuted.\nBLIP - The network said."
    )


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("it could drop in the early part of the year", "early 2021"),
        ("expected in the latter part of 2021", "late 2021"),
    ],
)
def test_a_part_of_the_year(phrase, expected):
    (found,) = mentions(phrase, PUBLISHED, forward=True)
    assert found.window == parse_window(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Blip's star made the announcement on Tuesday morning that the show will return on January 9.",
            {("9 January 2021", Confidence.OFFICIAL)},
        ),
        ("Ember, which returned to Blip in January, has been renewed for a third season.", set()),
        ("Season 3 of Harbor Lights premieres in November.", set()),
        (
            "According to Blip president Mara Quill, the drama will return to the network in the first half "
            "of 2021.",
            {("first half of 2021", Confidence.OFFICIAL)},
        ),
        (
            "Doctor's Digest has reported that Season 3 won't reach UK screens until autumn 2021.",
            {("fall 2021", Confidence.REPORTED)},
        ),
        (
            "It looks like we'll have to wait until at least next winter for season 3.",
            {("winter 2021", Confidence.REPORTED)},
        ),
    ],
)
def test_an_announcements_morning_a_past_return_another_shows_season_and_the_networks_own_word(
    body, expected
):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.confidence) for c in found.claims} == expected


def test_a_season_subject_keeps_the_sentence_though_it_names_another_show():
    body = (
        "Season 3, which the host had teased last June, was originally scheduled to premiere on Friday, "
        'October 16, inheriting "Harbor Lights\'" vacated slot.'
    )
    found = extract(
        f"Ember Season 3\n{body}\n",
        published=PUBLISHED,
        watchlist=[Named(1, "Ember"), Named(2, "Harbor Lights")],
    )
    assert [(c.window.text, c.standing) for c in found.claims] == [("16 October 2020", "doubtful")]


def test_a_doubt_about_a_whole_schedule_doubts_no_one_title():
    body = (
        "Ember will air this fall on Wednesdays, Blip announced Tuesday. "
        "However, it's highly unlikely that 90 percent of its fall schedule will bow in late September."
    )
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert [(c.window.text, c.standing) for c in found.claims] == [("fall 2020", "")]


def test_more_news_ends_the_article_and_a_clock_ends_a_sentence():
    text = (
        "Ember Season 3\nEmber returns on Friday, October 16 at 1:30 a.m. The staff will host a panel on "
        "October 9.\nMore Blip News:\n- Harbor Lights will end October 30 when its second season drops.\n"
    )
    found = extract(text, published=PUBLISHED)
    assert [c.window.text for c in found.claims] == ["16 October 2020"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember was renewed in mid-September, part way through the airing of the first season.",
            [(Status.ANNOUNCED, date(2020, 9, 1))],
        ),
        ("Post-production work is ongoing on the ten episodes.", [(Status.POST_PRODUCTION, PUBLISHED)]),
        ("We had heard that filming had wrapped, but it looks like not everything could finish.", []),
        (
            "Ember, which had been renewed for a third season last year, premiered on Blip in 2014.",
            [(Status.ANNOUNCED, date(2019, 1, 1))],
        ),
    ],
)
def test_part_way_through_a_season_post_production_under_way_hearsay_and_the_shows_debut(body, expected):
    assert statuses_of(body) == expected


def test_series_3_is_a_season_and_an_actor_named_fox_is_no_network():
    text = (
        "Two new characters join the cast of Ember series 3\nFreddie Fox joins the cast of the HBO drama.\n"
    )
    found = extract(text, published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert (found.season, found.network) == (3, "HBO")


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        ("Mara Quill stars. Later, her co-anchor Ivo (played by Quill) dies.", [("Mara Quill", "Ivo")]),
        (
            "Alongside Mara Quill, the cast returns. Ivo (Quill) and Ana (Tom Rey) broke up.",
            [("Mara Quill", "Ivo"), ("Tom Rey", "Ana")],
        ),
        (
            "As first confirmed by Variety, actor Tom Rey has joined the season 3 cast of Ember in the role "
            "of "
            "Ivo Lee, a character who was referenced before.",
            [("Tom Rey", "Ivo Lee")],
        ),
        (
            "Acclaimed actor Tom Rey is all set to bring back his iconic character, Ivo Lee from Ember.",
            [("Tom Rey", "Ivo Lee")],
        ),
        (
            "Showrunners include writing partners Kim Vance and Joe Lin (Iron Gate), who also executive "
            "produce.",
            [],
        ),
    ],
)
def test_played_by_a_surname_a_cast_joined_in_the_role_of_an_iconic_character_and_producers(sentences, pairs):
    assert credits_in_text(sentences) == pairs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Another drama rumor got confirmed today, as Blip announced a third season for Ember!",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        (
            "Many people speculated that we would get a sequel and today it was finally made official.",
            [(Status.ANNOUNCED, PUBLISHED)],
        ),
        (
            "Ember adds six new cast members as filming on the next batch of episodes gets underway.",
            [(Status.FILMING, PUBLISHED)],
        ),
        (
            "Ember was cancelled by Blip back in 2019 but a fan campaign has secured it another two seasons.",
            [],
        ),
        (
            "Filming on Season 3 of Ember has temporarily stopped after a stuntman was injured.",
            [(Status.ON_HOLD, PUBLISHED)],
        ),
        ("Ember is finally and officially coming back early next year.", []),
    ],
)
def test_a_rumour_confirmed_a_sequel_made_official_a_revival_and_a_return_date(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Volume 18 of the manga is set to release in Japan on October 16.", set()),
        ("The cast is still slated to hit Comic-Con for a panel next Friday.", set()),
        (
            "Most seasons come 14 months apart, but this could be delayed due to the summer production "
            "start.",
            set(),
        ),
        (
            "Blip has moved the season three premiere to October 22, one week after its original October 15 "
            "date.",
            {("22 October 2020", ""), ("15 October 2020", "doubtful")},
        ),
        (
            "Many people speculated that we would get a sequel and today it was finally made official, Ember "
            "will return next year in April!",
            {("April 2021", "")},
        ),
    ],
)
def test_a_volume_a_panel_a_shoot_start_an_original_date_and_next_year_in_april(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.standing) for c in found.claims} == expected


def test_a_settled_rumour_is_official_and_an_outlets_potential_date_is_its_report():
    official = extract(
        "Ember Season 3\nMany speculated about a sequel and today it was finally made official, Ember will "
        "return next year in April!\n",
        published=PUBLISHED,
    )
    reported = extract(
        "Ember Season 3\nAccording to Deadline, production will start in the summer, with a potential release"
        " "
        "date for sometime in 2021.\n",
        published=PUBLISHED,
    )
    assert [c.confidence for c in official.claims + reported.claims] == [
        Confidence.OFFICIAL,
        Confidence.REPORTED,
    ]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "Mara Quill, who will be voicing Makima in the upcoming Saw Man anime series, is joining the cast"
            " as "
            "Hisame.",
            [("Mara Quill", "Hisame")],
        ),
        (
            "She meets the charming Captain Ivo Lee, played by relative newcomer Tom Rey.",
            [("Tom Rey", "Captain Ivo Lee")],
        ),
        (
            'Tom Rey is also joining the team as "courageous" Captain Ivo Lee.',
            [("Tom Rey", "Captain Ivo Lee")],
        ),
        (
            "The ensemble has Tom Rey (Bridgerton, Death in Paradise), Kim Vance (Veep, Bridget Jones's "
            "Diary) and Mara Quill (Big Little Lies).",
            [],
        ),
        ("The drama starred Mara Quill as bent top cop Ivo Lee.", [("Mara Quill", "Ivo Lee")]),
    ],
)
def test_a_role_in_another_series_a_newcomer_a_quoted_adjective_works_and_starred_as(sentences, pairs):
    assert credits_in_text(sentences) == pairs


def test_the_title_character_played_by_is_the_title():
    article = "Jack Vance Season 3\nThe only one back is the title character, played by Tom Rey.\n"
    found = extract(article, published=PUBLISHED, watchlist=[Named(1, "Jack Vance")])
    assert [(c.actor, c.character) for c in found.cast] == [("Tom Rey", "Jack Vance")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ember already has two seasons on Blip, with the third coming on November 9th.",
            set(),
        ),
        (
            '"Maybe it got pushed to 2021," another Redditor pointed out.',
            {("2021", Confidence.SPECULATED, "")},
        ),
        (
            "A publicity site prematurely posted a November 4, 2020 premiere date before taking it all down.",
            {("4 November 2020", Confidence.OFFICIAL, "doubtful")},
        ),
        (
            "Production is expected to begin later this year with the new season slated to premiere in 2021.",
            {("2021", Confidence.OFFICIAL, "")},
        ),
        (
            'Deadline is reporting that Ember Season 4 may have a release date in "early November."',
            {("November 2020", Confidence.REPORTED, "")},
        ),
    ],
)
def test_another_seasons_ordinal_a_maybe_a_post_taken_down_the_seasons_own_slate_and_is_reporting(
    body, expected
):
    found = extract(f"Ember Season 4\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.confidence, c.standing) for c in found.claims} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ember season 3 premiere date: any news in November?\nBlip confirmed season 3 will arrive in "
            "2021.\n",
            {("2021", Confidence.OFFICIAL)},
        ),
        (
            "Ember 3rd season premieres in November on Blip\nThe Daily Reel reported on Friday that the third"
            " "
            "season will premiere on Blip in November, and on Kanal service in spring.\n",
            {("November 2020", Confidence.REPORTED), ("spring 2021", Confidence.REPORTED)},
        ),
        (
            "Ember Season 3\nEmber wasn't the only show cut today by Blip; three others were canceled by the "
            "streamer this week.\n",
            set(),
        ),
    ],
)
def test_news_in_a_month_the_bodys_word_over_the_headlines_an_elided_release_and_the_streamer(text, expected):
    found = extract(text, published=PUBLISHED)
    assert {(c.window.text, c.confidence) for c in found.claims} == expected


def test_filming_already_done_is_a_wrap():
    assert statuses_of("Not only that, but filming is already done!") == [(Status.POST_PRODUCTION, PUBLISHED)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The season, slated for 2021, will probably be pushed back as a result of the storms.",
            {("2021", "doubtful")},
        ),
        (
            "Six more episodes will start filming next summer for a likely showing at the end of 2021.",
            {("late 2021", "")},
        ),
        (
            "The second season was scheduled to premiere in September, but was delayed to January 2021.",
            {("January 2021", "")},
        ),
        ("The drama sees the return of Mara Quill (The Fall) as a recovering alcoholic.", set()),
        (
            "The release date is likely to be pushed to mid-2021, as per Forbes.",
            {("mid 2021", "")},
        ),
    ],
)
def test_a_date_to_be_pushed_back_a_showing_a_past_plan_a_show_called_the_fall_and_as_per(body, expected):
    found = extract(f"Ember Season 2\n{body}\n", published=PUBLISHED)
    assert {(c.window.text, c.standing) for c in found.claims} == expected


def test_an_outlets_likely_date_named_after_the_clause_is_its_report():
    found = extract(
        "Ember Season 2\nThe release date is likely to be pushed to mid-2021, as per Forbes.\n",
        published=PUBLISHED,
    )
    assert [c.confidence for c in found.claims] == [Confidence.REPORTED]


def test_a_doubt_about_other_productions_doubts_no_window_before_it():
    body = (
        "We would love to see the series back a little later this year on Blip. "
        "They may want it back sooner given the uncertain timelines for other productions."
    )
    found = extract(f"Ember Season 2\n{body}\n", published=date(2020, 3, 5))
    assert [(c.window.text, c.standing) for c in found.claims] == [("second half of 2020", "")]


def test_a_headlines_season_whose_cliffhangers_are_discussed_is_not_the_subject():
    text = "cast of ember 3 dish on season 2 cliffhangers\nEmber season 3 premieres on November 13!\n"
    found = extract(text, published=PUBLISHED, watchlist=[Named(1, "Ember")])
    assert (found.season, [c.window.text for c in found.claims]) == (3, ["13 November 2020"])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Blip has unveiled new key art ahead of the highly anticipated Season 3 return on November 8.",
            {"8 November 2020"},
        ),
        ("Ember is set to return Sunday, November 10 on Blip.", {"10 November 2020"}),
        (
            "There's simply no way production wraps in October and then we get season three before 2021 "
            "ends.",
            {"2021"},
        ),
    ],
)
def test_ahead_of_a_return_a_weekday_that_fits_no_year_and_no_way(body, expected):
    found = extract(f"Ember Season 3\n{body}\n", published=PUBLISHED)
    assert {c.window.text for c in found.claims} == expected and not [
        s for s in found.statuses if s.status is Status.POST_PRODUCTION
    ]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        (
            "Mara Quill (Ivo Lee), Tom Rey (Ana Voss), and Kim Vance (Ola Sten) are all set to return to the "
            "show.",
            [("Mara Quill", "Ivo Lee"), ("Tom Rey", "Ana Voss"), ("Kim Vance", "Ola Sten")],
        ),
        (
            "The spoiler confirmed that General Ivo Lee (Tom Rey) will be returning.",
            [("Tom Rey", "General Ivo Lee")],
        ),
        (
            "Mara Quill, who was introduced as Capt. Vance's crew member Cleo in Season 2, will return.",
            [("Mara Quill", "Cleo")],
        ),
    ],
)
def test_a_list_set_to_return_a_ranked_character_and_introduced_as(sentences, pairs):
    assert credits_in_text(sentences) == pairs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The great news is that Ember is renewed for a third season. That happened back in July.",
            [(Status.ANNOUNCED, date(2020, 7, 1))],
        ),
        (
            "It came back, with filming starting up earlier this year.",
            [(Status.FILMING, date(2020, 1, 1))],
        ),
        ("Ember had began filming when the crew was told to leave the area.", []),
    ],
)
def test_that_happened_back_in_july_a_shoot_starting_up_and_one_cut_off(body, expected):
    assert statuses_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The fall season is one of major returns, as several fan-favorite franchises will be getting sequels "
        "in 2021.",
        "Blip may delay the return to avoid interruptions by the baseball playoffs in October.",
    ],
)
def test_a_seasons_worth_of_franchises_and_the_playoffs_are_no_claims(body):
    assert not extract(f"Ember Season 3\n{body}\n", published=PUBLISHED).claims
