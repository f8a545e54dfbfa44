/**
 * Import end to end: in the workbench, a manager sets up a workbook with sample data, pastes (types)
 * a messy customer list into a sheet, and converts it into the Customers table through the pane's
 * Import area; the new rows are in the table and its NextContact formula computes for them. Then,
 * in English and Chinese, an updated export of customers already in the table is imported again
 * with Update: only the fields that differ change, nothing is added twice, new IDs continue.
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { setUpSampleInWorkbench } from "./setupSteps";
import { cellText, eventually, goToCell, openWorkbench, paneRoot, typeInCell, type WorkbenchPage } from "./workbench";

jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A list as people keep one: a title row, their own headers, tiers in any case, mixed date styles. */
const messyList: Record<string, string> = {
  A1: "Our key accounts",
  A2: "Account Name",
  B2: "Contact",
  C2: "Mobile",
  D2: "Tier",
  E2: "Last contact",
  F2: "WeChat",
  A3: "Northwind Traders",
  B3: "Ann Lee",
  C3: "138 0013 8000",
  D3: "a",
  E3: "2024/6/1",
  F3: "ann_nw",
  A4: "Contoso Ltd",
  B4: "Bob Chen",
  C4: "13900001111",
  D4: "B",
  E4: "6/15/2024",
  A5: "Fabrikam",
  B5: "Cy Wu",
  D5: "c",
  E5: "20.6.2024",
  F5: "cy_fab",
};

describe("import in the workbench", () => {
  let workbench: WorkbenchPage;

  beforeEach(async () => {
    workbench = await openWorkbench(browser);
  });

  afterEach(async () => {
    await workbench.page.context().close();
    expect(workbench.errors).toEqual([]);
  });

  it("converts a pasted customer list into the Customers table, whose NextContact computes", async () => {
    const { page } = workbench;
    const pane = paneRoot(page);
    await setUpSampleInWorkbench(page, "en-US");
    // The table's data rows before the import, from the workbook the pane works on.
    const rowsBefore = await page.evaluate(() =>
      Excel.run(async (context) => {
        const rows = context.workbook.tables.getItem("Customers").rows;
        rows.load("count");
        await context.sync();
        return rows.count;
      }),
    );

    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Sheet1", exact: true }).click();
    for (const [address, text] of Object.entries(messyList)) await typeInCell(page, address, text);
    await goToCell(page, "B3"); // one cell of the list stands for the whole list

    await pane.getByRole("tab", { name: "Import" }).click();
    await pane.getByRole("button", { name: "Read" }).click();
    await eventually(() => pane.getByRole("combobox", { name: "Turn it into" }).inputValue(), "Customers");
    await eventually(() => pane.getByRole("combobox", { name: "Account Name" }).inputValue(), "Company");
    await eventually(() => pane.getByRole("combobox", { name: "Mobile" }).inputValue(), "Phone");
    await pane.getByRole("button", { name: "Check the data" }).click();
    // The table has rows: the duplicates step first; none of these companies is there yet.
    await eventually(() => pane.getByRole("radio", { name: /^Skip them/ }).isChecked(), true);
    await pane.getByText("0 of 3 rows match an existing row; 3 rows will be added.").waitFor();
    await pane.getByRole("button", { name: "Next" }).click();

    await pane.getByRole("table", { name: "Preview" }).waitFor();
    await eventually(() => pane.getByRole("radio", { name: /Add the rows to the end/ }).isChecked(), true);
    await pane.getByRole("checkbox", { name: "Add 3 rows to the existing Customers table" }).check();
    await pane.getByRole("button", { name: "Write 3 rows" }).click();
    await pane.getByText("Wrote 3 rows to the Customers table on sheet Customers.").waitFor({ timeout: 60_000 });

    // The new rows at the end of the Customers table, as the grid shows them.
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Customers", exact: true }).click();
    const first = rowsBefore + 2; // header in row 1, then the rows before
    expect(await cellText(page, `C${first}`)).toBe("Northwind Traders");
    expect(await cellText(page, `I${first}`)).toBe("138 0013 8000");
    expect(await cellText(page, `G${first}`)).toBe("A");
    expect(await cellText(page, `L${first}`)).toBe("2024-06-01");
    expect(await cellText(page, `M${first}`)).toBe("2024-06-15"); // NextContact: tier A, 14 days
    expect(await cellText(page, `M${first + 1}`)).toBe("2024-07-15"); // tier B, 30 days
    expect(await cellText(page, `L${first + 2}`)).toBe("2024-06-20"); // 20.6.2024, day first
    expect(await cellText(page, `M${first + 2}`)).toBe("2024-09-18"); // tier C, 90 days
    // The column of the list that maps to nothing is kept, under its own header.
    expect(await cellText(page, "R1")).toBe("WeChat");
    expect(await cellText(page, `R${first}`)).toBe("ann_nw");
    // The pasted list itself is untouched.
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Sheet1", exact: true }).click();
    expect(await cellText(page, "A2")).toBe("Account Name");
  });
});

type CustomerRow = { company: string; name: string; region: string; id: string };

/** The Customers table as the workbook holds it: its rows' company, contact, region and ID. */
async function readCustomers(page: WorkbenchPage["page"]): Promise<CustomerRow[]> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Customers");
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      const headers = header.values[0].map(String);
      const at = (...names: string[]) => headers.findIndex((h) => names.includes(h));
      const [company, name, region, id] = [
        at("Company", "公司名称"),
        at("Name", "联系人"),
        at("Region", "区域"),
        at("CustomerID", "客户编号"),
      ];
      return body.values.map((row) => ({
        company: String(row[company]),
        name: String(row[name]),
        region: String(row[region]),
        id: String(row[id]),
      }));
    }),
  );
}

const words = {
  "en-US": {
    headers: ["Company", "Contact", "Region"],
    read: "Read",
    check: "Check the data",
    update: /^Update the existing rows/,
    changes: "Fields that change, old → new",
    change: (old: string, now: string) => `Region: ${old} → ${now}`,
    next: "Next",
    confirm: "Add 1 rows to the existing Customers table",
    write: "Write 1 rows",
    updated: "Updated 1 existing rows (1 fields).",
    copy: /^Copy the \d+ rows left out/,
    again: "Import another list",
    copied: "The rows left out are on sheet Rejected rows, with the reason for each.",
    sheet: "Rejected rows",
    reason: "Reason",
  },
  "zh-CN": {
    headers: ["公司名称", "联系人", "区域"],
    read: "读取",
    check: "检查数据",
    update: /^更新现有行/,
    changes: "将修改的字段，原值 → 新值",
    change: (old: string, now: string) => `区域：${old} → ${now}`,
    next: "下一步",
    confirm: "向现有 Customers 表格添加 1 行",
    write: "写入 1 行",
    updated: "已更新 1 行现有数据（1 个字段）。",
    copy: /^将未导入的 \d+ 行复制到新工作表/,
    again: "导入另一个清单",
    copied: "未导入的行已放在工作表 未导入的行 中，并注明了每行的原因。",
    sheet: "未导入的行",
    reason: "原因",
  },
} as const;

describe.each(["en-US", "zh-CN"] as const)("re-importing an updated customer list (%s)", (language) => {
  let workbench: WorkbenchPage;

  beforeEach(async () => {
    workbench = await openWorkbench(browser, { query: `?lang=${language}` });
  });

  afterEach(async () => {
    await workbench.page.context().close();
    expect(workbench.errors).toEqual([]);
  });

  it("updates only the fields that differ, adds nothing twice, and gives the new customer the next ID", async () => {
    const { page } = workbench;
    const pane = paneRoot(page);
    const w = words[language];
    await setUpSampleInWorkbench(page, language);
    const before = await readCustomers(page);
    const [a, b] = before;
    const numbers = before.map((row) => Number(/(\d+)$/.exec(row.id)?.[1] ?? 0));
    const prefix = /^(.*?)\d+$/.exec(before[numbers.indexOf(Math.max(...numbers))].id)?.[1] ?? "C-";
    const width = /\d+$/.exec(before[0].id)?.[0].length ?? 4;
    const nextId = `${prefix}${String(Math.max(...numbers) + 1).padStart(width, "0")}`;

    const sheets = page.getByRole("tablist", { name: /^(Sheets|工作表)$/ });
    await sheets.getByRole("tab", { name: "Sheet1", exact: true }).click();
    const list = [
      w.headers,
      [a.company, a.name, "Far North"],
      [b.company, b.name, b.region],
      ["Brand New Trading", "Ann Lee", "West"],
    ];
    // Through Excel.run: Playwright types no Chinese into the grid.
    await page.evaluate(
      (rows) =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:C4").values = rows;
          await context.sync();
        }),
      list as string[][],
    );
    await goToCell(page, "A2");

    await pane.getByRole("tab", { name: language === "zh-CN" ? "导入" : "Import" }).click();
    await pane.getByRole("button", { name: w.read }).click();
    await pane.getByRole("button", { name: w.check }).click();
    await pane.getByRole("radio", { name: w.update }).check();
    const changes = pane.getByRole("list", { name: w.changes });
    await changes.getByText(w.change(a.region || (language === "zh-CN" ? "（空）" : "(empty)"), "Far North")).waitFor();
    await pane.getByRole("button", { name: w.next }).click();
    await pane.getByRole("checkbox", { name: w.confirm }).check();
    await pane.getByRole("button", { name: w.write }).click();
    await pane.getByText(w.updated, { exact: false }).waitFor({ timeout: 60_000 });
    // Every row of the list was written or updated: no row is left out to copy.
    expect(await pane.getByRole("button", { name: w.copy }).count()).toBe(0);

    const after = await readCustomers(page);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toEqual({ ...a, region: "Far North" });
    expect(after.slice(1, before.length)).toEqual(before.slice(1));
    expect(after[before.length]).toMatchObject({ company: "Brand New Trading", name: "Ann Lee", id: nextId });
    expect(after.filter((row) => row.company === a.company)).toHaveLength(
      before.filter((row) => row.company === a.company).length,
    );

    // The same list again, skipping matches (the default): every row is left out, and copied out
    // as a sheet of its own with the reason per row.
    await pane.getByRole("button", { name: w.again }).click();
    await goToCell(page, "A2");
    await pane.getByRole("button", { name: w.read }).click();
    await pane.getByRole("button", { name: w.check }).click();
    await pane.getByRole("button", { name: w.copy }).click();
    await pane.getByText(w.copied).waitFor({ timeout: 30_000 });
    const copied = await page.evaluate(
      (name) =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem(name).getUsedRange().load("values");
          await context.sync();
          return range.values.map((row) => row.map(String));
        }),
      w.sheet,
    );
    expect(copied[0]).toEqual([...w.headers, w.reason]);
    expect(copied.slice(1).map((row) => row[0])).toEqual([a.company, b.company, "Brand New Trading"]);
    expect(copied.slice(1).every((row) => row[3].length > 0)).toBe(true);
    expect((await readCustomers(page)).length).toBe(before.length + 1);
  });
});
