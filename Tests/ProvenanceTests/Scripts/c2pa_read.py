"""Reads a file's C2PA credentials with the independent c2pa-python package.

usage: c2pa_read.py FILE [ANCHORS_PEM]
Prints one JSON object: {"state": ..., "failure": [codes], "success": [codes],
"informational": [codes], "manifest": {...}} or {"state": "absent", "error": ...}.
"""
import json
import sys

import c2pa

settings = {"verify": {"remote_manifest_fetch": False}}
if len(sys.argv) > 2:
    with open(sys.argv[2]) as f:
        settings["trust"] = {"user_anchors": f.read()}
context = c2pa.Context.from_dict(settings)
try:
    with c2pa.Reader(sys.argv[1], context=context) as reader:
        doc = json.loads(reader.json())
except Exception as error:  # no manifest, or an unreadable one
    print(json.dumps({"state": "absent", "error": str(error)}))
    sys.exit(0)
results = doc.get("validation_results", {}).get("activeManifest", {})
print(json.dumps({
    "state": doc.get("validation_state"),
    "failure": [r["code"] for r in results.get("failure", [])],
    "success": [r["code"] for r in results.get("success", [])],
    "informational": [r["code"] for r in results.get("informational", [])],
    "manifest": doc.get("manifests", {}).get(doc.get("active_manifest"), {}),
}))
