// examples/nextjs-app in real Next.js 16.4 processes: production builds with Turbopack (the
// default) and webpack, each served by `next start` and loaded in Chromium; then `next dev`
// (Turbopack) beside `soda-cache build --watch` with the page open while files are edited.
import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { launchBrowser, textOf, waitFor } from "./support/browser.mjs";
import { devScenario } from "./support/dev-scenario.mjs";
import { getUserCard, getUserPage } from "./support/documents.mjs";
import { assertCompiledAway, outputFiles } from "./support/output.mjs";
import { appDir, localBin } from "./support/paths.mjs";
import { freePort, run, startServer } from "./support/processes.mjs";

const app = appDir("nextjs-app");
assert.ok(existsSync(path.join(app, "node_modules/soda-cache")), `${app} is not prepared: run scripts/test-hosts`);

test("the example type-checks under strict", () => {
  run(localBin(app, "tsc"), ["--noEmit"], { cwd: app });
});

for (const [bundler, script] of [
  ["Turbopack", "build"],
  ["webpack", "build:webpack"],
]) {
  describe(`next build (${bundler}) + next start`, { concurrency: false }, () => {
    let server;
    let browser;
    before(() => {
      rmSync(path.join(app, ".next"), { recursive: true, force: true });
      const { output } = run("npm", ["run", script], { cwd: app });
      assert.match(output, new RegExp(`Next\\.js 16\\.4\\.\\d+ \\(${bundler}\\)`));
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    test("the output holds the prebuilt documents, no graphql-system code and no gql calls", () => {
      const files = outputFiles(app, [".next/server", ".next/static"]);
      assertCompiledAway(files, {
        documents: {
          // The server component's operation is rendered on the server; the client component's
          // definition ships in the browser bundle.
          GetUserPage: (file) => file.startsWith(".next/server/"),
          GetUserCard: (file) => file.startsWith(".next/static/"),
        },
      });
    });

    test("the served page shows both operations, and the client component is live", async () => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      server = await startServer(localBin(app, "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, url });
      browser = await launchBrowser();
      await browser.page.goto(url);
      assert.equal(await textOf(browser.page, "#operation-name"), "GetUserPage");
      assert.equal(await textOf(browser.page, "#document"), getUserPage());
      assert.equal(await textOf(browser.page, "#client-operation-name"), "GetUserCard");
      assert.equal(await textOf(browser.page, "#client-document"), getUserCard());
      // Hydrated: the button toggles the client component's document.
      const describe = async () => browser.consoleLines.join("\n");
      await browser.page.click("button");
      await waitFor(async () => (await textOf(browser.page, "#client-document")) === null, { timeout: 5000, describe });
      await browser.page.click("button");
      await waitFor(async () => (await textOf(browser.page, "#client-document")) === getUserCard(), { timeout: 5000, describe });
    });
  });
}

devScenario({
  name: "next dev (Turbopack) + soda-cache build --watch, page open in Chromium",
  app,
  devArgs: (port) => ["-p", String(port), "-H", "127.0.0.1"],
  fragmentFile: "src/graphql/fragments/user.ts",
  operationFile: "src/app/page.tsx",
  // The client component's own operation inlines the same fragment.
  client: { file: "src/app/user-card.tsx", shows: async (page) => (await textOf(page, "#client-document")) === getUserCard({ email: true }) },
});
