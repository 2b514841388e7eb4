/**
 * An in-memory DocumentGateway for pane tests: detect() answers with a settable detection, the
 * selection event is fired by hand, insert() records its calls and can fail or be held, settings
 * live in memory.
 */
import type { ParagraphInfo } from "../../src/core/headingLine";
import type { InsertionLine } from "../../src/core/insertionPlan";
import type { LibrarySectionId } from "../../src/core/sections";
import { applyEdits, type TextEdit } from "../../src/core/textEdit";
import {
  WordActionError,
  type CursorPlace,
  type Detection,
  type DocumentGateway,
  type DocumentOverview,
  type InsertOptions,
  type InsertOutcome,
  type PaneSettings,
  type ParagraphTarget,
  type ReplaceOutcome,
  type TextReplaceOutcome,
  type WordProblem,
} from "../../src/word/gateway";

export function sectionPlace(sectionId: string, sectionName: string, librarySection: LibrarySectionId | null): CursorPlace {
  return { kind: "section", sectionId, sectionName, librarySection };
}

export const PLACES = {
  majorDuties: sectionPlace("major-duties", "Major Duties", "major-duties"),
  factor3: sectionPlace("factor-3", "Factor 3 – Guidelines", "factor-3"),
  factor4: sectionPlace("factor-4", "Factor 4 – Complexity", null),
  titleBlock: { kind: "before-sections" } as CursorPlace,
  footer: { kind: "outside-body", where: "footer" } as CursorPlace,
};

export function wordProblem(overrides: Partial<WordProblem> = {}): WordProblem {
  return {
    kind: "read-only",
    title: "This document is read-only",
    message: "Word opened this document for reading only, so nothing can be inserted.",
    details: "Code: AccessDenied; location: Body.insertParagraph",
    documentState: "unchanged",
    ...overrides,
  };
}

/** What the Word layer says when a paragraph changed since the pane read it. */
export const PARAGRAPH_CHANGED = wordProblem({
  kind: "paragraph-changed",
  title: "The paragraph changed",
  message: "The paragraph changed since it was read; nothing was replaced.",
  details: "The paragraph's text is not the text the pane read.",
});

export type InsertCall = { lines: InsertionLine[]; options: InsertOptions };

export type FakeGatewayOptions = {
  place?: CursorPlace;
  /** The same cursor in a performance plan's terms. */
  planPlace?: CursorPlace;
  trackChanges?: boolean;
  paragraphTexts?: string[];
  looksLikePerformancePlan?: boolean;
  settings?: PaneSettings;
  /** The paragraphs readOverview answers, formatting and all (by default paragraphTexts as plain paragraphs). */
  reviewParagraphs?: ParagraphInfo[];
};

export type FakeGateway = DocumentGateway & {
  /** What the next detect() answers; change it, then emitSelectionChanged(). */
  place: CursorPlace;
  planPlace: CursorPlace;
  trackChanges: boolean;
  overview: DocumentOverview;
  /** When set, the next calls reject with it. */
  detectError: Error | null;
  overviewError: Error | null;
  insertError: Error | null;
  insertCalls: InsertCall[];
  savedSettings: PaneSettings[];
  detect: jest.Mock<Promise<Detection>, [options?: { plan?: boolean }]>;
  readOverview: jest.Mock<Promise<DocumentOverview>, [options?: { unlessUnchanged?: boolean }]>;
  insert: jest.Mock<Promise<InsertOutcome>, [readonly InsertionLine[], InsertOptions]>;
  goToParagraph: jest.Mock<Promise<void>, [ParagraphTarget]>;
  replaceParagraphText: jest.Mock<Promise<ReplaceOutcome>, [ParagraphTarget, string]>;
  replaceText: jest.Mock<Promise<TextReplaceOutcome>, [readonly TextEdit[]]>;
  /** When set, the next replaceText rejects with it. */
  replaceTextError: Error | null;
  /** The ignored hints' keys the document keeps. */
  ignoredHints: string[];
  saveIgnoredHints: jest.Mock<Promise<void>, [readonly string[]]>;
  saveSettings: jest.Mock<Promise<void>, [PaneSettings]>;
  emitSelectionChanged(): void;
  listenerCount(): number;
  /** Makes the next insert wait until the returned function is called. */
  holdNextInsert(): () => void;
};

/** An overview of `paragraphs`, as the gateway reads it. */
export function overviewOf(paragraphs: ParagraphInfo[], looksLikePerformancePlan: boolean): DocumentOverview {
  return { paragraphs, paragraphTexts: paragraphs.map((p) => p.text), looksLikePerformancePlan };
}

export function createFakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const listeners = new Set<() => void>();
  let settings: PaneSettings = options.settings ?? { agency: null, insertForm: "match", insertAsTrackedChange: false, commentWithSource: false };
  let hold: Promise<void> | null = null;

  const gateway: FakeGateway = {
    place: options.place ?? PLACES.majorDuties,
    planPlace: options.planPlace ?? { kind: "before-sections" },
    trackChanges: options.trackChanges ?? false,
    overview: overviewOf(options.reviewParagraphs ?? (options.paragraphTexts ?? []).map((text) => ({ text })), options.looksLikePerformancePlan ?? false),
    detectError: null,
    overviewError: null,
    insertError: null,
    insertCalls: [],
    savedSettings: [],
    detect: jest.fn(async (options?: { plan?: boolean }) => {
      if (gateway.detectError) throw gateway.detectError;
      const detection: Detection = { place: gateway.place, trackChanges: gateway.trackChanges, syncs: 1 };
      return options?.plan ? { ...detection, plan: { place: gateway.planPlace, goalForm: null } } : detection;
    }),
    readOverview: jest.fn(async () => {
      if (gateway.overviewError) throw gateway.overviewError;
      return overviewOf(gateway.overview.paragraphs.map((p) => ({ ...p })), gateway.overview.looksLikePerformancePlan);
    }),
    goToParagraph: jest.fn(async (_target: { index: number; text: string }) => undefined),
    insert: jest.fn(async (lines: readonly InsertionLine[], insertOptions: InsertOptions) => {
      gateway.insertCalls.push({ lines: [...lines], options: insertOptions });
      if (hold) {
        const waiting = hold;
        hold = null;
        await waiting;
      }
      if (gateway.insertError) throw gateway.insertError;
      gateway.overview = overviewOf([...gateway.overview.paragraphs, ...lines.map((l) => ({ text: l.text }))], gateway.overview.looksLikePerformancePlan);
      return { paragraphsInserted: lines.length, tracked: gateway.trackChanges, afterSelection: false, syncs: 1, commented: Boolean(insertOptions.comment) };
    }),
    replaceParagraphText: jest.fn(async (target: ParagraphTarget, text: string) => {
      const paragraphs = gateway.overview.paragraphs.map((p) => ({ ...p }));
      if (paragraphs[target.index]?.text !== target.text) throw new WordActionError(PARAGRAPH_CHANGED);
      paragraphs[target.index]!.text = text;
      gateway.overview = overviewOf(paragraphs, gateway.overview.looksLikePerformancePlan);
      return { tracked: gateway.trackChanges, syncs: 2 };
    }),
    replaceTextError: null,
    replaceText: jest.fn(async (edits: readonly TextEdit[]) => {
      if (gateway.replaceTextError) throw gateway.replaceTextError;
      const paragraphs = gateway.overview.paragraphs.map((p) => ({ ...p }));
      if (edits.some((edit) => paragraphs[edit.paragraphIndex]?.text !== edit.paragraphText)) throw new WordActionError(PARAGRAPH_CHANGED);
      for (const index of new Set(edits.map((edit) => edit.paragraphIndex))) {
        paragraphs[index]!.text = applyEdits(paragraphs[index]!.text, edits.filter((edit) => edit.paragraphIndex === index));
      }
      gateway.overview = overviewOf(paragraphs, gateway.overview.looksLikePerformancePlan);
      return { replaced: edits.length, tracked: gateway.trackChanges, syncs: 3 };
    }),
    ignoredHints: [],
    loadIgnoredHints: async () => [...gateway.ignoredHints],
    saveIgnoredHints: jest.fn(async (keys: readonly string[]) => {
      gateway.ignoredHints = [...keys];
    }),
    onSelectionChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadSettings: () => settings,
    saveSettings: jest.fn(async (next: PaneSettings) => {
      settings = next;
      gateway.savedSettings.push(next);
    }),
    emitSelectionChanged() {
      for (const listener of [...listeners]) listener();
    },
    listenerCount: () => listeners.size,
    holdNextInsert() {
      let release: () => void = () => undefined;
      hold = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
  return gateway;
}

export function insertFailure(problem: WordProblem = wordProblem()): WordActionError {
  return new WordActionError(problem);
}
