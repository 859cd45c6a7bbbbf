"""Benchmark the whole pipeline, ingest -> extract -> store, into a fresh SQLite file.

    .venv/bin/python bench/bench_pipeline.py [--reports 10000] [--source ../shared/gold/dev]
    .venv/bin/python bench/bench_pipeline.py --engine dask --workers 2

Builds N reports of about 2,000 characters from the source texts (each a source report, a
paragraph of another one and a line of its own, so no two share a content hash), writes them
as one .json file each, then does in this process what `sitrep ingest DIR` and
`sitrep extract` do: ingest every file, extract every stored report, store its events, fuse.
Prints reports/s (and per core), the time of each stage, peak RSS and the start-up time of
`sitrep extract` (a subprocess over one report). Beside the wall time it prints this process's
CPU time, which on a machine shared with other jobs says what one core of its own would do.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "gold" / "dev"
#: The report length the speed target is stated for.
TARGET_CHARACTERS = 2_000
#: The speed floor of issue 8, reports per second on one core, end to end into SQLite.
REPORTS_PER_SECOND_FLOOR = 100
#: Fields of a gold record that a report file keeps (the gold events are left out).
REPORT_KEYS = ("url", "source", "published", "title")


def load_sources(source: Path) -> list[dict]:
    """The gold-shaped records of a folder, read at run time (never copied into the repository)."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.json"))]
    if not records:
        sys.exit(f"no .json reports in {source}; pass --source")
    return records


def make_report(records: list[dict], i: int) -> dict:
    """Report number i: a source report, then paragraphs of another up to ~2,000 characters, then its own line."""
    base = records[i % len(records)]
    other = records[(i * 7 + 3) % len(records)]
    text = base["text"].rstrip()
    for paragraph in other["text"].split("\n\n"):
        if len(text) + len(paragraph) > TARGET_CHARACTERS:
            break
        text += "\n\n" + paragraph.strip()
    text += f"\n\nBenchmark copy {i}."
    record = {key: base.get(key) for key in REPORT_KEYS}
    return dict(record, id=f"bench-{i:06d}", text=text)


def write_reports(records: list[dict], n: int, folder: Path) -> int:
    """Write n reports as one .json file each; return their characters in all."""
    folder.mkdir(parents=True)
    characters = 0
    for i in range(n):
        report = make_report(records, i)
        characters += len(report["text"])
        (folder / f"{report['id']}.json").write_text(json.dumps(report), encoding="utf-8")
    return characters


def startup_seconds(folder: Path) -> float:
    """Wall time of `sitrep extract` in file mode over one report: import, build, extract, write."""
    sitrep = Path(sys.executable).parent / "sitrep"
    one = folder / "one.json"
    one.write_text(json.dumps({"id": "one", "text": "Gunmen killed two villagers near Kidal on Monday."}),
                   encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([str(sitrep), "extract", str(one), "--quiet", "--output", str(folder / "one.jsonl")],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def peak_rss_mb(who: int) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000, help="how many reports (default 10000)")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of gold-shaped .json")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (with --engine dask)")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    args = parser.parse_args()

    from sitrep.events.rules import build_default_extractor
    from sitrep.store import Store
    from sitrep.store.ingestion import ingest_sources

    records = load_sources(args.source)
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        folder = Path(tmp)
        characters = write_reports(records, args.reports, folder / "reports")
        startup = None if args.no_startup else startup_seconds(folder)

        started, cpu_started = time.perf_counter(), time.process_time()
        store = Store.open(f"sqlite:///{folder / 'bench.sqlite'}")
        stored = sum(1 for item in ingest_sources(store, [str(folder / "reports")]) if hasattr(item, "document"))
        ingest, ingest_cpu = time.perf_counter() - started, time.process_time() - cpu_started

        started = time.perf_counter()
        # With Dask each worker builds its own, and that time is inside extract+store.
        extractor = build_default_extractor() if args.engine == "local" else None
        build = time.perf_counter() - started

        started, cpu_started = time.perf_counter(), time.process_time()
        if args.engine == "local":
            from sitrep.store import extract_stored

            assert extractor is not None
            summary = extract_stored(store, extractor)
            cores = 1
        else:
            from sitrep.scale.dask_engine import extract_stored_dask

            summary = extract_stored_dask(store, workers=args.workers)
            cores = args.workers
        extract_total, extract_cpu = time.perf_counter() - started, time.process_time() - cpu_started
        store.close()

    total = ingest + build + extract_total
    pipeline = ingest + extract_total
    print(f"engine         {args.engine}" + (f", {args.workers} workers" if args.engine == "dask" else ""))
    print(f"reports        {args.reports} ({stored} stored; mean {characters / args.reports:.0f} characters)")
    print(f"events         {summary.events} stored, {summary.incidents_created} incidents")
    print(f"ingest         {ingest:7.1f} s  {args.reports / ingest:7.1f} reports/s"
          f"  (CPU {ingest_cpu:.1f} s: {args.reports / ingest_cpu:.1f} reports/s)")
    print(f"build          {build:7.1f} s  (extractor: knowledge, gazetteer, spaCy)")
    print(f"  read         {summary.read_seconds:7.1f} s  (documents from the store)")
    print(f"  extract      {summary.extract_seconds:7.1f} s  (the extractor"
          + (", wall time waiting on the workers)" if args.engine == "dask" else ")"))
    print(f"  write        {summary.write_seconds:7.1f} s  (events into the store)")
    print(f"  fuse         {summary.fuse_seconds:7.1f} s  (incidents across reports)")
    print(f"extract+store  {extract_total:7.1f} s  {args.reports / extract_total:7.1f} reports/s"
          + (f"  (CPU {extract_cpu:.1f} s: {args.reports / extract_cpu:.1f} reports/s)" if args.engine == "local"
             else ""))
    print(f"end to end     {pipeline:7.1f} s  {args.reports / pipeline:7.1f} reports/s, "
          f"{args.reports / pipeline / cores:.1f} per core ({cores} extracting); "
          f"{total:.1f} s with the build")
    if args.engine == "local":
        cpu = ingest_cpu + extract_cpu
        print(f"end to end CPU {cpu:7.1f} s  {args.reports / cpu:7.1f} reports/s of this process's CPU time "
              f"(the wall-time figure on a core of its own)")
    print(f"peak RSS       {peak_rss_mb(resource.RUSAGE_SELF):7.0f} MB this process"
          + (f", {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB largest child" if args.engine == "dask" else ""))
    if startup is not None:
        print(f"start-up       {startup:7.2f} s  (`sitrep extract` over one report, in a subprocess)")
    print(f"cpu count      {os.cpu_count()}")


if __name__ == "__main__":
    main()
