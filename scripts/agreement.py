#!/usr/bin/env python3
"""Totals only: how far two hand codings of the same articles agree, between two states.

usage: python3 scripts/agreement.py FIRST.jsonl SECOND.jsonl [--scorer PATH]

Each coding is scored against the other as score.py scores the coder: an event of one matches
a required event of the other when the pair (either way for a symmetric event), a root and the
date intervals agree. Prints, both ways, the required events, how many the other coding has,
how many of its events match nothing, and the precision and recall they give; once counting
all of the other coding's events, once its required ones only.
"""
import argparse
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.scorer)
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)

    def states(g):
        return g["source"][:3] != "IGO" and g["target"][:3] != "IGO"

    def agree(gold, other, required_only):
        golds = [dict(g) for g in gold if states(g)]
        preds = [dict(p) for p in other if states(p) and (p.get("required", True) or not required_only)]
        for p in preds:
            p["_src"], p["_tgt"], p["_root"], p["_iv"] = p["source"], p["target"], p["code"][:2], (p["from"], p["to"])
        for g in golds:
            g["_cand"] = [i for i, p in enumerate(preds) if S.compatible(g, p) or (
                p.get("symmetric") and S.compatible(g, dict(p, _src=p["target"], _tgt=p["source"])))]
            g["_exact"] = [i for i in g["_cand"] if preds[i]["code"] == g["code"]]
        req = [g for g in golds if g.get("required", True)]
        opt = [g for g in golds if not g.get("required", True)]
        first = S.match(req, preds, set(), key="_exact")
        matched = S.match(req, preds, set(), owner={pi: gi for gi, pi in first.items()})
        taken = set(matched.values())
        taken |= set(S.match(opt, preds, taken).values())
        false = sum(1 for i, p in enumerate(preds) if i not in taken and p["source"] != p["target"])
        found = len(matched)
        return (f"required {len(req)}  found {found}  false {false}  "
                f"P {found / max(1, found + false):.3f}  R {found / max(1, len(req)):.3f}")

    one, two = S.load(a.first), S.load(a.second)
    for label, required_only in (("all", False), ("required", True)):
        print(f"second against first ({label} of the second's events):", agree(one, two, required_only))
        print(f"first against second ({label} of the first's events):", agree(two, one, required_only))


if __name__ == "__main__":
    main()
