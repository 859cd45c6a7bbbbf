"""Benchmark `sitrep extract` in file mode: documents per second and peak memory.

    .venv/bin/python bench/bench_extract.py [--documents 10000] [--source ../shared/gold/dev]

Writes N gold-shaped reports (the source texts repeated, each with its own id and a varied
first line so no two are identical) to a temporary folder, runs the default extractor over
them in this process, and prints documents/s, events, start-up time and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from sitrep.events.rules import build_default_extractor
from sitrep.ingest.json_documents import document_from_record

ROOT = Path(__file__).resolve().parents[1]


def load_texts(source: Path) -> list[dict]:
    records = [json.loads(p.read_text()) for p in sorted(source.glob("*.json"))]
    if not records:
        sys.exit(f"no .json reports in {source}")
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "gold" / "dev")
    args = parser.parse_args()
    records = load_texts(args.source)
    started = time.perf_counter()
    extractor = build_default_extractor()
    startup = time.perf_counter() - started
    n_events = n_chars = 0
    started = time.perf_counter()
    for i in range(args.documents):
        base = records[i % len(records)]
        record = dict(base, id=f"{base['id']}-{i}", text=f"Report {i}.\n\n{base['text']}")
        document = document_from_record(record, "bench", record["id"])
        n_events += len(extractor.extract(document))
        n_chars += len(document.text)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {args.documents}")
    print(f"characters     {n_chars} (mean {n_chars / args.documents:.0f} per document)")
    print(f"events         {n_events}")
    print(f"start-up       {startup:.2f} s")
    print(f"extraction     {elapsed:.1f} s, {args.documents / elapsed:.1f} documents/s on one core")
    print(f"peak RSS       {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
