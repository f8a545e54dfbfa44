/**
 * "Undo last SalesGrid change" end to end, in English and Chinese: tiers written from the Customers
 * area's Tiering view, then the undo offered under the success message takes them back, and every
 * customer's Tier cell in the sheet is what it was. Fails on any page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { paneRoot } from "./workbench";

const { openSample } = sampleWorkbookSession();

const text = {
  "en-US": {
    area: "Customers",
    view: "Tiering",
    write: "Write tiers to the sheet",
    confirm: "Write",
    written: /^Tiers written for \d+ customers[.;]/,
    last: /^Last change: tiers, \d+ rows of Customers, at /,
    undo: "Undo last SalesGrid change",
    undone: /^Undone: tiers, \d+ rows put back\.$/,
  },
  "zh-CN": {
    area: "客户",
    view: "客户分级",
    write: "将等级写入工作表",
    confirm: "写入",
    written: /^已为 \d+ 位客户写入等级[。，]/,
    last: /^上一次更改：客户分级，Customers 中 \d+ 行，/,
    undo: "撤销上一次 SalesGrid 更改",
    undone: /^已撤销：客户分级，恢复了 \d+ 行。$/,
  },
} as const;

describe.each(["en-US", "zh-CN"] as const)("Undo last SalesGrid change (%s)", (language) => {
  it("takes back the tiers just written, every Tier cell as it was", async () => {
    const { page } = await openSample(language, language === "zh-CN" ? "?lang=zh-CN" : undefined);
    const strings = text[language];
    const tiers = () =>
      page.evaluate(() =>
        Excel.run(async (context) => {
          const table = context.workbook.tables.getItem("Customers");
          const headers = table.getHeaderRowRange().load("values");
          const body = table.getDataBodyRange().load("values");
          await context.sync();
          // The Tier column's header in either language's workbook.
          const at = (headers.values[0] as string[]).findIndex((h) => h === "Tier" || h === "客户等级");
          return (body.values as unknown[][]).map((row) => [row[0], row[at]]);
        }),
      );
    const before = await tiers();
    expect(before.length).toBeGreaterThan(0);

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: strings.area, exact: true }).click();
    await pane.getByRole("tab", { name: strings.view, exact: true }).click();
    await pane.getByRole("button", { name: strings.write }).click();
    await page.getByRole("dialog").getByRole("button", { name: strings.confirm, exact: true }).click();
    await pane.getByText(strings.written).waitFor();
    const written = await tiers();

    await pane.getByText(strings.last).waitFor();
    await pane.getByRole("button", { name: strings.undo }).click();
    await pane.getByText(strings.undone).waitFor();
    expect(await tiers()).toEqual(before);
    // The sample's tiers may already be the computed ones; the write still went through the journal.
    expect(written.map(([id]) => id)).toEqual(before.map(([id]) => id));
    // Nothing older to take back: the button is off.
    expect(await pane.getByRole("button", { name: strings.undo }).isDisabled()).toBe(true);
  });
});
