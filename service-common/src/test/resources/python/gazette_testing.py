"""What the four services' gazette-parser tests (<service>/scripts/test_parsers.py) share.

Python 3 standard library only. service-common's GazetteParsers (test-jar), which each service's ParsersTest runs, puts
this directory on PYTHONPATH; a module's scripts run alone (python3 -m unittest discover -s scripts) find it through
the repository path their test_parsers.py adds when the import fails.
"""
import contextlib
import io
import os
import tempfile
from pathlib import Path


def first_difference(written, committed):
    """The first line where the parser's output and the committed seed differ, both as text, for the failure."""
    a, b = written.decode("utf-8").splitlines(True), committed.decode("utf-8").splitlines(True)
    for n, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            return f"line {n}: the parser writes {x!r}, the seed has {y!r}"
    return f"the parser writes {len(a)} lines, the seed has {len(b)}"


def quiet(fn, *args):
    """fn(*args) without what it reports on stdout and stderr (row counts, notes), for a readable test run."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return fn(*args)


def assert_reproduces_seeds(test, main, gazette, seed_dir, seeds, script):
    """Running main([gazette, dir]) writes exactly the seeds, each byte for byte the committed one in seed_dir."""
    with tempfile.TemporaryDirectory() as d:
        test.assertEqual(quiet(main, [str(gazette), d]), 0)
        test.assertEqual(sorted(os.listdir(d)), sorted(seeds), "the parser writes exactly these seeds")
        for name in seeds:
            with test.subTest(seed=name):
                written, committed = (Path(d) / name).read_bytes(), (Path(seed_dir) / name).read_bytes()
                test.assertTrue(written == committed, first_difference(written, committed) + "; "
                                + f"{Path(seed_dir) / name} is not what {script} writes from {gazette}: "
                                "run it and commit the result")
