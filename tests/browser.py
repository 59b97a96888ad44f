"""Headless Chromium for the page tests: Debian's chromium driven through its chromium-driver by Selenium,
with axe-core (tests/browser/package.json) for the accessibility check and a screenshot of every page."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from shared.kernel.config import ROOT

AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "var" / "screenshots"))
# What BITV 2.0 asks for: WCAG 2.1 levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")


class Browser:
    def __init__(self, driver: webdriver.Chrome) -> None:
        self.driver = driver

    def open(self, url: str) -> None:
        self.driver.get(url)

    def find(self, css: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def all(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def fill(self, values: dict[str, str]) -> None:
        """Fills inputs by their name (radio buttons and checkboxes are clicked instead)."""
        for name, value in values.items():
            field = self.find(f'[name="{name}"]')
            if field.tag_name == "select":
                field.find_element(By.CSS_SELECTOR, f'option[value="{value}"]').click()
            elif field.get_attribute("type") == "date":
                # A date input takes keystrokes in the browser's locale; its value is ISO whatever the locale.
                self.driver.execute_script("arguments[0].value = arguments[1]", field, value)
            else:
                field.clear()
                field.send_keys(value)

    def click(self, css: str) -> None:
        """Clicks something that stays on the page: a radio button, a checkbox."""
        self.find(css).click()

    def follow(self, css: str) -> None:
        """Clicks a link or a form's button and waits until the next page has replaced this one."""
        self.driver.execute_script("window.leavingPage = true")
        self.find(css).click()
        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: driver.execute_script(
                "return window.leavingPage === undefined && document.readyState === 'complete'"
            )
        )

    def text(self) -> str:
        return self.find("body").text

    def page(self, name: str) -> list[dict]:
        """Saves a screenshot of the page and returns the serious and critical axe-core findings on it."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1280, max(800, min(int(height), 6000)))
        self.driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
        self.driver.set_window_size(1280, 800)
        self.driver.execute_script(AXE.read_text(encoding="utf-8"))
        violations = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(result => done(result.violations),"
            "      error => done([{impact: 'critical', id: String(error)}]));",
            WCAG_TAGS,
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n.get("target") for n in v.get("nodes", [])]}
            for v in violations
            if v["impact"] in BLOCKING
        ]

    def accessible(self, name: str) -> None:
        findings = self.page(name)
        assert not findings, f"axe-core on {name}: {json.dumps(findings, indent=1)}"


@contextmanager
def chromium() -> Iterator[Browser]:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800"):
        options.add_argument(argument)
    options.add_argument("--lang=de-DE")
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(30)
    driver.implicitly_wait(0)
    try:
        yield Browser(driver)
    finally:
        driver.quit()
