"""A real `minegraph serve` (uvicorn, in a thread) over an embedded store, and Debian's chromium
driven by Playwright. Without chromium these tests say how to get it; under `make test`
(MINEGRAPH_REQUIRE_BROWSER=1 where it could be installed) they fail instead."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("MINEGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
# The flags the workplace's probe uses: no sandbox as root, and no background traffic, which
# this machine's closed network would refuse.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is missing: `apt-get install chromium` (make test does it as root on Debian)"
        if os.environ.get("MINEGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Server:
    def __init__(self, store, settings=None):
        import uvicorn

        from api.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(store, settings), host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("minegraph serve did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def open_page(browser, width: int, height: int):
    """A page of that size on which any console error or page error fails the test."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.errors = errors
    yield page
    context.close()
    assert not errors, errors


@pytest.fixture
def page(browser):
    yield from open_page(browser, 1280, 800)


@pytest.fixture
def page720(browser):
    """The size issue 13 measures at: a laptop's 1280×720."""
    yield from open_page(browser, 1280, 720)


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name))
