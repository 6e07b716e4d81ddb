// examples/vite-app in real Vite 8 processes (@vitejs/plugin-react-swc): `vite build` served by
// `vite preview` and loaded in Chromium; then `vite` beside `soda-cache build --watch` with the
// page open while files are edited.
import assert from "node:assert/strict";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { launchBrowser, textOf } from "./support/browser.mjs";
import { devScenario } from "./support/dev-scenario.mjs";
import { getUserPage } from "./support/documents.mjs";
import { assertCompiledAway, outputFiles } from "./support/output.mjs";
import { appDir, localBin } from "./support/paths.mjs";
import { freePort, run, startServer } from "./support/processes.mjs";

const app = appDir("vite-app");
assert.ok(existsSync(path.join(app, "node_modules/soda-cache")), `${app} is not prepared: run scripts/test-hosts`);

test("the example type-checks under strict", () => {
  run(localBin(app, "tsc"), ["--noEmit"], { cwd: app });
});

describe("vite build + vite preview", { concurrency: false }, () => {
  let server;
  let browser;
  before(() => {
    rmSync(path.join(app, "dist"), { recursive: true, force: true });
    run("npm", ["run", "build"], { cwd: app });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("the output holds the prebuilt document, no graphql-system code and no gql calls", () => {
    assertCompiledAway(outputFiles(app, ["dist"]), { documents: { GetUserPage: (file) => file.endsWith(".js") } });
  });

  test("the served page shows the operation", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    server = await startServer(localBin(app, "vite"), ["preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { cwd: app, url });
    browser = await launchBrowser();
    await browser.page.goto(url);
    await browser.page.waitForSelector("#document");
    assert.equal(await textOf(browser.page, "#operation-name"), "GetUserPage");
    assert.equal(await textOf(browser.page, "#document"), getUserPage());
  });
});

devScenario({
  name: "vite (dev server) + soda-cache build --watch, page open in Chromium",
  app,
  devArgs: (port) => ["--port", String(port), "--strictPort", "--host", "127.0.0.1"],
  fragmentFile: "src/graphql/fragments/user.ts",
  operationFile: "src/graphql/operations.ts",
});
