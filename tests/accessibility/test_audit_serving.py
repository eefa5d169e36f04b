"""The site the audit serves itself must look as the readers see it: with
hashed static files (the demo's and production's storage), its style sheets
come from where ``collectstatic`` put them. Without them every page was
checked unstyled, and axe reported hundreds of small targets the CSS fixes."""

import json
import urllib.request

from django.templatetags.static import static

from accessibility.audit.serving import ServedSite

HASHED = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}


def test_the_served_site_delivers_collected_hashed_style_sheets(db, settings, tmp_path):
    (tmp_path / "balise_audit_check").mkdir()
    (tmp_path / "balise_audit_check" / "site.0123456789ab.css").write_text("main{color:red}")
    (tmp_path / "staticfiles.json").write_text(json.dumps({
        "version": "1.1", "paths": {"balise_audit_check/site.css":
                                    "balise_audit_check/site.0123456789ab.css"}}))
    settings.STATIC_ROOT = str(tmp_path)
    settings.STORAGES = {**settings.STORAGES, "staticfiles": HASHED}
    url = static("balise_audit_check/site.css")
    assert url.endswith("site.0123456789ab.css")
    with ServedSite() as base_url, urllib.request.urlopen(base_url + url, timeout=10) as answer:  # noqa: S310
        assert answer.status == 200
        assert answer.read() == b"main{color:red}"


def test_files_of_the_apps_are_still_served_from_their_folders(db, settings):
    with ServedSite() as base_url:
        url = base_url + settings.STATIC_URL + "balise_pages/css/balise.css"
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310
            assert answer.status == 200
