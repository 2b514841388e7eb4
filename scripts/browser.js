// Finds a Chromium to drive with playwright-core. Browsers are never downloaded by this project:
// it uses the system's Chromium (Debian: `apt-get install chromium`) or CHROME_PATH.
const { existsSync } = require("node:fs");

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: " +
        "`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium executable.",
    );
  }
  return found;
}

module.exports = { CHROMIUM_FLAGS, findChromium };
