/**
 * Drives the production task pane (dist/) in Debian's Chromium through playwright-core.
 * office.js is requested from Office's CDN as in production; the harness answers that request with
 * the Word stand-in bundle (or with Microsoft's real office.js, to see the pane outside Office), and
 * refuses every other request that leaves 127.0.0.1.
 */
import fs from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import type { StandinDocumentSpec } from "../../src/word/standin/types";
import { CHROMIUM_FLAGS, findChromium } from "../../scripts/browser";
import { untilAlone } from "./running";

export const ROOT = path.resolve(__dirname, "../..");
/** The suite's production build (made by globalSetup for E2E_ADDIN_URL); the user's dist/ is never touched. */
export const DIST = path.join(__dirname, ".build/dist");
/** The development build with the preview page (made by globalSetup). */
export const PREVIEW_BUILD = path.join(__dirname, ".build/preview");
const STANDIN_BUNDLE = path.join(__dirname, ".build/standin/standin.js");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * Where screenshots go: an ignored folder, so that running the tests leaves the working tree as it was;
 * `npm run screenshots` points this at the README's pictures in assets/screenshots.
 */
export const SCREENSHOTS = process.env.CX_SCREENSHOTS_DIR ? path.resolve(ROOT, process.env.CX_SCREENSHOTS_DIR) : path.join(ROOT, "test-results/screenshots");

export type OfficeJs = "standin" | "microsoft" | "none";

export type PaneSession = {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Outside requests the harness refused (anything not on 127.0.0.1 and not office.js). */
  blockedRequests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  close(): Promise<void>;
};

let browser: Browser | undefined;
let server: Server | undefined;
let baseUrl = "";

/**
 * Starts the static server (for `root`, by default the production build) and the browser once per test file;
 * `serverUrl` uses a server already running there instead (as the nginx test does).
 */
export async function startHarness(root: string = DIST, serverUrl?: string): Promise<void> {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  if (serverUrl) {
    baseUrl = serverUrl;
    return;
  }
  const app = express();
  app.use(express.static(root, { fallthrough: false }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopHarness(): Promise<void> {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** Opens taskpane.html in a fresh browser context; `doc` is the stand-in's document. */
export async function openPane(
  options: {
    doc?: StandinDocumentSpec;
    officeJs?: OfficeJs;
    width?: number;
    colorScheme?: "light" | "dark";
    forcedColors?: "active" | "none";
    /** The page to open: the task pane, the coverage page, the library editor, or the development build's preview page. */
    pagePath?: "taskpane.html" | "preview.html" | "coverage.html" | "library-editor.html";
    /** Runs before the page loads, e.g. to add an init script that observes the page from the start. */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<PaneSession> {
  if (!browser) throw new Error("startHarness() first");
  const officeJs = options.officeJs ?? "standin";
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.pagePath === "preview.html" ? 800 : 900 },
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
  });
  const blockedRequests: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl + "/")) return route.continue();
    if (url.startsWith(OFFICE_CDN) && officeJs !== "none") {
      const file =
        officeJs === "standin" && url === `${OFFICE_CDN}office.js`
          ? STANDIN_BUNDLE
          : path.join(OFFICE_JS_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (fs.existsSync(file)) {
        return route.fulfill({ path: file, contentType: "text/javascript", headers: { "access-control-allow-origin": "*" } });
      }
    }
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium's own line for the pane's look for a hosted library.json where none is hosted (a 404): expected.
    if (/\/library\.json$/.test(message.location().url) && message.text().includes("status of 404")) return;
    consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  if (options.doc) {
    await page.addInitScript((doc) => {
      (window as unknown as { __CX_STANDIN_DOC__: unknown }).__CX_STANDIN_DOC__ = doc;
    }, options.doc);
  }
  await options.beforeLoad?.(page);
  await page.goto(`${baseUrl}/${options.pagePath ?? "taskpane.html"}`);
  return { page, context, baseUrl, blockedRequests, consoleErrors, close: () => context.close() };
}

/** axe-core WCAG 2.1 A/AA and best-practice violations, summarised so a failure says what is wrong and where. */
/** axe's violations on the page, or only in the parts `include` selects (the parts a state changed, on a large page). */
export async function axeViolations(page: Page, include: readonly string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    // Fluent UI's focus manager (tabster) places hidden, focusable <i data-tabster-dummy> sentinels at the
    // edges of focus zones; focusing one moves focus on at once, so keyboard users never land on it.
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** Until no CSS transition or animation runs: Fluent's controls fade to new colours, and axe must judge the end colours. */
export async function transitionsEnded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** A screenshot of a state for review under test-results/, left out when `npm run screenshots` redraws the README's. */
export function stateShot(page: Page, name: string): Promise<void> {
  return process.env.CX_SCREENSHOTS_DIR ? Promise.resolve() : screenshot(page, name);
}

/**
 * For a browser test file that times the page's own tasks: long tasks are wall-clock times, so the file runs last
 * (tests/support/testSequencer.js) and waits for the other browser test files to finish, so another Chromium does
 * not stretch them; then starts the harness around the file.
 */
export function harnessAloneInSuite(): void {
  beforeAll(async () => {
    await untilAlone(300_000);
    await startHarness();
  }, 310_000);
  afterAll(stopHarness);
}

/** Records long tasks (start and duration) from the start of the page, before the pane's scripts run. */
export async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const probe = { tasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => probe.tasks.push({ start: e.startTime, duration: e.duration }))).observe({
      type: "longtask",
      buffered: true,
    });
  });
}

/** For a browser test file: starts the harness around the file; panes opened with `open` close after each test. */
export function paneSessionPerTest(): { open: typeof openPane } {
  let current: PaneSession | null = null;
  beforeAll(() => startHarness());
  afterAll(stopHarness);
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return { open: async (options) => (current = await openPane(options)) };
}
