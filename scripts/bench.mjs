// Prints speed and size figures for the work the pane does on every cursor move and keystroke.
// Not a test: figures vary by machine. Run with `npm run bench` (after `npm run build` for the bundle size).
import { createJiti } from "jiti";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const jiti = createJiti(import.meta.url);
const { sectionAt } = await jiti.import("../src/core/sections.ts");
const { createSearch } = await jiti.import("../src/core/search.ts");
const { entriesInDocument } = await jiti.import("../src/core/presence.ts");
const { createLibrary } = await jiti.import("../src/core/library.ts");
const { createStandin, officeGlobals } = await jiti.import("../src/word/standin/index.ts");
const { createWordGateway } = await jiti.import("../src/word/wordGateway.ts");
const { planInsertion } = await jiti.import("../src/core/insertionPlan.ts");

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(root, "content/library.json"), "utf8")));

/** Median milliseconds of `fn` over `runs` runs (after a warm-up). */
async function median(fn, runs = 50) {
  for (let i = 0; i < 5; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A long PD: about 50 pages (750 paragraphs), most of it in Major Duties. */
function longPd() {
  const paragraphs = [{ text: "POSITION DESCRIPTION", styleBuiltIn: "Title" }, { text: "Introduction", styleBuiltIn: "Heading1" }];
  paragraphs.push({ text: "The incumbent serves as a program analyst in the Office of Customer Experience." });
  paragraphs.push({ text: "Major Duties", styleBuiltIn: "Heading1" });
  for (let i = 0; i < 700; i++) {
    if (i % 50 === 0) paragraphs.push({ text: `Program Area ${i / 50 + 1} (7%)`, bold: true });
    else paragraphs.push({ text: `Plans, coordinates and evaluates customer service activity number ${i} across regional offices.`, list: { id: 1, level: 0 } });
  }
  paragraphs.push({ text: "Factor 3 - Guidelines FL 3-3, 275 points", bold: true });
  paragraphs.push({ text: "Guidelines include agency policy and precedent." });
  return paragraphs;
}

const doc = longPd();
const figures = [];
const fmt = (ms) => `${ms.toFixed(3)} ms`;

figures.push(["sectionAt, cursor at the end of a 750-paragraph PD", fmt(await median(() => sectionAt(doc, doc.length - 1)))]);
figures.push(["sectionAt on a 41-paragraph window", fmt(await median(() => sectionAt(doc.slice(-41), 40)))]);

const search = createSearch(library, { agency: "DHS" });
figures.push(["search, one keystroke (\"customer exp\")", fmt(await median(() => search("customer exp"), 200))]);
figures.push(["build search index (agency change)", fmt(await median(() => createSearch(library, { agency: "USDA" }), 50))]);
const texts = doc.map((p) => p.text);
figures.push(["in-document marks over 750 paragraphs", fmt(await median(() => entriesInDocument(library, texts), 20))]);

// Detection and insertion through the Word layer, against the stand-in (no network: counts round trips).
for (const [label, cursor] of [
  ["heading in window", doc.length - 1],
  ["heading beyond window", 400],
]) {
  const standin = createStandin({ paragraphs: doc, selection: { start: { paragraph: cursor, offset: 0 }, end: { paragraph: cursor, offset: 0 } } });
  const gateway = createWordGateway(officeGlobals(standin), { canReadTrackChanges: true });
  const before = standin.syncCount;
  await gateway.detect();
  const counted = standin.syncCount - before;
  const ms = await median(() => gateway.detect(), 20);
  figures.push([`detect (${label}): ${counted} round trip(s)`, fmt(ms)]);
}
{
  const standin = createStandin({ paragraphs: [{ text: "Major Duties", styleBuiltIn: "Heading1" }, { text: "" }], selection: { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 0 } } });
  const gateway = createWordGateway(officeGlobals(standin), { canReadTrackChanges: true });
  const lines = planInsertion(library, library.topLevelEntriesInSection("major-duties").map((e) => e.id));
  const start = performance.now();
  const outcome = await gateway.insert(lines, { asList: true });
  figures.push([`insert all ${lines.length} Major Duties lines: ${outcome.syncs} round trips`, fmt(performance.now() - start)]);
}

const dist = path.join(root, "dist");
if (fs.existsSync(dist)) {
  const files = fs.readdirSync(dist).filter((f) => /\.(js|css)$/.test(f));
  const raw = files.reduce((n, f) => n + fs.statSync(path.join(dist, f)).size, 0);
  const gz = files.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  figures.push([`production JS+CSS (${files.join(", ")})`, `${(raw / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip -9`]);
} else {
  figures.push(["production JS+CSS", "run `npm run build` first"]);
}

const width = Math.max(...figures.map(([label]) => label.length));
for (const [label, value] of figures) console.log(`${label.padEnd(width)}  ${value}`);
