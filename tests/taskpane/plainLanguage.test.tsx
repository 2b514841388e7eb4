import { act, screen, waitFor, within } from "@testing-library/react";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { WordActionError } from "../../src/word/gateway";
import { PARAGRAPH_CHANGED, PLACES, sectionPlace } from "./fakeGateway";
import { library, renderPane } from "./renderPane";

const h = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Heading1", outlineLevel: 1 });
const body = (text: string): ParagraphInfo => ({ text });

/** A PD with wordy Major Duties, a plain Introduction, and library language that holds list words. */
const PD: ParagraphInfo[] = [
  h("Introduction"),
  body("This position is in the Office of Customer Experience."),
  h("Major Duties"),
  body("Utilizes data in order to improve service."),
  body("Prior to each review, the incumbent will utilize surveys."),
  body(library.renderEntry("pd-duties-01", { agency: "DHS" })),
  h("Factor 3 - Guidelines"),
  body("Guidelines are numerous."),
];

async function openPlainLanguage(paragraphs = PD, place = PLACES.majorDuties) {
  const pane = renderPane({ reviewParagraphs: paragraphs, place });
  await pane.user.click(await screen.findByRole("button", { name: "Plain language" }));
  const panel = await screen.findByTestId("plain-panel");
  await within(panel).findByTestId("plain-summary");
  return { ...pane, panel };
}

const hintTexts = (panel: HTMLElement) => within(panel).queryAllByTestId("plain-hint").map((card) => card.querySelector("mark")?.textContent);

describe("the plain-language view", () => {
  it("shows the hints of the cursor's section, each with its sentence, the words marked, and what to say instead", async () => {
    const { panel } = await openPlainLanguage();
    expect(within(panel).getByTestId("plain-scope-summary")).toHaveTextContent("Major Duties: 4 hints");
    expect(hintTexts(panel)).toEqual(["Utilizes", "in order to", "Prior to", "utilize"]);
    const [first] = within(panel).getAllByTestId("plain-hint");
    expect(first).toHaveTextContent("Utilizes data in order to improve service.");
    expect(first).toHaveTextContent("Say instead: Uses");
    // Focus went into the view.
    expect(within(panel).getByRole("heading", { name: "Plain language" })).toHaveFocus();
  });

  it("counts hints per section and gives the reading grade level", async () => {
    const { panel } = await openPlainLanguage();
    const counts = within(within(panel).getByTestId("plain-counts")).getAllByRole("listitem").map((li) => li.textContent);
    expect(counts).toEqual(["Introduction: 0 hints", "Major Duties: 4 hints (cursor here)", "Factor 3 – Guidelines: 1 hint"]);
    expect(within(panel).getByTestId("plain-summary")).toHaveTextContent(/^Reading grade level \d+\.\d \(Flesch–Kincaid\) · 5 hints in the document$/);
  });

  it("keeps the library's own language out of the hints", async () => {
    const { panel } = await openPlainLanguage();
    const entryText = library.renderEntry("pd-duties-01", { agency: "DHS" });
    expect(within(panel).getAllByTestId("plain-hint").some((card) => card.textContent?.includes(entryText.slice(0, 40)))).toBe(false);
  });

  it("follows the cursor, and switches to the whole document", async () => {
    const { panel, gateway, user } = await openPlainLanguage();
    act(() => {
      gateway.place = sectionPlace("factor-3", "Factor 3 – Guidelines", "factor-3");
      gateway.emitSelectionChanged();
    });
    await waitFor(() => expect(within(panel).getByTestId("plain-scope-summary")).toHaveTextContent("Factor 3 – Guidelines: 1 hint"), { timeout: 3000 });
    expect(hintTexts(panel)).toEqual(["numerous"]);
    await user.click(within(panel).getByRole("switch", { name: "Whole document" }));
    expect(within(panel).getByTestId("plain-scope-summary")).toHaveTextContent("Whole document: 5 hints");
    expect(within(panel).getAllByTestId("plain-hint")[0]).toHaveTextContent(/^Major Duties/);
  });

  it("Replace changes only that occurrence, with the choice made, and the document is read again", async () => {
    const { panel, gateway, user, announce } = await openPlainLanguage();
    const card = within(panel).getAllByTestId("plain-hint")[1]!; // "in order to" -> "to"
    await user.click(within(card).getByRole("button", { name: "Replace “in order to” with “to”" }));
    await waitFor(() => expect(gateway.replaceText).toHaveBeenCalledTimes(1));
    expect(gateway.replaceText.mock.calls[0]![0]).toEqual([
      { paragraphIndex: 3, paragraphText: PD[3]!.text, start: 14, end: 25, before: "in order to", after: "to" },
    ]);
    await waitFor(() => expect(hintTexts(panel)).toEqual(["Utilizes", "Prior to", "utilize"]));
    expect(gateway.overview.paragraphs[3]!.text).toBe("Utilizes data to improve service.");
    expect(announce).toHaveBeenCalledWith("Replaced “in order to” with “to”.");
    // Focus stays in the list, on the card that took the replaced one's place.
    expect(within(panel).getAllByTestId("plain-hint")[1]).toHaveFocus();
  });

  it("Replace takes the alternative chosen", async () => {
    const wordy = [h("Major Duties"), body("Staff disseminate the notes.")];
    const { panel, gateway, user } = await openPlainLanguage(wordy);
    const card = within(panel).getByTestId("plain-hint");
    await user.click(within(card).getByRole("radio", { name: "send" }));
    await user.click(within(card).getByRole("button", { name: "Replace “disseminate” with “send”" }));
    await waitFor(() => expect(gateway.overview.paragraphs[1]!.text).toBe("Staff send the notes."));
  });

  it("Replace all changes every occurrence of the phrase, each in its own form", async () => {
    const { panel, gateway, user } = await openPlainLanguage();
    const card = within(panel).getAllByTestId("plain-hint")[0]!;
    await user.click(within(card).getByRole("button", { name: "Replace all 2 occurrences of “Utilizes”" }));
    await waitFor(() => expect(gateway.overview.paragraphs[4]!.text).toBe("Prior to each review, the incumbent will use surveys."));
    expect(gateway.overview.paragraphs[3]!.text).toBe("Uses data in order to improve service.");
    expect(gateway.replaceText).toHaveBeenCalledTimes(1);
  });

  it("Ignore hides the hint and keeps it in the document's settings, also after the view opens again", async () => {
    const { panel, gateway, user } = await openPlainLanguage();
    const card = within(panel).getAllByTestId("plain-hint")[2]!; // "Prior to"
    await user.click(within(card).getByRole("button", { name: "Ignore “Prior to” in this sentence" }));
    await waitFor(() => expect(hintTexts(panel)).toEqual(["Utilizes", "in order to", "utilize"]));
    expect(gateway.saveIgnoredHints).toHaveBeenCalledWith([expect.stringMatching(/^prior-to:[a-z0-9]+:0$/)]);
    await user.click(within(panel).getByRole("button", { name: "Close plain language" }));
    await user.click(screen.getByRole("button", { name: "Plain language" }));
    const again = await screen.findByTestId("plain-panel");
    await within(again).findByTestId("plain-summary");
    expect(hintTexts(again)).toEqual(["Utilizes", "in order to", "utilize"]);
    expect(within(again).getByTestId("plain-summary")).toHaveTextContent("4 hints in the document");
  });

  it("shows Word's refusal in plain words and what the paragraph says now", async () => {
    const { panel, gateway, user } = await openPlainLanguage();
    gateway.replaceTextError = new WordActionError(PARAGRAPH_CHANGED);
    const card = within(panel).getAllByTestId("plain-hint")[0]!;
    await user.click(within(card).getByRole("button", { name: "Replace “Utilizes” with “Uses”" }));
    const problem = await within(panel).findByTestId("plain-problem");
    expect(problem).toHaveTextContent("nothing was replaced");
    expect(gateway.overview.paragraphs[3]!.text).toBe(PD[3]!.text);
    // The document is read again after the refusal.
    await waitFor(() => expect(gateway.readOverview.mock.calls.filter(([o]) => !o?.unlessUnchanged).length).toBeGreaterThan(1));
  });

  it("is one of the header's panels: opening it closes Review, and closing it returns focus to its button", async () => {
    const pane = renderPane({ reviewParagraphs: PD });
    await pane.user.click(await screen.findByRole("button", { name: "Review" }));
    await screen.findByTestId("review-panel");
    const button = screen.getByRole("button", { name: "Plain language" });
    await pane.user.click(button);
    await screen.findByTestId("plain-panel");
    expect(screen.queryByTestId("review-panel")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Review" })).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-expanded", "true");
    await pane.user.click(button);
    expect(screen.queryByTestId("plain-panel")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
