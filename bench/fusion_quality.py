"""Cross-report fusion quality: pairwise precision and recall of fused reports, on dev and train.

    .venv/bin/python bench/fusion_quality.py [--split dev|train|both] [--db PATH] [--check]

Ingests every gold report of a split into a SQLite store (a temporary one unless --db names a
file; an existing --db is reused as it is, which skips the slow extraction when calibrating),
extracts with the default extractor, fuses, and compares with the gold same-incident lists:
two reports are "fused" when one incident holds events of both. Also counts the incidents
that join reports the list does not pair (false fusions). Calibrate on train; dev measures.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: The gold list of report pairs that tell one incident, per split.
PAIR_FILES = {"dev": "same-incident.txt", "train": "same-incident-train.txt"}
#: The pairwise precision and recall the dev split must not fall under with --check. With five
#: pairs one pair is 0.2 of recall. Measured 1.000 / 1.000 at the end of the fifth session and
#: 1.000 / 0.600 during the sixth: a-016/a-017 turns on one a-017 event that some retrainings
#: of the eventness model drop, and c-003/c-004 had been joined through a false event of c-003
#: that the model then dropped, while their shared event (the fighting at Tinzaouatene) is typed
#: as a recapture in c-004. At the end of the sixth, 1.000 / 0.800: the two join again once the
#: curated gazetteer knows Tinzaouaten. The recall floor allows those two slips.
DEV_FLOORS = {"precision": 0.8, "recall": 0.6}


def gold_pairs(split: str) -> set[frozenset[str]]:
    """The report pairs (document ids, without .json) the gold list says tell one incident."""
    pairs = set()
    for line in (SHARED / "gold" / PAIR_FILES[split]).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        first, second = line.split()[:2]
        pairs.add(frozenset((first.removesuffix(".json"), second.removesuffix(".json"))))
    return pairs


def fused_pairs(db_url: str, split: str, reuse: bool) -> tuple[set[frozenset[str]], list[set[str]]]:
    """Store, extract and fuse a split's reports; return the fused report pairs and each multi-report incident."""
    from sitrep.errors import InputRejected
    from sitrep.events.rules import build_default_extractor
    from sitrep.store import Store, extract_stored
    from sitrep.store.fusion_store import rebuild_fusion
    from sitrep.store.incidents import fused_events
    from sitrep.store.ingestion import ingest_sources

    with Store.open(db_url) as store:
        if not reuse:
            for item in ingest_sources(store, [str(SHARED / "gold" / split)]):
                if isinstance(item, InputRejected):
                    print(f"rejected {item}", file=sys.stderr)
            extract_stored(store, build_default_extractor())
        else:
            rebuild_fusion(store)
        incidents = [{s.document_id for s in f.sources} for f in fused_events(store)]
    multi = [docs for docs in incidents if len(docs) > 1]
    pairs = {frozenset(p) for docs in multi for p in itertools.combinations(sorted(docs), 2)}
    return pairs, multi


def report(split: str, db: Path | None) -> dict[str, float]:
    """Print pairwise precision, recall and false fusions for one split, and return the two figures."""
    with tempfile.TemporaryDirectory() as scratch:
        path = db if db is not None else Path(scratch) / "fusion.sqlite"
        reuse = path.exists()
        predicted, multi = fused_pairs(f"sqlite:///{path}", split, reuse)
    gold = gold_pairs(split)
    hits = predicted & gold
    precision = len(hits) / len(predicted) if predicted else 1.0
    recall = len(hits) / len(gold) if gold else 1.0
    false_fusions = [docs for docs in multi
                     if any(frozenset(p) not in gold for p in itertools.combinations(sorted(docs), 2))]
    print(f"{split}: pairwise precision {precision:.3f} ({len(hits)}/{len(predicted)}), "
          f"recall {recall:.3f} ({len(hits)}/{len(gold)}); "
          f"{len(false_fusions)} incidents join unlisted reports")
    for pair in sorted(sorted(p) for p in gold - predicted):
        print(f"  missed: {' '.join(pair)}")
    for docs in false_fusions:
        print(f"  false fusion: {' '.join(sorted(docs))}")
    return {"precision": precision, "recall": recall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train", "both"), default="both")
    parser.add_argument("--db", type=Path, help="A SQLite file to build, or to reuse if it exists.")
    parser.add_argument("--check", action="store_true", help="Exit 1 when dev falls under DEV_FLOORS.")
    args = parser.parse_args()
    if not (SHARED / "gold").is_dir():
        print(f"no gold data at {SHARED / 'gold'}", file=sys.stderr)
        return 2
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    failed = False
    for split in splits:
        db = args.db.with_name(f"{args.db.stem}-{split}{args.db.suffix}") if args.db else None
        figures = report(split, db)
        if args.check and split == "dev":
            for name, floor in DEV_FLOORS.items():
                if figures[name] < floor:
                    print(f"dev {name} {figures[name]:.3f} is under its floor {floor}", file=sys.stderr)
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
