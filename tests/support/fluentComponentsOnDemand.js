/**
 * @fluentui/react-components for jest: each of its packages loaded when a test first uses one of its exports. The
 * package's CommonJS entry requires all sixty of Fluent's component packages, and jest evaluates them afresh in every
 * test file; the pane uses about a dozen. The entry itself says which package each name comes from
 * (`get Button () { return _reactbutton.Button; }` over `const _reactbutton = require("@fluentui/react-button")`).
 * Webpack builds tree-shake the ES entry instead, so only the tests take this path. A name not found that way falls
 * back to the whole entry.
 */
const fs = require("node:fs");
const path = require("node:path");

const entry = path.resolve(__dirname, "../../node_modules/@fluentui/react-components/lib-commonjs/index.cjs");
const source = fs.readFileSync(entry, "utf8");
const packageOf = new Map([...source.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map(([, variable, name]) => [variable, name]));
const origin = new Map(
  [...source.matchAll(/get\s+(?:\/\/[^\n]*\n\s*)?(\w+)\s*\(\)\s*\{\s*return (_\w+)\.(\w+);/g)].map(([, name, variable, exported]) => [
    name,
    { module: packageOf.get(variable), exported },
  ]),
);

let whole;
module.exports = new Proxy(
  {},
  {
    get(target, name) {
      if (typeof name !== "string" || name in target) return target[name];
      if (name === "__esModule") return true;
      const from = origin.get(name);
      target[name] = from?.module ? require(from.module)[from.exported] : (whole ??= require(entry))[name];
      return target[name];
    },
  },
);
