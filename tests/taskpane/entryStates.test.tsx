import { screen, waitFor, within } from "@testing-library/react";
import data from "../../content/library.json";
import { createLibrary, type LibraryData } from "../../src/core/library";
import { overviewOf, PARAGRAPH_CHANGED } from "./fakeGateway";
import { library, ready, renderPane } from "./renderPane";

const card = (entryId: string) => within(screen.getByTestId(`card-${entryId}`));
const approved01 = library.renderEntry("pd-duties-01");
// One word changed ("seek" → "try"): within what still counts as the entry.
const adapted01 = approved01.replace("seek", "try");

describe("how an entry stands in the document", () => {
  it("each card says it in words, and its Insert button is described by it", async () => {
    renderPane({
      settings: { agency: "USDA", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false },
      paragraphTexts: [
        "Major Duties",
        library.renderEntry("pd-duties-04", { agency: "USDA" }),
        adapted01,
        library.renderEntry("pd-duties-06", { agency: "DHS" }),
      ],
    });
    await ready();
    const states = { "pd-duties-04": "Approved", "pd-duties-01": "Adapted · 1 word changed", "pd-duties-06": "Adapted · names DHS" };
    for (const [id, label] of Object.entries(states)) {
      expect(await card(id).findByTestId("in-document")).toHaveTextContent(label);
      expect(card(id).getByRole("button", { name: /^Insert:/ })).toHaveAccessibleDescription(label);
    }
    expect(card("pd-duties-05").queryByTestId("in-document")).not.toBeInTheDocument();
    // Only adapted and earlier entries offer the comparison and the replacement.
    expect(card("pd-duties-04").queryByRole("button", { name: /^Show changes/ })).not.toBeInTheDocument();
    expect(await card("pd-duties-01").findByRole("button", { name: /^Show changes/ })).toBeInTheDocument();
    expect(card("pd-duties-06").getByRole("button", { name: /^Replace with approved wording/ })).toBeInTheDocument();
  });

  it("Show changes marks the words the document lacks and the words it added, for screen readers too", async () => {
    const { user } = renderPane({ paragraphTexts: ["Major Duties", adapted01] });
    await ready();
    const show = await card("pd-duties-01").findByRole("button", { name: /^Show changes/ });
    expect(show).toHaveAttribute("aria-expanded", "false");
    await user.click(show);
    expect(show).toHaveAttribute("aria-expanded", "true");
    const comparison = card("pd-duties-01").getByTestId("comparison");
    expect(show).toHaveAttribute("aria-controls", comparison.id);
    expect([...comparison.querySelectorAll("ins")].map((node) => node.textContent?.trim())).toEqual(["added: seek"]);
    expect([...comparison.querySelectorAll("del")].map((node) => node.textContent?.trim())).toEqual(["removed: try"]);
    // Read as a whole: the document's words and the approved ones, each change named.
    expect(comparison.querySelector("p:last-child")).toHaveTextContent(
      "Intentionally removed: try added: seek to learn and put efforts to improve and transform CX in government services.",
    );
    await user.click(show);
    expect(card("pd-duties-01").queryByTestId("comparison")).not.toBeInTheDocument();
  });

  it("Replace with approved wording puts the approved text into that paragraph, says so and the card becomes Approved", async () => {
    const { user, gateway, announce } = renderPane({ paragraphTexts: ["Major Duties", "Intro text.", adapted01] });
    await ready();
    const replace = await card("pd-duties-01").findByRole("button", { name: /^Replace with approved wording/ });
    await user.click(replace);
    await waitFor(() => expect(gateway.replaceParagraphText).toHaveBeenCalledWith({ index: 2, text: adapted01 }, approved01));
    await waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Replaced with the approved wording: /)));
    expect(await card("pd-duties-01").findByText("Approved")).toBeInTheDocument();
    expect(card("pd-duties-01").queryByRole("button", { name: /^Replace with approved wording/ })).not.toBeInTheDocument();
    expect(gateway.overview.paragraphTexts).toEqual(["Major Duties", "Intro text.", approved01]);
    expect(screen.queryByTestId("replace-problem")).not.toBeInTheDocument();
    // Focus stays on the card whose button went.
    expect(screen.getByTestId("card-pd-duties-01")).toHaveFocus();
  });

  it("says so when tracked changes made the replacement a revision", async () => {
    const { user, announce } = renderPane({ paragraphTexts: ["Major Duties", adapted01], trackChanges: true });
    await ready();
    await user.click(await card("pd-duties-01").findByRole("button", { name: /^Replace with approved wording/ }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Replaced with the approved wording as a tracked change: /)));
  });

  it("a paragraph edited since it was read is left alone: the pane says so in plain words and reads the document again", async () => {
    const { user, gateway, announce } = renderPane({ paragraphTexts: ["Major Duties", adapted01] });
    await ready();
    const replace = await card("pd-duties-01").findByRole("button", { name: /^Replace with approved wording/ });
    // Someone edits the paragraph in Word after the pane read it.
    const edited = `${adapted01} Also more.`;
    gateway.overview = overviewOf([{ text: "Major Duties" }, { text: edited }], false);
    const reads = gateway.readOverview.mock.calls.length;
    await user.click(replace);
    const bar = await screen.findByTestId("replace-problem");
    expect(bar).toHaveTextContent("The paragraph changed since it was read; nothing was replaced.");
    expect(announce).toHaveBeenCalledWith(`${PARAGRAPH_CHANGED.title}. ${PARAGRAPH_CHANGED.message}`);
    expect(gateway.overview.paragraphTexts).toEqual(["Major Duties", edited]);
    await waitFor(() => expect(gateway.readOverview.mock.calls.length).toBeGreaterThan(reads));
    await user.click(within(bar).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("replace-problem")).not.toBeInTheDocument();
  });

  it("text from an earlier library version is Earlier wording, compared with and replaced by today's", async () => {
    const earlier = "Seek to learn about CX and improve it in government services.";
    const withVersions = JSON.parse(JSON.stringify(data)) as LibraryData;
    withVersions.version = "1.1.0";
    const entry = withVersions.entries.find((e) => e.id === "pd-duties-01")!;
    (entry as { previousTexts?: { version: string; text: string }[] }).previousTexts = [{ version: "1.0.0", text: earlier }];
    const versioned = createLibrary(withVersions);
    const { user, gateway } = renderPane({ library: versioned, paragraphTexts: ["Major Duties", earlier] });
    await ready();
    expect(await card("pd-duties-01").findByTestId("in-document")).toHaveTextContent("Earlier wording (1.0.0)");
    await user.click(card("pd-duties-01").getByRole("button", { name: /^Show changes/ }));
    expect(card("pd-duties-01").getByTestId("comparison").querySelectorAll("ins").length).toBeGreaterThan(0);
    await user.click(card("pd-duties-01").getByRole("button", { name: /^Replace with approved wording/ }));
    await waitFor(() => expect(gateway.replaceParagraphText).toHaveBeenCalledWith({ index: 1, text: earlier }, approved01));
    expect(await card("pd-duties-01").findByText("Approved")).toBeInTheDocument();
  });
});
