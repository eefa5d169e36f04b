"""hreflang links name the host and port the reader used, never the Site
record's ``localhost:80``."""

from tests.conftest import outline


def test_hreflang_links_use_the_host_and_port_being_served(client, site):
    response = client.get("/fr/logement-energie/factures-energie/",
                          HTTP_HOST="balise.example:8123")
    alternates = outline(response).alternates
    assert set(alternates) == {"fr", "nl", "de", "en"}
    assert alternates["fr"] == "http://balise.example:8123/fr/logement-energie/factures-energie/"
    assert alternates["de"] == "http://balise.example:8123/de/wohnen-energie/energierechnungen/"


def test_hreflang_links_follow_https(client, site):
    response = client.get("/nl/", HTTP_HOST="www.ocmw.example", secure=True)
    assert outline(response).alternates["en"] == "https://www.ocmw.example/en/"
