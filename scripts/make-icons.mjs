// Renders assets/icon-<size>.png from one SVG drawing in headless Chromium, so the ribbon and
// store icons stay consistent. Run after changing the drawing: `node scripts/make-icons.mjs`.
import { chromium } from "playwright-core";
import { findChromium } from "./browser.js";

const SIZES = [16, 32, 64, 80, 128];

// A document page with a speech bubble: "language for documents". Small sizes drop the text
// lines, which turn to mush below 32 px.
function drawing(size) {
  const detail = size >= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect x="6" y="2" width="40" height="52" rx="4" fill="#ffffff" stroke="#185abd" stroke-width="4"/>
  ${detail ? `<rect x="13" y="12" width="26" height="4" rx="2" fill="#185abd"/>
  <rect x="13" y="21" width="20" height="4" rx="2" fill="#185abd"/>` : ""}
  <path d="M26 30 h32 a4 4 0 0 1 4 4 v18 a4 4 0 0 1 -4 4 h-18 l-8 7 v-7 h-6 a4 4 0 0 1 -4 -4 v-18 a4 4 0 0 1 4 -4 z" fill="#107c41"/>
  <text x="42" y="49" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="17" text-anchor="middle" fill="#ffffff">CX</text>
</svg>`;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ["--no-sandbox", "--disable-gpu"] });
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${drawing(size)}</body></html>`);
    await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
