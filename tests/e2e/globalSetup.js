// Before the browser suite: make sure a Chromium exists (fail loudly if not), then build the production
// bundle into dist/, the Word stand-in bundle and the preview page, as a user would. Each build cleans its
// own output folder, so the three are kept apart: they run at the same time.
const { execFile } = require("node:child_process");
const path = require("node:path");
const { promisify } = require("node:util");

const { findChromium } = require("../../scripts/browser");

const ROOT = path.resolve(__dirname, "../..");
const WEBPACK = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
// Any https address will do: the e2e suite serves dist/ itself and checks this value reached the manifest.
const E2E_ADDIN_URL = "https://cx.example.gov/addin";
const PREVIEW_BUILD = path.join(__dirname, ".build/preview");
const STANDIN_BUILD = path.join(__dirname, ".build/standin");

async function webpack(args, env) {
  try {
    await promisify(execFile)(process.execPath, [WEBPACK, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`webpack ${args.join(" ")} failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
}

module.exports = async () => {
  findChromium(); // throws with install instructions when there is none
  process.env.E2E_ADDIN_URL = E2E_ADDIN_URL;
  await Promise.all([
    webpack(["--mode", "production"], { ADDIN_URL: E2E_ADDIN_URL, CX_LIBRARY: "" }),
    webpack(["--mode", "development", "--env", "standin", "--output-path", STANDIN_BUILD], {}),
    // The preview page (development build only), for the test that clicks in its sample document.
    webpack(["--mode", "development", "--output-path", PREVIEW_BUILD], {}),
  ]);
};
