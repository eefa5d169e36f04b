"""Masking of e-mail addresses, phone numbers, national register numbers and
IBANs in anonymous page comments, on comments as people really write them."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pages.personal_data import MASK, is_belgian_national_number, mask_personal_data

M = MASK


def national_number(birth, serial, bis=0):
    """11 digits computed from the published rule (not with the module)."""
    nine = f"{birth.year % 100:02d}{birth.month + bis:02d}{birth.day:02d}{serial:03d}"
    base = int(("2" if birth.year >= 2000 else "") + nine)
    return f"{nine}{97 - base % 97:02d}"


@pytest.mark.parametrize(("comment", "expected"), [
    # French
    ("Merci ! Vous pouvez me joindre au 0470 12 34 56 ou par mail jan.peeters@gmail.com.",
     f"Merci ! Vous pouvez me joindre au {M} ou par mail {M}."),
    ("Mon numéro national est 85.07.30-033.28, je n'ai toujours rien reçu.",
     f"Mon numéro national est {M}, je n'ai toujours rien reçu."),
    ("Appelez-moi au +32(0)2 555 12 34 svp", f"Appelez-moi au {M} svp"),
    ("Écrivez à josé.garcía@skynet.be ou jan(at)gmail.com",
     f"Écrivez à {M} ou {M}"),
    ("Mon compte : BE68 5390 0754 7034. Merci d'avance", f"Mon compte : {M}. Merci d'avance"),
    ("Bonjour,\n\nmon GSM : 0470/12.34.56\n\tMerci  beaucoup",
     f"Bonjour,\n\nmon GSM : {M}\n\tMerci  beaucoup"),
    ("mail : jan . peeters @ gmail . com (le soir)", f"mail : {M} (le soir)"),
    ("Né le 12/03/1985, NN 85073003328, tél 02/555.12.34",
     f"Né le 12/03/1985, NN {M}, tél {M}"),
    # Dutch
    ("Bel me op 02 555 12 34 of mail naar JAN.PEETERS@TELENET.BE aub",
     f"Bel me op {M} of mail naar {M} aub"),
    ("Mijn rijksregisternummer: 85 07 30 033 28", f"Mijn rijksregisternummer: {M}"),
    ("Stort het op be68539007547034, bedankt!", f"Stort het op {M}, bedankt!"),
    ("mail: jan [at] gmail [dot] com, ik wacht al 3 maanden",
     f"mail: {M}, ik wacht al 3 maanden"),
    ("Mijn gsm is 047012345 6 (na 17u)", f"Mijn gsm is {M} (na 17u)"),
    # German
    ("Meine Nummer: 0032 2 555 12 34, E-Mail jürgen.müller@web.de",
     f"Meine Nummer: {M}, E-Mail {M}"),
    ("Nationalnummer 850730-033-28 bitte nicht speichern",
     f"Nationalnummer {M} bitte nicht speichern"),
    ("Handy +32 470 12 34 56 – ab 14:30 Uhr erreichbar", f"Handy {M} – ab 14:30 Uhr erreichbar"),
    # English
    ("Call me on +44 20 7946 0958 or write to jan @ example.com",
     f"Call me on {M} or write to {M}"),
    ("My national number is 85.07.30 033-28, thanks", f"My national number is {M}, thanks"),
    ("US cousin: +1 (555) 123-4567, mail jan at gmail dot com",
     f"US cousin: {M}, mail {M}"),
    ("Appointment on 12-03-2026, then call 0470 12 34 56",
     f"Appointment on 12-03-2026, then call {M}"),
])
def test_personal_data_in_real_comments_is_masked(comment, expected):
    assert mask_personal_data(comment) == expected


@pytest.mark.parametrize("comment", [
    "J'attends depuis 3 mois.",
    "Je reçois 1 314,20 euros par mois depuis 2025.",
    "Le délai est de 30 jours, pas plus.",
    "Rendez-vous le 12/03/2026 à 14h30.",
    "Afspraak op 12.03.2026 om 9.30 uur.",
    "Termin am 12-03-2026, 2 Personen.",
    "Contrat sous l'article 60 §7, 12 mois.",
    "CPAS, rue du Village 12, 1399 Valmont",
    "Bel 107 als het niet gaat.",
    "Schuljahr 2024-2025 und 2025/2026",
    "I found it at brussels.be, see page 4.",
    "Le leefloon est de 1.314,20 € (taux isolé).",
    "",
])
def test_ordinary_numbers_dates_and_text_are_left_alone(comment):
    assert mask_personal_data(comment) == comment


def test_an_impossible_date_is_a_number_like_any_other():
    assert mask_personal_data("le 31/02/2026") == f"le {M}"


def test_check_digits_of_people_born_before_2000():
    number = national_number(datetime.date(1985, 7, 30), 33)
    assert number == "85073003328"  # 850730033 mod 97 = 69, 97 - 69 = 28
    assert is_belgian_national_number(number)
    assert is_belgian_national_number("85.07.30-033.28")


def test_check_digits_of_people_born_from_2000_use_the_prefix_2():
    number = national_number(datetime.date(2003, 1, 15), 124)
    nine = number[:9]
    assert int(number[9:]) == 97 - int("2" + nine) % 97
    assert int(number[9:]) != 97 - int(nine) % 97  # the pre-2000 rule would reject it
    assert is_belgian_national_number(number)


def test_bis_numbers_have_20_or_40_added_to_the_month():
    for bis in (20, 40):
        assert is_belgian_national_number(national_number(datetime.date(1990, 12, 31), 997, bis))
        assert is_belgian_national_number(national_number(datetime.date(2010, 2, 3), 2, bis))


@pytest.mark.parametrize("value", [
    "85073003329",  # last digit mistyped: neither 28 (pre-2000) nor 57 (from 2000)
    "8507300332",  # 10 digits
    "850730033281",  # 12 digits
    "85133003386",  # month 13 (check digits valid for 851330033)
    "8507300332a",
    "",
])
def test_invalid_national_numbers_are_rejected(value):
    assert not is_belgian_national_number(value)


def test_a_mistyped_national_number_is_masked_all_the_same():
    assert not is_belgian_national_number("85073003329")
    assert mask_personal_data("NN 85.07.30-033.29") == f"NN {M}"


def test_huge_comments_are_masked_in_full():
    comment = "Bonjour, 0470 12 34 56 ou jan@gmail.com. " * 20_000
    assert mask_personal_data(comment) == f"Bonjour, {M} ou {M}. " * 20_000


# ------------------------------------------------------------- properties ----

BEFORE, AFTER = " «avant» ", " «après» "


@st.composite
def national_numbers(draw):
    birth = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)))
    digits = national_number(
        birth, draw(st.integers(1, 997)), draw(st.sampled_from((0, 0, 20, 40))),
    )
    d = digits
    written = draw(st.sampled_from([
        d,
        f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
        f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:]}",
        f"{d[:6]}-{d[6:9]}-{d[9:]}",
        f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
    ]))
    return written, digits


@st.composite
def mobile_numbers(draw):
    rest = draw(st.sampled_from(["70", "75", "77", "78", "84", "86", "92", "96", "98"]))
    rest += draw(st.text("0123456789", min_size=6, max_size=6))
    g = f"4{rest[:2]}", rest[2:4], rest[4:6], rest[6:]
    written = draw(st.sampled_from([
        f"0{g[0]} {g[1]} {g[2]} {g[3]}",
        f"0{g[0]}/{g[1]}.{g[2]}.{g[3]}",
        f"+32 {g[0]} {g[1]} {g[2]} {g[3]}",
        f"0032 {g[0]} {g[1]} {g[2]} {g[3]}",
        f"+32(0){g[0]} {g[1]} {g[2]} {g[3]}",
        f"0{''.join(g)}",
        f"0{g[0]}.{g[1]}.{g[2]}.{g[3]}",
    ]))
    return written, "".join(g)


_WORD = st.text(
    st.characters(categories=("Ll", "Lu", "Lo", "Nd")) | st.sampled_from("_-+"),
    min_size=1, max_size=8,
)
_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
_TLD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6)


@st.composite
def e_mails(draw):
    local = ".".join(draw(st.lists(_WORD, min_size=1, max_size=3)))
    labels = draw(st.lists(_LABEL, min_size=1, max_size=3)) + [draw(_TLD)]
    form = draw(st.sampled_from(["plain", "spaced", "(at)", "[at] [dot]", "words"]))
    if form == "plain":
        written = f"{local}@{'.'.join(labels)}"
    elif form == "spaced":
        written = f"{local} @ {'.'.join(labels)}"
    elif form == "(at)":
        written = f"{local}(at){'.'.join(labels)}"
    elif form == "[at] [dot]":
        written = f"{local} [at] {' [dot] '.join(labels)}"
    else:
        written = f"{local} at {' dot '.join(labels)}"
    return written, written


@st.composite
def ibans(draw):
    d = draw(st.text("0123456789", min_size=14, max_size=14))
    written = draw(st.sampled_from([
        f"BE{d}", f"be{d}", f"BE{d[:2]} {d[2:6]} {d[6:10]} {d[10:]}",
    ]))
    return written, d[2:]


@given(
    before=st.text(max_size=60),
    item=st.one_of(national_numbers(), mobile_numbers(), e_mails(), ibans()),
    after=st.text(max_size=60),
)
def test_an_item_inserted_anywhere_is_masked_and_the_text_around_it_survives(
    before, item, after,
):
    written, core = item  # core: the digits run, or the e-mail as written
    masked = mask_personal_data(before + BEFORE + written + AFTER + after)
    assert written not in masked
    assert core not in masked
    assert "«avant»" in masked and "«après»" in masked
    # what is around the item is masked (or not) exactly as on its own
    assert masked == (
        mask_personal_data(before) + BEFORE + MASK + AFTER + mask_personal_data(after)
    )


@given(st.text(st.characters(), max_size=300))
def test_any_text_is_accepted_and_masking_twice_changes_nothing_more(text):
    masked = mask_personal_data(text)
    assert isinstance(masked, str)
    assert mask_personal_data(masked) == masked


@given(st.text("0123456789 ./-+()@abBE\n", max_size=200))
def test_digit_heavy_text_never_raises(text):
    assert isinstance(mask_personal_data(text), str)


_NO_DIGITS_NOR_AT = st.text(
    st.characters(exclude_categories=("Nd",), exclude_characters="@"), max_size=300,
)


@given(_NO_DIGITS_NOR_AT)
def test_text_without_digits_or_at_is_returned_unchanged(text):
    # the worded forms ("jan at gmail dot com", "jan (arobase) ...") have no @
    folded = text.casefold()
    if any(word in folded for word in ("at", "arobase", "apenstaartje", "klammeraffe")):
        return
    assert mask_personal_data(text) == text
