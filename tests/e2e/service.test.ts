/**
 * The Service area end to end, in English and in Chinese: sample data set up through the pane,
 * the Service area shows late tickets, a complaint is opened for a customer and closed, and its
 * return visit (回访) lands in the Activities table with its NextContact within 7 days. Fails on
 * any page or console error (see workbench.ts).
 */
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { paneRoot } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** The ISO date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each([
  ["en-US", enUS.service, "Complaint", "Return visit (回访): ticket"],
  ["zh-CN", zhCN.service, "投诉", "回访：工单"],
] as const)("the Service area on the sample workbook (%s)", (language, strings, complaint, visitSummary) => {
  it("shows late tickets, opens a complaint and closes it, scheduling a 回访 within 7 days", async () => {
    const { page } = await openSample(language, `?lang=${language}`);
    const pane = paneRoot(page);
    await pane.getByRole("navigation").getByRole("tab", { name: strings.area, exact: true }).click();
    await pane.getByRole("heading", { level: 2, name: strings.title }).waitFor({ timeout: 30_000 });
    // The sample has open tickets past their service level, marked late.
    await pane.getByText(strings.open.overdue, { exact: true }).first().waitFor({ timeout: 30_000 });

    const form = pane.getByRole("form", { name: strings.new.title });
    const customer = form.getByRole("combobox", { name: strings.new.customer });
    const firstCustomer = await customer.locator("option").nth(1).textContent();
    await customer.selectOption({ index: 1 });
    await form.getByRole("combobox", { name: strings.new.type }).selectOption(complaint);
    await form.getByRole("textbox", { name: strings.new.summary }).fill("=late delivery");
    const today = await form.getByLabel(strings.new.openedOn, { exact: true }).inputValue();
    await form.getByRole("button", { name: strings.new.submit }).click();
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const opened = new RegExp(
      `^${escape(strings.new.done)
        .replace("\\{\\{id\\}\\}", "(T-\\d{4})")
        .replace("\\{\\{customer\\}\\}", escape(firstCustomer ?? ""))}$`,
    );
    const done = pane.getByText(opened);
    await done.waitFor({ timeout: 30_000 });
    const ticketId = opened.exec((await done.textContent()) ?? "")![1];

    const closeLabel = strings.close.title.replace("{{id}}", ticketId);
    await pane.getByRole("button", { name: closeLabel, exact: true }).click();
    const closing = pane.getByRole("form", { name: closeLabel });
    await closing.getByRole("combobox", { name: strings.close.satisfaction }).selectOption("3");
    await closing.getByRole("button", { name: strings.close.confirm }).click();
    const due = addDays(today, 7);
    await pane
      .getByText(new RegExp(`${ticketId}.*${due}`))
      .first()
      .waitFor({ timeout: 30_000 });

    // The Activities table has the 回访 as its last row, NextContact within 7 days.
    const visit = await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("Activities").getRange();
        range.load("values");
        await context.sync();
        const [headers, ...rows] = range.values as (string | number)[][];
        const last = rows[rows.length - 1];
        const at = (keys: string[]) => last[headers.findIndex((h) => keys.includes(String(h)))];
        return {
          summary: String(at(["Summary", "跟进内容"])),
          next: Number(at(["NextContact", "下次联系"])),
          date: Number(at(["Date", "日期"])),
        };
      }),
    );
    expect(visit.summary).toContain(visitSummary);
    expect(visit.summary).toContain(ticketId);
    expect(visit.next - visit.date).toBe(7);
  });
});
