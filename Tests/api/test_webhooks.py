"""video.completed and video.failed reach an organization's endpoint, signed per Standard
Webhooks (checked with the openai client's own verifier), and are retried until accepted."""
import http.server
import json
import subprocess
import threading

from conftest import kinora_binary
from test_faults import wait_for

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


class Receiver:
    """A loopback HTTP endpoint that answers 500 to the first `failures` requests, then 200."""

    def __init__(self, failures=0):
        self.requests = []
        self.failures = failures
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                self.send_response(500 if len(receiver.requests) <= receiver.failures else 200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def close(self):
        self.server.shutdown()


def test_completed_event_is_signed_and_retried_until_accepted(studio):
    receiver = Receiver(failures=1)
    try:
        key, _ = studio.kinora("keys", "create", "--org", "hooks")
        secret, _ = studio.kinora("webhooks", "add", "--org", "hooks", "--url", receiver.url)
        client = studio.client(key.strip())
        video = client.videos.create_and_poll(prompt="a red ball bounces", poll_interval_ms=50, **SMALL)
        assert video.status == "completed"
        wait_for(lambda: len(receiver.requests) >= 2, timeout=30, what="a retried delivery")
        first, second = receiver.requests[0], receiver.requests[1]
        assert first[1] == second[1] and first[0]["webhook-id"] == second[0]["webhook-id"]
        headers, body = second
        client.webhooks.verify_signature(body, headers, secret=secret.strip())
        event = json.loads(body)
        assert event["type"] == "video.completed" and event["data"] == {"id": video.id} and event["object"] == "event"
        # A tampered body fails the same check.
        try:
            client.webhooks.verify_signature(body.replace(b"completed", b"failed"), headers, secret=secret.strip())
            raise AssertionError("a tampered event verified")
        except Exception as error:
            assert "signature" in str(error).lower()
    finally:
        receiver.close()


def test_failed_render_sends_video_failed(studio):
    receiver = Receiver()
    try:
        key, _ = studio.kinora("keys", "create", "--org", "hooks-failing")
        secret, _ = studio.kinora("webhooks", "add", "--org", "hooks-failing", "--url", receiver.url)
        # Dialogue far longer than the video: the storyboard is well-formed, the render fails.
        board = json.loads(subprocess.run(
            [kinora_binary(), "storyboard", "a man says \"" + "this line goes on and on " * 12 + "\"", "--seconds", "2", "--json"],
            capture_output=True, text=True, check=True).stdout)["storyboard"]
        client = studio.client(key.strip())
        video = client.videos.create(prompt="a long speech", extra_body={"storyboard": json.dumps(board)}, **SMALL)
        done = wait_for(lambda: (v := client.videos.retrieve(video.id)).status in ("completed", "failed") and v, what="the job to end")
        assert done.status == "failed" and done.error.code == "render_failed"
        wait_for(lambda: receiver.requests, timeout=30, what="the failure event")
        headers, body = receiver.requests[0]
        client.webhooks.verify_signature(body, headers, secret=secret.strip())
        assert json.loads(body)["type"] == "video.failed"
    finally:
        receiver.close()
