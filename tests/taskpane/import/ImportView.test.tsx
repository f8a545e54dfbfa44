/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { createEmulator, type Emulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import type { ImportService } from "@excel/import/importService";
import { importService } from "@excel/import/importService";
import { ImportView } from "@taskpane/import/ImportView";
import { editsBetweenSyncs } from "../../excel/rowsMoved";
import { renderWithPane } from "../renderWithPane";
import { fakeService } from "../fakeWorkbookService";
import { block, fakeImport, stubResizeObserver } from "./importFakes";

// jsdom has no TextDecoder / TextEncoder (the CSV reader and writeInChunks use them); browsers do.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
stubResizeObserver();

jest.setTimeout(30_000);

async function readSelection() {
  fireEvent.click(await screen.findByRole("button", { name: "Read" }));
}

describe("the Import area with a fake workbook", () => {
  it("proposes the header row, target and mapping from the headers, and lets the user correct them", async () => {
    const service = fakeImport({
      readSelection: jest.fn(async () => ({
        ok: true as const,
        value: block([
          ["Pipeline export"],
          ["Opportunity Name", "Account Name", "Stage", "Amount", "Remark"],
          ["Big one", "Acme", "Closed Won", "12,000", "x"],
        ]),
      })),
    });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    await readSelection();
    expect(await screen.findByRole("combobox", { name: "Turn it into" })).toHaveValue("Deals");
    expect(screen.getByRole("combobox", { name: "Header row" })).toHaveValue("1");
    expect(screen.getByRole("combobox", { name: "Account Name" })).toHaveValue("Customer");
    expect(screen.getByRole("combobox", { name: "Remark" })).toHaveValue("");
    fireEvent.change(screen.getByRole("combobox", { name: "Account Name" }), { target: { value: "" } });
    expect(screen.getByText(/Map a column to Customer/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check the data" })).toBeDisabled();
  });

  it("reads a GBK CSV file, and asks to set up first when deals have no Stages table", async () => {
    renderWithPane(<ImportView />, fakeService({ import: fakeImport() }));
    fireEvent.click(await screen.findByRole("radio", { name: "A CSV file" }));
    // 客户,阶段,金额 / 华瑞,赢单,1200 in GBK
    const gbk = new Uint8Array([
      0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xd7, 0xb6, 0xce, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xbb, 0xaa, 0xc8, 0xf0,
      0x2c, 0xd3, 0xae, 0xb5, 0xa5, 0x2c, 0x31, 0x32, 0x30, 0x30, 0x0a,
    ]);
    const file = new File([gbk], "deals.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText(/CSV file \(UTF-8/), { target: { files: [file] } });
    expect(await screen.findByText("Read 2 rows from deals.csv (GBK / GB18030).")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Turn it into" })).toHaveValue("Deals");
    expect(screen.getByRole("combobox", { name: "阶段" })).toHaveValue("Stage");
    fireEvent.click(screen.getByRole("button", { name: "Check the data" }));
    expect(await screen.findByText(/Deals need the Stages table/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write 1 rows" })).toBeDisabled();
  });

  it("shows a failed read in the failure bar", async () => {
    renderWithPane(<ImportView />, fakeService({ import: fakeImport() }));
    await readSelection();
    expect(await screen.findByRole("group", { name: "Excel reported an error" })).toBeInTheDocument();
  });
});

describe("the Import area against the emulated workbook", () => {
  let emulator: Emulator;

  beforeEach(async () => {
    emulator = createEmulator({ functions: await loadSalesFunctionsFromSource(), now: () => new Date(2024, 0, 31) });
    emulator.install();
    emulator.book.setValues("Sheet1", "A1", [
      ["客户名称", "联系人", "电话", "客户等级", "最近联系", "备注"],
      ["华瑞科技", "王伟", "13800138000", "A", "2024/1/5", '\'=HYPERLINK("http://x")'],
      ["Acme", "Bob", "13800138000", "B", "someday", "vip"],
      ["Contoso", "Ann", "13900139000", "C", "2024-01-10", ""],
    ]);
    emulator.book.select("Sheet1", "B2");
  });

  async function toReview() {
    renderWithPane(<ImportView />, fakeService({ import: importService }), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "读取" }));
    expect(await screen.findByRole("combobox", { name: "转换为" })).toHaveValue("Customers");
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    await screen.findByRole("table", { name: "预览" });
  }

  it("previews, reports problems per row with counts, writes with progress and says what it did", async () => {
    await toReview();
    expect(screen.getByText("无法识别的日期: 1")).toBeInTheDocument();
    expect(screen.getByText("重复的电话（查重）: 1")).toBeInTheDocument();
    const problems = screen.getByRole("table", { name: "按行列出的问题" });
    expect(within(problems).getByText("第 3 行：“someday”不是日期")).toBeInTheDocument();
    const preview = screen.getByRole("table", { name: "预览" });
    expect(within(preview).getByRole("columnheader", { name: "下次联系" })).toBeInTheDocument();
    expect(within(preview).getByText("2024-01-05")).toBeInTheDocument();
    expect(within(preview).getByText('=HYPERLINK("http://x")')).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "写入 3 行" }));
    expect(await screen.findByText("已将 3 行写入工作表 客户档案 上的 Customers 表格。")).toBeInTheDocument();
    expect(emulator.book.tableModels().map((t) => t.name)).toEqual(["Customers"]);
    expect(emulator.book.getCell("客户档案", 1, 12).value).toBe(45296 + 14);
    // The source is untouched: its headers and unreadable values stay, and it is no table.
    expect(emulator.book.getCell("Sheet1", 0, 4).value).toBe("最近联系");
    expect(emulator.book.getCell("Sheet1", 2, 4).value).toBe("someday");
  });

  it("after a failed write says what was and was not written, and finishes the job on request", async () => {
    await toReview();
    const syncsBefore = emulator.stats.syncs;
    emulator.failSync(2); // the writer's check passes, its first chunk fails
    fireEvent.click(screen.getByRole("button", { name: "写入 3 行" }));
    expect(await screen.findByText("没有向工作簿写入任何内容。")).toBeInTheDocument();
    expect(screen.getByText("您的来源数据完好无损。")).toBeInTheDocument();
    expect(emulator.stats.syncs).toBeGreaterThan(syncsBefore);
    fireEvent.click(screen.getByRole("button", { name: "完成导入" }));
    expect(await screen.findByText(/已将 3 行写入工作表 客户档案/)).toBeInTheDocument();
    await waitFor(() => expect(emulator.book.tableModels().map((t) => t.name)).toEqual(["Customers"]));
  });

  it("when Excel wrote everything but its answer was lost, says the rows are all there and adds none again", async () => {
    const lost = { kind: "office" as const, code: "GeneralException", message: "The connection was lost." };
    const lossy: ImportService = {
      ...importService,
      write: async (write, options) => {
        await importService.write(write, options);
        return { ok: false, error: lost };
      },
    };
    renderWithPane(<ImportView />, fakeService({ import: lossy }), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "读取" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查数据" }));
    fireEvent.click(await screen.findByRole("button", { name: "写入 3 行" }));
    expect(await screen.findByText(/工作簿中已有本次导入的全部行（Customers 中的 3 行）/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "完成导入" })).not.toBeInTheDocument();
    expect(emulator.book.tableModels().find((t) => t.name === "Customers")?.range.bottom).toBe(3);
  });

  it("converts in place only after the user confirms", async () => {
    await toReview();
    fireEvent.click(screen.getByRole("radio", { name: /把清单本身转换为/ }));
    const write = screen.getByRole("button", { name: "写入 3 行" });
    expect(write).toBeDisabled();
    fireEvent.click(screen.getByRole("checkbox", { name: "原位修改我的清单（工作表 Sheet1）" }));
    fireEvent.click(write);
    expect(await screen.findByText(/已将 3 行写入工作表 Sheet1/)).toBeInTheDocument();
    expect(emulator.book.getCell("Sheet1", 0, 4).value).toBe("最近联系");
    expect(emulator.book.getCell("Sheet1", 1, 4).value).toBe(45296);
  });
});

describe("the Import area when the list's rows move while it is converted in place (emulator)", () => {
  let emulator: Emulator;

  beforeEach(async () => {
    emulator = createEmulator({ functions: await loadSalesFunctionsFromSource(), now: () => new Date(2024, 0, 31) });
    emulator.install();
    emulator.book.setValues("Sheet1", "A1", [
      ["客户名称", "联系人", "客户等级"],
      ["华瑞科技", "王伟", "a"],
      ["Acme", "Bob", "B"],
      ["Contoso", "Ann", "c"],
    ]);
    emulator.book.select("Sheet1", "B2");
  });

  it("says which rows were converted and which not, with no table made and no value on another row", async () => {
    const beforeSync = await editsBetweenSyncs(emulator);
    let edited = false;
    // One row per request; once the first is converted the manager swaps Acme and Contoso.
    const sorting: ImportService = {
      ...importService,
      write: (write, options) =>
        importService.write(write, {
          ...options,
          maxRows: 1,
          onProgress: (progress) => {
            options?.onProgress?.(progress);
            if (progress.done === 0 || edited) return;
            edited = true;
            beforeSync(1, () =>
              emulator.book.setValues("Sheet1", "A3", [
                ["Contoso", "Ann", "c"],
                ["Acme", "Bob", "B"],
              ]),
            );
          },
        }),
    };
    renderWithPane(<ImportView />, fakeService({ import: sorting }), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "读取" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查数据" }));
    fireEvent.click(await screen.findByRole("radio", { name: /把清单本身转换为/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: "原位修改我的清单（工作表 Sheet1）" }));
    fireEvent.click(screen.getByRole("button", { name: "写入 3 行" }));
    expect(await screen.findByText(/转换期间清单中的行被删除、插入或排序/)).toBeInTheDocument();
    expect(screen.getByText(/已转换：第 2 行。 未转换：第 4 行。/)).toBeInTheDocument();
    expect(screen.queryByText(/已将 3 行写入/)).not.toBeInTheDocument();
    expect(emulator.book.tableModels()).toHaveLength(0);
    expect(emulator.book.getCell("Sheet1", 1, 2).value).toBe("A");
    expect(emulator.book.getCell("Sheet1", 2, 2).value).toBe("c");
    expect(emulator.book.getCell("Sheet1", 3, 2).value).toBe("B");
  });
});

describe("the Import area with a broken or mixed CSV file", () => {
  const pick = async (bytes: Uint8Array<ArrayBuffer>) => {
    fireEvent.click(await screen.findByRole("radio", { name: "A CSV file" }));
    const file = new File([bytes], "list.csv", { type: "text/csv" });
    fireEvent.change(screen.getByLabelText(/CSV file \(UTF-8/), { target: { files: [file] } });
  };

  it("refuses binary data renamed to .csv with a clear message, reading nothing", async () => {
    renderWithPane(<ImportView />, fakeService({ import: fakeImport() }));
    await pick(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0, 0, 0, 0, 0]));
    expect(await screen.findByText(/This is not a text CSV file/)).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Turn it into" })).not.toBeInTheDocument();
  });

  it("names the lines in another encoding and reads the file again in the encoding chosen", async () => {
    renderWithPane(<ImportView />, fakeService({ import: fakeImport() }));
    const utf8 = new TextEncoder().encode("客户,金额\n华瑞,1\n");
    await pick(new Uint8Array([...utf8, 0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0x32, 0x0a]));
    expect(await screen.findByText(/do not read as UTF-8, so their text may be garbled: 3\./)).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Read the file as" }), { target: { value: "gb18030" } });
    expect(
      await screen.findByText(/do not read as GBK \/ GB18030, so their text may be garbled: 1, 2\./),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Read the file as" }), { target: { value: "utf-8" } });
    await screen.findByText(/do not read as UTF-8, so their text may be garbled: 3\./);
    fireEvent.click(screen.getByRole("button", { name: "Go on with this file" }));
    expect(await screen.findByText("Read 3 rows from list.csv (UTF-8).")).toBeInTheDocument();
  });

  it("lists an unclosed quote and a short row with their lines, and does not write", async () => {
    renderWithPane(<ImportView />, fakeService({ import: fakeImport() }));
    await pick(new TextEncoder().encode('Company,Phone,Tier\nAcme,138,A\nBeta,139\n"Gamma,140,B\nDelta,141,C\n'));
    fireEvent.click(await screen.findByRole("button", { name: "Check the data" }));
    expect(await screen.findByText(/line 4: a quote is never closed/)).toBeInTheDocument();
    expect(screen.getByText("row 3 (line 3): 2 fields, the header row has 3")).toBeInTheDocument();
    expect(screen.queryByText("No problems found.")).not.toBeInTheDocument();
    expect(screen.getByText(/problems stop this import/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Write/ })).toBeDisabled();
  });
});
