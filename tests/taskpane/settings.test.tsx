import { screen, waitFor, within } from "@testing-library/react";
import { createFakeGateway } from "./fakeGateway";
import { ready, renderPane } from "./renderPane";

describe("settings", () => {
  it("the agency name fills {{agency}} in the cards, search and insertion, and is saved", async () => {
    const { user, gateway, announce } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    const agency = within(panel).getByRole("textbox", { name: "Agency name" });
    expect(agency).toHaveFocus();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveAttribute("aria-expanded", "true");
    expect(agency).toHaveAttribute("placeholder", "DHS");
    expect(within(panel).getByText(/Replaces DHS in the language/)).toBeInTheDocument();
    await user.type(agency, "USDA");
    await user.click(within(panel).getByRole("button", { name: "Save" }));

    expect(screen.queryByRole("region", { name: "Settings" })).not.toBeInTheDocument();
    expect(gateway.saveSettings).toHaveBeenCalledWith({ agency: "USDA", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
    expect(screen.getByRole("button", { name: "Settings" })).toHaveFocus();
    expect(announce).toHaveBeenCalledWith("Settings saved");
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds USDA's commitment to CX");
    expect(screen.getByTestId("card-pd-duties-06")).not.toHaveTextContent("DHS");

    await user.click(within(screen.getByTestId("card-pd-duties-06")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][0][0].text).toBe("Upholds USDA's commitment to CX by meeting CX standards and elevating the bar across government.");

    await user.type(screen.getByRole("searchbox"), "usda");
    expect(screen.getByTestId("card-pd-duties-06").querySelector("mark")).toHaveTextContent("USDA");
  });

  it("the insert-as choice is saved and used", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    const group = within(panel).getByRole("radiogroup", { name: "Insert text as" });
    expect(within(group).getByRole("radio", { name: "Match the surrounding text" })).toBeChecked();
    await user.click(within(group).getByRole("radio", { name: "Paragraphs" }));
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(screen.queryByRole("region", { name: "Settings" })).not.toBeInTheDocument();
    expect(gateway.saveSettings).toHaveBeenCalledWith({ agency: null, insertForm: "paragraphs", insertAsTrackedChange: false, commentWithSource: false });

    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][1]).toEqual({ form: "paragraphs", goalForm: null });
  });

  it("starts from the saved settings", async () => {
    renderPane({ settings: { agency: "NASA", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false } });
    await ready();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds NASA's commitment");
  });

  it("uses the build's agency when the user has not set one, and the user's over it", async () => {
    const { user } = renderPane({ defaultAgency: "FEMA" });
    await ready();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds FEMA's commitment");
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    expect(within(panel).getByRole("textbox", { name: "Agency name" })).toHaveAttribute("placeholder", "FEMA");
  });

  it("cleans the build's agency name before using it", async () => {
    const { user } = renderPane({ defaultAgency: "\u202EFE\nMA\u0000" });
    await ready();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds FE MA's commitment");
    await user.click(screen.getByRole("button", { name: "Settings" }));
    expect(screen.getByRole("textbox", { name: "Agency name" })).toHaveAttribute("placeholder", "FE MA");
  });

  it("cleans what is typed or pasted into the agency box before using and saving it", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    const box = within(panel).getByRole("textbox", { name: "Agency name" });
    expect(box).toHaveAttribute("maxLength", "80");
    await user.click(box);
    await user.paste("  U\u202ES\u200BDA \t Labor  ");
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(gateway.saveSettings).toHaveBeenCalledWith({ agency: "USDA Labor", insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds USDA Labor's commitment");
  });

  it("treats a name with no visible letter, typed or from the build, as empty: the library's default is used and named", async () => {
    const { user, gateway } = renderPane({ defaultAgency: "\u3164\u2800" });
    await ready();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds DHS' commitment");
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    expect(within(panel).getByText(/Leave it empty to use DHS\./)).toBeInTheDocument();
    await user.click(within(panel).getByRole("textbox", { name: "Agency name" }));
    await user.paste("\u200C\u200D\u115F");
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(gateway.saveSettings).toHaveBeenCalledWith({ agency: null, insertForm: "match", insertAsTrackedChange: false, commentWithSource: false });
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds DHS' commitment");
  });

  it("Cancel changes nothing", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    await user.type(within(panel).getByRole("textbox", { name: "Agency name" }), "USDA");
    await user.click(within(panel).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("region", { name: "Settings" })).not.toBeInTheDocument();
    expect(gateway.saveSettings).not.toHaveBeenCalled();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds DHS' commitment");
  });

  it("Escape closes the panel without saving and puts focus back on Settings", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await user.keyboard("USDA{Escape}");
    expect(screen.queryByRole("region", { name: "Settings" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Settings" })).toHaveAttribute("aria-expanded", "false");
    expect(gateway.saveSettings).not.toHaveBeenCalled();
  });

  it("when settings cannot be remembered, they still apply and the panel says so", async () => {
    const gateway = createFakeGateway();
    gateway.saveSettings.mockRejectedValueOnce(new Error("storage full"));
    const { user } = renderPane({ gateway });
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    await user.type(within(panel).getByRole("textbox", { name: "Agency name" }), "USDA");
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(await within(panel).findByText(/could not be remembered for next time/)).toBeInTheDocument();
    expect(screen.getByTestId("card-pd-duties-06")).toHaveTextContent("Upholds USDA's commitment");
  });
});

describe("review-workflow settings", () => {
  const ON = { agency: null, insertForm: "match", insertAsTrackedChange: true, commentWithSource: true } as const;

  it("are off by default; switched on they are saved and each insertion is tracked and commented with its source", async () => {
    const { user, gateway } = renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    const tracked = within(panel).getByRole("switch", { name: "Insert as a tracked change" });
    const comment = within(panel).getByRole("switch", { name: "Add a comment naming the source" });
    expect(tracked).not.toBeChecked();
    expect(comment).not.toBeChecked();
    expect(comment).toHaveAccessibleDescription("Inserted text gets a Word comment such as “CX language library 1.0.0 – Major Duties”.");
    await user.click(tracked);
    await user.click(comment);
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(gateway.saveSettings).toHaveBeenCalledWith(ON);

    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][1]).toEqual({ form: "match", goalForm: null, asTrackedChange: true, comment: "CX language library 1.0.0 – Major Duties" });
  });

  it("start from what was saved, and switched off ask nothing of Word", async () => {
    const { user, gateway } = renderPane({ settings: ON });
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    expect(within(panel).getByRole("switch", { name: "Insert as a tracked change" })).toBeChecked();
    await user.click(within(panel).getByRole("switch", { name: "Add a comment naming the source" }));
    await user.click(within(panel).getByRole("button", { name: "Save" }));
    expect(gateway.saveSettings).toHaveBeenCalledWith({ ...ON, commentWithSource: false });
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][1]).toEqual({ form: "match", goalForm: null, asTrackedChange: true });
  });

  it("without WordApi 1.4 are shown unavailable with the reason, and not asked of Word even when saved on", async () => {
    const { user, gateway } = renderPane({ settings: ON, host: { canReadTrackChanges: false } });
    await ready();
    await user.click(screen.getByRole("button", { name: "Settings" }));
    const panel = screen.getByRole("region", { name: "Settings" });
    for (const name of ["Insert as a tracked change", "Add a comment naming the source"]) {
      const control = within(panel).getByRole("switch", { name });
      expect(control).toBeDisabled();
      expect(control).not.toBeChecked();
      expect(control).toHaveAccessibleDescription(/^Not available: this version of Word lacks Word API 1\.4/);
    }
    await user.click(within(panel).getByRole("button", { name: "Cancel" }));
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Insert:/ }));
    await waitFor(() => expect(gateway.insert).toHaveBeenCalledTimes(1));
    expect(gateway.insert.mock.calls[0][1]).toEqual({ form: "match", goalForm: null });
  });
});
