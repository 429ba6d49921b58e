"""Every client mistake gets an OpenAI-shaped 4xx naming the parameter, and stores nothing."""
import httpx
import openai
import pytest

SMALL = dict(model="kinora-draft", seconds="2", size="180x320")


def count(client):
    return len(list(client.videos.list(limit=100)))


@pytest.mark.parametrize("args, param", [
    (dict(model="sora-3"), "model"),
    (dict(seconds="7"), "seconds"),
    (dict(size="999x999"), "size"),
    (dict(size="1080x1920", model="sora-2"), "size"),
    (dict(prompt="x" * 33000), "prompt"),
])
def test_bad_values_name_the_parameter(client, args, param):
    before = count(client)
    fields = dict(prompt="a ball", model="sora-2", seconds="4", size="720x1280")
    fields.update(args)
    with pytest.raises(openai.BadRequestError) as e:
        client.videos.create(**fields)
    assert e.value.status_code == 400
    assert e.value.body["param"] == param
    assert e.value.body["type"] == "invalid_request_error"
    assert count(client) == before


def test_missing_prompt_and_wrong_types(studio, client):
    auth = {"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"}
    before = count(client)
    r = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"model": "sora-2"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "prompt"
    r = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"prompt": 123})
    assert r.status_code == 400 and r.json()["error"]["param"] == "prompt" and r.json()["error"]["code"] == "invalid_type"
    r = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"prompt": "a ball", "seconds": True})
    assert r.status_code == 400 and r.json()["error"]["param"] == "seconds"
    r = httpx.post(f"{studio.base_url}/videos", headers=auth, json={"prompt": "a ball", "colour": "red"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "colour"
    r = httpx.post(f"{studio.base_url}/videos", headers={**auth, "Content-Type": "application/json"}, content=b"{not json")
    assert r.status_code == 400
    assert r.headers["x-should-retry"] == "false"
    assert count(client) == before


def test_malformed_multipart(studio, client):
    before = count(client)
    auth = {"Authorization": f"Bearer {studio.env['KINORA_BOOTSTRAP_KEY']}"}
    body = b'--XYZ\r\nContent-Disposition: form-data; name="prompt"\r\n\r\na ball'  # never closed
    r = httpx.post(f"{studio.base_url}/videos", headers={**auth, "Content-Type": "multipart/form-data; boundary=XYZ"}, content=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "invalid_multipart"
    r = httpx.post(f"{studio.base_url}/videos", headers={**auth, "Content-Type": "multipart/form-data"}, content=b"--\r\n")
    assert r.status_code == 400
    assert count(client) == before


def test_input_reference_must_be_an_image_and_within_the_limit(client):
    before = count(client)
    with pytest.raises(openai.BadRequestError) as e:
        client.videos.create(prompt="a ball", input_reference=("ref.png", b"%PDF-1.4 not an image", "image/png"), **SMALL)
    assert e.value.body["param"] == "input_reference"
    with pytest.raises(openai.APIStatusError) as e:
        client.videos.create(prompt="a ball", input_reference=("big.png", b"\x89PNG\r\n\x1a\n" + bytes(17 << 20), "image/png"), **SMALL)
    assert e.value.status_code == 413
    assert count(client) == before
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    video = client.videos.create(prompt="a ball", input_reference=("ref.png", png, "image/png"), **SMALL)
    assert video.status == "queued"


def test_unknown_and_revoked_keys_are_401(studio):
    with pytest.raises(openai.AuthenticationError) as e:
        studio.client("sk-unknown-key-000000000000").videos.list()
    assert e.value.body["code"] == "invalid_api_key"
    key, info = studio.kinora("keys", "create", "--org", "revoking")
    assert studio.client(key.strip()).videos.list().data == []
    key_id = info.split()[1]
    studio.kinora("keys", "revoke", key_id)
    with pytest.raises(openai.AuthenticationError):
        studio.client(key.strip()).videos.list()
    r = httpx.get(f"{studio.base_url}/videos")
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"


def test_another_organizations_video_is_not_found(studio, client):
    mine = client.videos.create(prompt="a ball", **SMALL)
    key, _ = studio.kinora("keys", "create", "--org", "someone-else")
    other = studio.client(key.strip())
    for call in (lambda: other.videos.retrieve(mine.id), lambda: other.videos.delete(mine.id),
                 lambda: other.videos.download_content(mine.id), lambda: other.videos.remix(mine.id, prompt="at night")):
        with pytest.raises(openai.NotFoundError):
            call()
    assert client.videos.retrieve(mine.id).id == mine.id


def test_bad_list_parameters_and_unknown_ids(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.videos.list(limit=500)
    assert e.value.body["param"] == "limit"
    with pytest.raises(openai.BadRequestError) as e:
        client.videos.list(order="sideways")
    assert e.value.body["param"] == "order"
    with pytest.raises(openai.NotFoundError):
        client.videos.retrieve("video_does_not_exist")
    with pytest.raises(openai.BadRequestError) as e:
        client.videos.download_content(client.videos.create(prompt="a ball", **SMALL).id, variant="poster")
    assert e.value.body["param"] == "variant"
