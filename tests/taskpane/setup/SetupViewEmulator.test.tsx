/** @jest-environment jsdom */
import { TextEncoder } from "util";
import { fireEvent, screen, within } from "@testing-library/react";
import { SetupView } from "@taskpane/setup/SetupView";
import { excelWorkbookService } from "@taskpane/services/excelWorkbookService";
import type { Emulator } from "@workbench/emulator";
import { createSalesEmulator } from "../../fixtures/sampleWorkbook";
import { renderWithPane } from "../renderWithPane";

jest.setTimeout(180_000);

// jsdom lacks TextEncoder, which browsers (and writeInChunks' size estimate) have.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder });

let emulator: Emulator;
beforeEach(async () => {
  emulator = await createSalesEmulator();
});

describe("the Set up area against the emulated workbook", () => {
  it("sets up a Chinese workbook with sample data whose formulas compute, then has nothing left to do", async () => {
    renderWithPane(<SetupView />, excelWorkbookService, "zh-CN");
    await screen.findByRole("table", { name: "初始化将执行的操作" });
    fireEvent.click(screen.getByRole("checkbox", { name: /添加示例数据/ }));

    fireEvent.click(screen.getByRole("button", { name: "初始化工作簿" }));

    expect(await screen.findByText("工作簿已初始化。", undefined, { timeout: 150_000 })).toBeInTheDocument();
    const deals = emulator.book.table("Deals")!;
    expect(deals.sheet).toBe("销售管道");
    const amount = emulator.book.getCell("销售管道", 1, 4).value as number;
    const probability = emulator.book.getCell("销售管道", 1, 5).value as number;
    expect(emulator.book.getCell("销售管道", 1, 6).value).toBeCloseTo(amount * probability, 6);
    const row = screen.getAllByRole("cell", { name: "客户档案" })[0].closest("tr")!;
    expect(within(row).getByText("已创建")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "返回初始化" }));
    expect(await screen.findByText("此工作簿已完成初始化：所有 SalesGrid 表格均已就绪。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "初始化工作簿" })).toBeDisabled();
  });

  it("shows a failure from Excel and what was written, and a second run finishes the job", async () => {
    renderWithPane(<SetupView />, excelWorkbookService);
    await screen.findByRole("table", { name: "What set-up will do" });
    emulator.failSync(4);

    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));

    expect(
      await screen.findByRole("group", { name: "Excel reported an error" }, { timeout: 60_000 }),
    ).toBeInTheDocument();
    const stages = screen.getByRole("cell", { name: "Sales stages" }).closest("tr")!;
    expect(within(stages).getByText("Created")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Back to set-up" }));
    await screen.findByRole("table", { name: "What set-up will do" });
    const deals = screen.getByRole("cell", { name: "Pipeline deals" }).closest("tr")!;
    expect(within(deals).getByText("Finish (interrupted set-up)")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));

    expect(await screen.findByText("The workbook is set up.", undefined, { timeout: 60_000 })).toBeInTheDocument();
    expect(emulator.book.dataValidations("Pipeline")).toHaveLength(4);
  });
});
