import { act, render, screen, waitFor, within } from "@testing-library/react";
import { bundledLibrary } from "../../src/core/bundledLibrary";
import { App } from "../../src/taskpane/App";
import { createFakeGateway, overviewOf, PLACES, wordProblem, insertFailure } from "./fakeGateway";
import { cardsIn, library, ready, renderPane } from "./renderPane";

const PLAN_GOALS = { kind: "section", sectionId: "performance-goals", sectionName: "Performance goals", librarySection: "gs-performance-goals" } as const;

describe("following the cursor", () => {
  it("shows the detected section's language: Major Duties' 21 statements, the lead-in's three inside it", async () => {
    const { inSuggestions, announce } = renderPane();
    await ready();
    expect(screen.getByTestId("place-summary")).toHaveTextContent("Cursor in Major Duties");
    const list = inSuggestions().getByRole("list", { name: "Major Duties" });
    expect(cardsIn(list).map((card) => card.dataset.cardId)).toEqual(library.topLevelEntriesInSection("major-duties").map((e) => e.id));
    expect(cardsIn(list)).toHaveLength(18);
    expect(inSuggestions().getAllByRole("button", { name: /^Insert:/ })).toHaveLength(21);

    const leadIn = screen.getByTestId("card-pd-duties-09");
    const children = within(leadIn).getByRole("list", { name: /^Items under:/ });
    expect(within(children).getAllByRole("listitem").map((li) => li.dataset.testid)).toEqual([
      "child-pd-duties-10",
      "child-pd-duties-11",
      "child-pd-duties-12",
    ]);
    expect(within(leadIn).getAllByRole("button", { name: /^Insert:/ })).toHaveLength(4);
    expect(within(leadIn).getAllByRole("checkbox")).toHaveLength(4);
    // Every card is a duty statement: the kind is not repeated on each.
    expect(within(leadIn).queryAllByText("Duty statement")).toHaveLength(0);
    expect(announce).toHaveBeenCalledWith("Now showing Major Duties language");
  });

  it("shows each card's full text with the agency filled in", async () => {
    renderPane();
    await ready();
    const card = screen.getByTestId("card-pd-duties-06");
    expect(card).toHaveTextContent("Upholds DHS' commitment to CX by meeting CX standards and elevating the bar across government.");
  });

  it("follows the cursor after the selection settles, subscribing once and unsubscribing on unmount", async () => {
    const { gateway, announce, unmount } = renderPane();
    await ready();
    expect(gateway.listenerCount()).toBe(1);
    const calls = gateway.detect.mock.calls.length;

    gateway.place = PLACES.factor3;
    act(() => {
      gateway.emitSelectionChanged();
      gateway.emitSelectionChanged();
      gateway.emitSelectionChanged();
    });
    // Debounced: nothing asked of Word yet.
    expect(gateway.detect.mock.calls.length).toBe(calls);
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(gateway.detect.mock.calls.length).toBe(calls + 1);
    expect(screen.queryByRole("heading", { level: 2, name: "Major Duties" })).not.toBeInTheDocument();
    expect(screen.getByTestId("card-pd-guidelines-01")).toBeInTheDocument();
    expect(announce).toHaveBeenLastCalledWith("Now showing Factor 3 – Guidelines language");

    unmount();
    expect(gateway.listenerCount()).toBe(0);
  });

  it("does not re-announce when the cursor moves within the same section", async () => {
    const { gateway, announce } = renderPane();
    await ready();
    const said = announce.mock.calls.length;
    gateway.place = { ...PLACES.majorDuties };
    act(() => gateway.emitSelectionChanged());
    await waitFor(() => expect(gateway.detect).toHaveBeenCalledTimes(2));
    // Once Word's answer is in and rendered, nothing more can be said about it.
    await act(async () => {
      await gateway.detect.mock.results[1].value;
    });
    expect(announce.mock.calls.length).toBe(said);
  });

  it("re-detects when the pane gets focus back", async () => {
    const { gateway } = renderPane();
    await ready();
    gateway.place = PLACES.factor3;
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
  });

  it("says plainly when the cursor's section has no CX language, and offers the picker", async () => {
    const { inSuggestions, announce } = renderPane({ place: PLACES.factor4 });
    expect(
      await inSuggestions().findByText(/You are in Factor 4 – Complexity: no CX language is suggested here\./),
    ).toBeInTheDocument();
    expect(screen.getByTestId("place-summary")).toHaveTextContent("Cursor in Factor 4 – Complexity");
    expect(inSuggestions().queryAllByRole("button", { name: /^Insert:/ })).toHaveLength(0);
    expect(screen.getByRole("combobox", { name: "Section" })).toBeEnabled();
    expect(announce).toHaveBeenCalledWith("You are in Factor 4 – Complexity: no CX language is suggested here.");
  });

  it("explains the title block and the page footer", async () => {
    const { gateway, inSuggestions } = renderPane({ place: PLACES.titleBlock });
    expect(await inSuggestions().findByText(/Put the cursor in a section of the position description, such as Major Duties/)).toBeInTheDocument();
    gateway.place = PLACES.footer;
    act(() => gateway.emitSelectionChanged());
    expect(await inSuggestions().findByText(/page footer\. Suggestions are for the body of the document/)).toBeInTheDocument();
  });

  it("lets the user pick a section by hand, keeps it while the cursor moves, and goes back with Follow cursor", async () => {
    const { gateway, user, announce } = renderPane();
    await ready();
    expect(screen.queryByRole("button", { name: "Follow cursor" })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole("combobox", { name: "Section" }), "Factor 5 – Scope and Effect");
    expect(screen.getByRole("heading", { level: 2, name: "Factor 5 – Scope and Effect" })).toBeInTheDocument();
    expect(screen.getByTestId("place-summary")).toHaveTextContent("Showing Factor 5 – Scope and Effect (your choice)");
    expect(announce).toHaveBeenLastCalledWith("Now showing Factor 5 – Scope and Effect language");

    gateway.place = PLACES.factor3;
    act(() => gateway.emitSelectionChanged());
    await waitFor(() => expect(gateway.detect).toHaveBeenCalledTimes(2));
    expect(screen.getByRole("heading", { level: 2, name: "Factor 5 – Scope and Effect" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Follow cursor" }));
    expect(screen.getByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Section" })).toHaveValue("");
    expect(screen.queryByRole("button", { name: "Follow cursor" })).not.toBeInTheDocument();
  });

  it("Refresh asks Word again where the cursor is and what the document holds", async () => {
    const { gateway, user } = renderPane();
    await ready();
    gateway.place = PLACES.factor3;
    gateway.overview = overviewOf([{ text: library.renderEntry("pd-guidelines-01") }], false);
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(await within(screen.getByTestId("card-pd-guidelines-01")).findByText("Approved")).toBeInTheDocument();
    expect(gateway.readOverview).toHaveBeenCalledTimes(2);
    expect(gateway.readOverview).toHaveBeenLastCalledWith({ unlessUnchanged: false }); // the user asked: read it all
  });

  it("marks language the user added in the document when the pane gets focus back", async () => {
    const { gateway } = renderPane();
    await ready();
    // The first whole-document read comes after the first view.
    await waitFor(() => expect(gateway.readOverview).toHaveBeenCalledTimes(1));
    expect(within(screen.getByTestId("card-pd-duties-03")).queryByText("Approved")).not.toBeInTheDocument();
    gateway.overview = overviewOf([{ text: library.renderEntry("pd-duties-03") }], false);
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(await within(screen.getByTestId("card-pd-duties-03")).findByText("Approved")).toBeInTheDocument();
    // Coming back only asks Word to skip the full read when the text is unchanged.
    expect(gateway.readOverview).toHaveBeenLastCalledWith({ unlessUnchanged: true });
  });

  it("shows a detection failure with its details and still offers the picker", async () => {
    const gateway = createFakeGateway();
    gateway.detectError = insertFailure(wordProblem({ kind: "busy", title: "Word is busy", message: "Try again in a moment.", details: "Code: GeneralException" }));
    const { user, inSuggestions } = renderPane({ gateway });
    const bar = await screen.findByTestId("cursor-problem");
    expect(within(bar).getByText("Word is busy")).toBeInTheDocument();
    expect(within(bar).getByText(/Try again in a moment\./)).toBeInTheDocument();
    await user.click(within(bar).getByRole("button", { name: "Details" }));
    expect(within(bar).getByText("Code: GeneralException")).toBeInTheDocument();
    expect(inSuggestions().getByText(/could not tell where the cursor is/)).toBeInTheDocument();
    await user.click(within(bar).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("cursor-problem")).not.toBeInTheDocument();
  });
});

describe("without WordApi 1.3", () => {
  it("offers the picker only and says why", async () => {
    const { gateway, user, inSuggestions } = renderPane({ host: { canDetectSections: false } });
    expect(screen.getByText("This version of Word can't tell the pane where the cursor is, so choose a section yourself.")).toBeInTheDocument();
    expect(inSuggestions().getByText(/Choose a section above/)).toBeInTheDocument();
    expect(gateway.detect).not.toHaveBeenCalled();
    expect(gateway.listenerCount()).toBe(0);

    await user.selectOptions(screen.getByRole("combobox", { name: "Section" }), "Major Duties");
    expect(screen.getByRole("heading", { level: 2, name: "Major Duties" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Follow cursor" })).not.toBeInTheDocument();
  });
});

describe("performance plans", () => {
  it("switches to PWP language in one click: the GS requirement with its levels, the four goals with their activities, SES", async () => {
    const { user, inSuggestions, announce } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Performance plan (PWP)" }));
    expect(screen.getByRole("button", { name: "Performance plan (PWP)" })).toHaveAttribute("aria-pressed", "true");
    // The pane reads the cursor in the plan's terms (before any part here: all the plan language), then the
    // later cards of each section.
    await screen.findByTestId("card-pwp-goal-4");
    const headings = inSuggestions()
      .getAllByRole("heading", { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual(library.sections("PWP").map((s) => s.name));

    const goals = within(inSuggestions().getByTestId("section-gs-performance-goals"));
    for (const goal of ["pwp-goal-1", "pwp-goal-2", "pwp-goal-3", "pwp-goal-4"]) {
      const card = screen.getByTestId(`card-${goal}`);
      const activities = library.children(goal);
      expect(activities.length).toBeGreaterThan(0);
      for (const activity of activities) expect(within(card).getByTestId(`child-${activity.id}`)).toBeInTheDocument();
    }
    // Every card here is a goal: the kind is not repeated on each.
    expect(goals.queryAllByText("Performance goal")).toHaveLength(0);
    // Rating levels carry their label.
    expect(inSuggestions().getByText("Level 3")).toBeInTheDocument();
    // For the agency the items were written for, nothing is marked.
    expect(within(screen.getByTestId("child-pwp-goal-1-activity-02")).queryByTestId("other-agency")).not.toBeInTheDocument();
    expect(announce).toHaveBeenLastCalledWith("Now showing all performance plan language");

    await user.selectOptions(screen.getByRole("combobox", { name: "Section" }), "SES Performance Requirement");
    expect(inSuggestions().getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["SES Performance Requirement"]);
    // Back to following the cursor, which is before any part of a plan here: all the plan language again.
    await user.click(screen.getByRole("button", { name: "Follow cursor" }));
    expect(inSuggestions().getAllByRole("heading", { level: 2 })).toHaveLength(3);

    await user.click(screen.getByRole("button", { name: "Position description" }));
    expect(screen.getByRole("heading", { level: 2, name: "Major Duties" })).toBeInTheDocument();
  });

  it("marks another agency's items and leaves them out of a goal's activities, but inserts them on purpose", async () => {
    const { user, gateway } = renderPane({ settings: { agency: "USDA", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false } });
    await ready();
    await user.click(screen.getByRole("button", { name: "Performance plan (PWP)" }));
    const specific = within(await screen.findByTestId("child-pwp-goal-1-activity-02"));
    expect(specific.getByTestId("other-agency")).toHaveTextContent("Written for DHS");
    expect(within(screen.getByTestId("child-pwp-goal-1-activity-01")).queryByTestId("other-agency")).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId("card-pwp-goal-1")).getAllByRole("button", { name: /^Insert:/ })[0]!);
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    const goalLines = gateway.insert.mock.calls[0][0].map((line) => line.entryId);
    expect(goalLines).toContain("pwp-goal-1-activity-01");
    expect(goalLines).not.toContain("pwp-goal-1-activity-02");

    await user.click(specific.getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(2));
    expect(gateway.insert.mock.calls[1][0].map((line) => line.entryId)).toEqual(["pwp-goal-1-activity-02"]);
  });

  it("opens the plan view by itself when the document reads as a performance plan, with the way back", async () => {
    const { user, gateway } = renderPane({ looksLikePerformancePlan: true, planPlace: PLAN_GOALS });
    const notice = await screen.findByTestId("plan-notice");
    expect(notice).toHaveTextContent("This document looks like a performance plan, so the pane shows performance plan language.");
    expect(screen.getByRole("button", { name: /^Performance plan/ })).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByTestId("place-summary")).toHaveTextContent("Cursor in GS Performance Goals and Example Activities");
    await user.click(within(notice).getByRole("button", { name: "Back to position description" }));
    expect(screen.queryByTestId("plan-notice")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Position description" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("searchbox")).toHaveFocus();
    expect(await screen.findByRole("heading", { level: 2, name: "Major Duties" })).toBeInTheDocument();
    // Reading the document again does not flip the view back under the user.
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(gateway.readOverview).toHaveBeenCalledTimes(2));
    expect(screen.getByRole("button", { name: "Position description" })).toHaveAttribute("aria-pressed", "true");
  });

  it("does not flip the view of a user who chose one before the document was read", async () => {
    const gateway = createFakeGateway({ looksLikePerformancePlan: true });
    let release: () => void = () => undefined;
    const overview = gateway.overview;
    gateway.readOverview.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(overview))));
    const { user } = renderPane({ gateway });
    await ready();
    await waitFor(() => expect(gateway.readOverview).toHaveBeenCalled());
    await user.selectOptions(screen.getByRole("combobox", { name: "Section" }), "Factor 3 – Guidelines");
    await act(async () => release());
    expect(screen.getByTestId("place-summary")).toHaveTextContent("Showing Factor 3 – Guidelines (your choice)");
    expect(screen.queryByTestId("plan-notice")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Position description" })).toHaveAttribute("aria-pressed", "true");
  });

  it("keeps the PD view, without a notice, for an ordinary PD", async () => {
    renderPane();
    await ready();
    expect(screen.queryByTestId("plan-notice")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Position description" })).toHaveAttribute("aria-pressed", "true");
  });
});

describe("items already in the document", () => {
  it("are marked Approved", async () => {
    const text = library.renderEntry("pd-duties-04");
    renderPane({ paragraphTexts: ["Major Duties", text.toUpperCase()] });
    await ready();
    expect(await within(screen.getByTestId("card-pd-duties-04")).findByText("Approved")).toBeInTheDocument();
    expect(within(screen.getByTestId("card-pd-duties-05")).queryByText("Approved")).not.toBeInTheDocument();
    const insert = within(screen.getByTestId("card-pd-duties-04")).getByRole("button", { name: /^Insert:/ });
    expect(insert).toHaveAccessibleDescription("Approved");
  });
});

describe("outside Office", () => {
  it("still explains that the pane runs inside Word and how to side-load it", () => {
    render(<App host={{ kind: "outside-office", reason: "other-host" }} gateway={null} library={bundledLibrary} />);
    expect(screen.getByRole("heading", { level: 1, name: "CX Language" })).toBeInTheDocument();
    expect(screen.getByText("This pane runs inside Microsoft Word.")).toBeInTheDocument();
    expect(screen.getByText(/Upload My Add-in/)).toBeInTheDocument();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });
});
