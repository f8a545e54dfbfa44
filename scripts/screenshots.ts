/**
 * `npm run screenshots`: pictures of the workbench for the README, made the way the e2e tests run
 * it — the add-in built with the workbench, served on 127.0.0.1, opened in headless Chromium
 * (found or installed as tests/e2e/browser.ts does). For each language it opens an empty
 * workbench in that language, sets up the sample workbook through the pane's Set up area (as a
 * manager would), shows the pipeline sheet and the Team area, and saves docs/workbench-<en|zh>.png.
 *
 *   npm run screenshots            both languages
 *   npm run screenshots -- zh      only Chinese
 */
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import type { Browser } from "playwright-core";
import { ensureBrowser, launchBrowser } from "../tests/e2e/browser";
import { setUpSampleInWorkbench } from "../tests/e2e/setupSteps";
import { openWorkbench, paneRoot, recordErrors } from "../tests/e2e/workbench";
import { buildWorkbench, serveFolder } from "../tests/e2e/workbenchServer";

const ROOT = resolve(__dirname, "..");
const DOCS = join(ROOT, "docs");

/** A picture: its file, the language, the sheet shown in the grid and the pane's tab and what to wait for there. */
type Shot = { file: string; language: "en-US" | "zh-CN"; sheet: string; area: string; ready: string };

const SHOTS: Record<string, Shot> = {
  en: {
    file: "workbench-en.png",
    language: "en-US",
    sheet: "Pipeline",
    area: "Team",
    ready: "Reps by team with each team's roll-up",
  },
  zh: {
    file: "workbench-zh.png",
    language: "zh-CN",
    sheet: "销售管道",
    area: "团队",
    ready: "按团队列出的销售代表及团队汇总",
  },
};

/** Opens the workbench in `shot.language`, sets up the sample, and saves the picture; fails on any page error. */
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
    console.log(`[screenshots] ${shot.language}: setting up the sample workbook…`);
    await setUpSampleInWorkbench(page, shot.language);
    await page
      .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
      .getByRole("tab", { name: shot.sheet, exact: true })
      .click();
    await paneRoot(page).getByRole("tab", { name: shot.area, exact: true }).click();
    await paneRoot(page).getByRole("table", { name: shot.ready }).waitFor();
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
