/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { initI18n } from "@i18n/initI18n";
import { bothLanguages } from "../i18n/bothLanguages";
import { Pane } from "@taskpane/Pane";
import { App } from "@taskpane/App";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { fakeWorkbookService, statusWith } from "./fakeWorkbookService";

const status = statusWith({ Stages: { sheet: "Setup", rowCount: 7 } });

describe("the task pane", () => {
  it("renders in English: name, navigation and the workbook area", async () => {
    render(<Pane i18n={initI18n("en-US")} service={fakeWorkbookService({ ok: true, value: status })} />);
    expect(screen.getByRole("heading", { level: 1, name: "SalesGrid" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "SalesGrid areas" });
    expect(within(nav).getByRole("tab", { name: "Workbook", selected: true })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Workbook status" })).toBeInTheDocument();
    expect(await screen.findByText("1 of 11 SalesGrid tables found")).toBeInTheDocument();
  });

  it("renders in Chinese", async () => {
    render(<Pane i18n={initI18n("zh-CN", bothLanguages)} service={fakeWorkbookService({ ok: true, value: status })} />);
    expect(screen.getByRole("tab", { name: "工作簿" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "工作簿状态" })).toBeInTheDocument();
    expect(await screen.findByText("已找到 1 / 11 个 SalesGrid 表格")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "刷新" })).toBeInTheDocument();
    expect(screen.getByText("工作簿里的销售管理")).toBeInTheDocument();
  });

  it("switches every string when the user picks another language", async () => {
    render(<Pane i18n={initI18n("en-US")} service={fakeWorkbookService({ ok: true, value: status })} />);
    await screen.findByText("1 of 11 SalesGrid tables found");
    const languages = screen.getByRole("group", { name: "Language" });
    expect(within(languages).getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    fireEvent.click(within(languages).getByRole("button", { name: "中文" }));

    expect(await screen.findByRole("tab", { name: "工作簿" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "工作簿状态" })).toBeInTheDocument();
    expect(screen.getByText("已找到 1 / 11 个 SalesGrid 表格")).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: /销售阶段/ })).toBeInTheDocument();
    expect(screen.queryByText("Workbook status")).not.toBeInTheDocument();
    const switched = screen.getByRole("group", { name: "语言" });
    expect(within(switched).getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");

    fireEvent.click(within(switched).getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { name: "Workbook status" })).toBeInTheDocument();
  });
});

describe("the pane outside Excel", () => {
  it("uses the Excel-backed service by default and shows that Excel is missing", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={initI18n("en-US")}>
          <App />
        </I18nextProvider>
      </FluentProvider>,
    );
    const bar = await screen.findByRole("group", { name: "Excel reported an error" });
    expect(within(bar).getByText(/Excel is not available/)).toBeInTheDocument();
    expect(within(bar).getByText("Error code: ExcelUnavailable")).toBeInTheDocument();
  });
});
