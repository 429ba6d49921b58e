"""What an operator watches: health, readiness and Prometheus metrics."""
import re

import httpx
import openai
import pytest

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


def test_health_readiness_and_metrics(studio, client):
    base = studio.base_url.rsplit("/v1", 1)[0]
    assert httpx.get(f"{base}/healthz").status_code == 200
    assert httpx.get(f"{base}/readyz").status_code == 200
    client.videos.create_and_poll(prompt="a ball rolls", poll_interval_ms=50, **SMALL)
    with pytest.raises(openai.BadRequestError):
        client.videos.create(prompt="a ball", model="no-such-model")
    r = httpx.get(f"{base}/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    text = r.text
    samples = dict(re.findall(r"^([a-z_]+(?:\{[^}]*\})?) (\S+)$", text, re.M))
    assert "kinora_queue_depth" in samples
    assert float(samples['kinora_jobs{state="done"}']) >= 1
    assert float(samples["kinora_job_latency_seconds_count"]) >= 1
    assert float(samples["kinora_render_fps"]) > 0
    assert float(samples['kinora_http_errors_total{code="invalid_value"}']) >= 1
    assert float(samples['kinora_http_responses_total{class="2xx"}']) >= 1


def test_the_openapi_document_is_valid_and_matches_what_the_server_sends(studio, client):
    import pathlib
    import yaml
    from openapi_spec_validator import validate

    doc = yaml.safe_load((pathlib.Path(__file__).resolve().parents[2] / "docs/openapi.yaml").read_text())
    validate(doc)
    assert set(doc["paths"]) == {"/videos", "/videos/{video_id}", "/videos/{video_id}/content", "/videos/{video_id}/remix"}
    schemas = doc["components"]["schemas"]
    auth = {"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"}
    created = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"prompt": "a ball", **SMALL}).json()
    assert set(schemas["Video"]["required"]) == set(created)
    page = httpx.get(f"{studio.base_url}/videos?limit=1", headers=auth).json()
    assert set(schemas["VideoList"]["required"]) == set(page)
    error = httpx.get(f"{studio.base_url}/videos?limit=0", headers=auth).json()
    assert set(schemas["Error"]["properties"]["error"]["required"]) == set(error["error"])


def test_json_logs_have_one_object_per_line_with_each_request():
    import json
    from conftest import Studio

    studio = Studio(extra_env={"KINORA_LOG_FORMAT": "json"})
    try:
        studio.client().videos.list()
        httpx.get(f"{studio.base_url}/videos/video_000000000000000000000000", headers={"Authorization": "Bearer wrong-key-0000000000"})
        studio.log.flush()
        lines = [json.loads(line) for line in open(studio.log.name) if line.strip()]
        requests = [l for l in lines if l["message"] == "request"]
        assert {"/v1/videos", "/v1/videos/video_000000000000000000000000"} <= {r["path"] for r in requests}
        assert {"200", "401"} <= {r["status"] for r in requests}
        assert all({"time", "level", "logger", "message"} <= set(l) for l in lines)
    finally:
        studio.stop()
