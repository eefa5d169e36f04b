"""Feed readers and crawlers ask for /favicon.ico directly."""


def test_favicon_ico_leads_to_the_icon_not_to_a_404_page(client):
    response = client.get("/favicon.ico")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(".ico") and "balise_pages/favicon" in response["Location"]
