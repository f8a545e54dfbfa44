import { serialFromDate } from "@core/cells/parseDate";
import { detectDateFormat } from "@core/import/detectDateFormat";
import { detectHeaderRow } from "@core/import/detectHeaderRow";
import { literalText } from "@core/workbook/literalText";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { normalizePhone } from "@core/import/normalizePhone";
import { dateParts, parseImportDate } from "@core/cells/parseImportDate";
import { looksLikeFormula, safeText } from "@core/workbook/safeText";

const march1 = serialFromDate(2024, 3, 1);

describe("parseImportDate", () => {
  it.each([
    ["2024-03-01", march1],
    ["2024-3-1 09:30", march1],
    ["2024-03-01T10:30:00Z", march1],
    ["2024/3/1", march1],
    ["2024.3.1", march1],
    ["2024年3月1日", march1],
    ["2024年3月1日 14:00", march1],
    ["20240301", march1],
    ["２０２４－０３－０１", march1],
  ])("reads %s whatever the order", (text, serial) => {
    expect(parseImportDate(text, "mdy")).toBe(serial);
    expect(parseImportDate(text, "dmy")).toBe(serial);
  });
  it("reads a/b/YYYY in the column's order, with two-digit years", () => {
    expect(parseImportDate("3/1/2024", "mdy")).toBe(march1);
    expect(parseImportDate("1/3/2024", "dmy")).toBe(march1);
    expect(parseImportDate("1.3.2024", "dmy")).toBe(march1);
    expect(parseImportDate("3/1/24 10:15 AM", "mdy")).toBe(march1);
    expect(parseImportDate("3/1/99", "mdy")).toBe(serialFromDate(1999, 3, 1));
  });
  it("keeps serials (with their time) and reads YYYYMMDD numbers", () => {
    expect(parseImportDate(45352.5, "mdy")).toBe(45352.5);
    expect(parseImportDate(20240301, "mdy")).toBe(march1);
  });
  it("answers undefined for impossible dates and non-dates", () => {
    expect(parseImportDate("2/30/2024", "mdy")).toBeUndefined();
    expect(parseImportDate("13/13/2024", "dmy")).toBeUndefined();
    expect(parseImportDate("next week", "mdy")).toBeUndefined();
    expect(parseImportDate(true, "mdy")).toBeUndefined();
    expect(parseImportDate(-3, "mdy")).toBeUndefined();
    expect(parseImportDate(null, "mdy")).toBeUndefined();
  });
  it("splits the parts of a date with a time", () => {
    expect(dateParts("3/1/2024 10:30 AM")).toEqual({
      style: "day-month",
      first: 3,
      second: 1,
      year: 2024,
      separator: "/",
    });
  });
});

describe("detectDateFormat", () => {
  it("follows a date that can only be read one way", () => {
    expect(detectDateFormat(["3/1/2024", "25/1/2024"])).toEqual({ order: "dmy", certain: true });
    expect(detectDateFormat(["3/1/2024", "1/25/2024", null, 45000])).toEqual({ order: "mdy", certain: true });
  });
  it("follows the majority when the evidence conflicts", () => {
    expect(detectDateFormat(["13/1/2024", "14/1/2024", "1/13/2024"])).toEqual({ order: "dmy", certain: true });
  });
  it("assumes from the separator without evidence", () => {
    expect(detectDateFormat(["1.3.2024", "2.3.2024"])).toEqual({ order: "dmy", certain: false });
    expect(detectDateFormat(["1/3/2024"])).toEqual({ order: "mdy", certain: false });
    expect(detectDateFormat(["2024-01-03", 45000])).toEqual({ order: "mdy", certain: false });
  });
  it("reads dotted dates day-first and takes no evidence from them for slashed ones", () => {
    const column = ["6/15/2024", "20.6.2024", "1.7.2024"];
    const { order } = detectDateFormat(column);
    expect(detectDateFormat(column)).toEqual({ order: "mdy", certain: true });
    expect(column.map((d) => parseImportDate(d, order))).toEqual([
      serialFromDate(2024, 6, 15),
      serialFromDate(2024, 6, 20),
      serialFromDate(2024, 7, 1),
    ]);
  });
});

describe("safeText", () => {
  it.each(["=1+1", "+86 138", "-5", "@SUM(A1)", '  =HYPERLINK("x")', "\t=cmd"])("guards %j", (text) => {
    expect(safeText(text)).toBe(`'${text}`);
    expect(looksLikeFormula(text)).toBe(true);
  });
  it.each(["Acme", "a=b", "王伟", "", "1+1"])("leaves %j alone", (text) => {
    expect(safeText(text)).toBe(text);
  });
});

describe("literalText", () => {
  it("guards text Excel would convert on entry", () => {
    for (const text of [
      "00123",
      "13800138000",
      "2024-03-01",
      "3/1/2024",
      "TRUE",
      "#N/A",
      "12%",
      "10:30",
      "'quoted",
      "=A1",
    ]) {
      expect(literalText(text)).toBe(`'${text}`);
    }
  });
  it("leaves ordinary text alone", () => {
    for (const text of ["王伟", "Northwind Traders", "A", "Q4 plan", " "]) expect(literalText(text)).toBe(text);
  });
});

describe("normalizeCompany", () => {
  it("folds forms and drops legal-form endings", () => {
    expect(normalizeCompany("上海华瑞科技有限公司")).toBe(normalizeCompany("上海华瑞科技"));
    expect(normalizeCompany("上海华瑞科技股份有限公司")).toBe("上海华瑞科技");
    expect(normalizeCompany("Northwind Traders, Inc.")).toBe("northwindtraders");
    expect(normalizeCompany("Ｎｏｒｔｈｗｉｎｄ Traders Co., Ltd.")).toBe("northwindtraders");
  });
  it("keeps what tells firms apart", () => {
    expect(normalizeCompany("北京华瑞科技")).not.toBe(normalizeCompany("上海华瑞科技"));
    expect(normalizeCompany("有限公司")).toBe("有限公司");
    expect(normalizeCompany("Inc")).toBe("inc");
    expect(normalizeCompany(null)).toBe("");
  });
});

describe("normalizePhone", () => {
  it("compares digits without China's country code", () => {
    for (const phone of [
      "+86 138-0013-8000",
      "0086 13800138000",
      "8613800138000",
      "138 0013 8000",
      13800138000,
      "１３８００１３８０００",
    ]) {
      expect(normalizePhone(phone)).toBe("13800138000");
    }
    expect(normalizePhone("010-6234 5678")).toBe("01062345678");
  });
  it("ignores what is no phone number", () => {
    expect(normalizePhone("ext 12")).toBe("");
    expect(normalizePhone(null)).toBe("");
    expect(normalizePhone(true)).toBe("");
  });
});

describe("detectHeaderRow", () => {
  it("skips a title and blank rows", () => {
    const rows = [
      ["2024 客户名单"],
      [],
      ["客户名称", "联系人", "电话"],
      ["华瑞科技", "王伟", "13800138000"],
      ["北辰贸易", "李娜", "13900139000"],
    ];
    const guess = detectHeaderRow(rows);
    expect(guess.headerRow).toBe(2);
    expect(guess.confidence).toBeGreaterThan(0.8);
  });
  it("finds a header it has no synonyms for above its data", () => {
    const rows = [
      ["Exported by Jane on 2024-03-01", null, null],
      ["Fruit", "Colour", "Weight"],
      ["Apple", "Red", 120],
      ["Pear", "Green", 150],
    ];
    expect(detectHeaderRow(rows).headerRow).toBe(1);
  });
  it("prefers the row of known column names to an earlier row of labels", () => {
    const rows = [
      ["Region East", "Q1", "Report", "Draft"],
      ["Account Name", "Stage", "Amount", "Close Date"],
      ["Acme", "Proposal", 1000, "2024-03-01"],
    ];
    expect(detectHeaderRow(rows).headerRow).toBe(1);
  });
  it("answers row 0 with no confidence for an empty sheet", () => {
    expect(detectHeaderRow([])).toEqual({ headerRow: 0, confidence: 0 });
    expect(detectHeaderRow([[null], [""]])).toEqual({ headerRow: 0, confidence: 0 });
  });
});
