/** Shared set-up for src/word tests: a stand-in document installed as the Word/Office globals. */
import { createStandin, installStandin, uninstallStandin, type Standin } from "../../src/word/standin";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";

let installed = false;

export function openDocument(spec: StandinDocumentSpec): Standin {
  const standin = createStandin(spec);
  installStandin(globalThis, standin);
  installed = true;
  return standin;
}

export function closeDocument(): void {
  if (installed) uninstallStandin(globalThis);
  installed = false;
}

export const heading = (text: string, level = 1): StandinParagraphSpec => ({ text, style: `Heading ${level}`, styleBuiltIn: `Heading${level}` });
export const bold = (text: string): StandinParagraphSpec => ({ text, bold: true });
export const body = (text: string): StandinParagraphSpec => ({ text });
export const bullet = (text: string, level = 0, id = 1): StandinParagraphSpec => ({
  text,
  style: "List Paragraph",
  styleBuiltIn: "ListParagraph",
  list: { id, level, bullet: true },
});
export const caretAt = (paragraph: number, offset = 0) => ({ start: { paragraph, offset }, end: { paragraph, offset } });
