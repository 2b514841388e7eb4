import { screen, waitFor, within } from "@testing-library/react";
import { planInsertion } from "../../src/core/insertionPlan";
import { giveTabsterALayout } from "./layoutShim";
import { cardsIn, library, ready, renderPane } from "./renderPane";

// The arrow keys between hits are Fluent's arrow navigation, which skips what it takes for hidden.
giveTabsterALayout();

describe("search", () => {
  it("filters the whole library as the user types, highlights matches and names each hit's section", async () => {
    const { user, inSuggestions, announce } = renderPane();
    await ready();
    await user.type(screen.getByRole("searchbox", { name: "Search all CX language" }), "usability");

    const results = inSuggestions().getByTestId("search-results");
    const ids = cardsIn(results).map((card) => card.dataset.cardId);
    // Both PWP activities and the SES requirement mention usability, though the cursor is in Major Duties.
    expect(ids).toEqual(expect.arrayContaining(["pwp-goal-1-activity-05", "pwp-goal-1-activity-06", "pwp-ses-requirement"]));
    expect(ids.every((id) => library.renderEntry(id!).toLowerCase().includes("usability"))).toBe(true);
    expect(inSuggestions().queryByRole("heading", { level: 2, name: "Major Duties" })).not.toBeInTheDocument();

    const hit = screen.getByTestId("card-pwp-goal-1-activity-05");
    expect(within(hit).getByText("GS Performance Goals and Example Activities · Performance plan")).toBeInTheDocument();
    const marks = hit.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["usability"]);
    expect(hit).toHaveTextContent("Complete usability testing training");
    expect(within(hit).getByRole("button", { name: /^Insert: Complete usability testing training/ })).toBeInTheDocument();
    expect(within(hit).getByRole("button", { name: /^Copy:/ })).toBeInTheDocument();
    expect(within(hit).getByRole("checkbox", { name: /^Select:/ })).toBeInTheDocument();

    await waitFor(() => expect(announce).toHaveBeenLastCalledWith(`${ids.length} matches`));
  });

  it("finds language across both document types and every word typed, in any order", async () => {
    const { user, inSuggestions } = renderPane();
    await ready();
    await user.type(screen.getByRole("searchbox"), "language plain");
    const ids = cardsIn(inSuggestions().getByTestId("search-results")).map((card) => card.dataset.cardId);
    expect(ids).toEqual(expect.arrayContaining(["pd-duties-15", "pwp-goal-2-activity-02"]));
    const duty = screen.getByTestId("card-pd-duties-15");
    expect([...duty.querySelectorAll("mark")].map((m) => m.textContent?.toLowerCase())).toEqual(["plain", "language"]);
    expect(within(duty).getByText("Major Duties · Position description")).toBeInTheDocument();
  });

  it("says so when nothing matches, and the section view returns when the search is cleared", async () => {
    const { user, inSuggestions, announce } = renderPane();
    await ready();
    const box = screen.getByRole("searchbox");
    await user.type(box, "xyzzy");
    expect(inSuggestions().getByText(/No language matches “xyzzy”\./)).toBeInTheDocument();
    await waitFor(() => expect(announce).toHaveBeenLastCalledWith("No language matches “xyzzy”."));
    await user.keyboard("{Escape}");
    expect(box).toHaveValue("");
    expect(inSuggestions().getByRole("heading", { level: 2, name: "Major Duties" })).toBeInTheDocument();
  });

  it("moves through hits with the arrow keys and inserts the active one with Enter", async () => {
    const { user, gateway, announce } = renderPane();
    await ready();
    const box = screen.getByRole("searchbox");
    await user.type(box, "usability");
    const cards = cardsIn(screen.getByTestId("search-results"));
    expect(cards.length).toBeGreaterThanOrEqual(3);

    await user.keyboard("{ArrowDown}");
    expect(cards[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(cards[1]).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(box).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(cards[cards.length - 1]).toHaveFocus();
    await user.keyboard("{Home}{ArrowDown}");
    expect(cards[1]).toHaveFocus();

    await user.keyboard("{Enter}");
    const id = cards[1].dataset.cardId!;
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert).toHaveBeenCalledWith(planInsertion(library, [id], { agency: "DHS" }), { form: "match", goalForm: null });
    const section = library.section(library.entry(id)!.section)!.name;
    await waitFor(() => expect(announce).toHaveBeenCalledWith(`Inserted 1 item into ${section}`));
    expect(cards[1]).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(box).toHaveFocus();
  });

  it("Space on a hit selects it", async () => {
    const { user } = renderPane();
    await ready();
    await user.type(screen.getByRole("searchbox"), "plain language");
    await user.keyboard("{ArrowDown}");
    await user.keyboard(" ");
    const first = cardsIn(screen.getByTestId("search-results"))[0];
    expect(within(first).getByRole("checkbox")).toBeChecked();
    expect(screen.getByRole("button", { name: "Insert selected (1)" })).toBeInTheDocument();
  });
});
