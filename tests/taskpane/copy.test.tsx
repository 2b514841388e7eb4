import { screen, waitFor, within } from "@testing-library/react";
import { ready, renderPane } from "./renderPane";

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  Object.defineProperty(document, "execCommand", { value: undefined, configurable: true });
});

describe("copy", () => {
  it("puts the text and its children, one per line, on the clipboard and says Copied", async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    const { user, announce } = renderPane();
    await ready();
    stubClipboard(writeText);
    const button = within(screen.getByTestId("card-pd-duties-09")).getAllByRole("button", { name: /^Copy:/ })[0];
    await user.click(button);
    await waitFor(() => expect(announce).toHaveBeenCalledWith("Copied"));
    const text = writeText.mock.calls[0][0];
    expect(text.split("\n")).toHaveLength(4);
    expect(text.split("\n")[0]).toMatch(/^The incumbent will integrate levers/);
    expect(text.split("\n")[1]).toMatch(/^The incumbent will incorporate CX practices/);
    expect(button).toHaveFocus();
  });

  it("falls back to execCommand when the clipboard refuses", async () => {
    const execCommand = jest.fn(() => true);
    const { user, announce } = renderPane();
    await ready();
    stubClipboard(async () => {
      throw new Error("NotAllowedError");
    });
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    await user.click(within(screen.getByTestId("card-pd-duties-01")).getByRole("button", { name: /^Copy:/ }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith("Copied"));
    expect(execCommand).toHaveBeenCalledWith("copy");
  });

  it("shows the text selected for Ctrl+C when both ways fail", async () => {
    const { user, announce } = renderPane();
    await ready();
    stubClipboard(async () => {
      throw new Error("NotAllowedError");
    });
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
    const copyButton = within(screen.getByTestId("card-pd-duties-04")).getByRole("button", { name: /^Copy:/ });
    await user.click(copyButton);
    const dialog = await screen.findByRole("dialog", { name: "Copy this text" });
    const area = within(dialog).getByRole("textbox", { name: /Press Ctrl\+C/ });
    expect(area).toHaveValue("Make decisions that are guided by CX standards and benchmarks.");
    expect(area).toHaveAttribute("readonly");
    await waitFor(() => expect(area).toHaveFocus());
    expect(announce).not.toHaveBeenCalledWith("Copied");
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(copyButton).toHaveFocus());
  });
});
