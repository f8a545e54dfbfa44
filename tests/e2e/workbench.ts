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

/**
 * Enters `text` into a cell as a user of an input method does (select it, F2 to edit, the text
 * committed at once, Enter): Playwright's typing sends no key for Chinese characters, which the
 * grid needs to start editing.
 */
export async function enterInCell(page: Page, address: string, text: string): Promise<void> {
  await goToCell(page, address);
  await page.keyboard.press("F2");
  await page.keyboard.insertText(text);
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

/** One way the pane does not fit: what sticks out or is cut, and by how many pixels. */
export type PaneMisfit = {
  /** The element: its role or tag, and the start of its text or accessible name. */
  element: string;
  problem:
    | "sticks out of the pane"
    | "figure or word broken across lines"
    | "heading runs into the text after it"
    | "wider than its container"
    | "clipped text"
    | "scrolls sideways without a sticky first column";
  px: number;
};

/**
 * Every place the docked pane does not fit its content right now: elements that stick out of
 * the pane or are wider than their container, text cut by its own box (scrollWidth > clientWidth
 * on an element whose text is its own), and sideways scrolling that is not a deliberate table
 * scroller. A container that scrolls sideways with a sticky first column is deliberate: what is
 * inside it may be wider than the pane. Only elements on screen (with a box) are looked at;
 * Fluent's popups render outside the pane's root and are not.
 */
export function paneMisfits(page: Page): Promise<PaneMisfit[]> {
  return page.evaluate(() => {
    // A pixel of slack: sub-pixel layout rounds widths either way.
    const SLACK = 1;
    const aside = document.querySelector("aside")!;
    const root = document.getElementById("root")!;
    const dock = aside.getBoundingClientRect();
    const paneLeft = dock.left + aside.clientLeft;
    const paneRight = paneLeft + aside.clientWidth;
    const misfits: PaneMisfit[] = [];
    const reported = new Set<Element>();

    const describe = (el: Element): string => {
      const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
      return `${role} "${name.length > 50 ? `${name.slice(0, 50)}…` : name}"`;
    };
    const reportedAbove = (el: Element): boolean => {
      for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (reported.has(at)) return true;
      return false;
    };
    const report = (el: Element, problem: PaneMisfit["problem"], px: number) => {
      if (reportedAbove(el)) return;
      reported.add(el);
      misfits.push({ element: describe(el), problem, px: Math.round(px) });
    };
    const scrollsSideways = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const hasStickyFirstColumn = (el: Element) =>
      [...el.querySelectorAll("tr > :first-child")].some((cell) => getComputedStyle(cell).position === "sticky");
    /** The nearest ancestor that scrolls sideways with a sticky first column: its content may be wide. */
    const insideTableScroller = (el: Element): boolean => {
      for (let at = el.parentElement; at && at !== root; at = at.parentElement)
        if (scrollsSideways(at) && hasStickyFirstColumn(at)) return true;
      return false;
    };
    /** The box the element is laid out in: its nearest ancestor that is not inline. */
    const container = (el: Element): Element | null => {
      for (let at = el.parentElement; at; at = at.parentElement)
        if (!getComputedStyle(at).display.startsWith("inline") && getComputedStyle(at).display !== "contents")
          return at;
      return null;
    };
    /** Text that is the element's own: a text node of its own, or text in inline children only. */
    const ownsText = (el: Element): boolean =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== "") ||
      (el.children.length > 0 &&
        (el.textContent ?? "").trim() !== "" &&
        [...el.children].every((child) => getComputedStyle(child).display === "inline"));

    const overflow = aside.scrollWidth - aside.clientWidth;
    if (overflow > SLACK) misfits.push({ element: "the pane", problem: "sticks out of the pane", px: overflow });

    for (const el of root.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === "hidden" || el.getClientRects().length === 0) continue;
      // Visually hidden text for screen readers is 1 px wide and clipped on purpose.
      if (box.width <= 1 || box.height <= 1) continue;
      const wideInside = insideTableScroller(el);
      const floating = style.position === "absolute" || style.position === "fixed";
      if (!wideInside) {
        const out = Math.max(paneLeft - box.left, box.right - paneRight);
        if (out > SLACK) report(el, "sticks out of the pane", out);
        const parent = container(el);
        if (parent && !floating && !style.display.startsWith("inline") && !reported.has(el)) {
          const wider = box.width - parent.clientWidth;
          if (parent.clientWidth > 0 && wider > SLACK) report(el, "wider than its container", wider);
        }
      }
      if (scrollsSideways(el) && el.scrollWidth - el.clientWidth > SLACK && !hasStickyFirstColumn(el))
        report(el, "scrolls sideways without a sticky first column", el.scrollWidth - el.clientWidth);
      if (!style.display.startsWith("inline") || style.display === "inline-block" || style.display === "inline-flex") {
        const cut = el.scrollWidth - el.clientWidth;
        if (ownsText(el) && !scrollsSideways(el) && el.clientWidth > 0 && cut > SLACK) report(el, "clipped text", cut);
      }
    }

    // A figure or a word cut over two lines reads as two (the pane wraps anywhere rather than
    // widen, so a column too narrow for "Commission" or "1,200,000" breaks it instead of clipping).
    // Long tokens (an e-mail address, a URL) may wrap, and so may a line at a hyphen or slash;
    // Chinese text wraps between any characters.
    const words = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = words.nextNode(); node; node = words.nextNode()) {
      const owner = node.parentElement!;
      if (owner.getClientRects().length === 0 || reportedAbove(owner) || reported.has(owner)) continue;
      for (const match of node.textContent!.matchAll(/[A-Za-z0-9][A-Za-z0-9.,:%()¥$€+]*/g)) {
        if (match[0].length < 2 || match[0].length > 20) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const lines = new Set(rects.map((rect) => Math.round(rect.top)));
        if (lines.size > 1) {
          const widest = Math.max(...rects.map((rect) => rect.width));
          const total = rects.reduce((sum, rect) => sum + rect.width, 0);
          report(owner, "figure or word broken across lines", total - widest);
          break;
        }
      }
    }

    // A heading shown inline (Fluent's Text is a span unless told `block`) runs into what follows.
    for (const heading of root.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      const next = heading.nextElementSibling;
      if (!next || getComputedStyle(heading).display !== "inline" || next.getClientRects().length === 0) continue;
      const own = heading.getClientRects();
      const last = own[own.length - 1];
      const first = next.getClientRects()[0];
      if (last && first && Math.abs(first.top - last.top) < last.height / 2 && first.left >= last.right - SLACK)
        report(heading, "heading runs into the text after it", 0);
    }
    return misfits;
  });
}

/**
 * Selects a data row of a table (its first cells) as a click in the grid does: the sheet
 * becomes active and selection listeners (the pane's, the ribbon's) hear of it.
 *
 * @param table - the table's name ("Deals")
 * @param row - the 0-based data row
 * @returns the sheet and the address selected
 */
export async function selectTableRow(
  page: Page,
  table: string,
  row: number,
): Promise<{ sheet: string; address: string }> {
  return page.evaluate(
    async ({ table, row }) => {
      const place = await Excel.run(async (context) => {
        const found = context.workbook.tables.getItem(table);
        found.worksheet.load("name");
        const cells = found.getDataBodyRange().getRow(row).getCell(0, 0).getResizedRange(0, 1);
        cells.load("address");
        await context.sync();
        return { sheet: found.worksheet.name, address: cells.address.slice(cells.address.lastIndexOf("!") + 1) };
      });
      window.salesGridWorkbench!.emulator.book.select(place.sheet, place.address);
      return place;
    },
    { table, row },
  );
}
