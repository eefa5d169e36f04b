"""The text of an uploaded file, as the search index gets it: every type a
CPAS publishes is read, and a broken, locked or hostile file gives no text
instead of an error or a stuck upload. Pure: no database."""

import pytest

from pages.documents.extraction import extract_text, rtf_to_text
from pages.documents.language import guess_language
from pages.search.excerpt import excerpt
from tests.pages import document_files


def test_the_text_of_a_pdf_is_read_page_after_page():
    text = extract_text(document_files.pdf([
        "Demande d'aide au chauffage", ["Joignez la facture", "de votre fournisseur (mazout)"]]),
        "pdf")
    assert "Demande d'aide au chauffage" in text
    assert "de votre fournisseur (mazout)" in text
    assert text.index("chauffage") < text.index("mazout")


def test_word_writer_excel_csv_and_rtf_files_are_read():
    assert extract_text(document_files.docx(["Attestation", "Signature du bailleur"]),
                        "docx") == "Attestation\nSignature du bailleur"
    assert extract_text(document_files.odt(["Aanvraag leefloon"]), ".ODT") == \
        "Aanvraag leefloon"
    assert extract_text(document_files.xlsx(["Loyer", "Électricité"]), "xlsx") == \
        "Loyer\nÉlectricité\nTotal général"
    assert extract_text("Nom;Prénom\nDupont;Éloïse\n".encode("cp1252"), "csv") == \
        "Nom;Prénom Dupont;Éloïse"
    assert extract_text("Déjà lu".encode(), "txt") == "Déjà lu"
    assert extract_text(document_files.rtf("Règlement d'ordre intérieur"), "rtf") == \
        "Règlement d'ordre intérieur"


def test_rtf_unicode_escapes_and_hidden_groups():
    rtf = (r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Word;}"
           r"{\info{\title Titre cach\'e9}}Se\u769?\'e9 \uc1\u8364? 50\par Fin}")
    assert rtf_to_text(rtf) == "Se\u0301é € 50\nFin"


@pytest.mark.parametrize("kind, content", [
    ("pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog"),
    ("pdf", b""),
    ("docx", b"PK\x03\x04 not a zip"),
    ("odt", document_files.docx(["no content.xml here"])),
    ("xlsx", b"plain text"),
    ("doc", b"\xd0\xcf\x11\xe0 an old Word file"),
])
def test_a_broken_or_unknown_file_gives_no_text(kind, content):
    assert extract_text(content, kind) == ""


def test_a_pdf_locked_with_a_password_gives_no_text():
    assert extract_text(document_files.encrypted_pdf("Texte secret", user_password="u"),
                        "pdf") == ""


def test_a_pdf_protected_only_against_changes_is_read():
    assert extract_text(document_files.encrypted_pdf("Formulaire protégé"), "pdf") == \
        "Formulaire protégé"


def test_xml_with_entities_is_refused():
    assert "rire" not in extract_text(document_files.docx_with_entities(), "docx")


def test_a_zip_bomb_stops_at_the_caps():
    bomb = document_files.docx_bomb(megabytes=60)
    assert len(bomb) < 1024 * 1024
    assert len(extract_text(bomb, "docx", max_chars=5000)) <= 5000
    read = extract_text(bomb, "docx", max_chars=10**9, max_bytes=1024 * 1024)
    assert 0 < len(read) < 1024 * 1024, "no more text than the bytes allowed"


def test_long_documents_are_cut_at_the_page_and_character_limits():
    pages = document_files.pdf([f"Page numéro {number}" for number in range(30)])
    assert extract_text(pages, "pdf", max_pages=3).split("\n") == [
        "Page numéro 0", "Page numéro 1", "Page numéro 2"]
    assert len(extract_text(pages, "pdf", max_chars=40)) == 40


def test_files_are_read_from_a_path_or_an_open_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(b"Permanence sociale")
    assert extract_text(path, "txt") == "Permanence sociale"
    with path.open("rb") as opened:
        opened.read()
        assert extract_text(opened, "txt") == "Permanence sociale"


@pytest.mark.parametrize("language, text", [
    ("fr", "Le revenu d'intégration est une aide du CPAS pour les personnes qui n'ont pas "
           "de revenus suffisants. Vous pouvez le demander au CPAS de votre commune."),
    ("nl", "Het leefloon is een hulp van het OCMW voor mensen die niet genoeg inkomen "
           "hebben. U kunt het aanvragen bij het OCMW van uw gemeente met uw kaart."),
    ("de", "Das Eingliederungseinkommen ist eine Hilfe des ÖSHZ für Menschen, die nicht "
           "genug Einkommen haben. Sie können es beim ÖSHZ Ihrer Gemeinde beantragen."),
    ("en", "The integration income is help from the CPAS for people who do not have "
           "enough income. You can ask for it at the CPAS of your town with your card."),
    ("", "CPAS OCMW ÖSHZ 2026"),
])
def test_the_language_of_a_document_is_guessed_from_its_words(language, text):
    assert guess_language(text) == language


def test_the_excerpt_shows_the_passage_where_the_word_is():
    text = "Introduction générale. " * 40 + "Joignez la facture de mazout. " + "Fin. " * 60
    shown = excerpt(text, ["mazout"], "fr")
    assert "<mark>mazout</mark>" in shown
    assert shown.startswith("… ") and shown.endswith(" …")
    assert len(shown) < 400
    assert excerpt(text, ["chauffage"], "fr") == ""
    assert "&lt;b&gt;" in excerpt("<b>mazout</b>", ["mazout"], "fr"), "escaped HTML"
