// Headless Chromium (Debian's /usr/bin/chromium, never a downloaded build) through
// playwright-core, with a fresh profile per launch.
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";

import { chromium } from "playwright-core";

import { scratchDir } from "./paths.mjs";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser context on a fresh `--user-data-dir`; `close()` removes the profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(path.join(scratchDir, "chromium-profile-"));
  // Playwright owns --user-data-dir: a persistent context is how a fresh one is passed.
  const context = await chromium.launchPersistentContext(profile, { executablePath: EXECUTABLE, headless: true, args: ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines = [];
  page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => consoleLines.push(`pageerror: ${error.message}`));
  return {
    page,
    consoleLines,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** All text on the page, including open shadow roots (where dev error overlays live). */
export function deepText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentNode?.nodeName;
        if (parent !== "STYLE" && parent !== "SCRIPT") parts.push(node.textContent);
        return;
      }
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(document.documentElement);
    return parts.join("");
  });
}

/** The text of `selector`, or null while it is absent. */
export async function textOf(page, selector) {
  const element = await page.$(selector);
  return element && element.textContent();
}

/**
 * Polls until `check()` returns a truthy value (which is returned); throws with `describe()`
 * after `timeout` ms. Navigation in between (a dev server reloading the page) is tolerated.
 */
export async function waitFor(check, { timeout, describe }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      // Chromium words a reload under a query either way: "context was destroyed" or "Cannot
      // find context with specified id".
      if (!/context was destroyed|Cannot find context|navigat|Target closed/i.test(String(error))) throw error;
    }
    if (Date.now() > deadline) throw new Error(`not within ${timeout} ms: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
