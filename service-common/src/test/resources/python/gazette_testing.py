"""What the four services' gazette-parser tests (<service>/scripts/test_parsers.py) share.

Each test_parsers.py holds the unit tests of its module's parser(s) and the check that running them on the gazette
reproduces the committed seeds. Run them with python3 -m unittest discover -s scripts -p 'test_*.py' from the
module's directory; the Maven build runs them (ParsersTest). GAZETTE (environment) names the gazette text; by default
the one the parsers read (docs/gazette/000_6bc5adcb762922b6.txt, committed in the repository).

Python 3 standard library only. service-common's GazetteParsers (test-jar), which each service's ParsersTest runs, puts
this directory on PYTHONPATH; a module's scripts run alone (python3 -m unittest discover -s scripts) find it through
the repository path their test_parsers.py adds when the import fails.
"""
import contextlib
import io
import os
import tempfile
import unittest
from pathlib import Path


def locations(parser):
    """(gazette, seed directory) of a parser module: GAZETTE from the environment, else the parser's default input."""
    default = getattr(parser, "DEFAULT_IN", None) or parser.DEFAULT_SRC
    return Path(os.environ.get("GAZETTE", default)), Path(parser.DEFAULT_OUT)


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


def seeds_reproduced(main, gazette, seed_dir, seeds, script):
    """The test case every module's test_parsers.py has: running main on the gazette writes exactly the committed seeds.

    SeedsReproducedTest = gazette_testing.seeds_reproduced(parse_x.main, GAZETTE, SEED, SEEDS, "parse_x.py")
    (subclass it to add checks of the seeds themselves)."""

    class SeedsReproducedTest(unittest.TestCase):
        def test_every_seed_csv(self):
            assert_reproduces_seeds(self, main, gazette, seed_dir, seeds, script)

    SeedsReproducedTest.__doc__ = f"Running {script} on the gazette writes exactly the committed seeds."
    return SeedsReproducedTest
