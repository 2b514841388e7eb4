#!/usr/bin/env node
// `npx cx-coverage`: runs the TypeScript command in src/cli/ through jiti, which keeps what it compiles in its disk
// cache (node_modules/.cache/jiti), so later starts skip the compiling. The same file starts each worker thread.
"use strict";
const path = require("node:path");
const { isMainThread } = require("node:worker_threads");
const { createJiti } = require("jiti");

const jiti = createJiti(__filename);
const src = path.join(__dirname, "../src/cli");
if (isMainThread) {
  jiti
    .import(path.join(src, "coverage.ts"))
    .then(({ main }) => main(process.argv.slice(2)))
    .then((code) => (process.exitCode = code))
    .catch((error) => {
      process.stderr.write(`cx-coverage: ${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    });
} else {
  jiti.import(path.join(src, "coverageWorker.ts")).then(({ startWorker }) => startWorker());
}
