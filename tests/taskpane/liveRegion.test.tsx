import { act, render, screen } from "@testing-library/react";
import { AnnounceProvider, LiveRegion, useAnnounce, type Announce } from "../../src/taskpane/components/LiveRegion";
import { insertedMessage } from "../../src/taskpane/hooks/useInsertion";
import { library } from "./renderPane";

function Speaker({ onReady }: { onReady: (announce: Announce) => void }) {
  onReady(useAnnounce());
  return null;
}

describe("the live region", () => {
  it("is one polite status region that speaks each message, a repeated one again, and tells an outer listener", () => {
    const outer = jest.fn();
    let announce: Announce = () => undefined;
    render(
      <AnnounceProvider announce={outer}>
        <LiveRegion>
          <Speaker onReady={(a) => (announce = a)} />
        </LiveRegion>
      </AnnounceProvider>,
    );
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    act(() => announce("Copied"));
    const first = region.firstElementChild;
    expect(region).toHaveTextContent("Copied");
    act(() => announce("Copied"));
    // A fresh node, so screen readers read the same words again.
    expect(region.firstElementChild).not.toBe(first);
    expect(outer).toHaveBeenCalledTimes(2);
  });
});

describe("insertedMessage", () => {
  it.each([
    [["pd-duties-01"], 1, "Inserted 1 item into Major Duties"],
    [["pd-duties-01", "pd-duties-02"], 2, "Inserted 2 items into Major Duties"],
    [["pd-duties-01", "pwp-goal-1"], 2, "Inserted 2 items into the document"],
  ])("%j → %s", (ids, count, message) => {
    expect(insertedMessage(library, ids, count)).toBe(message);
  });

  it("says the text went in after the selected text when text was selected", () => {
    expect(insertedMessage(library, ["pd-duties-01"], 1, true)).toBe("Inserted 1 item into Major Duties, after the selected text");
  });
});
