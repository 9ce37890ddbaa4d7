"""The labelled safety sets in tests/data, in the order they were written.

Each was written blind and scored once as held-out data before any tuning on it (the history
is in bench/safety_history.md). One list, read by the trainer and the evaluator.
"""

from __future__ import annotations

# What chalicelib/config/crisis_model.json was trained on (bench/train_crisis_model.py).
MODEL_TRAINING = (
    "safety_eval.jsonl",
    "safety_holdout.jsonl",
    "safety_blind.jsonl",
    "safety_fresh.jsonl",
    "safety_unseen.jsonl",
    "safety_unseen2.jsonl",
    "safety_unseen3.jsonl",
    "safety_unseen4.jsonl",
    "safety_unseen5.jsonl",
    "safety_unseen6.jsonl",
    "safety_unseen7.jsonl",
    "safety_unseen8.jsonl",
    "safety_unseen9.jsonl",
    "safety_unseen10.jsonl",
    "safety_unseen11.jsonl",
    "safety_unseen12.jsonl",
    "safety_unseen13.jsonl",
    "safety_unseen14.jsonl",
    "safety_unseen15.jsonl",
    "safety_unseen16.jsonl",
    "safety_unseen17.jsonl",
    "safety_unseen18.jsonl",
    "safety_unseen19.jsonl",
    "safety_unseen20.jsonl",
    "safety_unseen21.jsonl",
    "safety_unseen22.jsonl",
    "safety_unseen23.jsonl",
    "safety_unseen24.jsonl",
    "safety_unseen25.jsonl",
    "safety_unseen26.jsonl",
    "safety_unseen27.jsonl",
    "safety_unseen28.jsonl",
    "safety_unseen29.jsonl",
    "safety_unseen30.jsonl",
    "safety_unseen31.jsonl",
    "safety_unseen32.jsonl",
    "safety_unseen33.jsonl",
    "safety_unseen34.jsonl",
    "safety_unseen35.jsonl",
    "safety_unseen36.jsonl",
    "safety_unseen37.jsonl",
    "safety_unseen38.jsonl",
    "safety_unseen39.jsonl",
    "safety_unseen40.jsonl",
    "safety_unseen41.jsonl",
    "safety_unseen42.jsonl",
    "safety_unseen43.jsonl",
    "safety_unseen44.jsonl",
    "safety_unseen45.jsonl",
    "safety_unseen46.jsonl",
    "safety_unseen47.jsonl",
    "safety_unseen48.jsonl",
    "safety_unseen49.jsonl",
    "safety_unseen50.jsonl",
    "safety_unseen51.jsonl",
    "safety_unseen52.jsonl",
    "safety_unseen53.jsonl",
    "safety_unseen54.jsonl",
    "safety_unseen55.jsonl",
    "safety_unseen56.jsonl",
    "safety_unseen57.jsonl",
    "safety_unseen58.jsonl",
    "safety_unseen60.jsonl",
    "safety_unseen61.jsonl",
    "safety_unseen62.jsonl",
    "safety_unseen63.jsonl",
    "safety_unseen64.jsonl",
    "safety_unseen65.jsonl",
    "safety_unseen66.jsonl",
    "safety_unseen67.jsonl",
    "safety_unseen68.jsonl",
    "safety_unseen69.jsonl",
    "safety_unseen70.jsonl",
    "safety_unseen71.jsonl",
    "safety_unseen72.jsonl",
    "safety_unseen73.jsonl",
    "safety_unseen74.jsonl",
    "safety_unseen75.jsonl",
    "safety_unseen76.jsonl",
    "safety_unseen77.jsonl",
    "safety_unseen78.jsonl",
    "safety_unseen79.jsonl",
    "safety_unseen80.jsonl",
    "safety_unseen81.jsonl",
    "safety_unseen82.jsonl",
    "safety_unseen83.jsonl",
    "safety_unseen84.jsonl",
    "safety_unseen85.jsonl",
    "safety_unseen86.jsonl",
)
# Written blind in session 6 after round 45 (with unseen57-58) and never read by the trainer:
# scored once.
HELD_OUT = "safety_unseen59.jsonl"
# Ordinary support-room talk (coping plans, check-ins, goodbyes for the night), written blind in
# round 35 to measure false alarms on the talk a room is mostly made of. Never trained on.
ORDINARY_HELD_OUT = ("ordinary_unseen1.jsonl",)
# Sets written blind and scored once, untuned, that no rule was tuned on and neither model
# trained on yet: unseen87-89, written in session 8 and scored after round 54.
NOT_YET_TRAINED: tuple[str, ...] = (
    "safety_unseen87.jsonl",
    "safety_unseen88.jsonl",
    "safety_unseen89.jsonl",
)
ALL = (*MODEL_TRAINING, HELD_OUT, *NOT_YET_TRAINED, *ORDINARY_HELD_OUT)
