import fc from "fast-check";
import { serialFromDate } from "@core/cells/parseDate";
import { assignRecordIds } from "@core/import/assignRecordIds";
import { alreadyImported } from "@core/import/alreadyImported";
import { detectTarget } from "@core/import/detectTarget";
import { formulaKeys, importFormula } from "@core/import/importFormulas";
import { importColumns } from "@core/import/importColumns";
import { duplicatePolicies, matchKeys } from "@core/import/matchImport";
import { proposeMapping } from "@core/import/proposeMapping";
import { missingRequired } from "@core/import/requiredColumns";
import { recallMapping, rememberMapping, toSavedMappings } from "@core/import/savedMappings";
import { validateRows, type ImportContext } from "@core/import/validateRows";
import {
  checkedFieldsOf,
  knownFieldValues,
  proposeValueChoices,
  LEAVE_VALUE,
  suggestValueMapping,
} from "@core/import/valueChoices";
import { tableSpec } from "@core/workbook/schema";
import { enPaymentHeaders, enPaymentKeys, jdyPaymentHeaders, jdyPaymentKeys } from "../../fixtures/paymentsExport";

/** A 销售易-style 回款计划 list. */
const neoPayments = [
  "回款计划编号",
  "合同",
  "客户",
  "期数",
  "计划回款日期",
  "计划回款金额",
  "已回款金额",
  "回款方式",
  "所有者",
];
/** The Service columns of enTickets, in order (zhTickets adds its handler, Owner). */
const ticketKeys = [
  "TicketID",
  "Customer",
  "Type",
  "Priority",
  "Status",
  "OpenedOn",
  "ResolvedOn",
  "Satisfaction",
  "Summary",
];
const zhTickets = [
  "工单编号",
  "客户名称",
  "工单类型",
  "优先级",
  "工单状态",
  "受理日期",
  "完成时间",
  "满意度",
  "问题描述",
  "处理人",
];
const enTickets = [
  "Ticket ID",
  "Customer",
  "Type",
  "Priority",
  "Status",
  "Opened On",
  "Resolved On",
  "Satisfaction",
  "Summary",
];

describe("header synonyms for Payments and Service", () => {
  it("maps a 简道云-style collections export column by column", () => {
    expect(proposeMapping(jdyPaymentHeaders, "Payments")).toEqual(jdyPaymentKeys);
  });
  it("maps the brief's names: 回款金额 / 实收金额 / 已回款, 回款日期 / 到账日期, 应收 / 应收金额, 到期日, 合同号, 付款方式", () => {
    expect(
      proposeMapping(["实收金额", "到账日期", "应收", "到期日", "合同号", "付款方式", "回款期次"], "Payments"),
    ).toEqual(["Received", "ReceivedOn", "AmountDue", "DueDate", "ContractID", "Method", "Installment"]);
    expect(proposeMapping(["已回款", "应收日期", "销售", "商机编号"], "Payments")).toEqual([
      "Received",
      "DueDate",
      "Owner",
      "DealID",
    ]);
  });
  it("maps English collections and ticket exports", () => {
    expect(proposeMapping(enPaymentHeaders, "Payments")).toEqual(enPaymentKeys);
    expect(proposeMapping(enTickets, "Service")).toEqual(ticketKeys);
  });
  it("maps a Chinese ticket list, including 工单号 / 服务类型 / 紧急程度 / 创建时间 / 解决日期 / 工单内容", () => {
    expect(proposeMapping(zhTickets, "Service")).toEqual([...ticketKeys, "Owner"]);
    expect(
      proposeMapping(["工单号", "服务类型", "紧急程度", "状态", "创建时间", "解决日期", "工单内容"], "Service"),
    ).toEqual(["TicketID", "Type", "Priority", "Status", "OpenedOn", "ResolvedOn", "Summary"]);
  });
  it("never maps a source column to a formula column (Payments[Status], Service[DueBy])", () => {
    expect(proposeMapping(["状态", "处理期限"], "Payments")[0]).toBeNull();
    expect(importColumns("Payments").map((c) => c.key)).not.toContain("Status");
    expect(importColumns("Service").map((c) => c.key)).not.toContain("DueBy");
  });
});

describe("detectTarget: Payments and Service", () => {
  it("recognises collections lists and ticket lists in both languages", () => {
    expect(detectTarget(jdyPaymentHeaders).target).toBe("Payments");
    expect(detectTarget(neoPayments).target).toBe("Payments");
    expect(detectTarget(enPaymentHeaders).target).toBe("Payments");
    expect(detectTarget(zhTickets).target).toBe("Service");
    expect(detectTarget(enTickets).target).toBe("Service");
  });
  it("keeps a deals export that shows what was collected (回款金额, 合同编号) a deals list", () => {
    expect(detectTarget(["商机编号", "客户", "负责人", "阶段", "金额", "预计成交", "回款金额"]).target).toBe("Deals");
    expect(detectTarget(["合同编号", "客户名称", "负责人", "合同金额", "签约日期", "回款金额", "阶段"]).target).toBe(
      "Deals",
    );
    expect(detectTarget(["Opportunity Name", "Account Name", "Stage", "Amount", "Collected", "Owner"]).target).toBe(
      "Deals",
    );
  });
  it("keeps customer lists and follow-up logs (状态, 满意度, 跟进方式) where they were", () => {
    expect(detectTarget(["客户名称", "联系人", "电话", "状态", "满意度", "负责人"]).target).toBe("Customers");
    expect(detectTarget(["跟进时间", "客户", "跟进方式", "跟进内容", "跟进人", "满意度"]).target).toBe("Activities");
  });
  it("rules Payments and Service out without a column only they have", () => {
    const guess = detectTarget(["客户", "负责人", "回款金额", "备注"]);
    expect(guess.scores.Payments).toBe(0);
    expect(detectTarget(["客户", "状态", "满意度"]).scores.Service).toBe(0);
  });
  it("never takes a header row made of Customers, Deals or Activities synonyms alone for Payments or Service", () => {
    const shared = [
      "客户",
      "客户名称",
      "负责人",
      "销售",
      "备注",
      "状态",
      "满意度",
      "商机编号",
      "回款金额",
      "金额",
      "阶段",
    ];
    fc.assert(
      fc.property(fc.subarray(shared, { minLength: 1 }), (headers) => {
        const { target } = detectTarget(headers);
        return target !== "Payments" && target !== "Service";
      }),
    );
  });
});

describe("required columns", () => {
  it("needs a customer and an amount (due or received) per installment, a customer per ticket", () => {
    expect(missingRequired(["ContractID", "DueDate"], "Payments")).toEqual([["Customer"], ["AmountDue", "Received"]]);
    expect(missingRequired(["Customer", "Received"], "Payments")).toEqual([]);
    expect(missingRequired(["TicketID"], "Service")).toEqual([["Customer"]]);
  });
});

const enContext = (checked: ImportContext["checked"] = {}): ImportContext => ({
  knownStages: [],
  language: "en-US",
  source: "csv",
  checked,
});

describe("validateRows: Payments", () => {
  const mapping = [...enPaymentKeys, "Notes"];
  it("converts money text, dates and choice labels into the workbook's language", () => {
    const rows = [
      ["HT-0001", "华瑞科技", "1", "2024-03-31", "¥30,000.00", "￥12,000", "2024/4/2", "银行转账", "=首付款"],
    ];
    const zh = validateRows(rows, mapping, "Payments", {
      knownStages: [],
      language: "zh-CN",
      source: "csv",
      checked: { Method: { known: knownFieldValues("Method", {}, "zh-CN", "Payments") ?? [] } },
    });
    expect(zh.rows[0].values).toEqual({
      ContractID: "HT-0001",
      Customer: "华瑞科技",
      Installment: 1,
      DueDate: serialFromDate(2024, 3, 31),
      AmountDue: 30000,
      Received: 12000,
      ReceivedOn: serialFromDate(2024, 4, 2),
      Method: "银行转账",
      Notes: "=首付款",
    });
    expect(zh.unknownValues?.Method).toEqual(["银行转账"]);
    const kinds = zh.problems.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(["money-text", "unknown-value", "formula-text"]));
    expect(zh.problems.find((p) => p.kind === "unknown-value")?.message.zh).toContain("回款方式列表");
    expect(zh.problems.find((p) => p.kind === "unknown-value")?.message.en).toContain("the payment methods");
  });
  it("writes a method given in the other language in the workbook's language", () => {
    const rows = [
      ["C1", "Acme", "100", "WeChat"],
      ["C2", "Beta", "200", "对公转账"],
    ];
    const result = validateRows(rows, ["ContractID", "Customer", "Received", "Method"], "Payments", {
      ...enContext({ Method: { known: knownFieldValues("Method", {}, "en-US", "Payments") ?? [] } }),
    });
    expect(result.rows.map((row) => row.values.Method)).toEqual(["WeChat", "Bank transfer"]);
    expect(result.unknownValues?.Method).toEqual([]);
  });
  it("reports a row without a customer or without any amount", () => {
    const result = validateRows(
      [
        ["C1", "", "100"],
        ["C2", "Acme", ""],
      ],
      ["ContractID", "Customer", "AmountDue"],
      "Payments",
      enContext(),
    );
    expect(result.problems.filter((p) => p.kind === "missing-required").map((p) => [p.row, p.column])).toEqual([
      [2, "Customer"],
      [3, "AmountDue / Received"],
    ]);
  });
});

describe("validateRows: Service", () => {
  const known = (field: "Type" | "Priority" | "Status") => knownFieldValues(field, {}, "en-US", "Service") ?? [];
  const context = enContext({
    Type: { known: known("Type") },
    Priority: { known: known("Priority") },
    Status: { known: known("Status") },
  });
  it("checks type, priority and status against their lists, and satisfaction against 1–5", () => {
    const rows = [
      ["T-0009", "Acme", "维修", "高", "已关闭", "2024-05-01", "5"],
      ["", "Beta", "Fix", "Urgent", "Done", "2024-05-02", "8"],
      ["", "Gamma", "Training", "Low", "Open", "2024-05-03", "0"],
    ];
    const result = validateRows(
      rows,
      ["TicketID", "Customer", "Type", "Priority", "Status", "OpenedOn", "Satisfaction"],
      "Service",
      context,
    );
    expect(result.rows[0].values).toMatchObject({
      Type: "Repair",
      Priority: "High",
      Status: "Closed",
      Satisfaction: 5,
    });
    expect(result.unknownValues).toEqual({ Type: ["Fix"], Priority: ["Urgent"], Status: ["Done"] });
    const range = result.problems.filter((p) => p.kind === "out-of-range");
    expect(range.map((p) => [p.row, p.value, p.severity])).toEqual([
      [3, 8, "warning"],
      [4, 0, "warning"],
    ]);
    expect(range[0].message.en).toBe("row 3: Satisfaction 8 is outside 1–5 (kept as it is)");
    expect(range[0].message.zh).toBe("第 3 行：满意度 8 不在 1–5 之间（按原样保留）");
    expect(result.rows[1].values.Satisfaction).toBe(8);
  });
  it("proposes the known choice for the words CRMs use, and leaves the rest", () => {
    expect(suggestValueMapping("Type", ["Fix", "故障维修", "上门安装", "其他"], known("Type"))).toEqual({
      Fix: "Repair",
      故障维修: "Repair",
      上门安装: "Installation",
    });
    expect(proposeValueChoices("Priority", ["Urgent", "P9"], known("Priority"))).toEqual({
      Urgent: "High",
      P9: LEAVE_VALUE,
    });
    expect(
      suggestValueMapping(
        "Status",
        ["Done", "已解决", "新建"],
        knownFieldValues("Status", {}, "zh-CN", "Service") ?? [],
      ),
    ).toEqual({
      Done: "已关闭",
      已解决: "已关闭",
      新建: "待处理",
    });
    expect(
      suggestValueMapping(
        "Method",
        ["银行转账", "微信支付"],
        knownFieldValues("Method", {}, "zh-CN", "Payments") ?? [],
      ),
    ).toEqual({
      银行转账: "对公转账",
      微信支付: "微信",
    });
    // Follow-up methods are still suggested as before.
    expect(suggestValueMapping("Method", ["Phone call"], knownFieldValues("Method", {}, "en-US") ?? [])).toEqual({
      "Phone call": "Call",
    });
  });
  it("lists the checked fields of each new target", () => {
    expect(checkedFieldsOf("Payments")).toEqual(["Owner", "Method"]);
    expect(checkedFieldsOf("Service")).toEqual(["Owner", "Type", "Priority", "Status"]);
  });
});

describe("ticket IDs, duplicates and formulas", () => {
  it("gives tickets without a TicketID the next T- numbers after the table's and the source's", () => {
    const result = validateRows(
      [
        ["T-0007", "Acme"],
        ["", "Beta"],
        ["", "Gamma"],
      ],
      ["TicketID", "Customer"],
      "Service",
      enContext(),
    );
    const ids = assignRecordIds(result, "Service", ["T-0003", "T-0011"], ["T-0007"]).rows.map((r) => r.values.TicketID);
    expect(ids).toEqual(["T-0007", "T-0012", "T-0013"]);
    expect(assignRecordIds(result, "Service", [], ["T-0007"]).rows.map((r) => r.values.TicketID)).toEqual([
      "T-0007",
      "T-0008",
      "T-0009",
    ]);
  });
  it("never invents a ContractID for a payment", () => {
    const result = validateRows([["Acme", "100"]], ["Customer", "Received"], "Payments", enContext());
    expect(assignRecordIds(result, "Payments", [], []).rows[0].values).toEqual({ Customer: "Acme", Received: 100 });
  });
  it("leaves out installments and tickets the table already holds", () => {
    const payments = validateRows(
      [
        ["HT-1", "1", "Acme", "500"],
        ["HT-1", "2", "Acme", "500"],
      ],
      ["ContractID", "Installment", "Customer", "AmountDue"],
      "Payments",
      enContext(),
    );
    const held = alreadyImported(payments, "Payments", {
      columns: { ContractID: 0, Installment: 1, Customer: 2, AmountDue: 3 },
      rows: [["HT-1", 1, "Acme", 500]],
    });
    expect(held.rows.map((r) => r.values.Installment)).toEqual([2]);
    expect(held.problems.map((p) => p.kind)).toEqual(["already-imported"]);
    const tickets = validateRows(
      [
        ["T-0001", "Acme"],
        ["T-0002", "Beta"],
      ],
      ["TicketID", "Customer"],
      "Service",
      enContext(),
    );
    expect(alreadyImported(tickets, "Service", { columns: { TicketID: 0 }, rows: [["t-0001"]] }).rows).toHaveLength(1);
    expect(duplicatePolicies("Payments")).toEqual(["skip", "add"]);
    expect(matchKeys("Service")).toEqual(["id", "row"]);
  });
  it("writes Payments[Status] always, in the headers' language, and Service[DueBy] only with ServiceLevels", () => {
    expect(formulaKeys("Payments")).toEqual(["Status"]);
    expect(formulaKeys("Service")).toEqual(["DueBy"]);
    const zh = (table: string, key: string) =>
      table === "ServiceLevels"
        ? (tableSpec("ServiceLevels").columns.find((c) => c.key === key)?.header["zh-CN"] ?? key)
        : (tableSpec(table as "Payments").columns.find((c) => c.key === key)?.header["zh-CN"] ?? key);
    const status = importFormula("Payments", "Status", zh, { stages: false, cadences: false });
    expect(status).toContain('"已回款"');
    expect(status).toContain("[@应收金额]");
    expect(importFormula("Payments", "Status", (_t, key) => key, { stages: false, cadences: false })).toContain(
      '"Paid"',
    );
    expect(importFormula("Service", "DueBy", zh, { stages: true, cadences: true })).toBeUndefined();
    const dueBy = importFormula("Service", "DueBy", zh, { stages: false, cadences: false, serviceLevels: true });
    expect(dueBy).toContain("ServiceLevels[处理时限天数]");
    expect(dueBy).toContain("[@创建日期]");
  });
});

describe("saved mappings of a ticket export", () => {
  it("remembers the target, the columns and the type and priority mapped, through the setting's JSON", () => {
    const mapping = proposeMapping(zhTickets, "Service");
    const saved = rememberMapping(
      {},
      {
        headers: zhTickets,
        target: "Service",
        mapping,
        savedOn: "2026-12-07",
        values: { Type: { 故障: "维修", 其他: LEAVE_VALUE }, Priority: { 紧急: "高" } },
      },
    );
    const recalled = recallMapping(toSavedMappings(JSON.stringify(saved)), zhTickets);
    expect(recalled?.target).toBe("Service");
    expect(recalled?.mapping).toEqual(mapping);
    expect(recalled?.values).toEqual({ Type: { 故障: "维修" }, Priority: { 紧急: "高" } });
  });
});
