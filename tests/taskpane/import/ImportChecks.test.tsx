/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { proposeImport } from "@core/import/proposeImport";
import { headerSetKey } from "@core/import/savedMappings";
import type { ImportWrite } from "@excel/import/writeImport";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { TableData } from "@excel/tables/readTables";
import { ImportView } from "@taskpane/import/ImportView";
import { renderWithPane } from "../renderWithPane";
import { fakeService } from "../fakeWorkbookService";
import { block, emptyWorkbook, fakeImport, stubResizeObserver } from "./importFakes";

stubResizeObserver();
jest.setTimeout(30_000);

const headers = ["Company name", "Company owner", "Amount note"];

const team: TableData = {
  name: "Team",
  sheet: "Team",
  address: "A1:G3",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Rep", "Team", "Manager", "StartDate", "EndDate", "Capacity", "Email"],
  columns: { Rep: 0, Team: 1, Manager: 2, StartDate: 3, EndDate: 4, Capacity: 5, Email: 6 },
  rows: [
    ["Wang Fang", "", "", "", "", "", ""],
    ["Li Na", "", "", "", "", "", ""],
  ],
};

function workbookWith(extra: Partial<ImportWorkbook>): ImportWorkbook {
  return { ...emptyWorkbook, language: "en-US", ...extra };
}

const list = block([headers, ["Acme", "Zhao Lei", "¥1,250,000.00"], ["Globex", "Na, Li", "n/a"]]);

describe("the Import area's checks against the workbook", () => {
  it("proposes the mapping saved for the same export, with its date, and lets the user change it", async () => {
    const savedMappings = {
      [headerSetKey(headers)]: {
        target: "Customers" as const,
        columns: { companyname: "Company", companyowner: "Owner", amountnote: "Notes" },
        savedOn: "2026-12-01",
      },
    };
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbookWith({ savedMappings }) })),
      readSelection: jest.fn(async () => ({ ok: true as const, value: list })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    expect(await screen.findByText(/Saved mapping from 2026-12-01/)).toBeInTheDocument();
    // From the headers alone the list reads as deals ("Amount …"): the saved mapping says customers.
    expect(proposeImport(list.values).target).toBe("Deals");
    expect(screen.getByRole("combobox", { name: "Turn it into" })).toHaveValue("Customers");
    expect(screen.getByRole("combobox", { name: "Company owner" })).toHaveValue("Owner");
    expect(screen.getByRole("combobox", { name: "Amount note" })).toHaveValue("Notes");
    fireEvent.change(screen.getByRole("combobox", { name: "Amount note" }), { target: { value: "" } });
    expect(screen.getByRole("combobox", { name: "Amount note" })).toHaveValue("");
  });

  it("maps, adds or leaves owners who are not reps, asks before adding, and saves the mapping with the write", async () => {
    const write = jest.fn(async (request: ImportWrite) => ({
      ok: true as const,
      value: {
        mode: "new-sheet" as const,
        sheet: "Customers",
        table: "Customers" as const,
        done: request.layout.rows.length,
        total: request.layout.rows.length,
        resumedFrom: 0,
        cancelled: false,
      },
    }));
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbookWith({ tables: { Team: team } }) })),
      readSelection: jest.fn(async () => ({ ok: true as const, value: list })),
      write,
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "Turn it into" }), { target: { value: "Customers" } });
    expect(screen.getByRole("combobox", { name: "Company owner" })).toHaveValue("Owner");
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    expect(await screen.findByRole("heading", { name: "Owners who are not reps in Team" })).toBeInTheDocument();
    // "Na, Li" is Li Na written otherwise: proposed as her; Zhao Lei is left until the user chooses.
    expect(screen.getByRole("combobox", { name: "Na, Li" })).toHaveValue("Li Na");
    const zhao = screen.getByRole("combobox", { name: "Zhao Lei" });
    expect(screen.getByText(/Values not in the workbook's lists: 1/)).toBeInTheDocument();
    fireEvent.change(zhao, { target: { value: "\u0000add" } });
    const writeButton = screen.getByRole("button", { name: "Write 2 rows" });
    expect(writeButton).toBeDisabled();
    fireEvent.click(screen.getByRole("checkbox", { name: "Add to the workbook with this import: Team: Zhao Lei" }));
    expect(writeButton).toBeEnabled();
    fireEvent.click(writeButton);
    await waitFor(() => expect(write).toHaveBeenCalled());
    const request = write.mock.calls[0][0];
    expect(request.newRows?.Team).toEqual([["Zhao Lei", "", "", "", "", "", ""]]);
    expect(Object.values(request.savedMappings ?? {})).toEqual([
      expect.objectContaining({
        target: "Customers",
        columns: { companyname: "Company", companyowner: "Owner", amountnote: "Notes" },
        // The value mapped onto a rep is saved with it (an added one is not a mapping).
        values: { Owner: { "Na, Li": "Li Na" } },
      }),
    ]);
  });

  it("proposes again the values mapped last time for the same export", async () => {
    const savedMappings = {
      [headerSetKey(headers)]: {
        target: "Customers" as const,
        columns: { companyname: "Company", companyowner: "Owner", amountnote: "Notes" },
        savedOn: "2026-12-01",
        values: { Owner: { "Zhao Lei": "Wang Fang" } },
      },
    };
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({
        ok: true as const,
        value: workbookWith({ tables: { Team: team }, savedMappings }),
      })),
      readSelection: jest.fn(async () => ({ ok: true as const, value: list })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    expect(await screen.findByRole("combobox", { name: "Company owner" })).toHaveValue("Owner");
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    expect(await screen.findByRole("combobox", { name: "Zhao Lei" })).toHaveValue("Wang Fang");
    expect(screen.getByRole("combobox", { name: "Na, Li" })).toHaveValue("Li Na");
  });

  it("offers only map or leave for methods, in Chinese", async () => {
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbookWith({ language: "zh-CN" }) })),
      readSelection: jest.fn(async () => ({
        ok: true as const,
        value: block([
          ["跟进日期", "客户", "跟进方式", "跟进内容"],
          ["2024-03-01", "华瑞科技", "上门拜访", "报价"],
          ["2024-03-02", "北辰贸易", "传真", "回访"],
        ]),
      })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "读取" }));
    expect(await screen.findByRole("combobox", { name: "转换为" })).toHaveValue("Activities");
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    expect(await screen.findByRole("heading", { name: "不在列表中的跟进方式" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "上门拜访" })).toHaveValue("拜访");
    const fax = screen.getByRole("combobox", { name: "传真" });
    expect(fax).toHaveValue("\u0000leave");
    expect([...(fax as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      "保持原样（在下方列出）",
      "电话",
      "微信",
      "拜访",
      "邮件",
      "其他",
    ]);
  });

  it("offers only map or leave for tiers (fixed A/B/C), never adding to Cadences", async () => {
    const cadences: TableData = {
      name: "Cadences",
      sheet: "Setup",
      address: "A1:B4",
      headerRow: 0,
      firstColumn: 0,
      headers: ["Tier", "Days"],
      columns: { Tier: 0, Days: 1 },
      rows: [
        ["A", 7],
        ["B", 14],
        ["C", 30],
      ],
    };
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({
        ok: true as const,
        value: workbookWith({ tables: { Team: team, Cadences: cadences } }),
      })),
      readSelection: jest.fn(async () => ({
        ok: true as const,
        value: block([
          ["Company name", "Tier"],
          ["Acme", "A级"],
          ["Globex", "VIP"],
        ]),
      })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "Turn it into" }), { target: { value: "Customers" } });
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    expect(await screen.findByRole("heading", { name: "Tiers not in the Cadences table" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "A级" })).toHaveValue("A");
    const vip = screen.getByRole("combobox", { name: "VIP" });
    expect(vip).toHaveValue("\u0000leave");
    expect([...(vip as HTMLSelectElement).options].map((o) => o.value)).toEqual(["\u0000leave", "A", "B", "C"]);
    expect(screen.queryByRole("checkbox", { name: /Add to the workbook with this import/ })).toBeNull();
  });
});
