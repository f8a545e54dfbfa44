/**
 * `npm run screenshots`: pictures of the workbench for the README, made the way the e2e tests run
 * it — the add-in built with the workbench, served on 127.0.0.1, opened in headless Chromium
 * (found or installed as tests/e2e/browser.ts does). For each language it opens an empty
 * workbench in that language, saves the result as docs/workbench-<en|zh>.png.
 *
 *   npm run screenshots            both languages
 *   npm run screenshots -- zh      only Chinese
 */
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import type { Browser } from "playwright-core";
import { ensureBrowser, launchBrowser } from "../tests/e2e/browser";
import { openWorkbench, recordErrors } from "../tests/e2e/workbench";
import { buildWorkbench, serveFolder } from "../tests/e2e/workbenchServer";

const ROOT = resolve(__dirname, "..");
const DOCS = join(ROOT, "docs");

type Shot = { file: string; language: "en-US" | "zh-CN" };

const SHOTS: Record<string, Shot> = {
  en: { file: "workbench-en.png", language: "en-US" },
  zh: { file: "workbench-zh.png", language: "zh-CN" },
};

/** Opens the workbench in `shot.language`, and saves the picture; fails on any page error. */
async function takeScreenshot(browser: Browser, shot: Shot): Promise<string> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    locale: shot.language,
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    recordErrors(page, errors);
    await openWorkbench(browser, { page, errors, query: `?lang=${shot.language}` });
    // Fonts and the last render settle before the picture.
    await page.evaluate(() => document.fonts.ready);
    const path = join(DOCS, shot.file);
    await page.screenshot({ path });
    if (errors.length > 0) throw new Error(`The workbench reported errors:\n${errors.join("\n")}`);
    return path;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SHOTS));
  if (unknown.length > 0)
    throw new Error(`Unknown language ${unknown.join(", ")}: use ${Object.keys(SHOTS).join(" or ")}.`);
  const shots = (wanted.length > 0 ? wanted : Object.keys(SHOTS)).map((name) => SHOTS[name]);

  const executable = ensureBrowser((line) => console.log(line));
  const folder = mkdtempSync(join(tmpdir(), "salesgrid-screenshots-"));
  console.log("[screenshots] Building the workbench…");
  await buildWorkbench(folder);
  const server = await serveFolder(folder);
  process.env.SALESGRID_WORKBENCH_URL = server.url;
  const browser = await launchBrowser(executable);
  try {
    mkdirSync(DOCS, { recursive: true });
    for (const shot of shots) {
      const path = await takeScreenshot(browser, shot);
      console.log(`[screenshots] Saved ${relative(ROOT, path)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[screenshots] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
