#!/usr/bin/env python3
"""Learn the confidence model (data/model/confidence.tsv) from the hand-coded English articles.

usage: python3 scripts/train_confidence.py [--bin build/detente] [--scorer PATH] [--out FILE]
                                           [--cv] [--check]

It codes tests/corpus/articles-en.jsonl with `detente code --features`, labels each event
between two states right (it matches a required gold event, as score.py matches them) or wrong
(it matches none), and fits a logistic regression by stochastic gradient descent with a fixed
seed, so the same build and corpus always give the same file.

  --cv     also report leave-sets-out cross-validation (articles grouped by their set, the two
           letters of their id): how many right and wrong events each threshold would keep
  --check  write nothing; fail if the model file differs from what training gives
"""
import argparse
import collections
import importlib.util
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus", "articles-en.jsonl")
GOLD = os.path.join(ROOT, "tests", "corpus", "articles-en.gold.jsonl")
EPOCHS, RATE, L2, SEED = 30, 0.1, 3.0, 1


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def labelled_events(S, gold_path, events):
    """(features, 1|0, doc) for each event between two states that counts for precision."""
    def states(x):
        return all(S.country(x.get(k)) not in (None, "IGO") and str(x.get(k, ""))[:3] != "IGO"
                   for k in ("source", "target"))
    golds = [g for g in S.load(gold_path) if states(g)]
    docs = {g["doc"] for g in golds}
    preds = [p for p in events if p["doc"] in docs and states(p)]
    for p in preds:
        p["_src"], p["_tgt"] = S.country(p["source"]), S.country(p["target"])
        p["_root"] = S.root_of(p["code"])
        p["_iv"] = S.interval(p["date"], p.get("date_precision"))
    for g in golds:
        g["_cand"] = [i for i, p in enumerate(preds) if S.compatible(g, p)]
        g["_exact"] = [i for i in g["_cand"] if preds[i]["code"] == g["code"]]
    req = [g for g in golds if g.get("required", True)]
    opt = [g for g in golds if not g.get("required", True)]
    first = S.match(req, preds, set(), key="_exact")
    right = set(S.match(req, preds, set(), owner={pi: gi for gi, pi in first.items()}).values())
    optional = set(S.match(opt, preds, right).values())
    out = []
    for i, p in enumerate(preds):
        if i in optional or p["_src"] == p["_tgt"]:
            continue
        out.append((p["features"], 1 if i in right else 0, p["doc"]))
    return out


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows):
    # Stochastic gradient descent, returning the mean of the weights after each of the last half
    # of the epochs: the last step alone depends on the order of the events, and a few events
    # more or less would move every confidence.
    w = collections.defaultdict(float)
    mean = collections.defaultdict(float)
    order = list(range(len(rows)))
    rnd = random.Random(SEED)
    n = len(rows)
    averaged = 0
    for epoch in range(EPOCHS):
        rnd.shuffle(order)
        eta = RATE / (1 + 0.2 * epoch)
        for i in order:
            feats, y, _ = rows[i]
            g = sigmoid(w["bias"] + sum(w[f] for f in feats)) - y
            w["bias"] -= eta * g
            for f in feats:
                w[f] -= eta * (g + L2 * w[f] / n)
        if epoch >= EPOCHS // 2:
            averaged += 1
            for f, v in w.items():
                mean[f] += v
    return collections.defaultdict(float, {f: v / averaged for f, v in mean.items()})


def score(w, feats):
    return sigmoid(w.get("bias", 0.0) + sum(w.get(f, 0.0) for f in feats))


def cross_validate(rows):
    sets = sorted({doc[:2] for _, _, doc in rows})
    scored = []
    for k in range(5):
        held = set(sets[k::5])
        w = train([r for r in rows if r[2][:2] not in held])
        scored += [(score(w, f), y) for f, y, doc in rows if doc[:2] in held]
    right = sum(y for _, y in scored)
    wrong = len(scored) - right
    print(f"cross-validation (5 folds of {len(sets)} sets): {right} right, {wrong} wrong events")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        r = sum(1 for p, y in scored if p >= t and y)
        f = sum(1 for p, y in scored if p >= t and not y)
        print(f"  confidence >= {t}: keeps {r} right ({r / right:.1%}), {f} wrong ({f / wrong:.1%}), "
              f"precision {r / (r + f):.3f} (all: {right / (right + wrong):.3f})")


def render(w, rows):
    docs = len({d for _, _, d in rows})
    right = sum(y for _, y, _ in rows)
    lines = [
        "# Confidence model: the weight of each feature of a coded event (src/events/confidence.h)",
        "# in a logistic regression; an event's confidence is the logistic of the bias plus the",
        "# weights of its features (unlisted features weigh 0).",
        "# Source: written by scripts/train_confidence.py from the hand-coded English articles in",
        f"#   tests/corpus/articles-en.* (the {docs} articles with coded events between two states;",
        f"#   {right} events right, {len(rows) - right} wrong, as ../shared/eval/score.py matches them). Re-run it after",
        "#   changing patterns or rules; `--check` tells whether this file is current.",
        "# Format: FEATURE<TAB>WEIGHT, sorted by FEATURE (byte order), each once.",
    ]
    for f in sorted(w, key=lambda s: s.encode("utf-8")):
        v = round(w[f], 4)
        if v == 0 and f != "bias":
            continue
        lines.append(f"{f}\t{v:.4f}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "detente"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "model", "confidence.tsv"))
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    run = subprocess.run([a.bin, "code", "--features", CORPUS], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"detente code failed: {run.stderr.strip()}")
    events = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    rows = labelled_events(load_scorer(a.scorer), GOLD, events)
    if not rows:
        sys.exit("no labelled events")
    if a.cv:
        cross_validate(rows)
    text = render(train(rows), rows)
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{a.out} is not what training gives now: run scripts/train_confidence.py")
        print(f"{a.out}: current")
        return
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{a.out}: {text.count(chr(10)) - 8} weights from {len(rows)} events")


if __name__ == "__main__":
    main()
