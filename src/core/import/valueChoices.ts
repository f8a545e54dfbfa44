import type { Cell } from "@core/cells/cell";
import { activityMethodOf } from "@core/weekly/activity/activityMethod";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import {
  activityMethodChoices,
  paymentMethodChoices,
  serviceStatusChoices,
  servicePriorityChoices,
  serviceTypeChoices,
  type ColumnChoice,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { stageKey, type StageMapping } from "@core/import/applyStageMapping";
import type { ImportTarget } from "@core/import/importColumns";
import { knownStageNames } from "@core/import/knownStageNames";
import { suggestStageMapping } from "@core/import/suggestStageMapping";

/**
 * The imported columns whose values must be among the workbook's own: stages in the Stages table,
 * owners among the reps of Team, tiers in Cadences, follow-up (payment) methods among the method
 * list, a service ticket's type, priority and status among theirs.
 */
export type CheckedField = "Stage" | "Owner" | "Tier" | "Method" | "Type" | "Priority" | "Status";

/** A choice that adds the value to its list (Stages, Team) instead of mapping it. */
export const ADD_VALUE = "\u0000add";

/** A choice that keeps the value as it is: it is written, and listed among the problems. */
export const LEAVE_VALUE = "\u0000leave";

/** For each value a field's list does not know: a known value to map it to, ADD_VALUE or LEAVE_VALUE. */
export type ValueChoices = Readonly<Record<string, string>>;

/** Source value → the value to write instead, per field (the mapped choices only). */
export type ValueMapping = StageMapping;

/**
 * The checked fields with a table to add to. Tiers are fixed (A/B/C, the data validation on
 * Customers[Tier] and Cadences[Tier]) and the method list is the schema's: an unknown tier or
 * method is mapped or left, never added.
 */
export const addableFields: ReadonlySet<CheckedField> = new Set<CheckedField>(["Stage", "Owner"]);

/** The table an added value goes into. */
export const fieldTable = { Stage: "Stages", Owner: "Team" } as const;

/**
 * The checked fields a target table has, in the order the review asks about them.
 *
 * @example
 * checkedFieldsOf("Activities") //=> ["Owner", "Method"]
 */
export function checkedFieldsOf(target: ImportTarget): CheckedField[] {
  switch (target) {
    case "Customers":
      return ["Owner", "Tier"];
    case "Deals":
      return ["Stage", "Owner"];
    case "Activities":
    case "Payments":
      return ["Owner", "Method"];
    case "Service":
      return ["Owner", "Type", "Priority", "Status"];
  }
}

/**
 * The schema's list a choice field of a target holds its values from: Payments[Method] the payment
 * methods, Activities[Method] the follow-up methods, and Service's type, priority and status.
 *
 * @example
 * choiceListOf("Payments", "Method")?.[0]["zh-CN"] //=> "对公转账"
 */
export function choiceListOf(
  target: ImportTarget | undefined,
  field: CheckedField,
): readonly ColumnChoice[] | undefined {
  switch (field) {
    case "Method":
      return target === "Payments" ? paymentMethodChoices : activityMethodChoices;
    case "Type":
      return serviceTypeChoices;
    case "Priority":
      return servicePriorityChoices;
    case "Status":
      return serviceStatusChoices;
    default:
      return undefined;
  }
}

type ReadTable = { readonly columns: ColumnIndex; readonly rows: readonly (readonly Cell[])[] };

function filled(table: ReadTable | undefined, key: string): string[] | undefined {
  const at = table?.columns[key] ?? -1;
  if (!table || at < 0) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of table.rows) {
    const cell = row[at];
    const text = typeof cell === "number" ? String(cell) : cell;
    if (typeof text !== "string" || text.trim() === "" || seen.has(stageKey(text))) continue;
    seen.add(stageKey(text));
    out.push(text);
  }
  return out;
}

/**
 * The values a field's list holds in this workbook, or undefined when the workbook has no such
 * list (no Team or Cadences table yet): then the field is not checked. Stages come from the Stages
 * table, owners from Team's Rep column, tiers from Cadences, methods (follow-up methods, or payment
 * methods for Payments), service types, priorities and statuses from the schema's lists in the
 * workbook's language.
 *
 * @param field - the checked field
 * @param tables - the workbook's Stages, Team and Cadences tables as read
 * @param language - the workbook's language
 * @param target - the table imported into (whose method list Method is); Activities by default
 * @returns the known values, in their table's order
 *
 * @example
 * knownFieldValues("Owner", { Team: { columns: { Rep: 0 }, rows: [["张伟"], ["李娜"]] } }, "zh-CN") //=> ["张伟", "李娜"]
 * knownFieldValues("Method", {}, "zh-CN", "Payments") //=> ["对公转账", "微信", "支付宝", "现金", "其他"]
 */
export function knownFieldValues(
  field: CheckedField,
  tables: Partial<Record<"Stages" | "Team" | "Cadences", ReadTable>>,
  language: WorkbookLanguage,
  target?: ImportTarget,
): string[] | undefined {
  switch (field) {
    case "Stage":
      return tables.Stages ? knownStageNames(tables.Stages) : undefined;
    case "Owner":
      return filled(tables.Team, "Rep");
    case "Tier":
      return filled(tables.Cadences, "Tier");
    case "Method":
    case "Type":
    case "Priority":
    case "Status":
      return choiceListOf(target, field)?.map((choice) => choice[language]);
  }
}

/** A name compared without case, spaces, punctuation or word order ("Wang, Fang" = "fang wang"). */
function nameKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word !== "")
    .sort()
    .join("");
}

/** "A级", "A类客户", "Tier A", "class a" → "a". */
function tierKey(text: string): string {
  return nameKey(text.normalize("NFKC").replace(/(等级|级别|客户|级|类|tier|class|level|grade)/giu, " "));
}

/** Methods as CRMs export them, beyond the list's own labels (which activityMethodOf reads). */
const METHOD_WORDS: Readonly<Record<string, readonly string[]>> = {
  call: ["phone", "phone call", "telephone", "tel", "打电话", "电话沟通", "来电", "去电", "logged call"],
  wechat: ["wx", "weixin", "微信沟通", "企业微信", "企微"],
  visit: ["meeting", "meet", "on-site", "onsite", "面谈", "上门", "上门拜访", "见面", "现场拜访", "会议"],
  email: ["e-mail", "mail", "邮箱", "电子邮件", "发邮件"],
};

/**
 * Words CRMs and people use for the schema's choices beyond the choices' own labels, by the
 * choice's English label: payment methods, service types, priorities and statuses.
 */
const CHOICE_WORDS: Readonly<Record<string, readonly string[]>> = {
  "Bank transfer": [
    "银行转账",
    "转账",
    "公对公",
    "对公",
    "电汇",
    "汇款",
    "网银",
    "bank",
    "wire",
    "wire transfer",
    "transfer",
    "bank wire",
  ],
  WeChat: ["微信支付", "微信转账", "wechat pay", "weixin", "wx"],
  Alipay: ["支付宝转账", "zhifubao", "ali pay"],
  Cash: ["现金支付", "现付"],
  Installation: ["安装调试", "上门安装", "install", "setup", "set-up", "实施", "部署"],
  Training: ["培训服务", "使用培训", "train"],
  Repair: ["维修服务", "报修", "故障", "故障维修", "维护", "fix", "fault", "maintenance", "incident"],
  Complaint: ["客户投诉", "投诉建议"],
  Consultation: ["咨询服务", "技术咨询", "question", "inquiry", "enquiry", "consulting", "咨询问题"],
  High: ["紧急", "非常紧急", "高优先级", "urgent", "critical", "p1", "1"],
  Medium: ["一般", "普通", "中等", "normal", "p2", "2"],
  Low: ["不紧急", "低优先级", "minor", "p3", "3"],
  Open: ["新建", "待受理", "未处理", "待分配", "new", "pending", "未开始"],
  "In progress": ["处理中", "进行中", "已受理", "跟进中", "in-progress", "working", "assigned", "已分配"],
  Closed: ["已完成", "完成", "已解决", "解决", "已结束", "结单", "已结单", "resolved", "done", "completed", "solved"],
};

/** The known value a schema choice field's value means: the choice whose label or words it is. */
function suggestChoice(choices: readonly ColumnChoice[], value: string, known: readonly string[]): string | undefined {
  const key = stageKey(value);
  const choice = choices.find((c) =>
    [c["en-US"], c["zh-CN"], ...(CHOICE_WORDS[c["en-US"]] ?? [])].some((word) => stageKey(word) === key),
  );
  if (!choice) return undefined;
  return known.find(
    (label) => stageKey(label) === stageKey(choice["en-US"]) || stageKey(label) === stageKey(choice["zh-CN"]),
  );
}

function suggestOne(field: CheckedField, value: string, known: readonly string[]): string | undefined {
  switch (field) {
    case "Type":
      return suggestChoice(serviceTypeChoices, value, known);
    case "Priority":
      return suggestChoice(servicePriorityChoices, value, known);
    case "Status":
      return suggestChoice(serviceStatusChoices, value, known);
    case "Stage":
      return suggestStageMapping([value], known)[value];
    case "Owner":
      return known.find((name) => nameKey(name) === nameKey(value) && nameKey(value) !== "");
    case "Tier":
      return known.find((tier) => tierKey(tier) === tierKey(value) && tierKey(value) !== "");
    case "Method": {
      // Payment methods when the list is theirs (对公转账 …), else follow-up methods.
      const payment = suggestChoice(paymentMethodChoices, value, known);
      if (payment !== undefined) return payment;
      const key = stageKey(value);
      const byWord = Object.entries(METHOD_WORDS).find(([, words]) => words.some((w) => stageKey(w) === key))?.[0];
      const method = byWord ?? activityMethodOf(value);
      // activityMethodOf reads anything it does not know as "other": only the label itself means Other.
      if (method === "other" && !/^(other|其他|其它)$/.test(key)) return undefined;
      return known.find((label) => activityMethodOf(label) === method);
    }
  }
}

/**
 * Proposes, for values a field's list does not know, the known value each most likely means:
 * stages as suggestStageMapping places them, owners whose name matches but for case, spacing,
 * punctuation or word order, tiers written "A级" or "Tier A", methods by the words CRMs use
 * ("Phone call", "上门拜访"). Values with no counterpart are left out.
 *
 * @param field - the checked field
 * @param unknown - the values its list does not know
 * @param known - the list's values
 * @returns source value → known value, for the values it can place
 *
 * @example
 * suggestValueMapping("Tier", ["A级", "VIP"], ["A", "B", "C"]) //=> { "A级": "A" }
 */
export function suggestValueMapping(
  field: CheckedField,
  unknown: readonly string[],
  known: readonly string[],
): ValueMapping {
  const out: Record<string, string> = {};
  for (const value of unknown) {
    const to = suggestOne(field, value, known);
    if (to !== undefined) out[value] = to;
  }
  return out;
}

/**
 * The first choice for each unknown value: the known value suggestValueMapping places it on;
 * else a stage is added to the Stages table (an import of deals needs its stages), and other
 * values are left as they are until the user chooses to map or add them (adding writes to Team
 * or Cadences, which the user confirms).
 *
 * @example
 * proposeValueChoices("Owner", ["wang fang", "Zhao Lei"], ["Wang Fang"]) //=> { "wang fang": "Wang Fang", "Zhao Lei": LEAVE_VALUE }
 */
export function proposeValueChoices(
  field: CheckedField,
  unknown: readonly string[],
  known: readonly string[],
): ValueChoices {
  const suggested = suggestValueMapping(field, unknown, known);
  const otherwise = field === "Stage" ? ADD_VALUE : LEAVE_VALUE;
  return Object.fromEntries(unknown.map((value) => [value, suggested[value] ?? otherwise]));
}

/**
 * The mapping the choices make: the values mapped onto known ones (values to add or leave stay as they are).
 *
 * @example
 * valueMappingOf({ "wang fang": "Wang Fang", X: ADD_VALUE, Y: LEAVE_VALUE }) //=> { "wang fang": "Wang Fang" }
 */
export function valueMappingOf(choices: ValueChoices): ValueMapping {
  return Object.fromEntries(
    Object.entries(choices).filter(([, choice]) => choice !== ADD_VALUE && choice !== LEAVE_VALUE),
  );
}

/**
 * The values the choices add to their list, in order.
 *
 * @example
 * addedValues({ "wang fang": "Wang Fang", "Zhao Lei": ADD_VALUE }) //=> ["Zhao Lei"]
 */
export function addedValues(choices: ValueChoices): string[] {
  return Object.entries(choices)
    .filter(([, choice]) => choice === ADD_VALUE)
    .map(([value]) => value);
}

/**
 * The values a field's choices add to its list: none for a field whose list takes no additions
 * (Tier, Method), where an "add" choice (an old saved choice, say) means leave.
 *
 * @example
 * addedValuesOf("Tier", { D: ADD_VALUE }) //=> []
 * addedValuesOf("Owner", { "Zhao Lei": ADD_VALUE }) //=> ["Zhao Lei"]
 */
export function addedValuesOf(field: CheckedField, choices: ValueChoices): string[] {
  return addableFields.has(field) ? addedValues(choices) : [];
}
