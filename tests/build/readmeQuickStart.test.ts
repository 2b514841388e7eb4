/**
 * The README's Quick start names everything a newcomer needs before its two commands, and agrees with what the
 * project itself requires: package.json's Node engine and the Debian packages CI installs for the browser suite.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
const beforeCommands = quickStart.slice(0, quickStart.indexOf("npm ci && npm test"));

it("names the Node version package.json requires, before the commands", () => {
  const engine = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).engines.node as string;
  const minimum = /^>=(\d+\.\d+)$/.exec(engine)?.[1];
  expect(minimum).toBeDefined();
  expect(beforeCommands).toContain(`Node.js ${minimum} or later`);
});

it("names Chromium or Chrome and nginx, with the Debian line that installs what CI installs, before the commands", () => {
  const ciPackages = [...fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8").matchAll(/MISSING\+=\((\w+)\)/g)].map((m) => m[1]);
  expect(ciPackages).toEqual(["chromium", "nginx"]);
  expect(beforeCommands).toMatch(/Chromium or Chrome/);
  expect(beforeCommands).toContain(`apt-get install -y --no-install-recommends ${ciPackages.join(" ")}`);
  expect(beforeCommands).toMatch(/CHROME_PATH/);
  expect(beforeCommands).toMatch(/NGINX_PATH/);
});
