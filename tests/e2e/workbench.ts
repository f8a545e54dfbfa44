/**
 * Helpers for end-to-end tests of the workbench: open it in a fresh page that records every page
 * error and console error, type into cells through the grid as a user does, read what cells show,
 * and find the docked task pane. Feature tests build on these.
 */
import type { Browser, Locator, Page } from "playwright-core";

/** An open workbench page and what went wrong in it so far. */
export type WorkbenchPage = {
  page: Page;
  /** Uncaught exceptions and console.error messages, in order. A passing test expects none. */
  errors: string[];
};

/** The URL globalSetup serves the workbench at. */
export function workbenchUrl(query = ""): string {
  const base = process.env.SALESGRID_WORKBENCH_URL;
  if (!base)
    throw new Error(
      "SALESGRID_WORKBENCH_URL is not set: run the e2e tests through jest (tests/e2e/globalSetup.ts serves the workbench).",
    );
  return `${base}workbench.html${query}`;
}

/** Records page errors and console errors of `page` into `errors`. */
export function recordErrors(page: Page, errors: string[]): void {
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`),
  );
}

/**
 * Opens the workbench in a new page (its own context, so its own empty localStorage unless
 * `page` is given) and waits until the grid and the task pane are both up.
 */
export async function openWorkbench(
  browser: Browser,
  options: { query?: string; page?: Page; errors?: string[] } = {},
): Promise<WorkbenchPage> {
  const errors = options.errors ?? [];
  let page = options.page;
  if (!page) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: "en-US" });
    page = await context.newPage();
    recordErrors(page, errors);
  }
  await page.goto(workbenchUrl(options.query), { waitUntil: "load" });
  await waitForWorkbench(page);
  return { page, errors };
}

/** Waits until the grid shows and the task pane has rendered its header. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.getByRole("grid").waitFor();
  await paneRoot(page).getByRole("heading", { level: 1 }).waitFor();
}

/** The add-in's task pane (its #root, docked beside the grid). */
export function paneRoot(page: Page): Locator {
  return page.locator("#root");
}

/** A cell of the active sheet by its address ("B1"); it must be on screen (see goToCell). */
export function cell(page: Page, address: string): Locator {
  return page.getByRole("gridcell", { name: address, exact: true });
}

/** Selects a cell through the name box, which also scrolls it into view. */
export async function goToCell(page: Page, address: string): Promise<void> {
  const nameBox = page.getByRole("textbox", { name: /^(Name box|名称框)$/ });
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await cell(page, address).click();
}

/** Types `text` into a cell as a user does (select it, type, Enter) and waits for the entry to land. */
export async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await goToCell(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: address, exact: true }).waitFor({ state: "detached" });
}

/** The text a cell shows. */
export async function cellText(page: Page, address: string): Promise<string> {
  await goToCell(page, address);
  return (await cell(page, address).textContent()) ?? "";
}

/**
 * Reads until the value equals `expected` (the page renders after each action, not during it),
 * then asserts, so a failure shows the last value read. Waits up to `timeoutMs`.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  expect(value).toEqual(expected);
}

/**
 * Fails unless every tab the task pane shows lies inside the docked pane and the pane does not
 * scroll sideways (a tab off the side is out of the user's reach).
 */
export async function expectTabsInsidePane(page: Page): Promise<void> {
  const aside = (await page.locator("aside").boundingBox())!;
  const tabs = await paneRoot(page).getByRole("tab").all();
  expect(tabs.length).toBeGreaterThan(0);
  for (const tab of tabs) {
    const box = (await tab.boundingBox())!;
    const name = await tab.textContent();
    expect({ name, left: box.x >= aside.x, right: box.x + box.width <= aside.x + aside.width }).toEqual({
      name,
      left: true,
      right: true,
    });
  }
  expect(await page.locator("aside").evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
}
