"""The Videos API as programs written for OpenAI's Sora 2 API use it."""
import io
import json

import httpx
import openai
import pytest

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


def create_done(client, prompt="a red ball bounces on a beach", **kw):
    args = dict(SMALL, **kw)
    video = client.videos.create_and_poll(prompt=prompt, poll_interval_ms=50, **args)
    assert video.status == "completed", video.error
    return video


def test_create_and_poll_with_openai_model_names(client):
    video = client.videos.create_and_poll(model="sora-2", prompt="a red ball bounces on a beach at sunset", seconds="4", size="720x1280")
    assert video.status == "completed", video.error
    assert video.object == "video" and video.id.startswith("video_")
    assert (video.model, video.size, video.seconds, video.progress) == ("sora-2", "720x1280", "4", 100)
    assert video.completed_at >= video.created_at
    assert video.error is None and video.remixed_from_video_id is None


def test_create_response_has_every_field_and_the_poll_hint(studio):
    r = httpx.post(f"{studio.base_url}/videos", headers={"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"},
                   files={"prompt": (None, "a box falls in a park"), **{k: (None, v) for k, v in SMALL.items()}})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.headers["openai-poll-after-ms"] == "25"
    body = r.json()
    for key in ["id", "object", "model", "status", "progress", "created_at", "completed_at", "expires_at", "prompt", "size", "seconds",
                "remixed_from_video_id", "error"]:
        assert key in body, key
    assert body["status"] == "queued" and body["completed_at"] is None and body["error"] is None


def test_download_every_variant_and_byte_ranges(studio, client):
    video = create_done(client)
    mp4 = client.videos.download_content(video.id).content
    assert mp4[4:8] == b"ftyp" and len(mp4) > 10_000
    webp = client.videos.download_content(video.id, variant="thumbnail").content
    assert webp[:4] == b"RIFF" and webp[8:12] == b"WEBP"
    jpeg = client.videos.download_content(video.id, variant="spritesheet").content
    assert jpeg[:3] == b"\xff\xd8\xff"
    auth = {"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"}
    r = httpx.get(f"{studio.base_url}/videos/{video.id}/content", headers={**auth, "Range": "bytes=100-199"})
    assert r.status_code == 206 and r.content == mp4[100:200]
    assert r.headers["content-range"] == f"bytes 100-199/{len(mp4)}"
    r = httpx.get(f"{studio.base_url}/videos/{video.id}/content", headers={**auth, "Range": "bytes=-50"})
    assert r.status_code == 206 and r.content == mp4[-50:]
    r = httpx.get(f"{studio.base_url}/videos/{video.id}/content", headers={**auth, "Range": f"bytes={len(mp4)}-"})
    assert r.status_code == 416


def test_list_pages_through_everything_in_both_orders(studio):
    # A separate organization, so other tests' videos don't interfere.
    key, _ = studio.kinora("keys", "create", "--org", "paging")
    client = studio.client(key.strip())
    ids = [client.videos.create(prompt=f"a ball number {i}", **SMALL).id for i in range(5)]
    newest_first = [v.id for v in client.videos.list(limit=2)]
    assert newest_first == list(reversed(ids))
    oldest_first = [v.id for v in client.videos.list(limit=2, order="asc")]
    assert oldest_first == ids
    page = client.videos.list(limit=2)
    assert page.has_more and len(page.data) == 2 and page.last_id == ids[3]


def test_remix_keeps_the_scene_and_changes_what_the_prompt_says(client):
    source = create_done(client, "a red ball bounces on a beach at noon")
    remix = client.videos.remix(source.id, prompt="at night")
    assert remix.remixed_from_video_id == source.id and remix.status == "queued"
    done = client.videos.poll(remix.id, poll_interval_ms=50)
    assert done.status == "completed", done.error
    assert (done.model, done.size, done.seconds) == (source.model, source.size, source.seconds)
    bright = client.videos.download_content(source.id, variant="thumbnail").content
    dark = client.videos.download_content(remix.id, variant="thumbnail").content
    assert mean_brightness(dark) < mean_brightness(bright) - 20


def test_delete_removes_the_video_and_cancels_a_running_job(client):
    video = create_done(client)
    assert client.videos.delete(video.id).deleted is True
    with pytest.raises(openai.NotFoundError):
        client.videos.retrieve(video.id)
    running = client.videos.create(prompt="a ball rolls on a street", model="kinora", seconds="20", size="720x1280")
    deleted = client.videos.delete(running.id)
    assert deleted.id == running.id and deleted.deleted
    with pytest.raises(openai.NotFoundError):
        client.videos.download_content(running.id)


def test_idempotency_key_returns_the_same_video(studio, client):
    headers = {"Idempotency-Key": "order-42"}
    a = client.videos.create(prompt="a box falls", extra_headers=headers, **SMALL)
    b = client.videos.create(prompt="a box falls", extra_headers=headers, **SMALL)
    assert a.id == b.id
    with pytest.raises(openai.UnprocessableEntityError):
        client.videos.create(prompt="another prompt", extra_headers=headers, **SMALL)


def test_kinora_extensions_seed_style_metadata(client):
    video = client.videos.create_and_poll(prompt="a red ball bounces", poll_interval_ms=50,
                                          extra_body={"seed": "7", "style": "noir", "metadata": json.dumps({"order": "42"})}, **SMALL)
    assert video.status == "completed"
    assert video.model_extra.get("metadata") == {"order": "42"}
    thumb = client.videos.download_content(video.id, variant="thumbnail").content
    assert is_grey(thumb)


def mean_brightness(image_bytes):
    import subprocess
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", "-", "-f", "rawvideo", "-pix_fmt", "gray", "-"], input=image_bytes, capture_output=True).stdout
    return sum(raw) / max(len(raw), 1)


def is_grey(image_bytes):
    import subprocess
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", "-", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], input=image_bytes, capture_output=True).stdout
    spread = [max(raw[i:i + 3]) - min(raw[i:i + 3]) for i in range(0, len(raw), 3 * 97)]
    return sum(spread) / max(len(spread), 1) < 12


def test_input_reference_is_the_first_frame(client, tmp_path):
    import subprocess
    png = tmp_path / "red.png"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=180x320", "-frames:v", "1", str(png)], check=True)
    with open(png, "rb") as f:
        video = client.videos.create(prompt="a ball rolls on a street", input_reference=("red.png", f, "image/png"), **SMALL)
    done = client.videos.poll(video.id, poll_interval_ms=50)
    assert done.status == "completed", done.error
    mp4 = tmp_path / "v.mp4"
    mp4.write_bytes(client.videos.download_content(video.id).content)

    def mean_rgb(seconds):
        raw = subprocess.run(["ffmpeg", "-v", "error", "-ss", str(seconds), "-i", str(mp4), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                             capture_output=True, check=True).stdout
        return [sum(raw[c::3]) / (len(raw) / 3) for c in range(3)]

    r, g, b = mean_rgb(0)
    assert r > 180 and g < 80 and b < 80, (r, g, b)
    r, g, b = mean_rgb(1.5)
    assert not (r > 180 and g < 80 and b < 80), "the image never dissolved into the scene"
