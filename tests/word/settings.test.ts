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
    expect(loadPaneSettings()).toEqual({ agency: null, insertAs: "list" });
  });

  it("keeps the agency with the document and as the user's default, and insert-as per user", async () => {
    const standin = openDocument({ paragraphs: [body("x")] });
    await savePaneSettings({ agency: "  USDA ", insertAs: "paragraphs" });
    expect(standin.savedSettings()).toMatchObject({ "cxLanguage.agency": "USDA" });
    expect(localStorage.getItem("cxLanguage.agency")).toBe("USDA");
    expect(loadPaneSettings()).toEqual({ agency: "USDA", insertAs: "paragraphs" });

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
