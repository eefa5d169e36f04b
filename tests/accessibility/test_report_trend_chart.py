"""The trend chart of the accessibility report: SVG drawn on the server,
announced as one image with a title and a description, every text escaped."""

from defusedxml import ElementTree as ET

from accessibility.report.trend_chart import IMPACT_COLOURS, nice_maximum, trend_chart

SVG = "{http://www.w3.org/2000/svg}"
LABELS = {"critical": "Critique", "serious": "Grave", "moderate": "Moyen", "minor": "Mineur"}


def chart(points, **options):
    options.setdefault("title", "Problèmes par audit")
    options.setdefault("description", "De 12 à 3 problèmes.")
    return trend_chart(points, impact_labels=LABELS, **options)


def test_the_chart_is_one_image_named_by_its_title_and_description():
    svg = ET.fromstring(chart([("01/11", {"critical": 2, "minor": 10}),
                               ("01/12", {"serious": 3})]))
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert (title.text, desc.text) == ("Problèmes par audit", "De 12 à 3 problèmes.")
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_each_run_has_one_band_per_impact_found_and_its_date():
    svg = ET.fromstring(chart([("01/11", {"critical": 2, "minor": 10}),
                               ("01/12", {"serious": 3})]))
    bands = [rect.get("fill") for rect in svg.iter(f"{SVG}rect")
             if rect.get("width") != "10"]  # the legend's squares are 10 wide
    assert bands == [IMPACT_COLOURS["critical"], IMPACT_COLOURS["minor"],
                     IMPACT_COLOURS["serious"]]
    texts = [text.text for text in svg.iter(f"{SVG}text")]
    assert "01/11" in texts and "01/12" in texts
    assert set(LABELS.values()) <= set(texts)


def test_every_text_is_escaped():
    hostile = '<script>alert("x")</script> & "quotes"'
    text = chart([(hostile, {"critical": 1})], title=hostile, description=hostile,
                 chart_id='x" onload="alert(1)')
    assert "<script>" not in text and 'onload="' not in text
    svg = ET.fromstring(text)  # still well-formed XML
    assert svg.find(f"{SVG}title").text == hostile


def test_no_run_draws_an_empty_chart_and_the_axis_has_round_steps():
    ET.fromstring(chart([]))
    assert [nice_maximum(value) for value in (0, 3, 5, 17, 81, 999)] == [4, 4, 8, 20, 100, 1000]
