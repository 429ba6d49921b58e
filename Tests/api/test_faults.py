"""The queue survives what happens to servers and workers: kill -9, restarts, SIGTERM."""
import os
import signal
import time

import pytest

from conftest import Studio

LONG = dict(model="kinora", seconds="20", size="720x1280")
SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


def wait_for(check, timeout=120, what="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_killed_workers_job_completes_on_another_worker_with_one_output():
    studio = Studio(workers=0, extra_env={"KINORA_LEASE_SECONDS": "3"})
    try:
        client = studio.client()
        video = client.videos.create(prompt="a red ball bounces on a beach", **LONG)
        first = studio.start_worker()
        wait_for(lambda: client.videos.retrieve(video.id).progress >= 15, what="the first worker to be rendering")
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert client.videos.retrieve(video.id).status == "in_progress"
        second = studio.start_worker()
        done = wait_for(lambda: (v := client.videos.retrieve(video.id)).status in ("completed", "failed") and v, what="completion")
        assert done.status == "completed", done.error
        assert studio.stored_keys() == [f"{video.id}/{name}" for name in ("spritesheet.jpg", "thumbnail.webp", "video.mp4")]
        wait_for(lambda: os.listdir(os.path.join(studio.data, "scratch")) == [], timeout=10, what="scratch to be empty")
        mp4 = client.videos.download_content(video.id).content
        assert mp4[4:8] == b"ftyp"
        second.terminate()
        assert second.wait(timeout=30) == 0
    finally:
        studio.stop()


def test_queued_jobs_survive_a_server_restart():
    studio = Studio(workers=0)
    folder = studio.folder
    ids = [studio.client().videos.create(prompt=f"a box falls in a park, take {i}", **SMALL).id for i in range(3)]
    assert studio.stop(remove=False) == 0
    restarted = Studio(workers=1, folder=folder, database_url=studio.database_url)
    try:
        client = restarted.client()
        for video_id in ids:
            done = wait_for(lambda: (v := client.videos.retrieve(video_id)).status in ("completed", "failed") and v, what=video_id)
            assert done.status == "completed", done.error
    finally:
        restarted.stop()


def test_sigterm_hands_a_running_job_back_and_the_next_server_finishes_it():
    studio = Studio(workers=1)
    folder = studio.folder
    client = studio.client()
    video = client.videos.create(prompt="a red ball bounces on a beach", **LONG)
    wait_for(lambda: client.videos.retrieve(video.id).progress >= 15, what="rendering")
    started = time.time()
    assert studio.stop(remove=False) == 0
    assert time.time() - started < 10, "shutdown waited for the render instead of handing it back"
    restarted = Studio(workers=1, folder=folder, database_url=studio.database_url)
    try:
        client = restarted.client()
        done = wait_for(lambda: (v := client.videos.retrieve(video.id)).status in ("completed", "failed") and v, what="completion")
        assert done.status == "completed", done.error
    finally:
        restarted.stop()
