import { detectTarget } from "@core/import/detectTarget";
import { headerSynonyms } from "@core/import/headerSynonyms";
import { importColumns, importTargets } from "@core/import/importColumns";
import { matchHeader } from "@core/import/matchHeader";
import { normalizeHeader } from "@core/import/normalizeHeader";
import { mappingScore, proposeMapping } from "@core/import/proposeMapping";
import { missingRequired } from "@core/import/requiredColumns";

describe("normalizeHeader", () => {
  it("ignores case, spaces, punctuation and full-width forms", () => {
    expect(normalizeHeader(" E-mail Address: ")).toBe("emailaddress");
    expect(normalizeHeader("ＡＣＣＯＵＮＴ＿ＮＡＭＥ")).toBe("accountname");
    expect(normalizeHeader("客户名称（*）")).toBe("客户名称");
    expect(normalizeHeader(null)).toBe("");
  });
});

describe("headerSynonyms", () => {
  it.each(importTargets.map((t) => [t]))("names only real, non-formula columns of %s", (target) => {
    const keys = new Set(importColumns(target).map((c) => c.key));
    for (const key of Object.keys(headerSynonyms(target))) expect(keys.has(key)).toBe(true);
    expect(keys.has("Probability")).toBe(false);
  });
  it("recognises every column's own headers in both languages", () => {
    for (const target of importTargets) {
      for (const column of importColumns(target)) {
        expect(matchHeader(column.header["zh-CN"], target)[0]?.key).toBe(column.key);
        expect(matchHeader(column.header["en-US"], target)[0]?.key).toBe(column.key);
      }
    }
  });
  it("keeps a source's forecast category as the manager's override (the category itself is a formula)", () => {
    expect(matchHeader("Forecast Category", "Deals")[0]?.key).toBe("ForecastOverride");
    expect(matchHeader("预测类别", "Deals")[0]?.key).toBe("ForecastOverride");
  });
});

describe("matchHeader", () => {
  it("scores exact synonyms near 1 and partial ones lower", () => {
    expect(matchHeader("Account Name", "Customers")[0]).toEqual({ key: "Company", score: expect.any(Number) });
    expect(matchHeader("Account Name", "Customers")[0].score).toBeGreaterThan(0.9);
    const partial = matchHeader("Opportunity Amount (converted)", "Deals")[0];
    expect(partial.key).toBe("Amount");
    expect(partial.score).toBeGreaterThan(0.5);
    expect(partial.score).toBeLessThan(0.85);
  });
  it("does not take an ID or a type for the thing itself", () => {
    expect(matchHeader("Contact ID", "Customers").some((m) => m.key === "Name")).toBe(false);
    expect(matchHeader("Amount Currency", "Deals").some((m) => m.key === "Amount")).toBe(false);
    expect(matchHeader("客户编号", "Deals")).toEqual([]);
    expect(matchHeader("Favourite colour", "Customers")).toEqual([]);
  });
});

describe("proposeMapping", () => {
  it("maps a Chinese customer list", () => {
    expect(
      proposeMapping(
        ["客户名称", "联系人", "手机号", "邮箱", "所属行业", "省份", "负责人", "客户级别", "线索来源", "备注"],
        "Customers",
      ),
    ).toEqual(["Company", "Name", "Phone", "Email", "Industry", "Region", "Owner", "Tier", "Source", "Notes"]);
  });
  it("maps a Salesforce opportunity report", () => {
    const headers = [
      "Opportunity Name",
      "Account Name",
      "Opportunity Owner",
      "Stage",
      "Amount",
      "Close Date",
      "Created Date",
      "Next Step",
      "Lead Source",
      "Probability (%)",
    ];
    expect(proposeMapping(headers, "Deals")).toEqual([
      null,
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "ExpectedClose",
      "Created",
      "NextStep",
      null,
      null,
    ]);
  });
  it("maps a HubSpot deals export", () => {
    const headers = [
      "Record ID",
      "Deal Name",
      "Deal Stage",
      "Amount",
      "Close Date",
      "Deal owner",
      "Create Date",
      "Associated Company",
    ];
    expect(proposeMapping(headers, "Deals")).toEqual([
      "DealID",
      null,
      "Stage",
      "Amount",
      "ExpectedClose",
      "Owner",
      "Created",
      "Customer",
    ]);
  });
  it("maps a 简道云 follow-up form", () => {
    const headers = ["跟进时间", "客户名称", "跟进方式", "跟进内容", "下次跟进时间", "跟进人", "提交人"];
    expect(proposeMapping(headers, "Activities")).toEqual([
      "Date",
      "Customer",
      "Method",
      "Summary",
      "NextContact",
      "Owner",
      null,
    ]);
  });
  it("maps the owner, unit and note columns of 简道云, Salesforce and HubSpot exports", () => {
    expect(proposeMapping(["客户名称", "客户负责人", "联系人手机", "客户行业"], "Customers")).toEqual([
      "Company",
      "Owner",
      "Phone",
      "Industry",
    ]);
    expect(proposeMapping(["Account Name", "Account Owner: Full Name", "Account Phone"], "Customers")).toEqual([
      "Company",
      "Owner",
      "Phone",
    ]);
    expect(proposeMapping(["商机名称", "客户", "金额（元）", "负责人姓名"], "Deals")).toEqual([
      null,
      "Customer",
      "Amount",
      "Owner",
    ]);
    expect(
      proposeMapping(["Activity date", "Activity assigned to", "Call and meeting type", "Full Comments"], "Activities"),
    ).toEqual(["Date", "Owner", "Method", "Summary"]);
  });
  it("uses each target column once, for its best match, leftmost on ties", () => {
    expect(proposeMapping(["公司", "客户名称", "电话", "手机"], "Customers")).toEqual([null, "Company", "Phone", null]);
    expect(proposeMapping(["Phone", "Phone"], "Customers")).toEqual(["Phone", null]);
  });
  it("keeps unknown and empty headers as extras", () => {
    expect(proposeMapping(["", null, "Hobby"], "Customers")).toEqual([null, null, null]);
  });
  it("scores how well headers fit", () => {
    expect(mappingScore(["Stage", "Amount"], "Deals")).toBe(2);
    expect(mappingScore(["Hobby"], "Deals")).toBe(0);
  });
});

describe("detectTarget", () => {
  it("recognises deals, customers and follow-ups", () => {
    expect(detectTarget(["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"]).target).toBe("Deals");
    expect(detectTarget(["客户名称", "联系人", "电话", "行业", "负责人"]).target).toBe("Customers");
    expect(detectTarget(["跟进时间", "客户", "跟进方式", "跟进内容", "跟进人"]).target).toBe("Activities");
  });
  it("falls back to Customers when nothing fits, and reports every score", () => {
    const guess = detectTarget(["a", "b"]);
    expect(guess.target).toBe("Customers");
    expect(guess.scores).toEqual({ Customers: 0, Deals: 0, Activities: 0, Payments: 0, Service: 0 });
  });
});

describe("missingRequired", () => {
  it("lists required groups with no mapped column", () => {
    expect(missingRequired(["Owner", null], "Deals")).toEqual([["Customer"]]);
    expect(missingRequired(["Name"], "Customers")).toEqual([]);
    expect(missingRequired(["Customer"], "Activities")).toEqual([["Date"]]);
  });
});
