"""What the command-line test scripts share: the binary under test, a scratch folder, running
the binary, the test decorator and the final tally.

Usage from a script: `from harness import BIN, ROOT, TMP, run, test, write, finish`; the script
itself is called as `SCRIPT PATH/TO/detente PROJECT_DIR`.
"""
import os
import shutil
import subprocess
import sys
import tempfile

BIN, ROOT = sys.argv[1], sys.argv[2]
TMP = tempfile.mkdtemp(prefix="detente-" + os.path.basename(sys.argv[0]).split(".")[0] + "-")
_tally = {"passed": 0, "failed": 0}


def run(*args, stdin=None, code=0):
    """Runs detente; unless `code` is None, its exit status must be `code`."""
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, timeout=300)
    if code is not None and p.returncode != code:
        raise AssertionError(f"detente {' '.join(args)} exited {p.returncode}, wanted {code}: {p.stderr.decode()}")
    return p


def test(fn):
    """Runs `fn` at once and records the outcome; a failure is reported and the next test runs."""
    try:
        fn()
        _tally["passed"] += 1
        print(f"ok    {fn.__name__}")
    except Exception as e:
        _tally["failed"] += 1
        print(f"FAIL  {fn.__name__}: {e}")
    return fn


def write(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path


def finish():
    print(f"{_tally['passed']} passed, {_tally['failed']} failed")
    shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(1 if _tally["failed"] else 0)
