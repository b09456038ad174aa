"""Headless Debian chromium through Selenium, phone-sized, for the classroom page (tests and screenshots)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--no-default-browser-check", "--hide-scrollbars", "--force-device-scale-factor=1")


def available() -> bool:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


class Phone:
    """A chromium window of 360x640 CSS pixels with an empty profile of its own."""

    def __init__(self, width: int = 360, height: int = 640):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="assessor-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self.profile}")
        options.add_argument(f"--window-size={width},{height}")
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        # --window-size sets the outer window; make the page itself phone-sized.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})

    def open(self, url: str) -> None:
        self.driver.get(url)

    def find(self, css: str, timeout: float = 5.0):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as EC
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout).until(EC.element_to_be_clickable((By.CSS_SELECTOR, css)))

    def click(self, css: str) -> None:
        element = self.find(css)
        # A finger scrolls first: bring the element to the middle, clear of the fixed bottom bar.
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        self.find(css).click()

    def text(self, css: str = "main") -> str:
        return self.find(css).text

    def wait_text(self, needle: str, css: str = "body", timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            from selenium.webdriver.common.by import By

            text = self.driver.find_element(By.CSS_SELECTOR, css).text
            if needle in text:
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} not shown; the page says: {text!r}")
            time.sleep(0.05)

    def waiting(self) -> int:
        """How many answers the page still keeps to send."""
        return self.driver.execute_script(
            "var s = JSON.parse(localStorage.getItem('assessor.classroom') || '{}'); return (s.queue || []).length;")

    def wait_sent(self, timeout: float = 8.0) -> None:
        deadline = time.monotonic() + timeout
        while self.waiting():
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.waiting()} answers still waiting")
            time.sleep(0.05)

    def screenshot(self, path) -> None:
        self.driver.save_screenshot(str(path))

    def full_screenshot(self, path) -> None:
        """The whole page, however long (a long question scrolls on a phone)."""
        import base64

        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "format": "png"})
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def quit(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)
