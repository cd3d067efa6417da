#!/usr/bin/env python3
"""End-to-end tests of the analysis commands: relation, forecast, backtest, plot, import-gdelt.

Usage: analysis_cli_test.py PATH/TO/detente PROJECT_DIR

Builds a store from GDELT-layout rows written here (a cooperative dyad that turns sour in a
known month), then checks the --json contracts, the text reports, the SVG file, exit codes
(0 success, 1 data or runtime error, 2 usage) and the error messages for bad input.
Prints "N passed, N failed" and exits non-zero on any failure.
"""
import json
import os
import random
import sqlite3
import xml.etree.ElementTree as ET

from harness import ROOT, TMP, finish, run, test, write

FIX = os.path.join(ROOT, "tests", "fixtures", "analysis")


def gdelt_row(n, date, src, tgt, code, quad, goldstein):
    """One GDELT 1.0 row (57 columns) between two countries' governments."""
    c = [""] * 57
    c[0], c[1], c[2], c[3] = str(n), date, date[:6], date[:4]
    c[5], c[6], c[7] = src + "GOV", src, src
    c[15], c[16], c[17] = tgt + "GOV", tgt, tgt
    c[25], c[26], c[27], c[28] = "1", code, code[:3], code[:2]
    c[29], c[30], c[56] = str(quad), str(goldstein), date
    return "\t".join(c)


def build_store():
    """AAA and BBB cooperate from 2020 to mid-2022, then sanctions in 2022-09 and a crisis after."""
    rng = random.Random(5)
    rows, n = [], 1
    for year in (2020, 2021, 2022, 2023):
        for month in range(1, 13):
            ym = f"{year}{month:02d}"
            bad = ym >= "202209"
            for _ in range(3):
                day = f"{rng.randint(1, 28):02d}"
                if bad:
                    code, quad, g = rng.choice([("111", 3, -2.0), ("130", 3, -4.4), ("042", 1, 1.9)])
                else:
                    code, quad, g = rng.choice([("042", 1, 1.9), ("036", 1, 4.0), ("057", 1, 8.0)])
                src, tgt = ("AAA", "BBB") if rng.random() < 0.5 else ("BBB", "AAA")
                rows.append(gdelt_row(n, ym + day, src, tgt, code, quad, g))
                n += 1
            if ym == "202209":
                for _ in range(4):
                    rows.append(gdelt_row(n, ym + "15", "AAA", "BBB", "163", 4, -8.0))
                    n += 1
    export = write("synthetic.export.tsv", "\n".join(rows) + "\n")
    db = os.path.join(TMP, "dyad.db")
    p = run("import-gdelt", "--db", db, export)
    assert f"{len(rows)} events stored" in p.stderr.decode(), p.stderr.decode()
    return db


DB = build_store()
INDICATORS = write("aaa-bbb.csv", "year,indicator,side,value,note\n2020,export_share,BBB,0.25,\n"
                                  "2020,export_share,AAA,0.02,\n2020,security_agreements,-,1,\n")


@test
def relation_json_contract():
    out = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--freq", "month", "--json").stdout)
    assert out["dyad"] == ["AAA", "BBB"] and out["freq"] == "month", out["dyad"]
    assert len(out["periods"]) == 48, len(out["periods"])
    for p in out["periods"]:
        for k in ("period", "index", "band", "events", "goldstein_sum", "quad", "top_events", "political",
                  "material", "floor", "gap", "p_rupture", "directions"):
            assert k in p, (k, p["period"])
        assert len(p["quad"]) == 4 and p["band"] in (
            "confrontation", "tension", "discord", "ordinary", "good", "friendly"), p
        assert set(p["directions"]) == {"AAA>BBB", "BBB>AAA"}, p["directions"].keys()
    assert all(-9 <= p["index"] <= 9 for p in out["periods"])
    tps = out["turning_points"]
    assert tps, "no turning points"
    for t in tps:
        for k in ("period", "from_band", "to_band", "events"):
            assert k in t, k
    sept = [t for t in tps if t["period"] == "2022-09"]
    assert sept, [t["period"] for t in tps]
    assert sept[0]["events"][0]["code"] == "163", sept[0]["events"][0]
    assert sept[0]["to_level"] < sept[0]["from_level"]


@test
def relation_by_year_with_a_floor():
    out = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--freq", "year", "--json",
                         "--indicators", INDICATORS).stdout)
    years = {p["period"]: p for p in out["periods"]}
    assert list(years) == ["2020", "2021", "2022", "2023"], list(years)
    assert years["2023"]["index"] < years["2022"]["index"], {y: p["index"] for y, p in years.items()}
    assert out["floor"]["years"][0]["side"] == "BBB", out["floor"]
    for p in out["periods"]:
        assert p["index"] >= p["floor"] - 1e-9, p
        assert abs(p["gap"] - (p["political"] - p["floor"])) < 2e-3, p
    text = run("relation", "--db", DB, "AAA", "BBB", "--freq", "year", "--indicators", INDICATORS).stdout.decode()
    assert "AAA-BBB relation by year" in text and "floor from" in text and "turning points" in text, text


@test
def relation_options_and_parameters():
    base = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json").stdout)
    scaled = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json", "--scale", "0.05").stdout)
    assert scaled["params"]["scale"] == 0.05
    assert abs(scaled["periods"][5]["index"]) < abs(base["periods"][5]["index"])
    params = write("params.csv", "# half the scale\nscale,0.05\n")
    from_file = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json", "--params", params).stdout)
    assert from_file["periods"] == scaled["periods"]
    window = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json", "--from", "2022-01",
                            "--to", "2022-06").stdout)
    assert [p["period"] for p in window["periods"]][0] == "2022-01" and len(window["periods"]) == 6
    assert window["periods"][0]["index"] == base["periods"][24]["index"]
    ab = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json", "--direction", "ab").stdout)
    assert ab["direction"] == "AAA>BBB"
    cov = json.loads(run("relation", "--db", DB, "AAA", "BBB", "--json", "--coverage").stdout)
    assert all(p["volume"] >= p["events"] and 0 < p["dyad_share"] <= 1 for p in cov["periods"]), cov["periods"][0]
    again = json.loads(run("relation", "--db", DB, "aaa", "bbb", "--json").stdout)
    assert again == base, "lower-case codes or a second run changed the output"


@test
def forecast_with_a_scenario():
    scenario = os.path.join(FIX, "scenario.csv")
    out = json.loads(run("forecast", "--db", DB, "AAA", "BBB", "--horizon", "6", "--json",
                         "--scenario", write("sc.csv", "name,more sanctions\nevent,2024-02,-,163,2\n")).stdout)
    assert out["dyad"] == ["AAA", "BBB"] and out["horizon"] == 6
    for fan in ("baseline", "scenario"):
        assert len(out[fan]) == 6, fan
        for p in out[fan]:
            for k in ("period", "median", "p05", "p25", "p75", "p95", "p_rupture"):
                assert k in p, k
            assert p["p05"] <= p["p25"] <= p["median"] <= p["p75"] <= p["p95"], p
    assert out["baseline"][0]["period"] == "2024-01"
    assert out["scenario"][-1]["median"] < out["baseline"][-1]["median"]
    assert out["scenario"][0]["median"] == out["baseline"][0]["median"]  # sanctions start in February
    again = json.loads(run("forecast", "--db", DB, "AAA", "BBB", "--horizon", "6", "--json").stdout)
    assert again["baseline"] == out["baseline"], "the same seed gave another fan"
    other = json.loads(run("forecast", "--db", DB, "AAA", "BBB", "--horizon", "6", "--json", "--seed", "9").stdout)
    assert other["baseline"] != out["baseline"]
    text = run("forecast", "--db", DB, "AAA", "BBB", "--scenario", scenario).stdout.decode()
    assert "scenario:" in text and "median" in text, text
    mean = json.loads(run("forecast", "--db", DB, "AAA", "BBB", "--measure", "mean", "--json").stdout)
    assert mean["measure"] == "mean" and len(mean["baseline"]) == 12


@test
def backtest_on_a_store_and_on_counts():
    out = json.loads(run("backtest", "--db", DB, "AAA", "BBB", "--json").stdout)
    for k in ("points", "mae", "mae_persistence", "mae_mean", "coverage90"):
        assert k in out, k
    assert out["points"] == 48 - 24, out["points"]
    assert 0 <= out["coverage90"] <= 1
    rng = random.Random(1)
    lines, level = ["MonthYear,EventCode,N_events"], 0.0
    for i in range(60):
        ym = f"{2010 + i // 12}{i % 12 + 1:02d}"
        level = 0.7 * level + rng.gauss(0, 1)
        coop = max(1, int(50 + 10 * level))
        lines += [f"{ym},042,{coop}", f"{ym},190,{rng.randint(5, 15)}"]
    counts = write("counts.csv", "\n".join(lines) + "\n")
    out = json.loads(run("backtest", "--counts", counts, "--json").stdout)
    assert out["measure"] == "mean" and out["points"] == 60 - 24, out
    assert isinstance(out["beats_persistence"], bool) and out["verdict"], out
    text = run("backtest", "--counts", counts, "--min-train", "30", "--horizon", "2").stdout.decode()
    assert "2-step-ahead" in text and "MAE persistence" in text, text
    short = run("backtest", "--counts", os.path.join(FIX, "counts.csv"), code=1).stderr.decode()
    assert "too few" in short, short


@test
def plot_writes_a_standalone_svg():
    svg = os.path.join(TMP, "chart.svg")
    p = run("plot", "--db", DB, "AAA", "BBB", "-o", svg, "--indicators", INDICATORS, "--horizon", "6")
    assert "wrote" in p.stderr.decode()
    root = ET.parse(svg).getroot()  # well-formed XML
    assert root.tag.endswith("svg"), root.tag
    body = open(svg, encoding="utf-8").read()
    for band in ("对抗 confrontation", "友好 friendly", "floor", "forecast median"):
        assert band in body, band
    assert "<script" not in body and "http://" not in body.replace("http://www.w3.org/2000/svg", "")
    run("plot", "--db", DB, "AAA", "BBB", code=2)
    run("plot", "--db", DB, "AAA", "BBB", "-o", os.path.join(TMP, "no", "such", "dir.svg"), code=1)


@test
def import_gdelt_versions_filters_and_bad_rows():
    db = os.path.join(TMP, "import.db")
    p = run("import-gdelt", "--db", db, os.path.join(FIX, "gdelt1.export.tsv"), os.path.join(FIX, "gdelt2.export.CSV"))
    assert "9 rows, 9 events stored" in p.stderr.decode(), p.stderr.decode()
    run("import-gdelt", "--db", db, os.path.join(FIX, "gdelt1.export.tsv"))  # again: replaces, no duplicates
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 9
    con.close()
    rel = json.loads(run("relation", "--db", db, "USA", "COL", "--json").stdout)
    assert rel["events"] == 7, rel["events"]
    bad = os.path.join(FIX, "gdelt-bad.export.tsv")
    db2 = os.path.join(TMP, "bad.db")
    err = run("import-gdelt", "--db", db2, bad, code=1).stderr.decode()
    assert "gdelt-bad.export.tsv:2: SQLDATE" in err, err
    con = sqlite3.connect(db2)
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    con.close()
    err = run("import-gdelt", "--db", db2, "--keep-going", bad).stderr.decode()
    for line in (2, 3, 4, 5):
        assert f"skipped: gdelt-bad.export.tsv:{line}:" in err, (line, err)
    assert "2 events stored" in err, err
    db3 = os.path.join(TMP, "filtered.db")
    err = run("import-gdelt", "--db", db3, "--dyad", "usa:col", os.path.join(FIX, "gdelt1.export.tsv")).stderr.decode()
    assert "4 events stored" in err and "2 filtered out" in err, err
    run("import-gdelt", "--db", db3, "--dyad", "USA", os.path.join(FIX, "gdelt1.export.tsv"), code=2)
    run("import-gdelt", "--db", db3, code=2)
    err = run("import-gdelt", "--db", db3, os.path.join(TMP, "missing.tsv"), code=1).stderr.decode()
    assert "missing.tsv" in err, err


@test
def usage_errors_exit_2():
    for args in (["relation", "--db", DB, "AAA"],
                 ["relation", "--db", DB, "AAA", "BBB", "--freq", "week"],
                 ["relation", "--db", DB, "AAA", "BBB", "--frq", "year"],
                 ["relation", "--db", DB, "AAA", "BBB", "--from", "2022-13"],
                 ["relation", "--db", DB, "AAA", "BBB", "--scale", "big"],
                 ["relation", "--db", DB, "AA", "BBB"],
                 ["relation", "AAA", "BBB"],
                 ["forecast", "--db", DB, "AAA", "BBB", "--horizon", "soon"],
                 ["forecast", "--db", DB, "AAA", "BBB", "--horizon", "0"],
                 ["forecast", "--db", DB, "AAA", "BBB", "--measure", "mean", "--scenario", "x.csv"],
                 ["backtest"],
                 ["backtest", "--db", DB, "AAA", "BBB", "--counts", "x.csv"],
                 ["backtest", "--counts", "x.csv", "--measure", "median"]):
        p = run(*args, code=2)
        assert p.stderr.decode().startswith("detente "), p.stderr.decode()


@test
def data_errors_exit_1_and_name_the_position():
    err = run("relation", "--db", os.path.join(TMP, "none.db"), "AAA", "BBB", code=1).stderr.decode()
    assert "none.db: no such database" in err, err
    assert not os.path.exists(os.path.join(TMP, "none.db")), "a missing database was created"
    err = run("relation", "--db", DB, "AAA", "CCC", code=1).stderr.decode()
    assert "no dated events between AAA and CCC" in err, err
    bad = write("bad-ind.csv", "year,indicator,side,value\n2020,export_share,BBB,1.5\n")
    err = run("relation", "--db", DB, "AAA", "BBB", "--indicators", bad, code=1).stderr.decode()
    assert "bad-ind.csv:2: export_share is a fraction" in err, err
    other = write("other-ind.csv", "2020,export_share,CCC,0.5\n")
    err = run("relation", "--db", DB, "AAA", "BBB", "--indicators", other, code=1).stderr.decode()
    assert "other-ind.csv:1: side CCC is neither AAA nor BBB" in err, err
    sc = write("bad-sc.csv", "name,x\nevent,2024-02,-,999,1\n")
    err = run("forecast", "--db", DB, "AAA", "BBB", "--scenario", sc, code=1).stderr.decode()
    assert "bad-sc.csv:2: \"999\" is not a CAMEO event code" in err, err
    params = write("bad-params.csv", "scale,0.1\ndamp_top,-1\n")
    err = run("relation", "--db", DB, "AAA", "BBB", "--params", params, code=1).stderr.decode()
    assert "bad-params.csv:2: parameter damp_top" in err, err
    counts = write("bad-counts.csv", "MonthYear,EventCode,N_events\n201001,042,3\n201002,42,1\n")
    err = run("backtest", "--counts", counts, code=1).stderr.decode()
    assert "bad-counts.csv:3: EventCode 42 is not in the CAMEO table" in err, err
    truncated = write("trunc-counts.csv", "MonthYear,EventCode,N_events\n201001,042,3\n201002,04")
    err = run("backtest", "--counts", truncated, code=1).stderr.decode()
    assert "trunc-counts.csv:3: expected 3 comma-separated columns, found 2" in err, err
    notdb = write("not.db", "plain text, not SQLite\n" * 100)
    err = run("relation", "--db", notdb, "AAA", "BBB", code=1).stderr.decode()
    assert "not.db" in err, err


@test
def relation_on_coded_documents_and_the_demo():
    db = os.path.join(TMP, "demo.db")
    out = run("demo", "--db", db).stdout.decode()
    assert "Relation index" in out, out
    rel = json.loads(run("relation", "--db", db, "USA", "COL", "--freq", "year", "--json").stdout)
    assert rel["periods"] and all(p["top_events"] for p in rel["periods"] if p["events"] > 0)
    assert all(e["evidence"] for p in rel["periods"] for e in p["top_events"]), "an event without its evidence"
    # Measured from the surer events only: fewer events, each at least that confident; imported
    # GDELT events have no confidence, so none of them is left.
    sure = json.loads(run("relation", "--db", db, "USA", "COL", "--freq", "year", "--json",
                          "--min-confidence", "0.7").stdout)
    assert 0 < sure["events"] < rel["events"], (sure["events"], rel["events"])
    assert all(e["confidence"] >= 0.7 for p in sure["periods"] for e in p["top_events"]), sure["periods"]
    p = run("relation", "--db", DB, "AAA", "BBB", "--min-confidence", "0.1", code=None)
    assert p.returncode != 0 and "no dated events" in p.stderr.decode(), p.stderr.decode()
    p = run("relation", "--db", db, "USA", "COL", "--min-confidence", "-1", code=None)
    assert p.returncode == 2 and "--min-confidence" in p.stderr.decode(), p.stderr.decode()


finish()
