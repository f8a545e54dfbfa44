import { paneColumnName } from "@taskpane/import/paneColumnName";

describe("paneColumnName", () => {
  it("names a SalesGrid column in the pane's language, by key or by header in either language", () => {
    expect(paneColumnName("Customers", "最近联系", "en-US")).toBe("LastContact");
    expect(paneColumnName("Customers", "lastcontact", "zh-CN")).toBe("最近联系");
    expect(paneColumnName("Deals", "Stage", "zh-CN")).toBe("阶段");
  });

  it("keeps the user's own column name", () => {
    expect(paneColumnName("Customers", "微信", "en-US")).toBe("微信");
    expect(paneColumnName("Customers", "WeChat", "zh-CN")).toBe("WeChat");
  });
});
