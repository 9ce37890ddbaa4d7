"""Train the learned contact scorer offline and export its pruned weight table.

Usage: .venv/bin/python bench/train_contact_model.py [--dry-run]

Reproducible (lbfgs on fixed data). Needs scikit-learn from requirements-dev.txt; the Lambda
never imports it: chalicelib/domain/safety/contact_model.py reads the exported JSON.

1. Every line of the development sets (bench/safety_sets.MODEL_TRAINING) becomes features
   (`contact_model.features`, exactly as at run time). Positive = labelled contact.
2. Leave-one-file-out cross-validation: each file is scored by a model fitted on the others
   plus EXTRAS (bench/contact_train_extra1-5.jsonl: lines written blind for training only,
   roundabout contact beside ordinary talk of apps, names and numbers).
   The system is scored as it runs: rules OR (model >= threshold where the rules found
   nothing and the message names no helpline and carries no markup).
3. The threshold is the lowest whose pooled held-out false blocks added by the model stay
   <= MAX_ADDED_FALSE_BLOCKS of the non-contact lines.
4. A final model is fitted on everything, small weights are pruned, and the table is written
   to chalicelib/config/contact_model.json, with the held-out sets' numbers printed
   (bench/safety_sets.HELD_OUT and ORDINARY_HELD_OUT are never trained on).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench.safety_sets import HELD_OUT, MODEL_TRAINING, ORDINARY_HELD_OUT  # noqa: E402
from bench.train_crisis_model import export, fit_table  # noqa: E402
from chalicelib.domain.safety.contact import find_contact_by_rules  # noqa: E402
from chalicelib.domain.safety.contact_model import MODEL_FILE, features, left_to_the_rules  # noqa: E402

DATA = ROOT / "tests" / "data"
# Written blind in session 7 (helpers who never read the rules, the sets or this script) once the
# first model, trained on the sets alone, blocked hand-written near-misses of the unit tests
# ("my insta is private, all lowercase captions though", "2019 2020 2021", "meet me @ 5pm"):
# 90 roundabout contact lines and 210 look-alikes each, from teenagers, adults at work and
# home, and writers outside the US and UK.
# The fourth and fifth (also blind) after a review found grounding exercises ("5 4 3 2 1 ...")
# blocked: number-dense ordinary talk, talk about one's accounts without giving them, places
# of work, labelled identifiers, in-room replies, helplines in several languages.
EXTRAS = tuple(f"contact_train_extra{i}.jsonl" for i in range(1, 6))
C_REG = 1.0  # inverse L2 strength
PRUNE = 0.05  # weights smaller than this are dropped from the shipped table
# Contact false blocks may be <= 0.02 (issue 4); the rules alone block ~0.1% of non-contact
# lines. The model may add none, pooled over held-out files: the bar is the lowest at which
# no held-out non-contact line is blocked by the model alone.
MAX_ADDED_FALSE_BLOCKS = 0
# The floor. Held out (first training, session 7), lines that merely name an app or a site
# scored 0.57-0.63 ("my sister messaged me on whatsapp to say happy birthday", "my cousin added
# me on facebook after 10 years", "The Trevor Project (thetrevorproject.org) got me through");
# at 0.70 pooled held-out recall fell by 2 lines of 1638 (1637 -> 1635), added false blocks
# 5 -> 3 of 11092.
THRESHOLDS = [t / 100 for t in range(70, 96)]


@dataclass(frozen=True)
class Line:
    source: str
    text: str
    positive: bool
    feats: dict[str, int]
    rules: bool  # the rules alone block it
    may_fire: bool  # the rules found nothing, no helpline, no markup: the model is asked


def load(name: str, folder: Path = DATA) -> list[Line]:
    lines: list[Line] = []
    for raw in (folder / name).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            text = row["text"]
            rules = find_contact_by_rules(text) is not None
            lines.append(
                Line(
                    name,
                    text,
                    bool(row["contact"]),
                    dict.fromkeys(features(text), 1),
                    rules,
                    not rules and not left_to_the_rules(text),
                )
            )
    return lines


def fit(lines: list[Line]) -> tuple[DictVectorizer, LogisticRegression]:
    return fit_table([ln.feats for ln in lines], [ln.positive for ln in lines], C_REG)


def scores(vec: DictVectorizer, clf: LogisticRegression, lines: list[Line]) -> list[float]:
    return [float(p) for p in clf.predict_proba(vec.transform([ln.feats for ln in lines]))[:, 1]]


def cross_validate(dev: list[Line], extra: list[Line]) -> list[float]:
    """Held-out probability for every development line, in order."""
    probs = [0.0] * len(dev)
    for name in MODEL_TRAINING:
        vec, clf = fit([ln for ln in dev if ln.source != name] + extra)
        test = [i for i, ln in enumerate(dev) if ln.source == name]
        for i, p in zip(test, scores(vec, clf, [dev[i] for i in test]), strict=True):
            probs[i] = p
    return probs


def rates(items: list[tuple[Line, float]], bar: float) -> tuple[int, int, int, int, int]:
    """Contact lines, caught; non-contact lines, blocked, blocked by the model alone."""
    blocked = [(ln, ln.rules or (ln.may_fire and p >= bar)) for ln, p in items]
    pos = [b for ln, b in blocked if ln.positive]
    neg = [(ln, b) for ln, b in blocked if not ln.positive]
    added = sum(b and not ln.rules for ln, b in neg)
    return len(pos), sum(pos), len(neg), sum(b for _, b in neg), added


def show(label: str, items: list[tuple[Line, float]], bar: float) -> dict[str, object]:
    n_pos, caught, n_neg, blocked, added = rates(items, bar)
    rules = rates(items, 2.0)
    print(
        f"  {label:<28} recall {caught}/{n_pos} ({caught / max(1, n_pos):.3f}; rules alone "
        f"{rules[1]}), false blocks {blocked}/{n_neg} (model {added})"
    )
    return {"recall": round(caught / max(1, n_pos), 4), "false_blocks": blocked, "lines": n_neg}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only")
    args = parser.parse_args()
    dev = [ln for name in MODEL_TRAINING for ln in load(name)]
    extra = [ln for name in EXTRAS for ln in load(name, ROOT / "bench")]
    n_pos = sum(ln.positive for ln in dev)
    print(f"{len(dev)} development lines ({n_pos} contact), {len(extra)} extra lines")
    probs = cross_validate(dev, extra)
    pooled = list(zip(dev, probs, strict=True))
    n_neg = sum(not ln.positive for ln in dev)
    threshold = next(
        (t for t in THRESHOLDS if rates(pooled, t)[4] <= MAX_ADDED_FALSE_BLOCKS * n_neg),
        THRESHOLDS[-1],
    )
    print(f"leave-one-file-out, threshold {threshold:.2f}:")
    cv = show("pooled (held out per file)", pooled, threshold)
    vec, clf = fit(dev + extra)
    held = {}
    for name in (HELD_OUT, *ORDINARY_HELD_OUT):
        lines = load(name)
        held[name] = show(name, list(zip(lines, scores(vec, clf, lines), strict=True)), threshold)
    if args.dry_run:
        return
    meta = {
        "threshold": threshold,
        "C": C_REG,
        "trained_on": [*MODEL_TRAINING, *EXTRAS],
        "cv": cv,
        "held_out": held,
    }
    export(vec, clf, meta, MODEL_FILE, prune=PRUNE)


if __name__ == "__main__":
    main()
