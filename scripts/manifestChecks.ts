/**
 * Checks on an add-in manifest that Microsoft's XSD cannot make: icon files exist at the pixel sizes the
 * manifest names, every resid resolves, URLs are https (and, for a deployable manifest, not localhost and
 * all under the add-in's address), AppDomain is an origin only, and Version has Office's dotted form.
 * Also XSD validation with the schemas in ../shared when present. Used by the tests and `npm run check:dist`.
 */
import fs from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { imageSize } from "image-size";
import { validateXML } from "xmllint-wasm";

export const PROJECT_ROOT = path.resolve(__dirname, "..");
export const XSD_DIR = path.resolve(PROJECT_ROOT, "../shared/office-manifest-xsd");

function elements(doc: ReturnType<DOMParser["parseFromString"]>): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

/**
 * Problems in `xml`; `assetsDir` is where the icon files the URLs point at live (assets/ or dist/assets/);
 * `baseUrl`, when given, is the address every URL must be under (AppDomain: its origin).
 */
export function manifestProblems(xml: string, options: { assetsDir: string; deployable: boolean; baseUrl?: string }): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`XML ${level}: ${message}`) }).parseFromString(
    xml,
    "text/xml",
  );
  const all = elements(doc);
  const byName = (name: string) => all.filter((e) => e.localName === name);

  const version = byName("Version")[0]?.textContent?.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version "${version}" is not of the form 1.0.0.0`);

  // Every URL-valued attribute, wherever it is.
  const urls = all.flatMap((e) =>
    e.localName === "AppDomain"
      ? [{ where: "AppDomain", url: e.textContent?.trim() ?? "" }]
      : ["DefaultValue", "Override"]
          .map((attr) => e.getAttribute(attr) ?? "")
          .filter((v) => /^[a-z]+:\/\//i.test(v))
          .map((url) => ({ where: `<${e.localName}${e.getAttribute("id") ? ` id="${e.getAttribute("id")}"` : ""}>`, url })),
  );
  for (const { where, url } of urls) {
    if (!url.startsWith("https://")) problems.push(`${where} uses a non-https URL: ${url}`);
    if (options.deployable && /^https?:\/\/(localhost|127\.0\.0\.1)\b/i.test(url)) {
      problems.push(`${where} still points at a development address: ${url}`);
    }
    if (where === "AppDomain") {
      // Office's schema documentation: an AppDomain is scheme, host and optional port, never a path.
      if (!URL.canParse(url) || new URL(url).origin !== url) problems.push(`AppDomain must be an origin without a path: ${url}`);
      else if (options.baseUrl && url !== new URL(options.baseUrl).origin) problems.push(`AppDomain ${url} is not the origin of ${options.baseUrl}`);
    } else if (options.baseUrl && !url.startsWith(`${options.baseUrl}/`)) {
      problems.push(`${where} is not under the add-in's address ${options.baseUrl}: ${url}`);
    }
  }

  // Icons: the file behind each image URL exists, and is square at the size the manifest claims.
  const imageUrls = [
    ...byName("IconUrl").map((e) => ({ url: e.getAttribute("DefaultValue") ?? "", size: 32 })),
    ...byName("HighResolutionIconUrl").map((e) => ({ url: e.getAttribute("DefaultValue") ?? "", size: 64 })),
    ...byName("Image")
      .filter((e) => e.parentNode && (e.parentNode as Element).localName === "Images")
      .map((e) => ({ url: e.getAttribute("DefaultValue") ?? "", size: null as number | null, id: e.getAttribute("id") })),
  ];
  const sizeByResid = new Map<string, number>();
  for (const e of byName("Image")) {
    const resid = e.getAttribute("resid");
    const size = Number(e.getAttribute("size"));
    if (resid && size) sizeByResid.set(resid, size);
  }
  for (const image of imageUrls) {
    const file = path.join(options.assetsDir, path.posix.basename(new URL(image.url).pathname));
    const expected = image.size ?? ("id" in image && image.id ? sizeByResid.get(image.id) : undefined) ?? null;
    if (!fs.existsSync(file)) {
      problems.push(`icon ${image.url} has no file ${path.relative(PROJECT_ROOT, file)}`);
      continue;
    }
    const { width, height, type } = imageSize(fs.readFileSync(file));
    if (type !== "png") problems.push(`icon ${path.basename(file)} is ${type}, not png`);
    if (width !== height) problems.push(`icon ${path.basename(file)} is ${width}x${height}, not square`);
    if (expected !== null && width !== expected) {
      problems.push(`icon ${path.basename(file)} is ${width}px but the manifest uses it at ${expected}px`);
    }
  }

  // Every resid names a resource that exists.
  const resourceIds = new Set(
    all
      .filter((e) => ["Image", "Url", "String"].includes(e.localName ?? "") && e.getAttribute("id"))
      .map((e) => e.getAttribute("id") as string),
  );
  for (const e of all) {
    const resid = e.getAttribute("resid");
    if (resid && !resourceIds.has(resid)) problems.push(`<${e.localName} resid="${resid}"> names no resource`);
  }
  return problems;
}

/** XSD errors for `xml` (empty when valid), or null when Microsoft's schemas are not beside the project. */
export async function xsdErrors(xml: string): Promise<string[] | null> {
  if (!fs.existsSync(XSD_DIR)) return null;
  const schemaFiles = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const load = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(XSD_DIR, fileName), "utf8") });
  const result = await validateXML({
    xml: { fileName: "manifest.xml", contents: xml },
    schema: load("OfficeAppManifestV1_1.xsd"),
    preload: schemaFiles.filter((f) => f !== "OfficeAppManifestV1_1.xsd").map(load),
  });
  return result.errors.map((e) => e.rawMessage);
}
