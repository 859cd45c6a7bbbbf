"""Extract stored reports on a Dask cluster: batches of documents out to workers, events back to the store.

The client process (the one running `sitrep extract`) is the only one that touches the
database: it reads pending documents a batch at a time, sends each batch to a worker, and
writes each batch's events as soon as its result comes back, one transaction per batch (the
same `ExtractionTally` as the single-process path, so the stored events are the same). Each
worker builds the extractor once, when it joins (a `WorkerPlugin`), not once per batch.
Workers need no database access, so a remote cluster only needs sitrep installed. The client
claims each batch before sending it (`sitrep.store.claims`), so a concurrent extraction of
either engine takes the other documents, and the last extraction to finish fuses.

Without a scheduler address a local cluster is started: K worker processes of one thread
each, on loopback, with no dashboard. Importing this module imports dask.distributed, so only
`sitrep extract --engine dask` imports it.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from sitrep.config import Settings
from sitrep.errors import ClusterError
from sitrep.events.rules import EXTRACTOR_NAME, EXTRACTOR_VERSION
from sitrep.model import Document, Event
from sitrep.store.claims import ClaimedRun
from sitrep.store.extraction import ExtractionTally, ExtractSummary, ProgressCallback, batched, ids_to_extract
from sitrep.store.repository import Store

log = logging.getLogger(__name__)

#: Documents per task. Large enough that scheduling (~1 ms a task) and shipping are noise
#: beside ~10 ms of extraction per report; small enough that K workers share the tail evenly.
DASK_BATCH_SIZE = 50
#: Batches sent ahead per worker: enough to keep every worker busy while the client writes,
#: few enough that the client never holds the whole corpus in memory.
BATCHES_IN_FLIGHT_PER_WORKER = 3
#: How long to try reaching a scheduler before saying it cannot be reached.
CONNECT_TIMEOUT_S = 5
#: The name the extractor plugin is registered under on every worker.
PLUGIN_NAME = "sitrep-extractor"


@dataclass(frozen=True)
class BatchResult:
    """What a worker found in one batch: the extractor it used and each document's events."""

    extractor: str
    extractor_version: str
    found: list[tuple[str, list[Event]]]


class ExtractorPlugin(WorkerPlugin):
    """Builds the default extractor once, when a worker joins, for every batch that worker runs."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.extractor: Any = None

    def setup(self, worker: Any) -> None:
        """Build the extractor (knowledge, gazetteer, spaCy) in the worker's process."""
        from sitrep.events.rules import build_default_extractor

        self.extractor = build_default_extractor(self.settings)


def extract_batch(documents: Sequence[Document]) -> BatchResult:
    """Extract one batch on a Dask worker, with the extractor its plugin built."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    if not isinstance(plugin, ExtractorPlugin):
        raise TypeError(f"the worker's {PLUGIN_NAME!r} plugin is a {type(plugin).__name__}, not an ExtractorPlugin")
    extractor = plugin.extractor
    return BatchResult(extractor=extractor.name, extractor_version=extractor.version,
                       found=[(d.id, extractor.extract(d)) for d in documents])


def connect(scheduler: str | None, workers: int) -> Client:
    """A client of the scheduler at this address, or of a new local cluster of `workers` processes."""
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.ERROR)
            return Client(cluster, set_as_default=False)
        return Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise ClusterError(f"cannot reach {where}: {exc}; check the address given with --scheduler "
                           "(tcp://HOST:PORT), or leave it out to start a local cluster") from exc


def extract_stored_dask(store: Store, settings: Settings | None = None,
                        document_ids: Sequence[str] | None = None, *, workers: int = 2,
                        scheduler: str | None = None, batch_size: int = DASK_BATCH_SIZE,
                        progress: ProgressCallback | None = None) -> ExtractSummary:
    """Extract stored documents (all, or these ids) on Dask workers, store their events, then fuse them."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    ids = ids_to_extract(store, document_ids)
    # Workers need only the cache location; never ship the API token to a cluster.
    settings = dataclasses.replace(settings or Settings.from_env(), api_token=None)
    tally = ExtractionTally()
    client = connect(scheduler, workers)
    # The client claims each batch before sending it, as a single-process extraction does, so a
    # concurrent `sitrep extract` (of either engine) on the same store takes the other documents.
    done = extracted = 0
    try:
        with ClaimedRun(store, EXTRACTOR_NAME, EXTRACTOR_VERSION) as run:
            client.register_plugin(ExtractorPlugin(settings), name=PLUGIN_NAME)
            slots = BATCHES_IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
            batches = batched(ids, batch_size)
            pending = as_completed(loop=client.loop)
            started = time.perf_counter()

            def submit_next() -> bool:
                nonlocal done
                for batch in batches:
                    read_started = time.perf_counter()
                    mine = run.take(batch)
                    done += len(batch) - len(mine)  # left to another extraction
                    if not mine:
                        continue
                    documents = store.documents(mine)
                    tally.seconds["read"] += time.perf_counter() - read_started
                    pending.add(client.submit(extract_batch, documents, pure=False))
                    return True
                return False

            for _ in range(slots):
                if not submit_next():
                    break
            for future in pending:
                result: BatchResult = future.result()
                future.release()
                tally.write(store, result.found, result.extractor, result.extractor_version)
                run.stored(document_id for document_id, _ in result.found)
                done += len(result.found)
                extracted += len(result.found)
                if progress is not None:
                    progress(done, len(ids))
                submit_next()
            tally.seconds["extract"] = (time.perf_counter() - started - tally.seconds["read"]
                                        - tally.seconds["write"])
    finally:
        _close(client)
    return tally.finish(store, extracted, fuse=run.last)


def _close(client: Client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()
