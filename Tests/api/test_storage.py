"""Media storage, local or S3: a deleted video's files leave the store and no one else's do; an S3
store that cannot be reached or refuses the studio's key stops start-up with one line naming it."""
import os
import socket
import uuid

import pytest

from conftest import Studio, s3_client

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")
FILES = ("spritesheet.jpg", "thumbnail.webp", "video.mp4")
needs_s3 = pytest.mark.skipif(not os.environ.get("KINORA_TEST_STORAGE_URL"), reason="needs an S3 store: scripts/with-seaweedfs")


def start_failure(**env):
    """The one-line error of a `kinora serve` that must refuse to start."""
    with pytest.raises(RuntimeError) as failed:
        Studio(extra_env=env).stop()
    lines = [line for line in str(failed.value).splitlines()[1:] if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_deleting_a_video_removes_its_files_from_the_store(studio, client):
    kept, deleted = [client.videos.create_and_poll(prompt=f"a box falls in a park, take {i}", poll_interval_ms=50, **SMALL) for i in range(2)]
    assert kept.status == deleted.status == "completed"
    for video in (kept, deleted):
        assert [k for k in studio.stored_keys() if k.startswith(video.id + "/")] == [f"{video.id}/{name}" for name in FILES]
    assert client.videos.delete(deleted.id).deleted
    keys = studio.stored_keys()
    assert not [k for k in keys if k.startswith(deleted.id + "/")]
    assert [k for k in keys if k.startswith(kept.id + "/")] == [f"{kept.id}/{name}" for name in FILES]


def test_an_unreachable_s3_endpoint_stops_start_up_naming_endpoint_and_bucket():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{s.getsockname()[1]}"  # closed once the with-block ends
    line = start_failure(STORAGE_URL="s3://kinora-nowhere/media", S3_ENDPOINT=endpoint, AWS_ACCESS_KEY_ID="k", AWS_SECRET_ACCESS_KEY="s")
    assert "s3://kinora-nowhere/media" in line and endpoint in line and "cannot reach" in line, line


def test_s3_storage_without_credentials_is_refused_before_any_request():
    env = {name: "" for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "S3_ACCESS_KEY", "S3_SECRET_KEY")}
    line = start_failure(STORAGE_URL="s3://kinora-nowhere", S3_ENDPOINT="http://127.0.0.1:9", **env)
    assert "AWS_ACCESS_KEY_ID" in line and "AWS_SECRET_ACCESS_KEY" in line, line


@needs_s3
def test_a_wrong_secret_key_stops_start_up_with_one_line_naming_the_store():
    line = start_failure(AWS_SECRET_ACCESS_KEY="not-the-secret")
    assert "SignatureDoesNotMatch" in line and os.environ["S3_ENDPOINT"] in line, line
    assert os.environ["KINORA_TEST_STORAGE_URL"] in line and "AWS_SECRET_ACCESS_KEY" in line, line


@needs_s3
def test_a_missing_bucket_is_created_at_start_up_and_used():
    bucket = "kinora-" + uuid.uuid4().hex[:12]
    studio = Studio(extra_env={"STORAGE_URL": f"s3://{bucket}"})
    try:
        client = studio.client()
        video = client.videos.create_and_poll(prompt="a red ball bounces", poll_interval_ms=50, **SMALL)
        assert video.status == "completed", video.error
        keys = sorted(o["Key"] for o in s3_client().list_objects_v2(Bucket=bucket)["Contents"])
        assert keys == [f"{video.id}/{name}" for name in FILES]
        assert client.videos.download_content(video.id).content[4:8] == b"ftyp"
    finally:
        studio.stop()
