"""The plain-language checker reads a right page's rich-text fields as the
reader sees them: paragraph by paragraph and item by item, not as one run of
HTML in which sentences run on across paragraphs."""

import pytest

from pages.plain_language.page_text import text_blocks
from tests.rights_explorer.rights_factories import AGE_18, make_explorer, make_question, make_right

pytestmark = pytest.mark.django_db


def test_each_paragraph_and_list_item_of_a_rich_text_field_is_read_on_its_own():
    make_question("age", "age")
    right = make_right(
        make_explorer(), "revenu-integration", AGE_18,
        what_it_is="<p>De l'argent chaque mois.</p><p>Le CPAS le verse.</p>",
        who_can_get_it="<ul><li>Vous avez 18 ans.</li><li>Vous vivez en Belgique.</li></ul>")

    texts = {(block.ref, block.text) for block in text_blocks(right)}

    assert ("what_it_is", "De l'argent chaque mois.") in texts
    assert ("what_it_is", "Le CPAS le verse.") in texts
    assert ("who_can_get_it", "Vous vivez en Belgique.") in texts
    assert not any("<" in text for _ref, text in texts)
