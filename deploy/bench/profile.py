#!/usr/bin/env python3
"""deploy/bench/profile.py [--threads] FILE.collapsed: where a service's CPU went during one load run (async-profiler's collapsed
stacks, `threads` on), as `category=share%;...` on one line for results.tsv. A sample counts for the innermost frame
that belongs to a known layer (a socket write under Netty is HTTP; a socket read under the JDBC driver is the
database round trip), so the shares add up to 100 %. With --threads: the share of each thread instead (those of 1 % or more)."""
import re
import sys

# innermost match wins; order matters only for frames matching two patterns
LAYERS = [
    ("JIT compiler", re.compile(r"CompileBroker|C1 CompilerThre|C2 CompilerThre|Compiler::compile|C2Compiler")),
    ("GC", re.compile(r"VM Thread|GenCollect|SerialHeap|DefNewGeneration|TenuredGeneration|G1|CollectedHeap|MemAllocator")),
    ("bearer token check", re.compile(r"io/smallrye/jwt|org/jose4j|VerifiedTokenCache|io/quarkus/smallrye/jwt")),
    ("JSON (Jackson)", re.compile(r"com/fasterxml/jackson")),
    ("PostgreSQL driver and pool", re.compile(r"org/postgresql|io/agroal")),
    ("Bean Validation", re.compile(r"org/hibernate/validator")),
    ("Hibernate and Panache", re.compile(r"org/hibernate|io/quarkus/hibernate|io/quarkus/panache|jakarta/persistence")),
    ("security and CDI interceptors", re.compile(r"io/quarkus/security|io/quarkus/arc|io/smallrye/context")),
    ("metrics", re.compile(r"io/micrometer|io/quarkus/micrometer")),
    ("HTTP (Vert.x, Netty, REST)", re.compile(r"io/vertx|io/netty|org/jboss/resteasy|io/quarkus/vertx|io/quarkus/resteasy")),
    ("the services' own code", re.compile(r"gov/qinghai")),
]


def layer_of(frames):
    for f in reversed(frames):
        for name, pattern in LAYERS:
            if pattern.search(f):
                return name
    if frames and re.search(r"\[(vert\.x-eventloop|executor-thread|vert\.x-worker)", frames[0]):
        return "other on request threads (JDK, kernel)"
    return "other threads"


def thread_of(frames):
    """'[C1 CompilerThre tid=123]' -> 'C1 CompilerThre'"""
    return re.sub(r"^\[|( tid=\d+)?\]$", "", frames[0]) if frames else "?"


def summarize(path, key_of=layer_of, floor=0.0):
    total, by = 0, {}
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, n = line.rstrip("\n").rpartition(" ")
        if not n.isdigit():
            continue
        n = int(n)
        total += n
        key = key_of(stack.split(";"))
        by[key] = by.get(key, 0) + n
    if total == 0:
        return "no samples"
    return ";".join(f"{k}={100.0 * v / total:.1f}" for k, v in sorted(by.items(), key=lambda kv: -kv[1])
                    if 100.0 * v / total >= floor)


if __name__ == "__main__":
    if sys.argv[1] == "--threads":
        print(summarize(sys.argv[2], thread_of, 1.0))
    else:
        print(summarize(sys.argv[1]))
