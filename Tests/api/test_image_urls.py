"""input_reference as an image_url: a data URL, or an http(s) URL the studio fetches."""
import base64
import http.server
import subprocess
import threading

import httpx
import openai
import pytest

from conftest import Studio
from test_faults import wait_for

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


def red_png(tmp_path):
    png = tmp_path / "red.png"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=180x320", "-frames:v", "1", str(png)], check=True)
    return png.read_bytes()


def first_frame_is_red(client, video_id, tmp_path):
    mp4 = tmp_path / f"{video_id}.mp4"
    mp4.write_bytes(client.videos.download_content(video_id).content)
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp4), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                         capture_output=True, check=True).stdout
    r, g, b = [sum(raw[c::3]) / (len(raw) / 3) for c in range(3)]
    return r > 180 and g < 80 and b < 80


def test_a_data_url_in_a_json_body(studio, client, tmp_path):
    url = "data:image/png;base64," + base64.b64encode(red_png(tmp_path)).decode()
    auth = {"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"}
    r = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"prompt": "a ball", "input_reference": {"image_url": url}, **SMALL})
    assert r.status_code == 200, r.text
    done = client.videos.poll(r.json()["id"], poll_interval_ms=50)
    assert done.status == "completed" and first_frame_is_red(client, done.id, tmp_path)


def test_private_addresses_are_not_fetched_by_default(client):
    for url in ["http://127.0.0.1:9/ref.png", "http://localhost/ref.png", "http://10.1.2.3/ref.png", "http://192.168.0.1/x.png"]:
        with pytest.raises(openai.BadRequestError) as e:
            client.videos.create(prompt="a ball", extra_body={"input_reference": {"image_url": url}}, **SMALL)
        assert e.value.body["param"] == "input_reference[image_url]"


def test_an_http_image_url_is_fetched_checked_and_used(tmp_path):
    image = red_png(tmp_path)
    pages = {"/red.png": (200, image), "/page.html": (200, b"<html>not an image</html>"), "/big.png": (200, b"\x89PNG\r\n\x1a\n" + bytes(11 << 20))}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            status, body = pages.get(self.path, (404, b"missing"))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    studio = Studio(extra_env={"KINORA_ALLOW_PRIVATE_IMAGE_URLS": "1"})
    try:
        client = studio.client()
        video = client.videos.create(prompt="a ball", extra_body={"input_reference": {"image_url": f"{base}/red.png"}}, **SMALL)
        done = wait_for(lambda: (v := client.videos.retrieve(video.id)).status in ("completed", "failed") and v, what="completion")
        assert done.status == "completed" and first_frame_is_red(client, video.id, tmp_path)
        for path, status, code in [("/page.html", 400, "invalid_image"), ("/missing.png", 400, "image_fetch_failed"), ("/big.png", 413, "file_too_large")]:
            with pytest.raises(openai.APIStatusError) as e:
                client.videos.create(prompt="a ball", extra_body={"input_reference": {"image_url": base + path}}, **SMALL)
            assert (e.value.status_code, e.value.body["code"]) == (status, code), path
        assert len(client.videos.list().data) == 1
    finally:
        studio.stop()
        server.shutdown()
