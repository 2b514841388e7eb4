// Run by `npm version <x.y.z>` (the "version" lifecycle script): gives manifest.xml the same version as
// package.json, in Office's four-part form x.y.z.0, so one command versions the whole add-in. Admin-center
// updates reach users only when the manifest's Version goes up.
const fs = require("node:fs");
const path = require("node:path");

/** Office's form of an npm version: 1.2.3 -> 1.2.3.0 (pre-release and build suffixes are not allowed there). */
function manifestVersion(packageVersion) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion);
  if (!match) {
    throw new Error(`Version ${packageVersion} cannot go into the Office manifest: use a plain x.y.z version (numbers up to 99999).`);
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** Writes package.json's version into the manifest's <Version> and returns it. */
function syncManifestVersion(root) {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const manifestPath = path.join(root, "manifest.xml");
  const xml = fs.readFileSync(manifestPath, "utf8");
  const target = manifestVersion(version);
  const updated = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${target}</Version>`);
  if (updated === xml && !xml.includes(`<Version>${target}</Version>`)) throw new Error(`${manifestPath} has no <Version> element.`);
  fs.writeFileSync(manifestPath, updated);
  return target;
}

if (require.main === module) {
  try {
    console.log(`manifest.xml Version is now ${syncManifestVersion(process.cwd())}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = { manifestVersion, syncManifestVersion };
