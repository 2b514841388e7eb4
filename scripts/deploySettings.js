// What a production build is for: the address it is served from (ADDIN_URL), the Office cloud whose
// office.js it loads (OFFICE_CLOUD, or OFFICE_JS_URL inside an air-gapped boundary), and the
// Content-Security-Policy that follows from them. Shared by webpack.config.js and `npm run check:dist`.

/** office.js per Office cloud, as listed in Microsoft's "Guidance for deploying Office Add-ins on government clouds". */
const OFFICE_JS_BY_CLOUD = {
  commercial: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  gcc: "https://appsforoffice.gcc.cdn.office.net/appsforoffice/lib/1/hosted/office.js",
  gcch: "https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/office.js",
  dod: "https://appsforoffice.dod.cdn.office.net/appsforoffice/lib/1/hosted/office.js",
};
const CLOUD_NAMES = { commercial: "Commercial", gcc: "GCC", gcch: "GCC High", dod: "DoD" };

/**
 * The origins that may show the pane in a frame (frame-ancestors, sent by the host as a header). Only Word on the web
 * frames the pane (desktop Word uses an embedded browser control), and Microsoft publishes no list of the origins it
 * runs at (office-js#1005): this is the project's inference from the addresses Word on the web uses in each cloud.
 * Commercial and GCC: officeapps.live.com, office.com, office365.com, microsoft365.com, sharepoint.com and
 * cloud.microsoft (word.cloud.microsoft, m365.cloud.microsoft); GCC High: office365.us, sharepoint.us;
 * DoD: apps.mil, sharepoint-mil.us, dps.mil. FRAME_ANCESTORS_EXTRA adds an agency's own at build time.
 */
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.sharepoint.com",
  "https://*.cloud.microsoft",
  "https://*.office365.us",
  "https://*.sharepoint.us",
  "https://*.apps.mil",
  "https://*.sharepoint-mil.us",
  "https://*.dps.mil",
];

/** sha256 of the empty string: Fluent UI inserts empty <style> elements and fills them through the CSSOM. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** A setting the user got wrong: the message says what and how to fix it. */
class DeploySettingError extends Error {}

// Characters an address must not hold: they end or split a Content-Security-Policy source (white space, ";",
// ","), quote or end an HTML attribute (quotes, "<", ">"), make a wildcard source ("*"), or are not allowed in
// a URL at all. The URL parser would drop white space or keep the rest as they are.
const UNSAFE_URL_CHARACTER = /[\s\p{Cc};,'"*<>`\\^{}|]/u;
// A host name of letters, digits, dots and hyphens: no wildcard, no IP-v6 brackets, nothing the policy reads otherwise.
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** `raw` parsed as an https URL whose host and characters are safe in the manifest, the HTML and the policy. */
function safeHttpsUrl(name, raw, example) {
  const unsafe = UNSAFE_URL_CHARACTER.exec(raw);
  if (unsafe) {
    const code = `U+${unsafe[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw new DeploySettingError(
      `${name} must not contain ${/\s/.test(unsafe[0]) ? "white space" : unsafe[0]} (${code}, character ${unsafe.index + 1}): ` +
        `it would break the pages' Content-Security-Policy or HTML. Give a plain https address, e.g. ${example}`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new DeploySettingError(`${name} "${raw}" is not a valid URL. Use an https address, e.g. ${example}`);
  }
  if (url.protocol === "https:" && !PLAIN_HOST.test(url.hostname)) {
    throw new DeploySettingError(`${name} must have a host name of letters, digits, dots and hyphens, but its host is "${url.hostname}".`);
  }
  return url;
}

/** The https address the build is served from (no trailing slash), from ADDIN_URL. */
function deployedUrl(raw) {
  const example = "https://cx.example.gov";
  if (!raw) {
    throw new DeploySettingError(
      `ADDIN_URL is not set. Production builds need the https address the add-in will be served from, e.g.\n  ADDIN_URL=${example} npm run build`,
    );
  }
  const url = safeHttpsUrl("ADDIN_URL", raw, example);
  if (url.protocol !== "https:") {
    throw new DeploySettingError(`ADDIN_URL must use https (Office loads add-ins only over https), but it is "${raw}".`);
  }
  if (url.username || url.password) {
    // It would be written into the manifest every user's Office downloads.
    throw new DeploySettingError("ADDIN_URL must not contain a user name or password: the manifest is public. Give the plain address, e.g. " + example);
  }
  if (url.search || url.hash) {
    throw new DeploySettingError(`ADDIN_URL must be a plain address without ?query or #fragment, but it is "${raw}".`);
  }
  return url.href.replace(/\/+$/, "");
}

/** The office.js the pane loads: OFFICE_JS_URL when set, else the OFFICE_CLOUD's CDN (commercial by default). */
function officeJs({ OFFICE_CLOUD, OFFICE_JS_URL } = {}) {
  const cloud = (OFFICE_CLOUD || "commercial").trim().toLowerCase();
  if (!Object.hasOwn(OFFICE_JS_BY_CLOUD, cloud)) {
    throw new DeploySettingError(
      `OFFICE_CLOUD "${OFFICE_CLOUD}" is not an Office cloud this add-in knows. Use one of: ${Object.keys(OFFICE_JS_BY_CLOUD).join(", ")} ` +
        "(or set OFFICE_JS_URL to the office.js inside an air-gapped cloud).",
    );
  }
  if (!OFFICE_JS_URL) return { cloud, label: CLOUD_NAMES[cloud], url: OFFICE_JS_BY_CLOUD[cloud] };
  const url = safeHttpsUrl("OFFICE_JS_URL", OFFICE_JS_URL, "https://office.cdn.agency.example/lib/1/hosted/office.js");
  if (url.protocol !== "https:" || url.username || url.password || url.search || url.hash || !url.pathname.endsWith("/office.js")) {
    throw new DeploySettingError(
      `OFFICE_JS_URL must be a plain https address of office.js (…/office.js, no credentials, query or fragment), but it is "${OFFICE_JS_URL}".`,
    );
  }
  return { cloud, label: `${CLOUD_NAMES[cloud]}, office.js from OFFICE_JS_URL`, url: url.href };
}

// An origin FRAME_ANCESTORS_EXTRA may add: https, a host of letters, digits, dots and hyphens, optionally a first
// label "*" (then at least two labels after it, so never a whole top-level domain), no port, path or anything else.
const FRAME_ANCESTOR = /^https:\/\/(?:\*\.(?=[a-z0-9-]+\.[a-z0-9-]))?[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/**
 * The frame-ancestors sources: the project's list, then the origins in FRAME_ANCESTORS_EXTRA (separated by spaces or
 * commas). Anything else is refused, naming the setting and the value: it would reach an HTTP header and a policy.
 */
function frameAncestors({ FRAME_ANCESTORS_EXTRA } = {}) {
  const extra = [];
  for (const origin of (FRAME_ANCESTORS_EXTRA ?? "").split(/[ \t\n\r,]+/).filter(Boolean)) {
    const normal = origin.toLowerCase().replace(/\/$/, "");
    if (!FRAME_ANCESTOR.test(normal)) {
      throw new DeploySettingError(
        `FRAME_ANCESTORS_EXTRA holds ${JSON.stringify(origin)}, which is not an origin it can add. List origins separated by spaces, ` +
          'each https with a host of letters, digits, dots and hyphens, optionally starting with "*." (no port, path, quotes or ";"), ' +
          "e.g. FRAME_ANCESTORS_EXTRA=https://*.word.agency.example",
      );
    }
    if (!FRAME_ANCESTORS.includes(normal) && !extra.includes(normal)) extra.push(normal);
  }
  return [...FRAME_ANCESTORS, ...extra];
}

/** The Content-Security-Policy header the host sends with every response (what a meta tag cannot carry). */
function hostingPolicy(ancestors = FRAME_ANCESTORS) {
  return `frame-ancestors ${ancestors.join(" ")}; object-src 'none'; base-uri 'self'`;
}

/** The hosting configurations the build writes into dist/ (web.config and staticwebapp.config.json take effect there). */
const HOSTING_CONFIGS = ["nginx.conf", "iis/web.config", "azure-static-web-apps/staticwebapp.config.json"];

/**
 * A hosting configuration from deploy/ (which sends hostingPolicy()) made to send the policy for `ancestors`;
 * throws when the file does not hold the project's policy exactly once per place it sends it.
 */
function hostingConfig(text, ancestors, name) {
  if (!text.includes(hostingPolicy())) throw new Error(`${name} does not send the policy in scripts/deploySettings.js: ${hostingPolicy()}`);
  return text.replaceAll(hostingPolicy(), hostingPolicy(ancestors));
}

/** The frame-ancestors sources of a hosting policy as written, or null when it has none. */
function frameAncestorsOf(policy) {
  const directive = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "frame-ancestors");
  return directive ? directive.slice(1) : null;
}

/**
 * The pages' policy (a meta tag, so it travels with dist/ to any host). Scripts come only from our own origin
 * and the folder office.js lives in (it loads its other files from there), not from the whole CDN host.
 * frame-ancestors cannot be set by a meta tag: the hosting configurations in deploy/ send it.
 */
function contentSecurityPolicy(officeJsUrl) {
  const officeJsFolder = officeJsUrl.slice(0, officeJsUrl.lastIndexOf("/") + 1);
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJsFolder}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

// The directives contentSecurityPolicy writes, and the source expressions it may use (CSP Level 3's grammar,
// narrowed to what this add-in needs: keywords, hashes, "data:" and https sources without wildcards).
const POLICY_DIRECTIVES = new Set(["default-src", "script-src", "style-src", "img-src", "object-src", "base-uri", "form-action"]);
const SOURCE_EXPRESSION = /^(?:'(?:self|none)'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}'|data:|https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?(?:\/[A-Za-z0-9\-._~!$&()+=:@%/]*)?)$/;

/**
 * What is wrong with a policy as a browser would read it (empty when nothing is): every directive known and
 * named once, and every source a keyword, a hash, "data:" or a plain https address. A policy cut short or
 * split by a stray quote, ";" or "," fails here even when it matches the one the settings give.
 */
function policyProblems(policy) {
  const problems = [];
  const seen = new Set();
  for (const directive of policy.split(";").map((d) => d.trim())) {
    if (directive === "") {
      problems.push("an empty directive (two \";\" in a row, or one at the end)");
      continue;
    }
    const [name, ...sources] = directive.split(/[ \t\n\f\r]+/);
    if (!POLICY_DIRECTIVES.has(name)) problems.push(`unknown directive "${name}"`);
    else if (seen.has(name)) problems.push(`directive ${name} is given twice (browsers ignore the second)`);
    seen.add(name);
    if (sources.length === 0) problems.push(`directive ${name} lists no source`);
    for (const source of sources) if (!SOURCE_EXPRESSION.test(source)) problems.push(`directive ${name} has a source that cannot be read: "${source}"`);
  }
  return problems;
}

/** Escapes text for an XML attribute value or element content. */
function xmlEscape(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

/**
 * The development manifest rewritten for `publicUrl`: every development address becomes publicUrl, except
 * AppDomain, which Office requires to be an origin only (scheme, host and port, no path).
 */
function productionManifest(xml, devUrl, publicUrl) {
  const { origin } = new URL(publicUrl);
  return xml
    .replaceAll(`<AppDomain>${devUrl}</AppDomain>`, `<AppDomain>${xmlEscape(origin)}</AppDomain>`)
    .replaceAll(devUrl, xmlEscape(publicUrl));
}

module.exports = {
  CLOUD_NAMES,
  DeploySettingError,
  FRAME_ANCESTORS,
  HOSTING_CONFIGS,
  OFFICE_JS_BY_CLOUD,
  contentSecurityPolicy,
  deployedUrl,
  frameAncestors,
  frameAncestorsOf,
  hostingConfig,
  hostingPolicy,
  officeJs,
  policyProblems,
  productionManifest,
};
