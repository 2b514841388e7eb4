import { copyText } from "../../src/taskpane/clipboard";

function fakeDocument(execResult: boolean | "throw" | "missing") {
  const doc = document.implementation.createHTMLDocument("copy");
  const calls: { command: string; selected: string; inPage: boolean }[] = [];
  if (execResult !== "missing") {
    Object.defineProperty(doc, "execCommand", {
      value: (command: string) => {
        const area = doc.querySelector("textarea");
        calls.push({ command, selected: area ? area.value.slice(area.selectionStart, area.selectionEnd) : "", inPage: area !== null });
        if (execResult === "throw") throw new Error("SecurityError");
        return execResult;
      },
    });
  } else {
    Object.defineProperty(doc, "execCommand", { value: undefined });
  }
  return { doc, calls };
}

describe("copyText", () => {
  it("uses the Clipboard API when it works", async () => {
    const writeText = jest.fn(async () => undefined);
    const { doc, calls } = fakeDocument(true);
    await expect(copyText("Hello", { clipboard: { writeText }, document: doc })).resolves.toBe("copied");
    expect(writeText).toHaveBeenCalledWith("Hello");
    expect(calls).toEqual([]);
  });

  it("falls back to a selected, read-only textarea and execCommand('copy') when the Clipboard API refuses, then tidies up", async () => {
    const writeText = jest.fn(async () => {
      throw new Error("NotAllowedError");
    });
    // The page's own document, where focus can move.
    const calls: { selected: string; focused: boolean }[] = [];
    Object.defineProperty(document, "execCommand", {
      configurable: true,
      value: (command: string) => {
        const area = document.querySelector("textarea");
        expect(command).toBe("copy");
        calls.push({ selected: area ? area.value.slice(area.selectionStart, area.selectionEnd) : "", focused: document.activeElement === area });
        return true;
      },
    });
    const button = document.createElement("button");
    document.body.appendChild(button);
    button.focus();
    try {
      await expect(copyText("Line 1\nLine 2", { clipboard: { writeText }, document })).resolves.toBe("copied");
      expect(calls).toEqual([{ selected: "Line 1\nLine 2", focused: true }]);
      expect(document.querySelector("textarea")).toBeNull();
      expect(document.activeElement).toBe(button);
    } finally {
      button.remove();
      Object.defineProperty(document, "execCommand", { configurable: true, value: undefined });
    }
  });

  it("falls back when there is no Clipboard API at all", async () => {
    const { doc, calls } = fakeDocument(true);
    await expect(copyText("x", { document: doc })).resolves.toBe("copied");
    expect(calls).toHaveLength(1);
  });

  it.each([false, "throw", "missing"] as const)("reports failure when execCommand gives %s", async (result) => {
    const { doc } = fakeDocument(result);
    await expect(copyText("x", { document: doc })).resolves.toBe("failed");
    expect(doc.querySelector("textarea")).toBeNull();
  });
});
