#!/usr/bin/env python3
"""deploy/aot/exercise.py BASE_URL [MANAGEMENT_URL]: the requests of an AOT training run (deploy/aot/train.sh with
AOT_TRAIN_REQUESTS=true; not the default, see train.sh). Also usable by hand against any scratch instance.

Reads the service's own OpenAPI document and calls every operation in it (but the rare ones, AOT_EXERCISE_SKIP), so that the classes and code paths of
request handling (routing, JWT verification, Jackson, validation, Hibernate reads and writes, Envers audit, outbox,
problem+json errors) are loaded while the JVM records the AOT cache. Nothing here checks answers: any status is
fine, the point is to run the code. Only ever point it at a scratch database (train.sh uses qinghai_aot_train):
it writes with an admin token.

Order: health/metrics/openapi; every GET (list endpoints first, their ids feed the path parameters of the others);
every POST/PUT with a JSON body built from the schema's examples; the usual error answers (401, 403, 404, malformed
JSON). Two passes of the reads so that their methods are also counted hot. Tokens come from deploy/token.sh (the
dev key pair: the training instance runs with ALLOW_DEV_DEFAULTS=true). AOT_EXERCISE_VERBOSE=1 prints each call.
"""
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE = sys.argv[1].rstrip("/")
# health, metrics and OpenAPI answer on the management interface (its own port; default: BASE's port + 1000)
MANAGEMENT = (sys.argv[2] if len(sys.argv) > 2 else re.sub(
    r":(\d+)$", lambda m: ":" + str(int(m.group(1)) + 1000), BASE)).rstrip("/")
HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN_SH = os.environ.get("AOT_TOKEN_SH", os.path.join(HERE, "..", "token.sh"))
statuses = {}
seen = {}   # path -> last JSON object a GET answered (a PUT sends back its version)


def token(role, unit=""):
    try:
        return subprocess.run(["bash", TOKEN_SH, role, unit], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


ADMIN, VIEWER = token("admin"), token("viewer")


def call(method, path, tok=None, body=None, ctype="application/json"):
    data = None
    headers = {"Accept": "*/*" if path.startswith("/q/") else "application/json"}
    if tok:
        headers["Authorization"] = "Bearer " + tok
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = ctype
        headers["Idempotency-Key"] = str(uuid.uuid4())
    req = urllib.request.Request((MANAGEMENT if path.startswith("/q/") else BASE) + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    except (OSError, ValueError):
        status, text = 0, b""
    statuses[status // 100] = statuses.get(status // 100, 0) + 1
    if os.environ.get("AOT_EXERCISE_VERBOSE"):
        print(status, method, path, file=sys.stderr)
    try:
        answer = json.loads(text) if text else None
    except ValueError:
        answer = None
    if method == "GET" and status == 200 and isinstance(answer, dict):
        seen[path.split("?")[0]] = answer
    return status, answer


spec = call("GET", "/q/openapi?format=json")[1] or {}
for p in ("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"):
    call("GET", p)
schemas = spec.get("components", {}).get("schemas", {})


FORMATS = {"date": "2017-10-01", "date-time": "2017-10-01T08:00:00Z", "uuid": str(uuid.uuid4()), "email": "a@example.com",
           "uri": "https://example.com/"}


def example(schema, depth=0):
    """A value for schema: its example, else one built from its properties (each property's example)."""
    if not isinstance(schema, dict) or depth > 6:
        return None
    if "$ref" in schema:
        return example(schemas.get(schema["$ref"].split("/")[-1], {}), depth + 1)
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            return example(schema[key][0], depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {k: example(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        item = example(schema.get("items", {}), depth + 1)
        return [] if item is None else [item]
    if kind == "string" and schema.get("format") in FORMATS:
        return FORMATS[schema["format"]]
    return {"integer": 1, "number": 1, "boolean": False, "string": "x"}.get(kind)


def param_value(p):
    if "example" in p:
        return p["example"]
    if p.get("examples"):
        first = next(iter(p["examples"].values()))
        return first.get("value") if isinstance(first, dict) else first
    return example(p.get("schema", {}))


ids = {}   # collection path -> ids seen in its list answer


def remember(path, answer):
    rows = answer.get("items") if isinstance(answer, dict) else answer
    if isinstance(rows, list):
        found = [r.get("id", r.get("number")) for r in rows[:5] if isinstance(r, dict)]
        if [x for x in found if x is not None]:
            ids[path] = [x for x in found if x is not None]


def url(path, params, op):
    def fill(m):
        name = m.group(1)
        prefix = path[:m.start()].rstrip("/")
        if prefix in ids:
            return str(ids[prefix][0])
        p = next((x for x in params if x.get("in") == "path" and x.get("name") == name), {})
        v = param_value(p)
        return urllib.parse.quote(str(1 if v is None else v))
    filled = re.sub(r"\{([^}]+)}", fill, path)
    query = {}
    for p in params:
        if p.get("in") == "query" and (p.get("required") or p.get("name") in ("page", "size")):
            v = param_value(p)
            if v is not None:
                query[p["name"]] = str(v).lower() if isinstance(v, bool) else v
    return filled + ("?" + urllib.parse.urlencode(query) if query else "")


ops = []
for path, item in spec.get("paths", {}).items():
    for method, op in item.items():
        if method in ("get", "post", "put") and isinstance(op, dict):
            ops.append((method.upper(), path, op.get("parameters", []) + item.get("parameters", []), op))
# The main paths only: the cache is loaded whole at every start (RSS), so the rare ones (exports to CSV/XLSX, job
# replays, table imports) stay out of it and load their classes when first used.
RARE = re.compile(os.environ.get("AOT_EXERCISE_SKIP", r"/export\b|/admin/|/bulletin|/import\b"))
ops = [o for o in ops if not RARE.search(o[1])]
reads = sorted([o for o in ops if o[0] == "GET"], key=lambda o: ("{" in o[1], o[1]))
writes = [o for o in ops if o[0] != "GET"]

for rnd in range(2):
    for method, path, params, op in reads:
        status, answer = call("GET", url(path, params, op), ADMIN)
        if rnd == 0 and "{" not in path and status == 200:
            remember(path, answer)
for method, path, params, op in writes:
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = example(content["application/json"].get("schema", {}))
        target = url(path, params, op)
        if isinstance(body, dict) and "version" in body and "version" in seen.get(target.split("?")[0], {}):
            body["version"] = seen[target.split("?")[0]]["version"]
        call(method, target, ADMIN, {} if body is None else body)
    elif not content:
        call(method, url(path, params, op), ADMIN, b"")
for method, path, params, op in reads[:5]:
    call("GET", url(path, params, op))                           # 401
for method, path, params, op in writes[:5]:
    call(method, url(path, params, op), VIEWER, {})               # 403 (or 400)
    call(method, url(path, params, op), ADMIN, b"{not json", "application/json")   # 400
for method, path, params, op in [o for o in reads if "{" in o[1]][:5]:
    call("GET", re.sub(r"\{[^}]+}", "999999999", path), VIEWER)  # 404
for method, path, params, op in reads:
    call("GET", url(path, params, op), ADMIN)
print(f"exercised {len(reads)} GET and {len(writes)} POST/PUT operations: "
      + ", ".join(f"{k}xx {v}" if k else f"no answer {v}" for k, v in sorted(statuses.items())))
