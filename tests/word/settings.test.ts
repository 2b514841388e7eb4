/**
 * @jest-environment jsdom
 */
import { officeGlobals, type Standin } from "../../src/word/standin";
import type { PaneSettings } from "../../src/word/gateway";
import * as settings from "../../src/word/settings";
import type { StandinDocumentSpec } from "../../src/word/standin/types";
import { body, openDocument as createDocument } from "./wordHarness";

afterEach(() => localStorage.clear());

// The settings functions read the Office handed to them; these wrappers hand over the open document's.
let open: Standin;
function openDocument(spec: StandinDocumentSpec): Standin {
  open = createDocument(spec);
  return open;
}
const loadPaneSettings = () => settings.loadPaneSettings(officeGlobals(open).Office);
const savePaneSettings = (value: PaneSettings) => settings.savePaneSettings(officeGlobals(open).Office, value);

describe("pane settings", () => {
  it("defaults to no agency (the library's default) and inserting as a list", () => {
    openDocument({ paragraphs: [body("x")] });
    expect(loadPaneSettings()).toEqual({ agency: null, insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
  });

  it("keeps the agency with the document and as the user's default, and insert-as per user", async () => {
    const standin = openDocument({ paragraphs: [body("x")] });
    await savePaneSettings({ agency: "  USDA ", insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false });
    expect(standin.savedSettings()).toMatchObject({ "cxLanguage.agency": "USDA" });
    expect(localStorage.getItem("cxLanguage.agency")).toBe("USDA");
    expect(loadPaneSettings()).toEqual({ agency: "USDA", insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false });

    // Another document, same user: the user's default applies.
    openDocument({ paragraphs: [body("y")] });
    expect(loadPaneSettings().agency).toBe("USDA");
  });

  it("prefers the agency saved in the document over the user's default", () => {
    localStorage.setItem("cxLanguage.agency", "USDA");
    openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "VA" } });
    expect(loadPaneSettings().agency).toBe("VA");
  });

  it("does not touch the document when the agency did not change", async () => {
    const standin = openDocument({ paragraphs: [body("x")] });
    await savePaneSettings({ agency: null, insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false });
    expect(standin.savedSettings()).toEqual({});
  });

  it("clearing the agency removes it", async () => {
    const standin = openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "VA" } });
    await savePaneSettings({ agency: "", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
    expect(standin.savedSettings()).toEqual({});
    expect(loadPaneSettings().agency).toBeNull();
  });

  describe("an agency name the pane did not write", () => {
    it.each([
      ["a line break", "US\nDA", "US DA"],
      ["a right-to-left override and NUL", "\u202EUS\u0000DA", "USDA"],
      ["1,000,000 characters", "USDA ".repeat(200_000), "USDA ".repeat(16).trimEnd()],
    ])("with %s, read from the document, is cleaned", (_, stored, cleaned) => {
      openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": stored } });
      expect(loadPaneSettings().agency).toBe(cleaned);
    });

    it.each([
      ["a line break", "US\r\nDA", "US DA"],
      ["a right-to-left override and NUL", "\u202EUS\u0000DA", "USDA"],
      ["1,000,000 characters", "x".repeat(1_000_000), "x".repeat(80)],
    ])("with %s, read from the user's default, is cleaned", (_, stored, cleaned) => {
      localStorage.setItem("cxLanguage.agency", stored);
      openDocument({ paragraphs: [body("x")] });
      expect(loadPaneSettings().agency).toBe(cleaned);
    });

    it("falls back to the user's default when the document's holds nothing visible", () => {
      localStorage.setItem("cxLanguage.agency", "USDA");
      openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "\u202E\u200B\n" } });
      expect(loadPaneSettings().agency).toBe("USDA");
    });

    it("falls back to the user's default when the document's is made of joiners, fillers or blanks", () => {
      localStorage.setItem("cxLanguage.agency", "USDA");
      for (const crafted of ["\u200C\u200D", "\u3164\u3164", "\u2800 \u115F"]) {
        openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": crafted } });
        expect(loadPaneSettings().agency).toBe("USDA");
      }
    });

    it("is saved cleaned", async () => {
      const standin = openDocument({ paragraphs: [body("x")] });
      await savePaneSettings({ agency: "\u202EUS\nDA\u0000", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
      expect(standin.savedSettings()).toMatchObject({ "cxLanguage.agency": "US DA" });
      expect(localStorage.getItem("cxLanguage.agency")).toBe("US DA");
    });

    it("from a crafted document is repaired in that document but never becomes the user's default", async () => {
      localStorage.setItem("cxLanguage.agency", "USDA");
      const standin = openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "V\u202EA\nX" } });
      const shown = loadPaneSettings();
      expect(shown.agency).toBe("VA X");
      // The user changes only how to insert and saves: the name shown goes back with the settings.
      await savePaneSettings({ ...shown, insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false });
      expect(standin.savedSettings()).toMatchObject({ "cxLanguage.agency": "VA X" });
      expect(localStorage.getItem("cxLanguage.agency")).toBe("USDA");
      expect(localStorage.getItem("cxLanguage.insertForm")).toBe("paragraphs");
    });

    it("typed by the user in a crafted document does become the user's default", async () => {
      openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "V\u202EA" } });
      await savePaneSettings({ agency: "DOE", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
      expect(localStorage.getItem("cxLanguage.agency")).toBe("DOE");
    });
  });
});

describe("the insert form", () => {
  it("matches the surrounding text unless the user chose otherwise, ignoring the old bulleted-list default", async () => {
    localStorage.setItem("cxLanguage.insertAs", "list");
    openDocument({ paragraphs: [body("x")] });
    expect(loadPaneSettings().insertForm).toBe("match");
    await savePaneSettings({ agency: null, insertForm: "list", insertAsTrackedChange: false, commentWithSource: false });
    expect(loadPaneSettings().insertForm).toBe("list");
  });
});
