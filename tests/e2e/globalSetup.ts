/**
 * Once per jest run with e2e tests: a browser (found, or installed where that is possible — see
 * browser.ts), and the add-in built with the workbench and served on 127.0.0.1. Test files read
 * CHROME_PATH and SALESGRID_WORKBENCH_URL, which jest's workers inherit from this process.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ensureBrowser } from "./browser";
import { buildWorkbench, serveFolder, type StaticServer } from "./workbenchServer";

/** What globalTeardown.ts stops and removes. */
export type E2eResources = { server: StaticServer; folder: string };

export default async function globalSetup(): Promise<void> {
  process.env.CHROME_PATH = ensureBrowser();
  const folder = mkdtempSync(join(tmpdir(), "salesgrid-workbench-"));
  await buildWorkbench(folder);
  const server = await serveFolder(folder);
  process.env.SALESGRID_WORKBENCH_URL = server.url;
  (globalThis as { salesGridE2e?: E2eResources }).salesGridE2e = { server, folder };
}
