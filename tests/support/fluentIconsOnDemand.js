/**
 * @fluentui/react-icons for jest: each icon loaded when a component first asks for it. The package's CommonJS entry
 * requires all of its thousands of icons, and jest evaluates it afresh in every test file (about a second of each
 * component test file's time); Fluent's components use a handful. Webpack builds tree-shake the ES entry instead,
 * so only the tests take this path. An icon whose file is not where its name says falls back to the whole package.
 */
const path = require("node:path");
const fs = require("node:fs");

const lib = path.resolve(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");
const utilities = Object.assign(
  {},
  require(path.join(lib, "utils/useIconState.cjs")),
  require(path.join(lib, "utils/constants.cjs")),
  require(path.join(lib, "contexts/index.cjs")),
  {
    wrapIcon: require(path.join(lib, "utils/wrapIcon.cjs")).wrapIcon,
    bundleIcon: require(path.join(lib, "utils/bundleIcon.cjs")).bundleIcon,
    createFluentIcon: require(path.join(lib, "utils/createFluentIcon.cjs")).createFluentIcon,
  },
);

let whole;
/** "ChevronDown20Regular" → atoms/svg/chevron-down.cjs, where the package keeps every size and style of an icon. */
function iconFile(name) {
  const family = name.replace(/\d*(Regular|Filled|Color|Light)$/, "");
  if (family === name) return undefined;
  const file = path.join(lib, "atoms/svg", `${family.replace(/(?<=[a-z0-9])(?=[A-Z])/g, "-").toLowerCase()}.cjs`);
  return fs.existsSync(file) ? file : undefined;
}

module.exports = new Proxy(utilities, {
  get(target, name) {
    if (typeof name !== "string" || name in target) return target[name];
    if (name === "__esModule") return true;
    const file = iconFile(name);
    const icon = file ? require(file)[name] : undefined;
    target[name] = icon ?? (whole ??= require(path.join(lib, "index.cjs")))[name];
    return target[name];
  },
});
