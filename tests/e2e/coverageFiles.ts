/** Files for the coverage page's browser tests: the reader's fixtures, copies of its PDs, and choosing them. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { bundledLibrary } from "../../src/core/bundledLibrary";
import type { FileCoverage } from "../../src/core/coverage";
import { coverDocx } from "../../src/docx/coverDocx";
import { docxBytes } from "../docx/docxBytes";
import { ROOT } from "./harness";

export type ChosenFile = { name: string; mimeType: string; buffer: Buffer };
export const FIXTURES = path.join(ROOT, "tests/docx/fixtures");
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraph = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
const first = (section: string) => bundledLibrary.topLevelEntriesInSection(section)[0]!;
const approved = (section: string) => bundledLibrary.renderEntry(first(section));
/** The library's wording with a word added: the review finds it adapted. */
const adapted = (section: string) => approved(section).replace(/ (\S+) /, " carefully $1 ");

type MadePd = { name: string; title: string; introduction?: string; duty?: string; factor1?: string | null };
/** PDs with CX language in known places (a title block, bold section headings), beside the fixtures' PDs, which hold none. */
const MADE_PDS: MadePd[] = [
  { name: "made-it-specialist.docx", title: "IT Specialist (CUSTSPT), GS-2210-12", introduction: approved("introduction"), duty: adapted("major-duties") },
  { name: "made-contact-representative.docx", title: "Contact Representative, GS-0962-7", duty: approved("major-duties"), factor1: null },
  { name: "made-program-analyst.docx", title: "Program Analyst, GS-0343-11", factor1: approved("factor-1") },
];
function madePd({ title, introduction, duty, factor1 }: MadePd): Buffer {
  const body = [
    paragraph(`Position Title: ${title}`),
    paragraph("I. INTRODUCTION", true),
    paragraph(introduction ?? "This position is located in the Office of the Chief Information Officer."),
    paragraph("II. MAJOR DUTIES", true),
    paragraph("Plans and carries out analyses of program operations."),
    ...(duty ? [paragraph(duty)] : []),
    ...(factor1 === null
      ? []
      : [paragraph("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 points", true), paragraph(factor1 ?? "Knowledge of analytical methods.")]),
  ].join("");
  return Buffer.from(docxBytes({ document: body }));
}

/** The reader's .docx fixtures (written by LibreOffice and a .docx writer package) and the PDs made here, in name order. */
export const docxFixtures: ChosenFile[] = [
  ...fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".docx"))
    .map((name) => ({ name, mimeType: DOCX, buffer: fs.readFileSync(path.join(FIXTURES, name)) })),
  ...MADE_PDS.map((pd) => ({ name: pd.name, mimeType: DOCX, buffer: madePd(pd) })),
].sort((a, b) => a.name.localeCompare(b.name));

/** The core's reading of a file, as the page's readers make it. */
export const covered = (file: ChosenFile): FileCoverage => coverDocx(bundledLibrary, file.name, new Uint8Array(file.buffer));

const pdFixtures = docxFixtures.filter((file) => {
  const coverage = covered(file);
  return coverage.ok && coverage.kind === "pd";
});

/** `count` PDs under numbered names (pd-0001.docx…), copies of the fixtures that are PDs: a batch of any size. */
export function manyPds(count: number): ChosenFile[] {
  return Array.from({ length: count }, (_, i) => ({ ...pdFixtures[i % pdFixtures.length]!, name: `pd-${String(i + 1).padStart(4, "0")}.docx` }));
}

/**
 * Writes `files` to a folder of their own, for choosing by path: the browser then reads them from disk, as it does a
 * user's files (files given as buffers are built by the test driver in the page, a main-thread task of its own).
 */
export function onDisk(files: ChosenFile[]): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cx-coverage-"));
  return files.map((file) => {
    const full = path.join(folder, file.name);
    fs.writeFileSync(full, file.buffer);
    return full;
  });
}

/** Chooses `files` as a user does: the button opens the browser's file chooser. */
export async function choose(page: Page, files: ChosenFile[] | string[], button = "Choose PD files"): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles(files);
}

/** Waits until the page says every one of `total` files was read. */
export async function untilRead(page: Page, total: number, timeout = 60_000): Promise<void> {
  const n = total.toLocaleString("en-US");
  await page.getByText(`Done: ${n} of ${n} PDs read.`).first().waitFor({ timeout });
}
