"""The search's own scoring of posting lists (pages/search/scoring.py) gives
the reader the same results in the same order as Whoosh's collector would:
same count, same pages on the first page, same scores. Checked on indexes
written in several commits (several segments) with deleted documents, with
ties between equal scores, for the query shapes the site compiles (an "and"
of a rare and a common word reads only the common word's blocks where the
rare one is)."""

import random

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from pages.search import scoring
from pages.search.schema import ID_FIELD, build_schema

WORDS = ["aide", "loyer", "energie", "revenu", "dette", "sante", "emploi", "enfant",
         "allocation", "logement", "facture", "gaz"]
FIELDS = {"title__fr": 2.0, "intro__fr": 1.0, "body__fr": 1.0}


def _text(rng, low, high):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


DOCUMENTS = 600
RARE = "xylophone"  # in one document of each commit: an "and" with it skips blocks


@pytest.fixture(scope="module", params=[1, 2, 3])
def searcher(tmp_path_factory, request):
    """An index of 600 French documents, written in three commits (a common
    word has several blocks of postings in each segment), a tenth of them
    deleted afterwards."""
    rng = random.Random(request.param)
    index = whoosh_index.create_in(tmp_path_factory.mktemp("index"), SCHEMA)
    number = 0
    for _commit in range(3):
        writer = index.writer()
        for _ in range(DOCUMENTS // 3):
            body = _text(rng, 5, 60) + (f" {RARE}" if number % 200 == 5 else "")
            writer.add_document(**{ID_FIELD: str(number), "title__fr": _text(rng, 1, 3),
                                   "intro__fr": _text(rng, 0, 8), "body__fr": body})
            number += 1
        writer.commit(merge=False)
    writer = index.writer()
    for deleted in rng.sample(range(number), DOCUMENTS // 10):
        writer.delete_by_term(ID_FIELD, str(deleted))
    writer.commit(merge=False)
    found = index.searcher()
    assert len(found.reader().leaf_readers()) > 1  # what this test is about
    yield found
    found.close()


SCHEMA = build_schema()


def _forget_kept(searcher):
    """Nothing decoded kept, for this searcher or any other of its index."""
    searcher.__dict__.pop("_balise_postings", None)
    scoring.forget_kept_postings()


@pytest.fixture(autouse=True)
def fresh_scores(searcher):
    """Each test starts with no posting list kept."""
    _forget_kept(searcher)


def _stem(word, field="body__fr"):
    """The word as the index holds it (a Term query is not analysed)."""
    return next(iter(SCHEMA[field].analyzer(word))).text


def _word(word, boost=1.0):
    return wq.Or([wq.Term(field, _stem(word, field), boost=boost * field_boost)
                  for field, field_boost in FIELDS.items()])


QUERIES = [
    wq.Term("body__fr", _stem("aide")),
    _word("loyer"),
    wq.And([_word("aide"), _word("loyer")]),
    wq.And([_word("gaz"), _word("facture"), _word("dette")]),
    wq.Or([_word("sante"), _word("emploi", boost=3.0)]),
    wq.AndNot(_word("enfant"), _word("allocation")),
    wq.And([_word("revenu"), wq.Term("title__fr", "absent")]),
    wq.And([_word("aide"), _word(RARE)]),
    wq.And([_word("loyer"), _word(RARE), _word("gaz")]),
    wq.AndNot(_word(RARE), _word("dette")),
    wq.Term("body__fr", "absent"),
]


def _whoosh(searcher, query, allowed, limit):
    """Whoosh's scores of every match, best first (equal scores in index
    order). Not Whoosh's own top ``limit``: with several segments its
    collector can leave out a better match (seen with ``AndNot``). Nor
    Whoosh's ``AndNot`` itself: on several segments it can keep a document
    that holds the excluded word; its matches are the positive side's, less
    the documents the excluded side finds, each with its positive score."""
    if isinstance(query, wq.AndNot):
        excluded = {hit.docnum for hit in searcher.search(query.b, limit=None)}
        hits = [hit for hit in searcher.search(query.a, filter=allowed, limit=None)
                if hit.docnum not in excluded]
    else:
        hits = list(searcher.search(query, filter=allowed, limit=None))
    hits.sort(key=lambda hit: (-hit.score, hit.docnum))
    return len(hits), [(hit[ID_FIELD], hit.score) for hit in hits[:limit]]


def _ours(searcher, query, allowed, limit):
    ranking = scoring.rank(searcher, query, allowed)
    return ranking.total, [(searcher.stored_fields(doc)[ID_FIELD], score)
                           for doc, score in ranking.top(limit)]


def _keep_every_word(searcher):
    """Every word's scores read whole and kept, as after a day of searches."""
    for word in [*WORDS, RARE]:
        scoring.rank(searcher, _word(word), None)
    scoring.rank(searcher, _word("emploi", boost=3.0), None)
    assert searcher.__dict__["_balise_postings"].count > 0


@pytest.mark.parametrize("kept", [False, True], ids=["read", "kept"])
@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_the_count_and_the_first_page_are_those_whoosh_finds(searcher, query, kept):
    if kept:
        _keep_every_word(searcher)
    every = set(searcher.document_numbers())
    some = set(random.Random(7).sample(sorted(every), len(every) // 2))
    for allowed in (every, some):
        for limit in (10, 25):
            whoosh_total, whoosh_top = _whoosh(searcher, query, allowed, limit)
            total, top = _ours(searcher, query, allowed, limit)
            assert total == whoosh_total
            assert [pk for pk, _ in top] == [pk for pk, _ in whoosh_top]
            assert [score for _, score in top] == pytest.approx(
                [score for _, score in whoosh_top], rel=1e-9)


def test_a_deleted_document_is_never_counted_nor_shown(searcher):
    deleted = {str(n) for n in range(DOCUMENTS)} - {
        searcher.stored_fields(doc)[ID_FIELD] for doc in searcher.document_numbers()}
    ranking = scoring.rank(searcher, _word("aide"), None)
    shown = {searcher.stored_fields(doc)[ID_FIELD] for doc, _score in ranking.top(None)}
    assert deleted and not shown & deleted


def test_a_phrase_is_left_to_whoosh(searcher):
    phrase = wq.Or([wq.Phrase("body__fr", ["aide", "loyer"]), _word("gaz")])
    assert scoring.rank(searcher, phrase, None) is None


def test_an_and_with_a_rare_word_skips_the_blocks_it_cannot_match(searcher, monkeypatch):
    """What the rare word saves: fewer blocks of the common word decoded,
    the same ranking."""
    decoded = _count_reads(monkeypatch, "aide")
    scoring.rank(searcher, _word("aide"), None)
    alone = len(decoded)
    decoded.clear()
    _forget_kept(searcher)  # "aide" read again, not taken from what is kept
    ranking = scoring.rank(searcher, wq.And([_word("aide"), _word(RARE)]), None)
    with_rare = len(decoded)
    rare = scoring.rank(searcher, _word(RARE), None)
    assert 0 < ranking.total <= rare.total
    assert with_rare < alone


def _count_reads(monkeypatch, word):
    """A list that grows by one for each block of ``word``'s postings decoded."""
    decoded = []
    original = scoring.whoosh3.W3LeafMatcher._read_ids

    def counting(matcher):
        if matcher._term[1] == _stem(word).encode():
            decoded.append(matcher._maxid)
        return original(matcher)

    monkeypatch.setattr(scoring.whoosh3.W3LeafMatcher, "_read_ids", counting)
    return decoded


def test_a_word_searched_again_is_not_read_again(searcher, monkeypatch):
    decoded = _count_reads(monkeypatch, "aide")
    first = scoring.rank(searcher, _word("aide"), None).top(None)
    assert decoded
    decoded.clear()
    again = scoring.rank(searcher, wq.And([_word("aide"), _word("loyer")]), None)
    assert not decoded
    assert again.total < len(first)
    assert scoring.rank(searcher, _word("aide"), None).top(None) == first


def test_a_word_met_again_beside_a_rarer_one_is_read_whole_then_kept(searcher, monkeypatch):
    decoded = _count_reads(monkeypatch, "aide")
    scoring.rank(searcher, _word("aide"), None)
    whole = len(decoded)
    _forget_kept(searcher)
    with_rare = wq.And([_word("aide"), _word(RARE)])
    counts, rankings = [], []
    for _ in range(3):
        decoded.clear()
        rankings.append(scoring.rank(searcher, with_rare, None).top(None))
        counts.append(len(decoded))
    assert 0 < counts[0] < whole  # only where the rare word is
    # asked again: read whole where a candidate is, then kept
    assert counts[0] < counts[1] <= whole and counts[2] == 0
    assert rankings[0] == rankings[1] == rankings[2]


def test_the_searchers_of_one_index_share_what_they_decoded(searcher, monkeypatch):
    """Each thread of a server has its own searcher: a word one of them
    decoded is not decoded again by the others."""
    decoded = _count_reads(monkeypatch, "aide")
    first = scoring.rank(searcher, _word("aide"), None).top(None)
    assert decoded
    decoded.clear()
    other = searcher._ix.searcher()
    try:
        assert scoring.rank(other, _word("aide"), None).top(None) == first
        assert not decoded
    finally:
        other.close()


def test_a_new_searcher_does_not_use_the_scores_of_the_old_one(tmp_path):
    """A page published after a search is found by the next one: the index's
    new searcher starts with nothing kept."""
    index = whoosh_index.create_in(tmp_path, SCHEMA)
    with index.writer() as writer:
        writer.add_document(**{ID_FIELD: "1", "body__fr": "aide loyer"})
    old = index.searcher()
    assert scoring.rank(old, _word("aide"), None).total == 1
    with index.writer() as writer:
        writer.add_document(**{ID_FIELD: "2", "body__fr": "aide"})
    new = old.refresh()
    assert new is not old
    assert scoring.rank(new, _word("aide"), None).total == 2
    assert scoring.rank(old, _word("aide"), None).total == 1  # its own documents
    new.close()


def test_the_postings_kept_are_bounded_and_the_least_used_go_first():
    kept = scoring._Kept(10)
    kept.put("a", "postings of a", 4)
    kept.put("b", "postings of b", 4)
    assert kept.get("a") == "postings of a"  # "a" used last: "b" goes first
    kept.put("c", "postings of c", 4)
    assert kept.get("b") is None
    assert kept.get("a") and kept.get("c")
    assert kept.count == 8
    kept.put("huge", "postings of huge", 11)  # bigger than the whole: not kept
    assert kept.get("huge") is None and kept.count == 8
    assert not kept.asked("d") and kept.asked("d")
