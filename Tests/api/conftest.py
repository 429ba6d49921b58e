"""A live Kinora studio for the API tests: the release binary, a fresh data folder, a
bootstrap key, and the official `openai` Python package as the client. Media go to the local
folder, or to the S3 store of KINORA_TEST_STORAGE_URL (set by scripts/with-seaweedfs)."""
import os
import pathlib
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
import warnings

import pytest
from openai import OpenAI

warnings.filterwarnings("ignore", category=DeprecationWarning)  # openai>=3 marks videos.* deprecated

ROOT = pathlib.Path(__file__).resolve().parents[2]
BOOTSTRAP_KEY = "sk-kinora-test-bootstrap-0123456789"


def kinora_binary():
    path = os.environ.get("KINORA_BIN") or str(ROOT / ".build/release/kinora")
    if not os.access(path, os.X_OK):
        pytest.exit(f"kinora binary not found at {path}: build it with `swift build -c release` or set KINORA_BIN")
    return path


def fresh_database():
    """A new, empty database on the PostgreSQL server of KINORA_TEST_DATABASE_URL (set by
    scripts/with-postgres), or None to use the studio's embedded SQLite."""
    server = os.environ.get("KINORA_TEST_DATABASE_URL")
    if not server:
        return None
    name = "kinora_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", server, "-q", "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    base, _, query = server.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")


def storage_url(folder):
    """KINORA_TEST_STORAGE_URL with a prefix named after the studio's folder, so studios don't see
    each other's objects and a studio restarted on the same folder finds its own; None for the
    local media folder."""
    base = os.environ.get("KINORA_TEST_STORAGE_URL")
    return f"{base.rstrip('/')}/{os.path.basename(folder)}" if base else None


def s3_client():
    """boto3 on the test store, as an independent reader of what the studio stored."""
    import boto3
    from botocore.config import Config
    return boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"], region_name=os.environ.get("S3_REGION", "us-east-1"),
                        config=Config(s3={"addressing_style": "path"}))


class Studio:
    """One `kinora serve` process on a free loopback port, on its own database."""

    def __init__(self, workers=1, extra_env=None, folder=None, database_url=None):
        self.folder = folder or tempfile.mkdtemp(prefix="kinora-api-")
        database_url = database_url or fresh_database()
        self.database_url = database_url
        self.data = os.path.join(self.folder, "data")
        self.storage_url = storage_url(self.folder)
        self.env = dict(os.environ, KINORA_HOME=os.path.join(self.folder, "home"), KINORA_BOOTSTRAP_KEY=BOOTSTRAP_KEY,
                        KINORA_POLL_AFTER_MS="25", **(extra_env or {}))
        if database_url:
            self.env["DATABASE_URL"] = database_url
        if self.storage_url:
            self.env.setdefault("STORAGE_URL", self.storage_url)
        # The log goes to a file: a pipe nobody reads would block the server once full.
        self.log = open(os.path.join(self.folder, "server.log"), "a+")
        self.process = subprocess.Popen(
            [kinora_binary(), "serve", "--port", "0", "--workers", str(workers), "--data", self.data],
            env=self.env, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.process.stdout.readline()
        if "listening on" not in line:
            self.process.kill()
            self.process.wait()
            self.log.seek(0)
            log = self.log.read()
            self.log.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            raise RuntimeError(f"kinora serve did not start: {line.strip() or 'it exited'}\n{log}")
        self.base_url = line.split("listening on ")[1].split()[0]

    def stored_keys(self):
        """Every key this studio stored (`<video id>/<file>`), sorted: read from its media folder, or
        listed with boto3 under its prefix in the S3 store."""
        if not self.storage_url:
            media = os.path.join(self.data, "media")
            return sorted(os.path.relpath(os.path.join(d, f), media) for d, _, files in os.walk(media) for f in files)
        bucket, _, prefix = self.storage_url[len("s3://"):].partition("/")
        pages = s3_client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/")
        return sorted(o["Key"][len(prefix) + 1:] for page in pages for o in page.get("Contents", []))

    def client(self, key=BOOTSTRAP_KEY):
        return OpenAI(base_url=self.base_url, api_key=key, max_retries=0, timeout=120)

    def kinora(self, *args):
        """Runs a `kinora` command against this studio's data; returns (stdout, stderr)."""
        r = subprocess.run([kinora_binary(), *args, "--data", self.data], env=self.env, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout, r.stderr

    def query(self, sql):
        """Rows of a read-only SQL query on this studio's database, as tuples of strings."""
        if self.database_url:
            out = subprocess.run(["psql", self.database_url, "-At", "-F", "|", "-c", sql], capture_output=True, text=True, check=True).stdout
            return [tuple(line.split("|")) for line in out.splitlines() if line]
        with sqlite3.connect(os.path.join(self.data, "kinora.db")) as db:
            return [tuple(str(v) for v in row) for row in db.execute(sql)]

    def start_worker(self):
        """A `kinora worker` process on this studio's database and storage."""
        return subprocess.Popen([kinora_binary(), "worker", "--data", self.data], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=self.log)

    def stop(self, remove=True):
        """SIGTERM, as a service manager would; returns the exit status."""
        self.process.terminate()
        try:
            status = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = None
        self.log.close()
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)
        return status


@pytest.fixture(scope="session")
def studio():
    s = Studio()
    yield s
    s.stop()


@pytest.fixture(scope="session")
def client(studio):
    return studio.client()
