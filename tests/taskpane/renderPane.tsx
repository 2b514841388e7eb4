/** Renders the pane as boot.tsx does, with the real bundled library, a fake gateway and a listening announcer. */
import { createDOMRenderer, RendererProvider } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { bundledLibrary } from "../../src/core/bundledLibrary";
import type { Library } from "../../src/core/library";
import { App } from "../../src/taskpane/App";
import { AnnounceProvider } from "../../src/taskpane/components/LiveRegion";
import type { HostedLibraryRequest } from "../../src/taskpane/hostedLibrary";
import type { HostConnection } from "../../src/word/host";
import { createFakeGateway, type FakeGateway, type FakeGatewayOptions } from "./fakeGateway";

type WordHost = Extract<HostConnection, { kind: "word" }>;

export type RenderPaneOptions = FakeGatewayOptions & {
  gateway?: FakeGateway;
  host?: Partial<Omit<WordHost, "kind">>;
  defaultAgency?: string;
  /** Another library than the bundled one (e.g. with earlier versions of its texts). */
  library?: Library;
  /** What the host answers for library.json (none: the pane is not told to look). */
  hostedLibrary?: HostedLibraryRequest;
};

export const library = bundledLibrary;

/**
 * Fluent's styles, less the rules no test can observe. jsdom matches every rule in the document against an element
 * on each getComputedStyle, which Testing Library calls for every element a role query looks at: with Fluent's
 * thousands of atomic rules that was most of a test's time. The rules that hide an element (display: none,
 * visibility: hidden, opacity: 0) stay, so queries and toBeVisible see what a browser shows. One renderer per test
 * file, as the rules stay in the document between its tests.
 */
const styleRenderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => /[{;](display:none|visibility:(hidden|collapse)|opacity:0(\.0*)?[;}]|content-visibility:hidden)/.test(rule) });

// The pane renders the real library with Fluent components: allow for a busy machine.
configure({ asyncUtilTimeout: 4000 });
jest.setTimeout(20000);

export function renderPane(options: RenderPaneOptions = {}) {
  const gateway = options.gateway ?? createFakeGateway(options);
  const announce = jest.fn<void, [string]>();
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const host: WordHost = { kind: "word", canDetectSections: true, canReadTrackChanges: true, theme: null, ...options.host };
  const utils = render(
    <RendererProvider renderer={styleRenderer} targetDocument={document}>
      <AnnounceProvider announce={announce}>
        <App host={host} gateway={gateway} library={options.library ?? bundledLibrary} hostedLibrary={options.hostedLibrary} defaultAgency={options.defaultAgency} />
      </AnnounceProvider>
    </RendererProvider>,
  );
  const suggestions = () => screen.getByRole("region", { name: "Suggestions" });
  return { ...utils, gateway, announce, user, suggestions, inSuggestions: () => within(suggestions()) };
}

/** Cards directly in a list (top-level entries), not the child items inside them. */
export function cardsIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>("[data-card-id]")];
}

/** Waits for the first detection to show Major Duties (the fake's default place), every card of it. */
export async function ready() {
  const heading = await screen.findByRole("heading", { level: 2, name: "Major Duties" });
  // The first few cards come at once, the rest in a render just after.
  const all = library.topLevelEntriesInSection("major-duties").length;
  await waitFor(() => expect(screen.getByTestId("section-major-duties").querySelectorAll(":scope > ul > [data-card-id]")).toHaveLength(all));
  return heading;
}
