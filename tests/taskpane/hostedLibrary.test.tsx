import { TextEncoder } from "node:util";
import { screen, within } from "@testing-library/react";
import { bundledLibraryData } from "../../src/core/bundledLibrary";
import { fetchHostedLibrary, type HostedAnswer } from "../../src/taskpane/hostedLibrary";
import { ready, renderPane } from "./renderPane";

// The validator measures a library in UTF-8 bytes, as browsers can; jsdom lacks TextEncoder.
Object.assign(globalThis, { TextEncoder });

const HOSTED_TEXT = "Seek out what our customers need and improve each service with them.";

function hostedData(version: string) {
  const data = JSON.parse(JSON.stringify(bundledLibraryData)) as typeof bundledLibraryData;
  data.version = version;
  data.entries.find((entry) => entry.id === "pd-duties-01")!.text = HOSTED_TEXT;
  return JSON.stringify(data);
}

function renderWithHosted(answer: HostedAnswer) {
  return renderPane({ hostedLibrary: { answer: Promise.resolve(answer), bundled: bundledLibraryData } });
}

async function libraryAbout(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(screen.getByRole("button", { name: "Settings" }));
  return within(screen.getByRole("region", { name: "Settings" })).findByTestId("library-about");
}

describe("a hosted library", () => {
  // A refusal is also written to the console, for an admin with the browser's tools open.
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("valid and newer: the cards show it once checked, and Settings names it", async () => {
    const { user } = renderWithHosted({ text: hostedData("1.1.0") });
    await ready();
    expect(await screen.findByText(HOSTED_TEXT)).toBeInTheDocument();
    expect(await libraryAbout(user)).toHaveTextContent(/^CX library 1\.1\.0, from your organisation’s server$/);
  });

  it("not newer: the bundled library, and Settings says why", async () => {
    const { user } = renderWithHosted({ text: hostedData(bundledLibraryData.version) });
    await ready();
    const about = await libraryAbout(user);
    expect(await within(about).findByText(/^The hosted library was not used: Library file library\.json has version 1\.0\.0, the same as/)).toBeInTheDocument();
    expect(about).toHaveTextContent(/^CX library 1\.0\.0, bundled with the add-in/);
    expect(screen.queryByText(HOSTED_TEXT)).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^The hosted library was not used: Library file library\.json has version/));
  });

  it("unreadable (the server failed): the bundled library, and Settings says what the server answered", async () => {
    const { user } = renderWithHosted({ unreadable: "Library file library.json could not be read: the server answered 503 Service Unavailable." });
    await ready();
    const about = await libraryAbout(user);
    expect(await within(about).findByText("The hosted library was not used: Library file library.json could not be read: the server answered 503 Service Unavailable.")).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("server answered 503"));
  });

  it("none hosted (a 404): Settings says only which library it is", async () => {
    const { user } = renderWithHosted({ text: null });
    await ready();
    const about = await libraryAbout(user);
    expect(about).toHaveTextContent(/^CX library 1\.0\.0, bundled with the add-in$/);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("fetchHostedLibrary", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const answering = (response: Partial<Response> | Error) => {
    const fetch = jest.fn(async () => {
      if (response instanceof Error) throw response;
      return response as Response;
    });
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    return fetch;
  };

  it("asks for library.json beside the page, revalidated, from its own origin", async () => {
    const fetch = answering({ status: 200, ok: true, text: async () => "{}" });
    expect(await fetchHostedLibrary()).toEqual({ text: "{}" });
    expect(fetch).toHaveBeenCalledWith(new URL("library.json", location.href), { cache: "no-cache", credentials: "same-origin" });
  });

  it("takes a 404 as nothing hosted, and says what a failing server or network did", async () => {
    answering({ status: 404, ok: false, statusText: "Not Found" });
    expect(await fetchHostedLibrary()).toEqual({ text: null });
    answering({ status: 500, ok: false, statusText: "Internal Server Error" });
    expect(await fetchHostedLibrary()).toEqual({ unreadable: "Library file library.json could not be read: the server answered 500 Internal Server Error." });
    answering(new TypeError("Failed to fetch"));
    expect(await fetchHostedLibrary()).toEqual({ unreadable: "Library file library.json could not be read: Failed to fetch." });
  });
});
