/**
 * Shared set-up for src/word tests: a stand-in document, and a gateway handed the stand-in's Word and Office
 * (no globals are installed, so tests stay isolated).
 */
import { createStandin, officeGlobals, type Standin } from "../../src/word/standin";
import type { StandinBehaviours, StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { createWordGateway } from "../../src/word/wordGateway";
import type { DocumentGateway } from "../../src/word/gateway";

export function openDocument(spec: StandinDocumentSpec): Standin {
  return createStandin(spec);
}

export function gatewayOver(standin: Standin): DocumentGateway {
  const { Word, Office } = officeGlobals(standin);
  // As the pane does (src/word/host.ts): track changes are read where WordApi 1.4 is present.
  return createWordGateway({ Word, Office }, { canReadTrackChanges: Office.context.requirements.isSetSupported("WordApi", "1.4") });
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

/** Every combination of the given behaviours' values, named for test titles. */
export function combinations<K extends keyof StandinBehaviours>(
  choices: { [P in K]: readonly NonNullable<StandinBehaviours[P]>[] },
): [string, StandinBehaviours][] {
  let result: StandinBehaviours[] = [{}];
  for (const key of Object.keys(choices) as K[]) {
    result = result.flatMap((partial) => choices[key].map((value) => ({ ...partial, [key]: value })));
  }
  return result.map((behaviours) => [Object.entries(behaviours).map(([k, v]) => `${k}=${String(v)}`).join(", "), behaviours]);
}

/** Answers to the undocumented questions detection depends on. */
export const DETECTION_BEHAVIOURS = combinations({ nullChain: ["null", "fails"], siblingAtCellBoundary: ["crosses", "stops"] });

/** Answers to the undocumented questions insertion depends on. */
export const INSERTION_BEHAVIOURS = combinations({
  insertNextToListItem: ["inherits", "plain"],
  attachToListIndent: ["level", "own"],
  newListBeforeSync: ["usable", "needs-sync"],
});
