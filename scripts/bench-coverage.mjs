// `npm run bench`'s figures for the cx-coverage command: realistic 10–20 page PDs written as .docx by the `docx`
// package (a cover table, Introduction, Major Duties as a bulleted list, the nine factors, CX language approved,
// adapted or absent), copied to a folder of many files; then the command itself reads the folder, timed from start
// to exit, with the peak resident memory of its process (worker threads included: they share it).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, HeadingLevel, WidthType } from "docx";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A small seeded random source: the same PDs every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const VERBS = ["Plans", "Coordinates", "Evaluates", "Analyzes", "Develops", "Reviews", "Advises", "Prepares", "Leads", "Monitors", "Briefs", "Drafts"];
const OBJECTS = ["program operations", "budget submissions", "service delivery studies", "regional office workloads", "policy guidance", "performance measures", "contract deliverables", "data quality reviews", "customer feedback", "training materials"];
const TAILS = ["for senior managers in the bureau", "in line with agency regulations and OMB circulars", "and recommends changes to procedures", "across field offices and headquarters staff", "to meet deadlines set by the program office", "using statistical and qualitative methods"];
const TITLES = [["Management and Program Analyst", "0343"], ["IT Specialist (INFOSEC)", "2210"], ["Contact Representative", "0962"], ["Human Resources Specialist", "0201"], ["Budget Analyst", "0560"], ["Program Support Specialist", "0301"]];

function sentence(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = [pick(VERBS), pick(OBJECTS), pick(TAILS)];
  while (next() < 0.6) words.push("and", pick(VERBS).toLowerCase(), pick(OBJECTS), pick(TAILS));
  return `${words.join(" ")}.`;
}

/** One PD of about `pages` pages, with some of the library's entries in its sections (some edited: adapted). */
function pdDocument(library, index, pages) {
  const next = random(index + 1);
  const [title, series] = TITLES[index % TITLES.length];
  const grade = String(5 + (index % 10));
  const body = (text) => new Paragraph({ children: [new TextRun(text)] });
  const heading = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const boldLine = (text) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const bullet = (text) => new Paragraph({ text, bullet: { level: 0 } });
  const entries = (section) => library.entries.filter((entry) => entry.section === section && next() < 0.3);
  const cx = (entry) => {
    const text = entry.text.replace(/\{\{agency\}\}/g, "USDA");
    return next() < 0.3 ? text.replace(/\b(the|and|to)\b/, "$1 also") : text;
  };
  const cell = (text) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [body(text)] });
  const cover = new Table({
    rows: [["Position Title", title], ["Pay Plan/Series/Grade", `GS-${series}-${grade}`], ["Organization", "Office of the Chief Operating Officer"], ["Position Number", `PD-${10000 + index}`]].map(
      ([label, value]) => new TableRow({ children: [cell(label), cell(value)] }),
    ),
  });
  // About 14 paragraphs of 30 words a page.
  const perPage = 14;
  const duties = Math.round(pages * perPage * 0.5);
  const factorParagraphs = Math.max(2, Math.round((pages * perPage * 0.4) / 9));
  const children = [boldLine("POSITION DESCRIPTION"), cover, heading("I. Introduction")];
  for (let i = 0; i < 4; i++) children.push(body(sentence(next)));
  children.push(...entries("introduction").map((entry) => body(cx(entry))), heading("II. Major Duties and Responsibilities"));
  for (let i = 0; i < duties; i++) children.push(i % 20 === 0 ? boldLine(`Duty ${i / 20 + 1} (${10 + (i % 3) * 5}%)`) : bullet(sentence(next)));
  children.push(...entries("major-duties").map((entry) => bullet(cx(entry))), heading("III. Factor Levels"));
  const factors = ["Knowledge Required by the Position", "Supervisory Controls", "Guidelines", "Complexity", "Scope and Effect", "Personal Contacts", "Purpose of Contacts", "Physical Demands", "Work Environment"];
  const sectionOf = { 1: "factor-1", 3: "factor-3", 5: "factor-5", 7: "factors-6-7" };
  factors.forEach((name, i) => {
    children.push(boldLine(`Factor ${i + 1} - ${name}, Level ${i + 1}-${2 + (index % 3)}, ${25 * (i + 2)} Points`));
    for (let k = 0; k < factorParagraphs; k++) children.push(body(sentence(next)));
    if (sectionOf[i + 1]) children.push(...entries(sectionOf[i + 1]).map((entry) => body(cx(entry))));
  });
  return new Document({ sections: [{ children }] });
}

/** `count` files in a new temporary folder: `distinct` generated PDs of 10 to 20 pages, copied round. */
export async function writeBenchPds(libraryData, count, distinct = 20) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cx-coverage-bench-"));
  const originals = [];
  for (let i = 0; i < distinct; i++) {
    const file = path.join(folder, `original-${i}.docx`);
    fs.writeFileSync(file, await Packer.toBuffer(pdDocument(libraryData, i, 10 + (i % 11))));
    originals.push(file);
  }
  const pds = path.join(folder, "pds");
  for (let i = 0; i < count; i++) {
    const sub = path.join(pds, `office-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(originals[i % distinct], path.join(sub, `pd-${i}.docx`));
  }
  return { folder, pds, bytes: originals.reduce((sum, file) => sum + fs.statSync(file).size, 0) / distinct };
}

/** The command on a folder: seconds from start to exit, its process's peak resident memory, its exit code, its report. */
export function runCoverageCommand(root, args) {
  const hook = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))";
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", hook, path.join(root, "bin/cx-coverage.js"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const maxRss = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) * 1024;
  return { seconds, maxRssBytes: maxRss, status: run.status, stdout: run.stdout, stderr: run.stderr };
}
