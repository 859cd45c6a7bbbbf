"""Benchmark loading the shipped knowledge: the actor ontology and its alias index, cold.

    .venv/bin/python bench/bench_knowledge.py [--repeat 5]

Each repeat loads the ontology from the YAML files in a fresh process, as every `sitrep`
command does at start-up (the issue's budget is 0.3 s). Prints the entries loaded and the
median and slowest load time.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

#: Run in a child process so that each load is cold (no module or file cache of this process).
CHILD = """
import json, time
started = time.perf_counter()
from sitrep.knowledge.actors import load_ontology
entries = load_ontology()
print(json.dumps({"seconds": time.perf_counter() - started, "entries": len(entries)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD], check=True, capture_output=True,
                                      text=True).stdout) for _ in range(args.repeat)]
    seconds = sorted(r["seconds"] for r in runs)
    print(f"actor ontology: {runs[0]['entries']} entries; load median {statistics.median(seconds):.3f} s, "
          f"slowest {seconds[-1]:.3f} s over {args.repeat} cold loads")


if __name__ == "__main__":
    main()
