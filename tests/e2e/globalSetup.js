// Before the browser suite: make sure a Chromium exists (fail loudly if not), then build the production
// bundle, the Word stand-in bundle and the preview page into the suite's own folder (tests/e2e/.build/),
// never into dist/, which holds whatever the user last built. Each build cleans its own output folder, so
// the three are kept apart: they run at the same time, and every build of the suite shares one webpack cache.
const { execFile } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { promisify } = require("node:util");

const { findChromium } = require("../../scripts/browser");

const ROOT = path.resolve(__dirname, "../..");
const WEBPACK = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
// Any https address will do: the e2e suite serves its build itself and checks this value reached the manifest.
const E2E_ADDIN_URL = "https://cx.example.gov/addin";
const BUILD = path.join(__dirname, ".build");

/** What is in a folder (names, sizes, modification times), or null when it does not exist. */
function folderFingerprint(folder) {
  if (!fs.existsSync(folder)) return null;
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .sort()
    .map((file) => {
      const stat = fs.statSync(path.join(folder, file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    })
    .join("\n");
}

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
  // The user's dist/ as it was before the suite, for the test that the suite leaves it alone.
  process.env.CX_USER_DIST_BEFORE = JSON.stringify(folderFingerprint(path.join(ROOT, "dist")));
  // Inherited by the test files' builds too (tests/e2e/commands.ts); an ignored folder, made when missing.
  process.env.CX_WEBPACK_CACHE = path.relative(ROOT, path.join(BUILD, "webpack-cache"));
  await Promise.all([
    webpack(["--mode", "production", "--output-path", path.join(BUILD, "dist")], { ADDIN_URL: E2E_ADDIN_URL, CX_LIBRARY: "", CX_PLAIN_WORDS: "" }),
    webpack(["--mode", "development", "--env", "standin", "--output-path", path.join(BUILD, "standin")], {}),
    // The preview page (development build only), for the test that clicks in its sample document.
    webpack(["--mode", "development", "--output-path", path.join(BUILD, "preview")], {}),
  ]);
};

module.exports.folderFingerprint = folderFingerprint;
