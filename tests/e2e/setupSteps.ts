/**
 * Steps other end-to-end tests share: set up a complete workbook with sample data through the
 * pane's Set up area, as a manager does. Works whichever language the pane speaks.
 */
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { openWorkbench, paneRoot, type WorkbenchPage } from "./workbench";

/** How long a set-up with sample data may take in the workbench (a few thousand rows with formulas). */
const SETUP_TIMEOUT_MS = 150_000;

/**
 * Opens the Set up area, chooses the workbook language and sample data, confirms, and waits until
 * the pane reports the workbook set up.
 *
 * @param page - an open workbench page (see openWorkbench)
 * @param language - the workbook's language (sheet names and headers)
 */
export async function setUpSampleInWorkbench(page: Page, language: "en-US" | "zh-CN"): Promise<void> {
  const pane = paneRoot(page);
  await pane.getByRole("tab", { name: /^(Set up|初始化)$/ }).click();
  await pane.getByRole("table", { name: /^(What set-up will do|初始化将执行的操作)$/ }).waitFor();
  const radio = pane.getByRole("radio", { name: language === "zh-CN" ? "中文" : "English" });
  if (await radio.isEnabled()) await radio.check();
  await pane.getByRole("checkbox", { name: /^(Add sample data|添加示例数据)/ }).check();
  await pane.getByRole("button", { name: /^(Set up workbook|初始化工作簿)$/ }).click();
  await pane.getByText(/^(The workbook is set up\.|工作簿已初始化。)$/).waitFor({ timeout: SETUP_TIMEOUT_MS });
}

/**
 * The hooks of a test file whose tests each open the workbench: one browser for the file, a fresh
 * page per test (closed after it), and no page or console error allowed.
 *
 * @returns `open(options)`: a new workbench page (`options.query` goes after the page's address)
 */
export function workbenchSession(): { open: (options?: { query?: string }) => Promise<WorkbenchPage> } {
  let browser: Browser;
  let workbench: WorkbenchPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = workbench?.errors ?? [];
    await workbench?.page.context().close();
    workbench = undefined;
    expect(errors).toEqual([]);
  });
  return {
    open: async (options) => {
      workbench = await openWorkbench(browser, options);
      return workbench;
    },
  };
}

/**
 * The hooks of a test file whose tests each open the workbench and set up the sample workbook
 * (see {@link workbenchSession}). Setting up takes up to a few minutes in the browser, so tests
 * get 300 s.
 *
 * @returns `openSample(language, query)`: a new workbench page (opened with `query`, "?lang=zh-CN"
 *   for a Chinese pane) with the sample workbook set up in `language`
 */
export function sampleWorkbookSession(): {
  openSample: (language: "en-US" | "zh-CN", query?: string) => Promise<WorkbenchPage>;
} {
  jest.setTimeout(300_000);
  const session = workbenchSession();
  return {
    openSample: async (language, query) => {
      const workbench = await session.open({ query });
      await setUpSampleInWorkbench(workbench.page, language);
      return workbench;
    },
  };
}
