import { act, render, screen } from "@testing-library/react";
import { AnnounceProvider, LiveRegion, useAnnounce, type Announce } from "../../src/taskpane/components/LiveRegion";

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
