import { act, screen, waitFor, within } from "@testing-library/react";
import { planInsertion } from "../../src/core/insertionPlan";
import { createFakeGateway, insertFailure, PLACES, wordProblem } from "./fakeGateway";
import { library, ready, renderPane } from "./renderPane";

const checkbox = (entryId: string) => within(screen.getByTestId(`card-${entryId}`)).getAllByRole("checkbox")[0];

describe("inserting", () => {
  it("inserts one card with its Insert button, children included, and keeps focus on the button", async () => {
    const { user, gateway, announce } = renderPane();
    await ready();
    const button = within(screen.getByTestId("card-pd-duties-09")).getAllByRole("button", { name: /^Insert:/ })[0];
    await user.click(button);
    await waitFor(() => expect(announce).toHaveBeenCalledWith("Inserted 4 items into Major Duties"));
    expect(gateway.insert).toHaveBeenCalledTimes(1);
    const [lines, options] = gateway.insert.mock.calls[0];
    expect(lines.map((l) => [l.entryId, l.depth])).toEqual([
      ["pd-duties-09", 0],
      ["pd-duties-10", 1],
      ["pd-duties-11", 1],
      ["pd-duties-12", 1],
    ]);
    expect(options).toEqual({ form: "match", goalForm: null });
    expect(button).toHaveFocus();
    expect(screen.getByTestId("insert-result")).toHaveTextContent("Inserted 4 items into Major Duties.");
  });

  it("says what it inserted until the cursor moves to another part, and not after", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(within(screen.getByTestId("card-pd-duties-02")).getAllByRole("button", { name: /^Insert:/ })[0]);
    expect(await screen.findByTestId("insert-result")).toHaveTextContent("Inserted 1 item into Major Duties.");
    // Within the same part the message stays.
    gateway.place = { ...PLACES.majorDuties };
    act(() => gateway.emitSelectionChanged());
    await waitFor(() => expect(gateway.detect).toHaveBeenCalledTimes(3)); // first look, after the insert, this move
    await act(async () => {
      await gateway.detect.mock.results[2].value;
    });
    expect(screen.getByTestId("insert-result")).toBeInTheDocument();
    gateway.place = PLACES.factor3;
    act(() => gateway.emitSelectionChanged());
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(screen.queryByTestId("insert-result")).not.toBeInTheDocument();
  });

  it("keeps focus in the pane when the view after inserting no longer has the card that had it", async () => {
    // jsdom reports no focus once the focused element is gone; a real pane keeps window focus.
    const paneHasFocus = jest.spyOn(document, "hasFocus").mockReturnValue(true);
    const { user, gateway } = renderPane();
    await ready();
    const button = within(screen.getByTestId("card-pd-duties-02")).getAllByRole("button", { name: /^Insert:/ })[0];
    gateway.place = PLACES.factor3; // the re-detection after the insert finds the cursor elsewhere
    await user.click(button);
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(button).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("searchbox", { name: "Search all CX language" })).toHaveFocus());
    paneHasFocus.mockRestore();
  });

  it("never pulls focus into the pane when the user is working in the document", async () => {
    const paneHasFocus = jest.spyOn(document, "hasFocus").mockReturnValue(false);
    const { gateway } = renderPane();
    await ready();
    gateway.place = PLACES.factor3;
    act(() => gateway.emitSelectionChanged());
    expect(await screen.findByRole("heading", { level: 2, name: "Factor 3 – Guidelines" })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
    paneHasFocus.mockRestore();
  });

  it("a child inserts alone", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(within(screen.getByTestId("child-pd-duties-11")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][0].map((l) => l.entryId)).toEqual(["pd-duties-11"]);
  });

  it("inserts two selected items once, in library order, announces it and clears the selection", async () => {
    const { user, gateway, announce } = renderPane();
    await ready();
    // Nothing selected, no selection bar.
    expect(screen.queryByTestId("insert-selected")).not.toBeInTheDocument();

    // Picked out of order: the later duty first.
    await user.click(checkbox("pd-duties-15"));
    await user.click(checkbox("pd-duties-04"));
    const insertSelected = screen.getByTestId("insert-selected");
    expect(insertSelected).toHaveAccessibleName("Insert selected (2)");
    await user.click(insertSelected);

    await waitFor(() => expect(announce).toHaveBeenCalledWith("Inserted 2 items into Major Duties"));
    expect(gateway.insert).toHaveBeenCalledTimes(1);
    const expected = planInsertion(library, ["pd-duties-04", "pd-duties-15"], { agency: "DHS" });
    expect(gateway.insert).toHaveBeenCalledWith(expected, { form: "match", goalForm: null });
    expect(expected.map((l) => l.entryId)).toEqual(["pd-duties-04", "pd-duties-15"]);
    expect(screen.queryByTestId("insert-selected")).not.toBeInTheDocument();
    expect(checkbox("pd-duties-15")).not.toBeChecked();
    // The button went with the selection; focus stays in the pane, at the search box.
    expect(screen.getByRole("searchbox", { name: "Search all CX language" })).toHaveFocus();
    // The document is read again: both are now marked.
    expect(await within(screen.getByTestId("card-pd-duties-04")).findByText("Approved")).toBeInTheDocument();
    expect(gateway.readOverview).toHaveBeenCalledTimes(2);
    expect(gateway.detect).toHaveBeenCalledTimes(2);
  });

  it("Clear selection unticks everything", async () => {
    const { user } = renderPane();
    await ready();
    await user.click(checkbox("pd-duties-01"));
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(checkbox("pd-duties-01")).not.toBeChecked();
    expect(screen.queryByTestId("insert-selected")).not.toBeInTheDocument();
  });

  it("shows Inserting… and refuses a second insert while one runs", async () => {
    const { user, gateway } = renderPane();
    await ready();
    const release = gateway.holdNextInsert();
    const first = within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ });
    const second = within(screen.getByTestId("card-pd-duties-02")).getByRole("button", { name: /^Insert:/ });
    await user.click(first);
    expect(await screen.findByText("Inserting…")).toBeInTheDocument();
    expect(second).toHaveAttribute("aria-disabled", "true");
    await user.click(second);
    expect(gateway.insert).toHaveBeenCalledTimes(1);
    release();
    await waitFor(() => expect(screen.queryByText("Inserting…")).not.toBeInTheDocument());
    expect(second).not.toHaveAttribute("aria-disabled");
  });

  it("shows a failed insert in plain words, says the document was not changed, with Details for IT", async () => {
    const gateway = createFakeGateway();
    gateway.insertError = insertFailure(
      wordProblem({ message: "Word opened this document for reading only, so nothing can be inserted. Your document was not changed." }),
    );
    const { user, announce } = renderPane({ gateway });
    await ready();
    await user.click(checkbox("pd-duties-01"));
    await user.click(screen.getByTestId("insert-selected"));

    const bar = await screen.findByTestId("insert-problem");
    expect(within(bar).getByText("This document is read-only")).toBeInTheDocument();
    expect(bar).toHaveTextContent("Word opened this document for reading only");
    expect(bar).toHaveTextContent("Your document was not changed.");
    expect(within(bar).queryByText(/AccessDenied/)).not.toBeInTheDocument();
    const details = within(bar).getByRole("button", { name: "Details" });
    expect(details).toHaveAttribute("aria-expanded", "false");
    await user.click(details);
    expect(details).toHaveAttribute("aria-expanded", "true");
    expect(within(bar).getByText("Code: AccessDenied; location: Body.insertParagraph")).toBeInTheDocument();
    expect(announce).toHaveBeenCalledWith(
      "This document is read-only. Word opened this document for reading only, so nothing can be inserted. Your document was not changed.",
    );
    // The selection stays, to try again.
    expect(checkbox("pd-duties-01")).toBeChecked();

    await user.click(within(bar).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("insert-problem")).not.toBeInTheDocument();
  });

  it("does not repeat that the document was not changed when Word's message already says so", async () => {
    const gateway = createFakeGateway();
    gateway.insertError = insertFailure(wordProblem({ message: "Switch to Editing and try again. Your document was not changed." }));
    const { user } = renderPane({ gateway });
    await ready();
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    const bar = await screen.findByTestId("insert-problem");
    expect(bar.textContent?.match(/Your document was not changed/g)).toHaveLength(1);
  });

  it("does not claim the document is unchanged when Word reports text that came out differently", async () => {
    const gateway = createFakeGateway();
    gateway.insertError = insertFailure(
      wordProblem({ kind: "unknown", title: "Please check the inserted text", message: "Word inserted the text, but not exactly as expected." }),
    );
    const { user, announce } = renderPane({ gateway });
    await ready();
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    const bar = await screen.findByTestId("insert-problem");
    expect(bar).not.toHaveTextContent(/not changed/);
    expect(announce).toHaveBeenCalledWith("Please check the inserted text. Word inserted the text, but not exactly as expected.");
  });

  it("turns an unexpected failure into a generic message with the error in the details", async () => {
    const gateway = createFakeGateway();
    gateway.insertError = new TypeError("boom");
    const { user } = renderPane({ gateway });
    await ready();
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    const bar = await screen.findByTestId("insert-problem");
    expect(within(bar).getByText("Something went wrong")).toBeInTheDocument();
    await user.click(within(bar).getByRole("button", { name: "Details" }));
    expect(within(bar).getByText("TypeError: boom")).toBeInTheDocument();
  });

  it("notes that insertions will be tracked when track changes is on", async () => {
    renderPane({ trackChanges: true });
    await ready();
    expect(screen.getByTestId("track-changes-note")).toHaveTextContent("Track changes is on: insertions will be tracked.");
  });

  it("says nothing about tracking when track changes is off", async () => {
    renderPane();
    await ready();
    expect(screen.queryByText(/Track changes is on/)).not.toBeInTheDocument();
  });

  it("inserts as plain paragraphs when the setting says so", async () => {
    const { user, gateway } = renderPane({ settings: { agency: null, insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false } });
    await ready();
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][1]).toEqual({ form: "paragraphs", goalForm: null });
  });
});
