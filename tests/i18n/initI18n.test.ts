import { initI18n } from "@i18n/initI18n";

describe("initI18n", () => {
  it("is ready in the requested language on return", () => {
    const i18n = initI18n("zh-CN");
    expect(i18n.language).toBe("zh-CN");
    expect(i18n.t("common.refresh")).toBe("刷新");
  });

  it("interpolates values", () => {
    expect(initI18n("en-US").t("workbook.summary", { present: 3, total: 8 })).toBe("3 of 8 SalesGrid tables found");
    expect(initI18n("zh-CN").t("workbook.summary", { present: 3, total: 8 })).toBe("已找到 3 / 8 个 SalesGrid 表格");
  });

  it("gives each call its own instance, so switching one leaves the other alone", async () => {
    const first = initI18n("en-US");
    const second = initI18n("en-US");
    await first.changeLanguage("zh-CN");
    expect(first.t("areas.workbook")).toBe("工作簿");
    expect(second.t("areas.workbook")).toBe("Workbook");
  });
});
