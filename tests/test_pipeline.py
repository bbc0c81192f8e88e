"""The pipeline across articles: one actor per real-world entity, every mention kept."""
from __future__ import annotations

from graphbuild.model import Article
from graphbuild.network import build_graph
from graphbuild.pipeline import SUMMARY_PAIRS, Result, criticisms, extract_articles, summary


def test_same_actor_across_articles_is_one_node_and_repeated_events_keep_every_mention():
    result = extract_articles([
        Article(id="a", text="Moscow condemned Kyiv on Monday.", date="2024-03-01"),
        Article(id="b", text="Russia condemned Ukraine again.", date="2024-03-02"),
    ])
    assert {(e.doc_id, e.source.id, e.target.id) for e in result.events} == {
        ("a", "russia", "ukraine"), ("b", "russia", "ukraine")}
    g = build_graph(result.events)
    assert sorted(g.nodes) == ["russia", "ukraine"]
    assert g.edges["russia", "ukraine"]["events"] == 2
    assert {e.article.date for e in result.events} == {"2024-03-01", "2024-03-02"}
    assert {e.date for e in result.events} == {"2024-02-26", "2024-03-02"}  # "on Monday" before Friday 1 March


def test_event_ids_are_stable_across_runs():
    art = [Article(id="a", text="Moscow condemned Kyiv on Monday.")]
    assert [e.id for e in extract_articles(art).events] == [e.id for e in extract_articles(art).events]


def test_who_criticised_whom_leaves_out_hedged_and_negated_events_unless_asked():
    result = extract_articles([Article(id="a", text=(
        "Chile criticised Peru. Chile reportedly criticised Bolivia. Chile did not criticise Ecuador."))])
    assert criticisms(result.events) == [("Chile", "Peru", 1)]
    assert criticisms(result.events, include_uncertain=True) == [("Chile", "Bolivia", 1), ("Chile", "Peru", 1)]


def test_sentence_is_the_exact_text_at_its_offsets():
    text = "Title line\n\nGermany condemned Iran on Tuesday.\n\n\nFrance praised Egypt.\n"
    result = extract_articles([Article(id="a", text=text)])
    assert result.events and all(text[e.char_start:e.char_end] == e.sentence for e in result.events)
    assert all(e.sentence == e.sentence.strip() for e in result.events)


def test_summary_names_the_first_pairs_of_critics_and_counts_the_rest():
    result = Result()
    for n in range(SUMMARY_PAIRS + 5):
        result.critics[f"Critic {n:02d}", "Target"] = 100 - n  # Critic 00 criticised most
    lines = summary(result).splitlines()
    named = [line for line in lines if "-> Target" in line]
    assert len(named) == SUMMARY_PAIRS
    assert named[0] == "  Critic 00 -> Target (100)"
    assert lines[-1] == "  ... and 5 more pairs (all of them: graphbuild query who_criticised_whom)"


def test_summary_of_few_critics_names_them_all_and_adds_nothing():
    result = Result()
    result.critics["Russia", "Ukraine"] = 2
    assert summary(result).splitlines()[-2:] == ["who criticised whom:", "  Russia -> Ukraine (2)"]
