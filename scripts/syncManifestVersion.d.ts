/** Office's four-part form of a plain npm version: 1.2.3 -> 1.2.3.0; throws for anything else. */
export function manifestVersion(packageVersion: string): string;
/** Writes package.json's version into manifest.xml's <Version> under `root` and returns it. */
export function syncManifestVersion(root: string): string;
