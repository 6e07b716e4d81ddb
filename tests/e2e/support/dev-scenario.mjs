// The dev-server scenario shared by the hosts: `npm run dev` (the example's own script:
// `soda-cache build --watch` beside the dev server), the page open in Chromium, then edits.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchBrowser, deepText, textOf, waitFor } from "./browser.mjs";
import { EDITS, getUserPage } from "./documents.mjs";
import { sourceEditor } from "./edits.mjs";
import { freePort, startServer } from "./processes.mjs";

/** How long an edit may take to reach the open page (the bar). */
const UPDATE_WITHIN_MS = 5000;
/** Diagnostics and recovery may go through a full reload and the host's error page (~6-12 s
 * for Next.js on 2 busy cores); the time taken is reported either way. */
const ERROR_WITHIN_MS = 15_000;

/**
 * @param {object} host
 * @param {string} host.name          test title
 * @param {string} host.app           prepared example dir
 * @param {(port: number) => string[]} host.devArgs  arguments after `npm run dev --`
 * @param {string} host.fragmentFile  the fragment's file (another file than the operation's)
 * @param {string} host.operationFile the operation's own file
 * @param {{ file: string, shows: (page) => Promise<boolean> }} [host.client] a client
 *   component with its own definition inlining the fragment: `shows` checks it after (a);
 *   steps (e)/(f) break and fix it
 */
export function devScenario(host) {
  describe(host.name, { concurrency: false }, () => {
    const files = sourceEditor(host.app);
    let server;
    let browser;
    let url;

    const documentText = () => textOf(browser.page, "#document");
    const describePage = async () =>
      `page text: ${JSON.stringify((await deepText(browser.page)).slice(0, 2000))}\nbrowser console:\n${browser.consoleLines.slice(-20).join("\n")}\nserver output (tail):\n${server.output().slice(-3000)}`;

    async function expectDocument(expected, timeout) {
      const started = Date.now();
      await waitFor(async () => (await documentText()) === expected, { timeout, describe: describePage });
      return Date.now() - started;
    }

    before(async () => {
      const port = await freePort();
      url = `http://127.0.0.1:${port}/`;
      server = await startServer("npm", ["run", "dev", "--", ...host.devArgs(port)], { cwd: host.app, url, timeout: 180_000 });
      browser = await launchBrowser();
      await browser.page.goto(url, { timeout: 120_000 });
      await expectDocument(getUserPage(), 60_000);
    });

    after(async () => {
      await browser?.close();
      // Stopped as a developer stops `npm run dev` (Ctrl-C); see watch-then-build.test.mjs for SIGTERM.
      await server?.stop("SIGINT");
      files.restore();
    });

    test("(a) a field added to a fragment in another file shows up without a restart", async (t) => {
      files.edit(host.fragmentFile, ...EDITS.fragmentAddsEmail);
      const ms = await expectDocument(getUserPage({ email: true }), UPDATE_WITHIN_MS);
      t.diagnostic(`shown after ${ms} ms`);
      assert.ok(server.running(), "the dev server was not restarted");
      if (host.client) await waitFor(() => host.client.shows(browser.page), { timeout: UPDATE_WITHIN_MS, describe: describePage });
    });

    test("(b) a field added in the operation's own file shows up", async (t) => {
      files.edit(host.operationFile, ...EDITS.operationAddsBody);
      const ms = await expectDocument(getUserPage({ email: true, body: true }), UPDATE_WITHIN_MS);
      t.diagnostic(`shown after ${ms} ms`);
      // The bundler transforms a saved file before the watcher writes: in that normal race
      // the artifact module waits for the watcher instead of complaining. Its warning comes
      // after 2 s without a rebuild, so none may be in the console once both edits showed.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const complaints = browser.consoleLines.filter((line) => line.includes("[soda-cache]"));
      assert.deepEqual(complaints, [], "the page complained although the watcher caught up");
    });

    /** (c)/(d) for `file`: its unknown field's diagnostic shows, and fixing it recovers `recovered`. */
    function brokenAndFixed(labels, file, recovered) {
      test(`${labels[0]} an unknown field in ${file} shows its diagnostic (code and file:line) in the browser`, async (t) => {
        files.edit(file, ...EDITS.operationAddsUnknownField);
        const line = files.lineOf(file, "nickname");
        const location = new RegExp(`${file.replaceAll(".", "\\.")}:${line}\\b`);
        const started = Date.now();
        const text = await waitFor(
          async () => {
            const text = await deepText(browser.page);
            return text.includes("GRAPHQL_UNDEFINED_FIELD") && location.test(text) && text;
          },
          { timeout: ERROR_WITHIN_MS, describe: describePage },
        );
        t.diagnostic(`shown after ${Date.now() - started} ms: ${text.match(/[^\n]{0,80}GRAPHQL_UNDEFINED_FIELD[^\n]{0,120}/)?.[0]}`);
      });

      test(`${labels[1]} fixing ${file} recovers the page with no further edit`, async (t) => {
        files.edit(file, EDITS.operationAddsUnknownField[1], EDITS.operationAddsUnknownField[0]);
        const started = Date.now();
        await waitFor(recovered, { timeout: ERROR_WITHIN_MS, describe: describePage });
        t.diagnostic(`recovered after ${Date.now() - started} ms`);
        assert.ok(server.running(), "the dev server started before the edits is still serving");
      });
    }

    const afterEdits = getUserPage({ email: true, body: true });
    brokenAndFixed(["(c)", "(d)"], host.operationFile, async () => (await documentText()) === afterEdits);
    if (host.client) {
      // The same for a definition in a client component (Next.js "use client").
      brokenAndFixed(["(e)", "(f)"], host.client.file, async () => (await documentText()) === afterEdits && host.client.shows(browser.page));
    }
  });
}
