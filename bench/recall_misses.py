"""List the gold events whose evidence sentence yields no candidate event when every candidate is kept.

    .venv/bin/python bench/recall_misses.py [--gold ../shared/gold/train]

Runs the rules without the eventness model (every candidate kept, as `train_eventness` sees
them), pairs the output with the gold events as `../shared/tools/score.py` does, and prints
each gold event no candidate of its own sentence tells: "elsewhere" when the scorer paired it
with a candidate of another sentence (a second telling the rules kept instead), "missed" when
nothing paired it. Ends with the counts by sub-event type. Learn from train; dev is for measuring.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from sitrep.events.rules import CANDIDATE_MIN_CONFIDENCE, build_extractor
from sitrep.ingest.json_documents import documents_from_json

ROOT = Path(__file__).resolve().parents[1]
#: How many leading characters of two evidence sentences must agree for them to be one sentence
#: (gold evidence is sometimes cut at a different boundary than the splitter's).
SAME_SENTENCE_PREFIX = 60
#: Runs of whitespace, which gold evidence and sentences may break differently: "a\n b" -> "a b".
WHITESPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return WHITESPACE.sub(" ", text or "").strip()


def same_sentence(gold_evidence: str | None, candidate_evidence: str | None) -> bool:
    """Whether a candidate's evidence and a gold event's are one sentence (one starts the other)."""
    gold, cand = _norm(gold_evidence), _norm(candidate_evidence)
    return bool(gold and cand) and (cand[:SAME_SENTENCE_PREFIX] in gold or gold[:SAME_SENTENCE_PREFIX] in cand)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "train")
    args = parser.parse_args()
    tools = args.gold.parent.parent / "tools"
    if not (tools / "score.py").exists():
        sys.exit(f"no scorer at {tools / 'score.py'}")
    sys.path.insert(0, str(tools))
    import score  # the shared scorer's pairing, so "missed" means what the score means

    actors = score.Actors(sorted(args.gold.parent.glob("actors*.yaml")))
    extractor = build_extractor(eventness=None, min_confidence=CANDIDATE_MIN_CONFIDENCE)
    kinds: Counter[tuple[str, str]] = Counter()
    for path in sorted(args.gold.glob("*.json")):
        raw = path.read_text()
        report = json.loads(raw)
        document = documents_from_json(raw, str(path), path.stem)[0]
        records = [e.to_record() for e in extractor.extract(document)]
        paired = dict((j, i) for i, j in score.pair(records, report["events"], report["text"], actors))
        for j, gold in enumerate(report["events"]):
            if any(same_sentence(gold.get("evidence"), r.get("evidence")) for r in records):
                continue
            status = "elsewhere" if j in paired else "missed"
            kinds[(status, gold["sub_event_type"])] += 1
            print(f"{report['id']} {status:9} {gold['sub_event_type'][:24]:24} | {gold.get('actor1')} / "
                  f"{gold.get('actor2')} | {gold.get('location')} {gold.get('date')}")
            print(f"    {_norm(gold.get('evidence'))[:240]}")
    print()
    for (status, sub), count in sorted(kinds.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{status:9} {count:3}  {sub}")
    print(f"total     {sum(kinds.values()):3}")


if __name__ == "__main__":
    main()
