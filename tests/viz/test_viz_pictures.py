"""Static pictures and the `graphbuild viz` command."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from matplotlib.image import imread

from graphbuild.cli import main
from graphbuild.errors import ConfigError
from graphbuild.records import write_events
from graphbuild.viz import write_picture


def test_png_of_the_seed_graph_is_a_real_picture(seed_outdir, artifacts):
    from graphbuild.records import read_events

    path = artifacts / "actors-seed-static.png"
    write_picture(read_events(seed_outdir), path)
    assert path.stat().st_size > 30_000
    img = imread(path)
    assert img.shape[0] > 800 and img.shape[1] > 1000
    # Not a blank canvas: many pixels differ from the white background.
    assert (img[..., :3] < 0.9).any(axis=-1).mean() > 0.01


def test_svg_keeps_names_as_escaped_text(tmp_path, evil_events):
    path = tmp_path / "actors.svg"
    write_picture(evil_events, path)
    root = ET.parse(path).getroot()  # well-formed XML whatever the names hold
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert "<script>alert(1)</script>" in texts
    assert not any(el.tag.endswith("script") for el in root.iter())


def test_unknown_picture_format_names_the_ones_that_exist(tmp_path, evil_events):
    with pytest.raises(ConfigError, match="use one of: png, svg"):
        write_picture(evil_events, tmp_path / "actors.jpg")


@pytest.mark.parametrize("fmt", ["html", "png", "svg", "graphml", "gexf"])
def test_viz_command_writes_each_format_beside_the_events(tmp_path, seed_like_events, fmt, capsys):
    write_events(seed_like_events, tmp_path / "events.jsonl")
    assert main(["viz", str(tmp_path), "--format", fmt]) == 0
    out = tmp_path / f"actors.{fmt}"
    assert out.stat().st_size > 1000
    assert f"wrote {out} (5 actors, 4 links)" in capsys.readouterr().err
    if fmt == "graphml":
        assert nx.read_graphml(out).number_of_edges() == 4


def test_viz_command_output_option_and_events_file(tmp_path, seed_like_events):
    events = tmp_path / "events.jsonl"
    write_events(seed_like_events, events)
    target = tmp_path / "sub" / "map.html"
    assert main(["viz", str(events), "-o", str(target)]) == 0
    assert "vis-network" in target.read_text(encoding="utf-8")


def test_viz_command_on_a_folder_without_events(tmp_path, capsys):
    assert main(["viz", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"graphbuild: error: {Path(tmp_path) / 'events.jsonl'}: no such events file" in err


def test_picture_legend_lists_only_the_classes_drawn(tmp_path, seed_like_events):
    path = tmp_path / "actors.svg"
    write_picture(seed_like_events, path)
    texts = {t.text for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")}
    assert {"person", "state", "igo", "verbal cooperation", "verbal conflict"} <= texts
    assert not texts & {"group", "organization", "material cooperation", "material conflict", "no QuadClass"}
