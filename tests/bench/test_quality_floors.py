"""The dev-set figures must not fall under the floors pinned in bench/quality.py."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "dev").is_dir(), reason="../shared/gold/dev is absent")
def test_quality_dev_set_stays_above_its_floors():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "quality.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "strict" in result.stdout


@pytest.mark.skipif(not (SHARED / "gold" / "same-incident.txt").is_file(),
                    reason="../shared/gold/same-incident.txt is absent")
def test_fusion_quality_dev_pairs_stay_above_their_floors():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "fusion_quality.py"), "--split", "dev", "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dev: pairwise precision" in result.stdout
