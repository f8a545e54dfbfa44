/**
 * Import checks end to end, in English and Chinese: a manager imports a CRM export whose owner is
 * not a rep in Team, maps that owner onto a rep, and writes; importing the same export again, the
 * pane proposes the mapping saved with the first import, including the column the manager chose
 * by hand.
 */
import type { Page } from "playwright-core";
import { setUpSampleInWorkbench, workbenchSession } from "./setupSteps";
import { eventually, goToCell, paneRoot } from "./workbench";

jest.setTimeout(300_000);

const session = workbenchSession();

const lists = {
  "en-US": {
    cells: {
      A1: "Company name",
      B1: "Company owner",
      C1: "Tier",
      D1: "Key person",
      A2: "Northwind Traders",
      B2: "Zhao Lei",
      C2: "A",
      D2: "Ann Lee",
      A3: "Contoso Ltd",
      B3: "Zhao Lei",
      C3: "B",
      D3: "Bob Chen",
    },
    owner: "Zhao Lei",
    ui: {
      area: "Import",
      read: "Read",
      target: "Turn it into",
      check: "Check the data",
      next: "Next",
      owners: "Owners who are not reps in Team",
      confirm: "Add 2 rows to the existing Customers table",
      write: "Write 2 rows",
      done: "Wrote 2 rows to the Customers table on sheet Customers.",
      again: "Import another list",
      saved: /^Saved mapping from \d{4}-\d{2}-\d{2}/,
      contact: "Name",
    },
  },
  "zh-CN": {
    cells: {
      A1: "客户名称",
      B1: "负责人",
      C1: "客户等级",
      D1: "关键人物",
      A2: "华瑞科技",
      B2: "赵磊",
      C2: "A",
      D2: "王伟",
      A3: "北辰贸易",
      B3: "赵磊",
      C3: "B",
      D3: "李娜",
    },
    owner: "赵磊",
    ui: {
      area: "导入",
      read: "读取",
      target: "转换为",
      check: "检查数据",
      next: "下一步",
      owners: "不在销售团队中的负责人",
      confirm: "向现有 Customers 表格添加 2 行",
      write: "写入 2 行",
      done: "已将 2 行写入工作表 客户档案 上的 Customers 表格。",
      again: "导入另一个清单",
      saved: /^已保存的列对应（\d{4}-\d{2}-\d{2}）/,
      contact: "Name",
    },
  },
} as const;

/** The first rep of the Team table and the Owner of the Customers table's last row, read through Office.js. */
function readBack(page: Page): Promise<{ rep: string; lastOwner: string }> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const team = context.workbook.tables.getItem("Team").columns.getItemAt(0).getDataBodyRange().load("values");
      const customers = context.workbook.tables.getItem("Customers");
      const header = customers.getHeaderRowRange().load("values");
      const last = customers.getDataBodyRange().getLastRow().load("values");
      await context.sync();
      const owner = header.values[0].findIndex((h) => h === "Owner" || h === "负责人");
      return { rep: String(team.values[0][0]), lastOwner: String(last.values[0][owner]) };
    }),
  );
}

/** Writes the list's cells on Sheet1 through Office.js, as a paste would put them there. */
function pasteList(page: Page, cells: readonly (readonly [string, string])[]): Promise<void> {
  return page.evaluate(
    (entries) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        for (const [address, text] of entries) sheet.getRange(address).values = [[text]];
        await context.sync();
      }),
    cells as [string, string][],
  );
}

describe.each(["en-US", "zh-CN"] as const)("import checks in the workbench (%s)", (language) => {
  it("maps an owner who is not a rep, and proposes the saved mapping the second time", async () => {
    const { page } = await session.open(language === "zh-CN" ? { query: "?lang=zh-CN" } : undefined);
    const pane = paneRoot(page);
    const { cells, owner, ui } = lists[language];
    await setUpSampleInWorkbench(page, language);
    const { rep } = await readBack(page);

    await page
      .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
      .getByRole("tab", { name: "Sheet1", exact: true })
      .click();
    // Pasted as an export is: the grid's keyboard typing does not compose Chinese characters.
    await pasteList(page, Object.entries(cells));
    await goToCell(page, "A2");

    await pane.getByRole("tab", { name: ui.area }).click();
    await pane.getByRole("button", { name: ui.read }).click();
    const target = pane.getByRole("combobox", { name: ui.target });
    await target.waitFor();
    if ((await target.inputValue()) !== "Customers") await target.selectOption("Customers");
    // The key person's column is not recognised: the manager sends it to the contact name.
    const keyPerson = pane.getByRole("combobox", { name: cells.D1 });
    await eventually(() => keyPerson.inputValue(), "");
    await keyPerson.selectOption(ui.contact);
    await pane.getByRole("button", { name: ui.check }).click();
    // Customers has rows: the duplicates step comes first; neither company is there yet.
    await pane.getByRole("button", { name: ui.next, exact: true }).click();

    await pane.getByRole("heading", { name: ui.owners }).waitFor();
    await pane.getByRole("combobox", { name: owner }).selectOption({ label: rep });
    await pane.getByRole("checkbox", { name: ui.confirm }).check();
    await pane.getByRole("button", { name: ui.write }).click();
    await pane.getByText(ui.done).waitFor({ timeout: 60_000 });
    expect((await readBack(page)).lastOwner).toBe(rep);

    // The same export again: the saved mapping is proposed, the hand-made choice included.
    await pane.getByRole("button", { name: ui.again }).click();
    await goToCell(page, "A2");
    await pane.getByRole("button", { name: ui.read }).click();
    await pane.getByText(ui.saved).waitFor();
    expect(await pane.getByRole("combobox", { name: ui.target }).inputValue()).toBe("Customers");
    expect(await pane.getByRole("combobox", { name: cells.D1 }).inputValue()).toBe(ui.contact);
  });
});
