"""Benchmark the API: requests/s and latency of `sitrep serve` under load from a second process.

    .venv/bin/python bench/bench_api.py [--reports 500] [--seconds 10] [--clients 8]

Fills a fresh SQLite store (N reports built from ../shared/gold/dev as in bench_pipeline.py,
ingested and extracted), starts `sitrep serve` on a free loopback port in a subprocess, and
from this process (threads with http.client, one connection each) sends a fixed mix of
requests for a bounded time: event lists with filters, single events, the timeline, document
lists and single documents. Prints requests/s, p50 and p99 latency (overall and per kind),
then stops the server.
"""
from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

from bench_pipeline import DEFAULT_SOURCE, load_sources, write_reports

#: How long to wait for the server to answer /api/health before giving up.
SERVER_START_TIMEOUT_S = 60
#: Seed of the request mix, so two runs send the same requests.
SEED = 8


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fill_store(db: Path, folder: Path, source: Path, reports: int) -> tuple[list[str], list[str], list[str]]:
    """Ingest and extract N reports into a new store; return event ids, document ids and countries."""
    from sitrep.events.rules import build_default_extractor
    from sitrep.store import Store, extract_stored
    from sitrep.store.ingestion import ingest_sources

    write_reports(load_sources(source), reports, folder)
    with Store.open(f"sqlite:///{db}") as store:
        for _ in ingest_sources(store, [str(folder)]):
            pass
        extract_stored(store, build_default_extractor())
        events = store.events()
        return ([e.id for e in events], store.document_ids(),
                sorted({e.country for e in events if e.country}))


def request_mix(event_ids: list[str], document_ids: list[str], countries: list[str]) -> list[tuple[str, str]]:
    """(kind, path) pairs: the requests the clients cycle through, weighted towards event lists."""
    rng = random.Random(SEED)
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Armed clash"]
    mix = []
    for _ in range(200):
        mix += [
            ("events", "/api/events?limit=50"),
            ("events?country", f"/api/events?country={urllib.parse.quote(rng.choice(countries))}&limit=50"),
            ("events?type+since", f"/api/events?type={urllib.parse.quote(rng.choice(types))}"
                                  "&since=2015-01-01&sort=-date&limit=20"),
            ("events/{id}", f"/api/events/{rng.choice(event_ids)}"),
            ("events/{id}", f"/api/events/{rng.choice(event_ids)}"),
            ("timeline", f"/api/events/timeline?country={urllib.parse.quote(rng.choice(countries))}"),
            ("documents", f"/api/documents?limit=20&offset={rng.randrange(len(document_ids))}"),
            ("documents/{id}", f"/api/documents/{rng.choice(document_ids)}"),
        ]
    rng.shuffle(mix)
    return mix


def client(port: int, mix: list[tuple[str, str]], start: int, deadline: float,
           latencies: dict[str, list[float]], errors: list[str]) -> None:
    """Send requests from the mix (from `start` on) over one keep-alive connection until the deadline."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    i = start
    mine: dict[str, list[float]] = defaultdict(list)
    while time.perf_counter() < deadline:
        kind, path = mix[i % len(mix)]
        i += 1
        started = time.perf_counter()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {exc}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        mine[kind].append(time.perf_counter() - started)
        if response.status != 200:
            errors.append(f"{path}: HTTP {response.status}")
    connection.close()
    for kind, values in mine.items():
        latencies[kind].extend(values)


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    """Wait for /api/health to answer, or fail if the server died or took too long."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"sitrep serve exited with code {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"sitrep serve did not answer within {SERVER_START_TIMEOUT_S} s")


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500, help="reports in the store (default 500)")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to send load (default 10)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of gold-shaped .json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-api-") as tmp:
        db = Path(tmp) / "bench.sqlite"
        event_ids, document_ids, countries = fill_store(db, Path(tmp) / "reports", args.source, args.reports)
        if not event_ids:
            sys.exit("the store has no events to ask for")
        port = free_port()
        sitrep = Path(sys.executable).parent / "sitrep"
        server = subprocess.Popen([str(sitrep), "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(port, server)
            mix = request_mix(event_ids, document_ids, countries)
            latencies: dict[str, list[float]] = defaultdict(list)
            errors: list[str] = []
            started = time.perf_counter()
            deadline = started + args.seconds
            threads = [threading.Thread(target=client, args=(port, mix, i * len(mix) // args.clients, deadline,
                                                             latencies, errors))
                       for i in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    every = [v for values in latencies.values() for v in values]
    print(f"store          {args.reports} reports, {len(event_ids)} events")
    print(f"load           {args.clients} connections for {elapsed:.1f} s, from a second process")
    print(f"requests       {len(every)} ({len(errors)} errors)  {len(every) / elapsed:.1f} requests/s")
    print(f"latency        p50 {1000 * statistics.median(every):.1f} ms  p99 {1000 * percentile(every, 0.99):.1f} ms")
    for kind in sorted(latencies):
        values = latencies[kind]
        print(f"  {kind:18} {len(values):6}  p50 {1000 * statistics.median(values):7.1f} ms  "
              f"p99 {1000 * percentile(values, 0.99):7.1f} ms")
    for line in errors[:5]:
        print(f"error          {line}")


if __name__ == "__main__":
    main()
