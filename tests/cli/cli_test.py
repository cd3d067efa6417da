#!/usr/bin/env python3
"""End-to-end tests of the `detente` command line.

Usage: cli_test.py PATH/TO/detente PROJECT_DIR

Runs the shared case file through `detente code`, feeds bad input (invalid UTF-8, a binary
file, a truncated JSONL line, an empty document) and checks the messages and that the rest is
coded, and exercises ingest / re-ingest / events / recode, including a kill -9 in the middle of
an ingest. Prints "N passed, N failed" and exits non-zero on any failure.
"""
import json
import os
import signal
import sqlite3
import subprocess
import time

from harness import BIN, ROOT, TMP, finish, run, test, write


def events_of(stdout):
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def compact(e):
    arrow = "<>" if e.get("symmetric") else ">"
    who = lambda a: a['country'] or a['code']  # an organisation has no country: its code
    return f"{who(e['source'])}{arrow}{who(e['target'])}:{e['code']}@{e['date']}"


@test
def shared_cases_through_the_cli():
    cases_dir = os.path.join(ROOT, "tests", "cases")
    docs, want = [], {}
    for name in sorted(os.listdir(cases_dir)):
        if not name.endswith(".jsonl"):
            continue
        for n, line in enumerate(open(os.path.join(cases_dir, name), encoding="utf-8"), 1):
            if not line.strip():
                continue
            c = json.loads(line)
            cid = f"{name}:{n}"
            docs.append(json.dumps({"id": cid, "date": c["date"], "text": c["text"]}, ensure_ascii=False))
            want[cid] = sorted(c["expect"])
    out = run("code", "--orgs", stdin="\n".join(docs).encode()).stdout
    got = {cid: [] for cid in want}
    for e in events_of(out):
        got[e["doc"]].append(compact(e))
    bad = [f"{cid}: want {want[cid]} got {sorted(got[cid])}" for cid in want if sorted(got[cid]) != want[cid]]
    assert not bad, "\n".join(bad)
    assert len(want) > 20


@test
def organisations_are_shown_on_request():
    doc = '{"id":"o","date":"2026-02-03","text":"The European Union imposed sanctions on Russia on Monday, and Japan imposed sanctions on Russia on Tuesday."}'
    default = sorted(compact(e) for e in events_of(run("code", stdin=doc.encode()).stdout))
    orgs = sorted(compact(e) for e in events_of(run("code", "--orgs", stdin=doc.encode()).stdout))
    assert default == ["JPN>RUS:163@2026-02-03"], default
    assert orgs == ["IGOEUREEC>RUS:163@2026-02-02", "JPN>RUS:163@2026-02-03"], orgs


@test
def an_untold_day_is_a_month_unless_assumed():
    doc = '{"id":"d","date":"2026-02-03","text":"Japan criticised Russia."}'
    default = [(e["date"], e["date_precision"]) for e in events_of(run("code", stdin=doc.encode()).stdout)]
    assumed = [(e["date"], e["date_precision"]) for e in events_of(run("code", "--assume-day", stdin=doc.encode()).stdout)]
    assert default == [("2026-02", "month")], default
    assert assumed == [("2026-02-03", "day")], assumed


@test
def skipped_matches_go_to_stderr_with_their_reason():
    doc = '{"id":"s","date":"2026-02-03","text":"Japan did not criticise Russia. Japan criticised China on Monday."}'
    plain = run("code", stdin=doc.encode())
    asked = run("code", "--skipped", stdin=doc.encode())
    assert asked.stdout == plain.stdout, (asked.stdout, plain.stdout)
    lines = [l for l in asked.stderr.decode().splitlines() if "skipped" in l]
    assert len(lines) == 1 and lines[0].startswith('detente code: s: sentence 1: skipped "criticise"'), lines
    assert lines[0].endswith("not asserted: negated (negation 「did not」)"), lines
    assert "skipped" not in plain.stderr.decode(), plain.stderr


@test
def confidence_filters_and_its_features_are_shown():
    corpus = os.path.join(ROOT, "tests", "corpus", "articles-en.jsonl")
    with open(corpus, encoding="utf-8") as f:
        docs = write("conf.jsonl", "".join(f.readlines()[:20]))
    every = events_of(run("code", docs).stdout)
    assert every and all(0 <= e["confidence"] <= 1 for e in every), every[:1]
    sure = events_of(run("code", "--min-confidence", "0.6", docs).stdout)
    assert sure == [e for e in every if e["confidence"] >= 0.6] and 0 < len(sure) < len(every), (len(sure), len(every))
    shown = events_of(run("code", "--features", docs).stdout)
    assert [dict(e, features=None) for e in shown] == [dict(e, features=None) for e in every]
    assert all("root=" + e["root"] in e["features"] for e in shown), shown[0]["features"]
    for bad in (["--min-confidence", "1.5"], ["--min-confidence", "x"], ["--features", "--format", "csv"]):
        p = run("code", *bad, docs, code=None)
        assert p.returncode == 2 and p.stderr.decode().startswith("detente code:"), (bad, p.stderr)
    db = os.path.join(TMP, "conf.db")
    run("ingest", "--db", db, docs)
    stored = events_of(run("events", "--db", db, "--min-confidence", "0.6").stdout)
    assert 0 < len(stored) < len(events_of(run("events", "--db", db).stdout)), len(stored)
    assert all(e["confidence"] >= 0.6 for e in stored)


@test
def bad_records_are_reported_and_the_rest_is_coded():
    good = '{"id":"good","date":"2026-01-08","text":"2025年7月，美哥相互召回高层外交官。"}'
    path = write("mixed.jsonl", (good + "\n").encode()
                 + b'{"id":"utf","text":"\xff\xfe bad"}\n'
                 + b'{"id":"trunc","text":"abc\n'
                 + b'{"id":"empty","text":""}\n'
                 + (good.replace('"good"', '"good2"') + "\n").encode())
    p = run("code", "--keep-going", path)
    err = p.stderr.decode()
    docs = {e["doc"] for e in events_of(p.stdout)}
    assert docs == {"good", "good2"}, docs
    assert "mixed.jsonl:2: invalid UTF-8 at byte" in err, err
    assert "mixed.jsonl:3: bad JSON" in err and "truncated" in err, err
    assert "mixed.jsonl:4: empty document" in err, err
    p = run("code", path, code=None)
    assert p.returncode == 1 and "mixed.jsonl:2" in p.stderr.decode(), p.stderr.decode()


@test
def huge_lines_and_bad_numbers_are_refused():
    good = '{"id":"after","date":"2026-01-08","text":"1月5日，美国批评委内瑞拉。"}'
    huge = '{"id":"huge","text":"' + "美国批评委内瑞拉。" * 400000 + '"}'
    path = write("huge.jsonl", huge + "\n" + good + "\n")
    p = run("code", "--keep-going", "--max-bytes", "1000000", path)
    err = p.stderr.decode()
    assert "huge.jsonl:1: line of" in err and "longer than the document limit" in err, err
    assert {e["doc"] for e in events_of(p.stdout)} == {"after"}, p.stdout
    for args in (["code", "--max-bytes", "lots"], ["ingest", "--db", os.path.join(TMP, "n.db"), "--batch", "0", path],
                 ["bench", "--seconds", "-1"]):
        p = run(*args, code=None, stdin=b"")
        assert p.returncode == 2 and "takes a number" in p.stderr.decode(), (args, p.stderr.decode())


@test
def help_and_unknown_options():
    for args in (["--help"], ["events", "--help"], ["code", "-h"]):
        p = run(*args)
        assert p.stdout.decode().startswith("usage: detente"), (args, p.stdout[:80])
    p = run("relation", "--bogus", code=None)
    assert p.returncode == 2 and "unknown option --bogus" in p.stderr.decode(), p.stderr.decode()


@test
def binary_and_missing_files():
    path = write("blob.bin", b"\x7fELF\x00\x00\x01\x02" * 64)
    p = run("code", path, code=None)
    assert p.returncode == 1 and "blob.bin: binary data" in p.stderr.decode(), p.stderr.decode()
    p = run("code", os.path.join(TMP, "nope.jsonl"), code=None)
    assert p.returncode == 1 and "nope.jsonl: cannot open" in p.stderr.decode(), p.stderr.decode()
    p = run("code", "--format", "xml", code=None, stdin=b"")
    assert p.returncode == 2, p.returncode
    p = run("frobnicate", code=None)
    assert p.returncode == 2


@test
def plain_text_with_date_and_formats():
    path = write("note.txt", "去年10月，美国财政部宣布对哥伦比亚总统佩特罗实施制裁。")
    ev = events_of(run("code", "--date", "2026-01-08", path).stdout)
    assert any(compact(e) == "USA>COL:163@2025-10" for e in ev), [compact(e) for e in ev]
    gd = run("code", "--date", "2026-01-08", "--format", "gdelt", path).stdout.decode().splitlines()
    assert gd and all(len(r.split("\t")) == 61 for r in gd), gd
    csv = run("code", "--date", "2026-01-08", "--format", "csv", path).stdout.decode().splitlines()
    assert csv[0].startswith("doc,id,date") and len(csv) == len(gd) + 1
    ex = run("code", "--date", "2026-01-08", "--explain", path).stdout.decode()
    assert "rule:" in ex and "date:" in ex and "去年10月" in ex, ex


@test
def ingest_is_idempotent_and_queries_work():
    db = os.path.join(TMP, "a.db")
    docs = write("docs.jsonl",
                 '{"id":"a","date":"2026-01-08","text":"2025年7月，美哥相互召回高层外交官。"}\n'
                 '{"id":"b","date":"2026-01-08","text":"1月5日，美国宣布对委内瑞拉实施制裁。"}\n')
    run("ingest", "--db", db, docs)
    first = run("events", "--db", db).stdout
    p = run("ingest", "--db", db, docs)
    assert "0 new, 0 replaced, 2 unchanged" in p.stderr.decode(), p.stderr.decode()
    assert run("events", "--db", db).stdout == first
    col = events_of(run("events", "--db", db, "--dyad", "USA:COL", "--root", "16").stdout)
    assert sorted(compact(e) for e in col) == ["COL>USA:161@2025-07", "USA>COL:161@2025-07"], col
    assert events_of(run("events", "--db", db, "--from", "2026-01-01").stdout)
    changed = write("changed.jsonl", '{"id":"b","date":"2026-01-08","text":"1月6日，美国批评委内瑞拉。"}\n')
    p = run("ingest", "--db", db, changed)
    assert "1 replaced" in p.stderr.decode(), p.stderr.decode()
    ven = events_of(run("events", "--db", db, "--dyad", "USA:VEN").stdout)
    assert [e["code"][:2] for e in ven] == ["11"], ven
    p = run("recode", "--db", db)
    assert "0 documents re-coded" in p.stderr.decode(), p.stderr.decode()
    p = run("events", "--db", db, "--dyad", "USA", code=None)
    assert p.returncode == 2


@test
def kill_during_ingest_keeps_committed_batches():
    db = os.path.join(TMP, "crash.db")
    lines = [json.dumps({"id": f"d{i}", "date": "2026-01-08",
                         "text": "1月5日，美国宣布对委内瑞拉实施制裁。次日，委内瑞拉批评美国。" * 3}, ensure_ascii=False)
             for i in range(200000)]
    big = write("big.jsonl", "\n".join(lines) + "\n")
    proc = subprocess.Popen([BIN, "ingest", "--db", db, "--batch", "100", big],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:  # wait for a few committed batches
        time.sleep(0.2)
        try:
            con = sqlite3.connect(db, timeout=1)
            n = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            con.close()
            if n >= 300:
                break
        except sqlite3.Error:
            pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    per_doc = con.execute("SELECT COUNT(DISTINCT n) FROM (SELECT COUNT(e.id) AS n FROM documents d "
                          "LEFT JOIN events e ON e.doc = d.id GROUP BY d.id)").fetchone()[0]
    con.close()
    assert docs > 0 and docs % 100 == 0, docs
    assert per_doc == 1, "some documents were stored without all their events"
    p = run("ingest", "--db", db, write("one.jsonl", lines[0] + "\n"))
    assert "1 unchanged" in p.stderr.decode(), p.stderr.decode()


@test
def demo_runs_on_the_embedded_defaults():
    db = os.path.join(TMP, "demo.db")
    out = run("demo", "--db", db).stdout.decode()
    assert "Dyad" in out and "USA -> COL" in out, out


finish()
