"""What the training commands of sitrep's small learned models share: reading the gold scorer,
the command line (GOLD_DIR, --scorer, --output), writing the model, reading a shipped model.

The models themselves (`sitrep.events.eventness`, `sitrep.events.opponents`) and how each is
trained (`train_eventness`, `train_opponents`) live in their own modules.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

#: Weights smaller than this are dropped from a shipped model: they change no decision.
MIN_WEIGHT = 1e-4


@dataclass(frozen=True)
class TrainingRun:
    """A training command's arguments: the gold reports, the scorer module, where to write."""

    gold_dir: Path
    scorer: ModuleType
    output: Path


def load_scorer(path: Path) -> ModuleType:
    """Import the gold scorer (`score.py`), whose pairing of events defines the labels."""
    spec = importlib.util.spec_from_file_location("gold_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_training_args(argv: Sequence[str] | None, description: str, resource: str) -> TrainingRun:
    """Read `GOLD_DIR [--scorer PATH] [--output PATH]`; the default output is the shipped `resource`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold_dir", type=Path, help="annotated training reports (gold/train), never dev")
    parser.add_argument("--scorer", type=Path, help="score.py (default: GOLD_DIR/../../tools/score.py)")
    parser.add_argument("--output", type=Path, help=f"where to write the model (default: the shipped {resource})")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer or args.gold_dir.resolve().parent.parent / "tools" / "score.py")
    output = args.output or Path(__file__).resolve().parents[1] / resource
    return TrainingRun(args.gold_dir, scorer, output)


def write_model(output: Path, text: str, report: dict[str, Any]) -> None:
    """Write a trained model's JSON and print the training report on stderr."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(json.dumps(report), "->", output, file=sys.stderr)


def fitted_weights(names: Iterable[str], coefficients: Iterable[float]) -> dict[str, float]:
    """A fitted linear model's weights by feature name, rounded, the negligible ones left out."""
    return {name: round(float(w), 4) for name, w in zip(names, coefficients, strict=True) if abs(w) >= MIN_WEIGHT}


def model_text(resource: str, path: Path | None) -> tuple[str, str]:
    """The JSON text of a model and the name to report errors under: `path`, or the shipped resource."""
    if path is not None:
        return path.read_text(encoding="utf-8"), str(path)
    return resources.files("sitrep").joinpath(resource).read_text(encoding="utf-8"), resource
