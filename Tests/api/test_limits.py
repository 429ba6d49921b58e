"""Per-organization limits: seconds of video per period, and jobs rendering at once."""
import httpx
import openai
import pytest

from conftest import Studio
from test_faults import wait_for


def test_quota_refuses_orders_beyond_it_without_storing_them(studio):
    key, _ = studio.kinora("keys", "create", "--org", "tight")
    out, _ = studio.kinora("orgs", "limits", "--org", "tight", "--quota-seconds", "5")
    assert "5 s of video" in out
    client = studio.client(key.strip())
    client.videos.create(prompt="a ball", model="kinora-draft", seconds="4", size="180x320")
    with pytest.raises(openai.RateLimitError) as e:
        client.videos.create(prompt="another ball", model="kinora-draft", seconds="4", size="180x320")
    assert e.value.body["code"] == "quota_exceeded" and e.value.body["param"] == "seconds"
    assert e.value.response.headers["x-should-retry"] == "false"
    assert len(client.videos.list().data) == 1


def test_an_organization_renders_no_more_jobs_at_once_than_its_limit():
    studio = Studio(workers=2)
    try:
        key, _ = studio.kinora("keys", "create", "--org", "one-at-a-time")
        studio.kinora("orgs", "limits", "--org", "one-at-a-time", "--concurrency", "1")
        client = studio.client(key.strip())
        ids = [client.videos.create(prompt="a red ball bounces", model="kinora-draft", seconds="6", size="360x640").id for _ in range(2)]
        for video_id in ids:
            wait_for(lambda: client.videos.retrieve(video_id).status == "completed", what=video_id)
        rows = studio.query("SELECT started_at, finished_at FROM jobs ORDER BY started_at")
        (start1, end1), (start2, end2) = [(int(a), int(b)) for a, b in rows]
        assert start2 >= end1, f"the second job started at {start2}, before the first finished at {end1}"
    finally:
        studio.stop()
