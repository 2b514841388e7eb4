/**
 * @jest-environment jsdom
 */
import { loadPaneSettings, savePaneSettings } from "../../src/word/settings";
import { body, closeDocument, openDocument } from "./wordHarness";

afterEach(() => {
  closeDocument();
  localStorage.clear();
});

describe("pane settings", () => {
  it("defaults to no agency (the library's default) and inserting as a list", () => {
    openDocument({ paragraphs: [body("x")] });
    expect(loadPaneSettings()).toEqual({ agency: null, insertAs: "list" });
  });

  it("keeps the agency with the document and as the user's default, and insert-as per user", async () => {
    const standin = openDocument({ paragraphs: [body("x")] });
    await savePaneSettings({ agency: "  USDA ", insertAs: "paragraphs" });
    expect(standin.savedSettings()).toMatchObject({ "cxLanguage.agency": "USDA" });
    expect(localStorage.getItem("cxLanguage.agency")).toBe("USDA");
    expect(loadPaneSettings()).toEqual({ agency: "USDA", insertAs: "paragraphs" });

    // Another document, same user: the user's default applies.
    closeDocument();
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
    await savePaneSettings({ agency: null, insertAs: "paragraphs" });
    expect(standin.savedSettings()).toEqual({});
  });

  it("clearing the agency removes it", async () => {
    const standin = openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.agency": "VA" } });
    await savePaneSettings({ agency: "", insertAs: "list" });
    expect(standin.savedSettings()).toEqual({});
    expect(loadPaneSettings().agency).toBeNull();
  });
});
