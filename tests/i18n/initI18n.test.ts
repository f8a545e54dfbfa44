import { initI18n, loadStrings, startI18n, switchLanguage } from "@i18n/initI18n";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { bothLanguages } from "./bothLanguages";

describe("initI18n", () => {
  it("is ready in the requested language on return", () => {
    const i18n = initI18n("zh-CN", bothLanguages);
    expect(i18n.language).toBe("zh-CN");
    expect(i18n.t("common.refresh")).toBe("刷新");
  });

  it("interpolates values", () => {
    expect(initI18n("en-US").t("workbook.summary", { present: 3, total: 8 })).toBe("3 of 8 SalesGrid tables found");
    expect(initI18n("zh-CN", bothLanguages).t("workbook.summary", { present: 3, total: 8 })).toBe(
      "已找到 3 / 8 个 SalesGrid 表格",
    );
  });

  it("refuses to start in a language whose strings it was not given", () => {
    expect(() => initI18n("zh-CN")).toThrow("the pane's zh-CN strings are not loaded");
  });

  it("gives each call its own instance, so switching one leaves the other alone", async () => {
    const first = initI18n("en-US");
    const second = initI18n("en-US");
    await switchLanguage(first, "zh-CN");
    expect(first.t("areas.workbook")).toBe("工作簿");
    expect(second.t("areas.workbook")).toBe("Workbook");
  });
});

describe("the pane's strings, one language at a time", () => {
  it("has English at hand and fetches Chinese", async () => {
    await expect(loadStrings("en-US")).resolves.toBe(enUS);
    await expect(loadStrings("zh-CN")).resolves.toBe(zhCN);
  });

  it("starts in Chinese with the Chinese strings fetched, English kept as the fallback", async () => {
    const i18n = await startI18n("zh-CN");
    expect(i18n.t("common.refresh")).toBe("刷新");
    expect(i18n.hasResourceBundle("en-US", "translation")).toBe(true);
  });

  it("starts in English without the Chinese strings, and fetches them when switched to", async () => {
    const i18n = await startI18n("en-US");
    expect(i18n.hasResourceBundle("zh-CN", "translation")).toBe(false);
    await switchLanguage(i18n, "zh-CN");
    expect(i18n.t("common.cancel")).toBe("取消");
    await switchLanguage(i18n, "en-US");
    expect(i18n.t("common.cancel")).toBe("Cancel");
    await switchLanguage(i18n, "zh-CN");
    expect(i18n.language).toBe("zh-CN");
    expect(i18n.t("common.cancel")).toBe("取消");
  });
});
