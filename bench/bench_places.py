"""Benchmark place recognition and resolution: place mentions resolved per second.

    .venv/bin/python bench/bench_places.py [--source ../shared/gold/dev] [--repeat 20]

Opens the gazetteer (building it first if the cache lacks it, timed apart), splits each report
into sentences once (not timed), then times PlaceRecogniser + PlaceResolver over the reports,
`--repeat` times. The first pass over each report fills the gazetteer's look-up cache, as a
long-running process would; the "cold" line times that first pass alone.
Prints start-up, ms per report, mentions per second and resolved share.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sitrep.config import Settings
from sitrep.model import Document, WorkingDoc
from sitrep.recognise.places import PlaceRecogniser
from sitrep.recognise.sentences import SentenceSplitter
from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.places import PlaceResolver

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "gold" / "dev")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.source.glob("*.json"))]
    if not records:
        sys.exit(f"no .json reports in {args.source}")
    cache_dir = Settings.from_env().cache_dir
    started = time.perf_counter()
    gazetteer = Gazetteer.open(cache_dir)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    recogniser, resolver = PlaceRecogniser(gazetteer), PlaceResolver(gazetteer)
    startup = opened + time.perf_counter() - started
    splitter = SentenceSplitter()
    docs = [splitter(WorkingDoc(Document(id=r["id"], text=r["text"]))) for r in records]
    chars = sum(len(d.text) for d in docs)

    def one_pass() -> tuple[int, int]:
        mentions = resolved = 0
        for doc in docs:
            doc.place_mentions = []
            doc = resolver(recogniser(doc))
            mentions += len(doc.place_mentions)
            resolved += sum(1 for m in doc.place_mentions if m.value is not None and m.value.has_coordinates)
        return mentions, resolved

    started = time.perf_counter()
    mentions, resolved = one_pass()
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(args.repeat):
        one_pass()
    warm = (time.perf_counter() - started) / args.repeat
    print(f"gazetteer: {gazetteer.path} ({gazetteer.size()} places), start-up {startup * 1000:.0f} ms")
    print(f"reports: {len(docs)} ({chars / len(docs):.0f} chars on average)")
    print(f"cold pass: {cold / len(docs) * 1000:.2f} ms/report, {mentions / cold:.0f} mentions/s")
    print(f"warm pass: {warm / len(docs) * 1000:.2f} ms/report, {mentions / warm:.0f} mentions/s "
          f"({len(docs) / warm:.0f} reports/s)")
    print(f"place mentions: {mentions}, with coordinates: {resolved} ({resolved / max(mentions, 1):.1%})")


if __name__ == "__main__":
    main()
