import { screen, waitFor, within } from "@testing-library/react";
import { planInsertion } from "../../src/core/insertionPlan";
import { giveTabsterALayout } from "./layoutShim";
import { cardsIn, library, ready, renderPane } from "./renderPane";

giveTabsterALayout();

describe("keyboard only", () => {
  it("tab to search, type, arrow to a hit, Enter inserts it, and focus stays in the pane", async () => {
    const { user, gateway, announce } = renderPane();
    await ready();
    const box = screen.getByRole("searchbox", { name: "Search all CX language" });

    // Refresh, Review, Plain language, Settings, the two document types, the section picker, then search.
    const stops: (string | null)[] = [];
    for (let i = 0; i < 8; i++) {
      await user.tab();
      stops.push(document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null);
    }
    expect(stops.slice(0, 6)).toEqual(["Refresh", "Review", "Plain language", "Settings", "Position description", "Performance plan\u00a0(PWP)"]);
    expect(box).toHaveFocus();

    await user.keyboard("plain language");
    await user.keyboard("{ArrowDown}");
    const first = cardsIn(screen.getByTestId("search-results"))[0];
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleName(library.renderEntry(first.dataset.cardId!));
    expect(first).toHaveAccessibleDescription(/·/);

    await user.keyboard("{Enter}");
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert).toHaveBeenCalledWith(planInsertion(library, [first.dataset.cardId!], { agency: "DHS" }), { form: "match", goalForm: null });
    await waitFor(() => expect(announce).toHaveBeenCalledWith(expect.stringMatching(/^Inserted 1 item into /)));
    expect(first).toHaveFocus();

    // Tab continues into the hit's own controls.
    await user.tab();
    expect(within(first).getByRole("checkbox")).toHaveFocus();
    await user.keyboard(" ");
    expect(screen.getByRole("button", { name: "Insert selected (1)" })).toBeInTheDocument();
  });

  it("every control in the pane has a name and the Insert/Select/Copy names are unique", async () => {
    const { user } = renderPane();
    await ready();
    const check = () => {
      for (const role of ["button", "checkbox", "combobox", "searchbox", "radio", "textbox"] as const) {
        for (const element of screen.queryAllByRole(role)) expect(element).toHaveAccessibleName();
      }
      for (const pattern of [/^Insert:/, /^Select:/, /^Copy:/]) {
        const names = [...screen.queryAllByRole("button", { name: pattern }), ...screen.queryAllByRole("checkbox", { name: pattern })].map(
          (element) => element.getAttribute("aria-label"),
        );
        expect(names.length).toBeGreaterThan(0);
        expect(new Set(names).size).toBe(names.length);
      }
    };
    check();
    await user.click(screen.getByRole("button", { name: "Performance plan (PWP)" }));
    check();
    await user.type(screen.getByRole("searchbox"), "customer");
    check();
  });
});
