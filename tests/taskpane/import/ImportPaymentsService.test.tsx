/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Cell } from "@core/cells/cell";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import type { ImportWrite } from "@excel/import/writeImport";
import type { SourceBlock } from "@excel/import/readImportSource";
import { ImportView } from "@taskpane/import/ImportView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { block, emptyWorkbook, fakeImport, stubResizeObserver } from "./importFakes";

stubResizeObserver();

jest.setTimeout(30_000);

/** A 简道云-style 回款 export pasted into a sheet. */
const collections: SourceBlock = block([
  ["合同编号", "客户名称", "期次", "计划回款日期", "计划回款金额", "实际回款金额", "实际回款日期", "回款方式", "备注"],
  ["HT-0001", "华瑞科技", "1", "2024-03-31", "¥30,000.00", "¥30,000.00", "2024-04-02", "银行转账", "=首付款"],
  ["HT-0001", "华瑞科技", "2", "2024-06-30", "¥20,000.00", "", "", "", ""],
]);

/** A ticket list without ticket numbers. */
const tickets: SourceBlock = block([
  ["Customer", "Type", "Priority", "Status", "Opened On", "Satisfaction", "Summary"],
  ["Acme", "Fix", "High", "Open", "2024-05-01", "8", "Printer jams"],
]);

function written(request: ImportWrite) {
  return {
    ok: true as const,
    value: {
      mode: "new-sheet" as const,
      sheet: "Collections",
      table: request.target,
      done: request.layout.rows.length,
      total: request.layout.rows.length,
      resumedFrom: 0,
      cancelled: false,
    },
  };
}

describe("the Import area: Payments and Service", () => {
  it("offers Payments and Service in the target picker and takes a 回款 list for Payments", async () => {
    const write = jest.fn(async (request: ImportWrite) => written(request));
    const service = fakeImport({
      readSelection: jest.fn(async () => ({ ok: true as const, value: collections })),
      write,
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    const picker = await screen.findByRole("combobox", { name: "Turn it into" });
    expect(picker).toHaveValue("Payments");
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Customers", "Deals (pipeline)", "Follow-ups", "Payments (collections)", "Service tickets"]);
    expect(screen.getByRole("combobox", { name: "计划回款金额" })).toHaveValue("AmountDue");
    expect(screen.getByRole("combobox", { name: "实际回款金额" })).toHaveValue("Received");
    expect(screen.getByRole("combobox", { name: "实际回款日期" })).toHaveValue("ReceivedOn");
    // Status is a formula column: no source column can be mapped onto it.
    const options = within(screen.getByRole("combobox", { name: "回款方式" }))
      .getAllByRole("option")
      .map((o) => o.getAttribute("value"));
    expect(options).toContain("Method");
    expect(options).not.toContain("Status");

    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    // 银行转账 is not one of the payment methods: the review proposes 对公转账's English label.
    expect(await screen.findByRole("heading", { name: "Payment methods not in the list" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "银行转账" })).toHaveValue("Bank transfer");
    fireEvent.click(screen.getByRole("button", { name: "Write 2 rows" }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    const request = write.mock.calls[0][0];
    expect(request.target).toBe("Payments");
    const { headers, rows, formulas } = request.layout;
    const col = (header: string) => headers.indexOf(header);
    expect(rows[0][col("Method")]).toBe("Bank transfer");
    expect(rows[0][col("Received")]).toBe(30000);
    // The Status formula goes into the new table; the note that looks like a formula stays text.
    expect(formulas[col("Status")]).toMatch(/^=IF\(\[@\[?Amount ?Due\]?\]=""/);
    expect(rows[0][col("Notes")]).toBe("'=首付款");
  });

  it("imports tickets into Service when picked, with a new ID each, flagging a satisfaction outside 1–5", async () => {
    const write = jest.fn(async (request: ImportWrite) => written(request));
    const service = fakeImport({
      readSelection: jest.fn(async () => ({ ok: true as const, value: tickets })),
      write,
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    const picker = await screen.findByRole("combobox", { name: "Turn it into" });
    expect(picker).toHaveValue("Service");
    expect(screen.getByRole("combobox", { name: "Opened On" })).toHaveValue("OpenedOn");
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    expect(await screen.findByRole("heading", { name: "Ticket types not in the list" })).toBeInTheDocument();
    // "Fix" reads as a repair.
    expect(screen.getByRole("combobox", { name: "Fix" })).toHaveValue("Repair");
    expect(screen.getByText(/Values outside their range \(kept\): 1/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write 1 rows" }));
    await waitFor(() => expect(write).toHaveBeenCalled());
    const { headers, rows, formulas } = write.mock.calls[0][0].layout;
    expect(rows[0][headers.indexOf("TicketID")]).toBe("T-0001");
    expect(rows[0][headers.indexOf("Type")]).toBe("Repair");
    // No ServiceLevels table in this workbook: DueBy gets no formula.
    expect(formulas[headers.indexOf("DueBy")]).toBeNull();
  });

  it("asks about installments already in a Payments table: skip or add, matched by the whole row", async () => {
    const headers = tableHeaders("Payments", "zh-CN");
    const columns = columnIndex("Payments", headers);
    const row = (fields: Record<string, Cell>) => {
      const out: Cell[] = headers.map(() => "");
      for (const [key, value] of Object.entries(fields)) out[columns[key]] = value;
      return out;
    };
    const workbook = {
      ...emptyWorkbook,
      language: "zh-CN" as const,
      tables: {
        Payments: {
          name: "Payments" as const,
          sheet: "回款计划",
          address: "A1:L2",
          headerRow: 0,
          firstColumn: 0,
          headers,
          columns,
          rows: [
            row({ ContractID: "HT-0001", Customer: "华瑞科技", Installment: 1, DueDate: 45382, AmountDue: 30000 }),
          ],
        },
      },
    };
    const service = fakeImport({
      readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbook })),
      readSelection: jest.fn(async () => ({ ok: true as const, value: collections })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    expect(await screen.findByRole("combobox", { name: "Turn it into" })).toHaveValue("Payments");
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    const policies = await screen.findByRole("radiogroup", { name: "Rows that match an existing row" });
    expect(
      within(policies)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["skip", "add"]);
    const key = screen.getByRole("combobox", { name: "Match rows by" });
    expect(
      within(key)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["The whole row (合同编号、期次、客户、应收日期、应收金额)"]);
    // The first installment is already there; the second is new.
    expect(screen.getByText("1 of 2 rows match an existing row; 1 rows will be added.")).toBeInTheDocument();
  });

  it.each([
    [
      "en-US",
      "Read",
      "Check the data",
      /^IDs not in the workbook: 1$/,
      'row 3: contract "HT-0099" is not in Contracts',
    ],
    ["zh-CN", "读取", "检查数据", /^工作簿中没有的编号: 1$/, "第 3 行：合同“HT-0099”不在合同表中"],
  ] as const)(
    "warns (%s) of a 回款 row whose contract is not in Contracts, and still lets it be written",
    async (language, read, check, badge, message) => {
      const headers = tableHeaders("Contracts", "zh-CN");
      const columns = columnIndex("Contracts", headers);
      const contract = (id: string) => headers.map((_, at) => (at === columns.ContractID ? id : ""));
      const workbook = {
        ...emptyWorkbook,
        language: "zh-CN" as const,
        tables: {
          Contracts: {
            name: "Contracts" as const,
            sheet: "合同",
            address: "A1:K2",
            headerRow: 0,
            firstColumn: 0,
            headers,
            columns,
            rows: [contract("HT-0001")],
          },
        },
      };
      const unknownContract = block([
        collections.values[0],
        collections.values[1],
        ["HT-0099", "北辰贸易", "1", "2024-05-31", "¥5,000.00", "", "", "", ""],
      ]);
      const service = fakeImport({
        readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbook })),
        readSelection: jest.fn(async () => ({ ok: true as const, value: unknownContract })),
      });
      renderWithPane(<ImportView />, fakeService({ import: service }), language);
      fireEvent.click(await screen.findByRole("button", { name: read }));
      fireEvent.click(await screen.findByRole("button", { name: check }));
      expect(await screen.findByText(badge)).toBeInTheDocument();
      expect(screen.getByRole("cell", { name: message })).toBeInTheDocument();
      // A warning: the row is not held back.
      expect(screen.getByRole("button", { name: language === "zh-CN" ? "写入 2 行" : "Write 2 rows" })).toBeEnabled();
    },
  );
});
