import { screen, waitFor, within } from "@testing-library/react";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { PLACES } from "./fakeGateway";
import { numberedElementsPlan } from "../core/planFixtures";
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

  it("names each item's state and counts the states in the summary", async () => {
    const adapted = library.renderEntry("pd-duties-01").replace("seek", "try");
    const { panel } = await openReview([...reviewed, body(adapted), body(library.renderEntry("pd-duties-04"))]);
    const duties = await within(panel).findByTestId("review-major-duties");
    await waitFor(() => expect(duties).toHaveTextContent("Has CX language: 2 items"));
    const items = within(duties).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent(/ · Adapted$/);
    expect(items[1]).toHaveTextContent(/ · Approved$/);
    expect(within(within(panel).getByTestId("review-introduction")).getByRole("listitem")).toHaveTextContent(/ · Approved$/);
    expect(within(panel).getByTestId("review-summary")).toHaveTextContent("2 of 6 CX sections have CX language: 2 approved, 1 adapted");
  });

  it("Add suggestions moves the cursor to the end of the section and closes the review", async () => {
    const { panel, gateway, user, announce } = await openReview();
    await user.click(await within(panel).findByRole("button", { name: `Add suggestions to ${library.section("major-duties")!.name}` }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenCalledWith({ index: 3, text: "Plans analyses of service delivery." }));
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

  it("Go to section moves the cursor to the section's heading, and the pane then reads where the cursor is", async () => {
    const { panel, gateway, user } = await openReview();
    // Word may not raise the selection event for a move the add-in makes: no event is fired here.
    gateway.place = PLACES.factor3;
    await user.click(await within(panel).findByRole("button", { name: `Go to section: ${library.section("introduction")!.name}` }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenCalledWith({ index: 0, text: "Introduction" }));
    await waitFor(() => expect(screen.getByTestId("place-summary")).toHaveTextContent("Factor 3"));
    expect(screen.getByTestId("review-panel")).toBeInTheDocument();
  });

  it("takes focus to its heading when it opens and gives it back to the Review button when it closes", async () => {
    const { panel, user } = await openReview();
    await waitFor(() => expect(within(panel).getByRole("heading", { name: "Review of this document" })).toHaveFocus());
    await user.click(within(panel).getByRole("button", { name: "Close review" }));
    expect(screen.queryByTestId("review-panel")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Review" })).toHaveFocus();
  });

  it("warns plainly when the document does not look like a PD", async () => {
    const { panel } = await openReview([body("Meeting notes"), body("Agenda.")]);
    expect(await within(panel).findByText(/does not look like a position description/)).toBeInTheDocument();
  });

  it("reviews a GS plan for its own parts, and Add suggestions opens the plan's language there", async () => {
    const plan = numberedElementsPlan();
    const { panel, gateway, user } = await openReview(plan);
    expect(await within(panel).findByTestId("review-summary")).toHaveTextContent("0 of 2 parts of the plan have CX language");
    expect(within(panel).queryByTestId("review-ses-requirement")).toBeNull();
    expect(within(panel).getByTestId("review-gs-performance-goals")).toHaveTextContent("Not in this plan");
    const customerService = within(panel).getByTestId("review-gs-customer-service");
    expect(customerService).toHaveTextContent("No CX language yet");
    await user.click(within(customerService).getByRole("button", { name: /^Go to / }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenCalledWith({ index: 8, text: plan[8]!.text }));
    await user.click(within(customerService).getByRole("button", { name: /^Add suggestions to / }));
    await waitFor(() => expect(gateway.goToParagraph).toHaveBeenLastCalledWith({ index: 11, text: plan[11]!.text }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Performance plan (PWP)" })).toHaveAttribute("aria-pressed", "true"));
  });
});
