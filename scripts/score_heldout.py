#!/usr/bin/env python3
"""Totals only: code the held-out English sets (eval/heldout/*) and print precision and recall
per set and overall for each language (English sets; Chinese sets, whose articles say
"lang": "zh-…"), counting events between two states (score.py compares three-letter
countries, so an event with an organisation on a side could never match).

usage: python3 scripts/score_heldout.py [--bin build/detente] [--data DIR] [--scorer PATH]
                                        [--confidence 0.3,0.5,...] [-- CODE-FLAGS...]

--confidence also prints the overall totals keeping only events whose confidence is at least
each value (as `detente code --min-confidence` would).

It prints no event and no document: the sets stay unseen while only their totals are read.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def state_to_state(event):
    def code(actor):
        if isinstance(actor, dict):
            actor = actor.get("country") or actor.get("code") or ""
        return str(actor or "")[:3].upper()
    return code(event.get("source")) != "IGO" and code(event.get("target")) != "IGO"


def set_language(docs_path):
    """"zh" when the set's first article is Chinese, else "en"."""
    with open(docs_path, encoding="utf-8") as f:
        first = json.loads(f.readline())
    return "zh" if str(first.get("lang", "")).startswith("zh") else "en"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "detente"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    ap.add_argument("--confidence", default="")
    ap.add_argument("code_flags", nargs="*")
    a = ap.parse_args()
    base = os.path.join(ROOT, "eval", "heldout")
    sets = sorted(d for d in os.listdir(base) if os.path.isfile(os.path.join(base, d, "gold.jsonl")))
    if not sets:
        sys.exit(f"{base}: no held-out sets")
    totals = {}  # language -> (gold lines, predicted lines)
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            cmd = [a.bin, "code"] + (["--data", a.data] if a.data else []) + a.code_flags
            cmd.append(os.path.join(base, name, "docs.jsonl"))
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"{name}: detente code failed: {run.stderr.strip()}")
            pred = [l for l in run.stdout.splitlines() if l.strip() and state_to_state(json.loads(l))]
            with open(os.path.join(base, name, "gold.jsonl"), encoding="utf-8") as f:
                gold = [l.rstrip("\n") for l in f if l.strip() and state_to_state(json.loads(l))]
            lang = set_language(os.path.join(base, name, "docs.jsonl"))
            all_gold, all_pred = totals.setdefault(lang, ([], []))
            all_gold += gold
            all_pred += pred
            print(name, score(a.scorer, tmp, gold, pred))
        for lang, (all_gold, all_pred) in sorted(totals.items()):
            label = "all" if lang == "en" else f"all {lang}"
            print(label, score(a.scorer, tmp, all_gold, all_pred))
            for t in [float(x) for x in a.confidence.split(",") if x.strip()]:
                kept = [l for l in all_pred if (json.loads(l).get("confidence") or 0) >= t]
                print(f"{label}, confidence >= {t}", score(a.scorer, tmp, all_gold, kept))


def score(scorer, tmp, gold, pred):
    g, p = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
    with open(g, "w", encoding="utf-8") as f:
        f.write("\n".join(gold) + "\n")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(pred) + "\n")
    run = subprocess.run([sys.executable, scorer, g, p, "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{scorer}: {run.stderr.strip()}")
    r = json.loads(run.stdout.strip().splitlines()[-1])
    return f"required {r['gold_required']}  found {r['tp']}  false {r['fp']}  P {r['precision']:.3f}  R {r['recall']:.3f}"


if __name__ == "__main__":
    main()
