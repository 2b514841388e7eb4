import { screen, waitFor, within } from "@testing-library/react";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { library, renderPane } from "./renderPane";

const h = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Heading1", outlineLevel: 1 });
const body = (text: string): ParagraphInfo => ({ text });

/** A PD with an Introduction holding CX language, Major Duties without, and no factors. */
const reviewed: ParagraphInfo[] = [
  h("Introduction"),
  body(library.renderEntry("pd-intro-01", { agency: "DHS" })),
  h("Major Duties"),
  body("Plans analyses of service delivery."),
];

async function openReview(paragraphs = reviewed) {
  const pane = renderPane({ reviewParagraphs: paragraphs });
  await pane.user.click(await screen.findByRole("button", { name: "Review" }));
  return { ...pane, panel: await screen.findByTestId("review-panel") };
}

describe("the review", () => {
  it("lists the PD's CX sections with what each holds, and a summary", async () => {
    const { panel, gateway } = await openReview();
    expect(await within(panel).findByTestId("review-summary")).toBeInTheDocument();
    // Made from the pane's one reading of the document: opening the review at most asks whether the text changed.
    expect(gateway.readOverview.mock.calls.filter(([options]) => !options?.unlessUnchanged)).toHaveLength(1);
    expect(within(panel).getByTestId("review-summary")).toHaveTextContent("1 of 6 CX sections have CX language");
    expect(within(panel).getByTestId("review-introduction")).toHaveTextContent("Has CX language: 1 item");
    expect(within(panel).getByTestId("review-major-duties")).toHaveTextContent("No CX language yet");
    expect(within(panel).getByTestId("review-factor-3")).toHaveTextContent("Not in this PD");
    expect(within(within(panel).getByTestId("review-factor-3")).queryByRole("button")).toBeNull();
  });

  it("Add suggestions moves the cursor to the end of the section and closes the review", async () => {
    const { panel, gateway, user, announce } = await openReview();
    await user.click(await within(panel).findByRole("button", { name: `Add suggestions to ${library.section("major-duties")!.name}` }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenCalledWith({ index: 3, text: "Plans analyses of service delivery." }, "end"));
    await waitFor(() => expect(screen.queryByTestId("review-panel")).not.toBeInTheDocument());
    expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Cursor moved to the end of Major Duties/));
  });

  it("follows an insertion while open, from the overview's one read after it", async () => {
    const { panel, gateway, user } = await openReview();
    await waitFor(() => expect(within(panel).getByTestId("review-major-duties")).toHaveTextContent("No CX language yet"));
    const wholeReads = () => gateway.readOverview.mock.calls.filter(([options]) => !options?.unlessUnchanged).length;
    const before = wholeReads();
    await user.click(within(await screen.findByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(within(panel).getByTestId("review-major-duties")).toHaveTextContent("Has CX language: 1 item"));
    expect(within(panel).getByTestId("review-summary")).toHaveTextContent("2 of 6 CX sections have CX language");
    expect(wholeReads()).toBe(before + 1);
  });

  it("Go to section selects the section's heading", async () => {
    const { panel, gateway, user } = await openReview();
    await user.click(await within(panel).findByRole("button", { name: `Go to ${library.section("introduction")!.name}` }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenCalledWith({ index: 0, text: "Introduction" }, "heading"));
  });

  it("warns plainly when the document does not look like a PD", async () => {
    const { panel } = await openReview([body("Meeting notes"), body("Agenda.")]);
    expect(await within(panel).findByText(/does not look like a position description/)).toBeInTheDocument();
  });
});
