// `npm run check:dist [folder]`: the pre-flight an admin runs on a production build (dist/ by default)
// before hosting it and uploading its manifest. Checks the manifest (Microsoft's schema when it is beside
// the project, and the project's own checks), that every address in it is https under ADDIN_URL and
// names a file that exists, that the pages load office.js from the chosen Office cloud and nothing
// else from outside their own origin, that the hosting configurations send the frame-ancestors list, and that an
// agency's library.json placed in the build (the hosted library) would be used. Prints PASS/FAIL per check; exits 1
// when any check fails.
//
// ADDIN_URL, OFFICE_CLOUD, OFFICE_JS_URL and FRAME_ANCESTORS_EXTRA, when set, are what the build must match; when not set, the
// report says what the build was made for (read from the manifest and the pane).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import { OfficeAddinManifest } from "office-addin-manifest";
import deploySettings from "./deploySettings.js";

const {
  CLOUD_NAMES,
  DeploySettingError,
  FRAME_ANCESTORS,
  HOSTING_CONFIGS,
  OFFICE_JS_BY_CLOUD,
  contentSecurityPolicy,
  deployedUrl,
  frameAncestors,
  frameAncestorsOf,
  hostingPolicy,
  officeJs,
  policyProblems,
} = deploySettings;
const jiti = createJiti(import.meta.url);
const { manifestProblems, xsdErrors, XSD_DIR } = await jiti.import("./manifestChecks.ts");
const { cleanAgencyName } = await jiti.import("../src/core/agencyName.ts");
const { checkHostedLibrary, HOSTED_LIBRARY_FILE } = await jiti.import("../src/core/hostedLibrary.ts");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.resolve(process.argv[2] ?? "dist");
const results = [];
const notes = [];
/** Records one check: it passes when `problems` is empty. */
function check(title, problems) {
  results.push({ title, problems });
}

/** An attribute's value as the browser reads it: the character references the build writes decoded. */
function attributeValue(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) =>
    name ? named[name.toLowerCase()] : String.fromCodePoint(Number.parseInt(dec ?? hex, dec ? 10 : 16)),
  );
}

/** The src of every <script> and the href of every <link> (the minifier drops quotes where it can). */
function externalLoads(html) {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => attributeValue(m[2] ?? m[3] ?? m[4]))
    .filter((url) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url));
}
function metaPolicy(html) {
  const content = /<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*\scontent=("([^"]*)"|'([^']*)')/i.exec(html);
  return content ? attributeValue(content[2] ?? content[3]) : null;
}

function expectedSettings() {
  try {
    return {
      addinUrl: process.env.ADDIN_URL ? deployedUrl(process.env.ADDIN_URL) : null,
      office: process.env.OFFICE_CLOUD || process.env.OFFICE_JS_URL ? officeJs(process.env) : null,
      ancestors: process.env.FRAME_ANCESTORS_EXTRA !== undefined ? frameAncestors(process.env) : null,
    };
  } catch (error) {
    if (!(error instanceof DeploySettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * The hosting configurations in the build send one policy each place they send it: the project's frame-ancestors
 * list, then only origins FRAME_ANCESTORS_EXTRA accepts, the same in all three (and the ones given, when given).
 */
function hostingCheck(expectedAncestors) {
  const problems = [];
  const lists = new Map();
  for (const file of HOSTING_CONFIGS.map((config) => path.basename(config))) {
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) {
      problems.push(`missing ${file}`);
      continue;
    }
    const policies = [...fs.readFileSync(full, "utf8").matchAll(/"(frame-ancestors [^"]*)"/g)].map((m) => m[1]);
    if (policies.length === 0) problems.push(`${file} sends no frame-ancestors`);
    for (const policy of policies) {
      const ancestors = frameAncestorsOf(policy) ?? [];
      const extra = ancestors.slice(FRAME_ANCESTORS.length);
      let accepted = null;
      try {
        accepted = frameAncestors({ FRAME_ANCESTORS_EXTRA: extra.join(" ") });
      } catch (error) {
        if (!(error instanceof DeploySettingError)) throw error;
      }
      if (accepted === null || policy !== hostingPolicy(accepted)) {
        problems.push(`${file} sends a policy that is not the project's with FRAME_ANCESTORS_EXTRA's origins added: ${policy}`);
      } else if (expectedAncestors && accepted.join(" ") !== expectedAncestors.join(" ")) {
        problems.push(`${file} lets ${extra.join(" ") || "no other origin"} frame the pane, but FRAME_ANCESTORS_EXTRA is ${expectedAncestors.slice(FRAME_ANCESTORS.length).join(" ") || "empty"}: build again with this FRAME_ANCESTORS_EXTRA`);
      }
      lists.set(file, extra.join(" "));
    }
  }
  if (new Set(lists.values()).size > 1) problems.push(`the hosting configurations differ: ${[...lists].map(([file, extra]) => `${file}: ${extra || "none"}`).join("; ")}`);
  const extra = (expectedAncestors ?? []).slice(FRAME_ANCESTORS.length).join(" ") || [...lists.values()][0];
  return [`the hosting configurations let Word on the web${extra ? ` and ${extra}` : ""} frame the pane (frame-ancestors)`, problems];
}

/** Each build setting given to this check, in the form the build records it in build-settings.json. */
function givenSettings() {
  const env = process.env;
  const given = {};
  if (env.ADDIN_URL) given.ADDIN_URL = deployedUrl(env.ADDIN_URL);
  if (env.OFFICE_CLOUD) given.OFFICE_CLOUD = officeJs(env).cloud;
  if (env.OFFICE_CLOUD || env.OFFICE_JS_URL) given.OFFICE_JS_URL = officeJs(env).url;
  if (env.CX_LIBRARY) given.CX_LIBRARY = path.relative(ROOT, path.resolve(ROOT, env.CX_LIBRARY)).split(path.sep).join("/");
  if (env.CX_PLAIN_WORDS) given.CX_PLAIN_WORDS = path.relative(ROOT, path.resolve(ROOT, env.CX_PLAIN_WORDS)).split(path.sep).join("/");
  if (env.CX_AGENCY !== undefined) given.CX_AGENCY = cleanAgencyName(env.CX_AGENCY) ?? "";
  if (env.SOURCE_MAPS !== undefined) given.SOURCE_MAPS = env.SOURCE_MAPS === "1" ? "1" : "";
  return given;
}

/** The settings dist/ was built with (written by the build) against the ones given: one problem per difference. */
function settingsCheck() {
  const file = path.join(dist, "build-settings.json");
  if (!fs.existsSync(file)) {
    check("the build records the settings it was made with", ["build-settings.json is missing: build again with npm run build"]);
    return;
  }
  const built = JSON.parse(fs.readFileSync(file, "utf8"));
  const shown = (value) => (value === "" ? "(unset)" : value);
  const problems = Object.entries(givenSettings())
    .filter(([name, value]) => built[name] !== value)
    .map(([name, value]) => `built with ${name}=${shown(built[name] ?? "")}, but ${name} is ${shown(value)}: build again with these settings`);
  const summary = Object.entries(built).map(([name, value]) => `${name}=${shown(value)}`).join(", ");
  check(`built with the settings given (build-settings.json: ${summary})`, problems);
}

/**
 * A library.json beside taskpane.html, checked as the pane checks it (the same function, the build's validator)
 * against the library the build bundled (build-settings.json's CX_LIBRARY): each problem named, or that the pane
 * will use it. No file: the pane uses the bundled library, which is normal.
 */
function hostedLibraryCheck() {
  const file = path.join(dist, HOSTED_LIBRARY_FILE);
  if (!fs.existsSync(file)) return;
  const shownFile = path.relative(process.cwd(), file) || file;
  const settingsFile = path.join(dist, "build-settings.json");
  const bundledName = (fs.existsSync(settingsFile) && JSON.parse(fs.readFileSync(settingsFile, "utf8")).CX_LIBRARY) || "content/library.json";
  const bundledPath = path.resolve(ROOT, bundledName);
  if (!fs.existsSync(bundledPath)) {
    check(`the hosted library ${shownFile} can be compared with the bundled one`, [`the bundled library ${bundledName} is not in this checkout`]);
    return;
  }
  const bundled = JSON.parse(fs.readFileSync(bundledPath, "utf8"));
  const result = checkHostedLibrary(fs.readFileSync(file, "utf8"), bundled);
  const title = `the hosted library ${shownFile} is valid and newer than the bundled ${bundledName} (${bundled.version})`;
  if (result.use === "hosted") {
    check(`${title}: the pane will use its version ${result.data.version}`, []);
    return;
  }
  // The reason's first line says what is wrong with the file; the lines after it are its problems, one each.
  const [summary, ...problems] = (result.reason ?? "").split("\n");
  check(title, [summary, ...problems.map((line) => line.replace(/^\s*-\s*/, ""))]);
}

async function run() {
  const expected = expectedSettings();
  const manifestPath = path.join(dist, "manifest.xml");
  const missing = ["manifest.xml", "taskpane.html", "help.html", "coverage.html", "library-editor.html"].filter((f) => !fs.existsSync(path.join(dist, f)));
  if (missing.length > 0) {
    console.error(`${path.relative(process.cwd(), dist) || dist} is not a production build (missing ${missing.join(", ")}). Run ADDIN_URL=https://… npm run build first.`);
    process.exit(1);
  }

  settingsCheck();

  // Office's own reader, as the admin center reads the file.
  const xml = fs.readFileSync(manifestPath, "utf8");
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (error) {
    check("manifest.xml can be read", [String(error instanceof Error ? error.message : error)]);
    return;
  }
  const sourceLocation = info.defaultSettings?.sourceLocation ?? "";
  const builtUrl = sourceLocation.replace(/\/taskpane\.html$/, "");
  const addinUrl = expected.addinUrl ?? builtUrl;
  check(
    `manifest.xml read: ${info.displayName} ${info.version}, pane at ${sourceLocation}`,
    [
      ...(sourceLocation.endsWith("/taskpane.html") ? [] : [`SourceLocation ${sourceLocation || "(none)"} is not …/taskpane.html`]),
      ...(expected.addinUrl && builtUrl !== expected.addinUrl ? [`built for ${builtUrl}, but ADDIN_URL is ${expected.addinUrl}: build again with this ADDIN_URL`] : []),
      ...(info.permissions === "ReadWriteDocument" ? [] : [`Permissions are ${info.permissions}, expected ReadWriteDocument`]),
    ],
  );

  const schemaErrors = await xsdErrors(xml);
  if (schemaErrors === null) {
    notes.push(`Microsoft's manifest schemas are not at ${XSD_DIR}: schema check not run (npm run validate checks online).`);
  } else {
    check("manifest.xml matches Microsoft's add-in manifest schema", schemaErrors);
  }

  check(`manifest URLs are https, under ${addinUrl}, with icons of the right size`, manifestProblems(xml, { assetsDir: path.join(dist, "assets"), deployable: true, baseUrl: addinUrl }));

  const urls = [info.iconUrl, info.highResolutionIconUrl, info.supportUrl, sourceLocation, ...[...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"))];
  const unreachable = [...new Set(urls)]
    .filter((url) => url && url.startsWith(`${addinUrl}/`))
    .map((url) => decodeURIComponent(url.slice(addinUrl.length + 1)))
    .filter((file) => !fs.existsSync(path.join(dist, file)));
  check("every file the manifest names is in the build", unreachable.map((file) => `missing ${file}`));

  // office.js: the only script from outside the pane's origin, and the CSP allows exactly its folder.
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const external = externalLoads(html);
  const loadedOfficeJs = external.find((url) => url.endsWith("/office.js")) ?? "";
  const knownCloud = Object.keys(OFFICE_JS_BY_CLOUD).find((cloud) => OFFICE_JS_BY_CLOUD[cloud] === loadedOfficeJs);
  const builtFor = knownCloud ? CLOUD_NAMES[knownCloud] : "office.js from OFFICE_JS_URL";
  const cloudLabel = expected.office?.label ?? builtFor;
  const officeProblems = [];
  if (!loadedOfficeJs) officeProblems.push("taskpane.html does not load office.js");
  if (expected.office && loadedOfficeJs !== expected.office.url) {
    officeProblems.push(`taskpane.html loads ${loadedOfficeJs || "no office.js"}, but ${cloudLabel} needs ${expected.office.url}: build again with these settings`);
  }
  for (const url of external.filter((u) => u !== loadedOfficeJs)) officeProblems.push(`taskpane.html loads ${url} from outside its own origin`);
  check(`the pane loads ${cloudLabel}'s office.js (${expected.office?.url ?? loadedOfficeJs}) and nothing else from outside its origin`, officeProblems);

  // start.js loads the bundle named in its data-pane attribute (where the browser can run it).
  const start = /<script\b[^>]*\sid="?cx-start"?[^>]*>/.exec(html)?.[0] ?? "";
  const startFiles = [/\ssrc="?([^"\s>]+)/.exec(start)?.[1], /\sdata-pane="?([^"\s>]+)/.exec(start)?.[1]];
  check(
    "taskpane.html starts the pane with its start script and bundle, both in the build",
    start === "" ? ["taskpane.html has no start script (<script id=cx-start>)"] : startFiles.filter((file) => !file || !fs.existsSync(path.join(dist, file))).map((file) => `missing ${file ?? "a file the start script names"}`),
  );

  // The coverage page's and the library editor's bundles (the coverage page's readers, Web Workers, are chunks its
  // bundle loads from the same folder).
  for (const page of ["coverage.html", "library-editor.html"]) {
    const scripts = [...fs.readFileSync(path.join(dist, page), "utf8").matchAll(/<script\b[^>]*?\ssrc=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
      .map((m) => attributeValue(m[2] ?? m[3] ?? m[4]))
      .filter((url) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url));
    check(
      `${page} loads its bundle from the build`,
      scripts.length === 0 ? [`${page} loads no script of its own`] : scripts.filter((file) => !fs.existsSync(path.join(dist, file))).map((file) => `missing ${file}`),
    );
  }

  const pageProblems = [];
  for (const page of ["taskpane.html", "help.html", "coverage.html", "library-editor.html"]) {
    const policy = metaPolicy(fs.readFileSync(path.join(dist, page), "utf8"));
    const unreadable = policy === null ? [] : policyProblems(policy);
    if (policy === null) pageProblems.push(`${page} has no Content-Security-Policy`);
    else if (unreadable.length > 0) pageProblems.push(`${page}'s Content-Security-Policy cannot be read as written: ${unreadable.join("; ")}. Policy: ${policy}`);
    else if (loadedOfficeJs && policy !== contentSecurityPolicy(loadedOfficeJs)) pageProblems.push(`${page}'s Content-Security-Policy is not the one for ${loadedOfficeJs}: ${policy}`);
    if (page !== "taskpane.html" && externalLoads(fs.readFileSync(path.join(dist, page), "utf8")).length > 0) pageProblems.push(`${page} loads files from outside its own origin`);
  }
  check("each page's Content-Security-Policy allows only its own origin and office.js's folder", pageProblems);

  check(...hostingCheck(expected.ancestors));
  hostedLibraryCheck();

  const maps = fs.readdirSync(dist).filter((f) => f.endsWith(".map"));
  if (maps.length > 0) notes.push(`${maps.length} source map(s) in the build (SOURCE_MAPS=1): hosting them publishes every source file.`);
}

await run();
console.log(`\nPre-flight of ${path.relative(process.cwd(), dist) || "."}\n`);
for (const { title, problems } of results) {
  console.log(`${problems.length === 0 ? "PASS" : "FAIL"}  ${title}`);
  for (const problem of problems) console.log(`        - ${problem}`);
}
for (const note of notes) console.log(`note  ${note}`);
const failed = results.filter((r) => r.problems.length > 0).length;
console.log(failed === 0 ? `\nAll ${results.length} checks passed.` : `\n${failed} of ${results.length} checks FAILED.`);
process.exit(failed === 0 ? 0 : 1);
