/**
 * The one message catalogue for errors that SALES functions return. Core code names a message by
 * its code and parameters; the English text is attached to the error, and the functions layer
 * shows the Chinese text when Excel runs in Chinese.
 */
export type MessageParams = Readonly<Record<string, string | number>>;
export type Language = "en" | "zh";

type Template = (p: MessageParams) => string;

const catalogue = {
  sameSize: { en: () => "ranges must be the same size", zh: () => "区域大小必须相同" },
  notANumber: {
    en: (p) => `row ${p.row}: "${p.value}" is not a number`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”不是数字`,
  },
  notADate: {
    en: (p) => `row ${p.row}: "${p.value}" is not a date`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”不是日期`,
  },
  notAProbability: {
    en: (p) => `row ${p.row}: ${p.value} is not a probability (0–1 or 0–100 %)`,
    zh: (p) => `第 ${p.row} 行：${p.value} 不是有效的概率（0–1 或 0–100%）`,
  },
  negative: {
    en: (p) => `${p.what} must not be negative`,
    zh: (p) => `${p.what} 不能为负数`,
  },
  noCells: { en: () => "no non-empty cell", zh: () => "没有非空单元格" },
  noClosedDeals: { en: () => "no closed (won or lost) deal", zh: () => "没有已结束（赢单或输单）的商机" },
  noRows: { en: () => "no row to average", zh: () => "没有可计算的行" },
  zeroDenominator: { en: (p) => `${p.what} is zero`, zh: (p) => `${p.what} 为零` },
  notStarted: { en: () => "period has not started", zh: () => "周期尚未开始" },
  endBeforeStart: { en: () => "end is before start", zh: () => "结束日期早于开始日期" },
  missingArgument: { en: (p) => `${p.what} is missing`, zh: (p) => `缺少 ${p.what}` },
  argNotADate: {
    en: (p) => `${p.what}: "${p.value}" is not a date`,
    zh: (p) => `${p.what}：“${p.value}”不是日期`,
  },
  noStages: { en: (p) => `no stage in ${p.what}`, zh: (p) => `${p.what} 中没有阶段` },
  duplicateStage: {
    en: (p) => `stage "${p.value}" is listed twice`,
    zh: (p) => `阶段“${p.value}”重复出现`,
  },
  stageTableColumns: {
    en: () => "stage table needs 2 columns (stage, probability)",
    zh: () => "阶段表需要 2 列（阶段、概率）",
  },
  stageTableProbability: {
    en: (p) => `stage table row ${p.row}: "${p.value}" is not a probability (0–1 or 0–100 %)`,
    zh: (p) => `阶段表第 ${p.row} 行：“${p.value}”不是有效的概率（0–1 或 0–100%）`,
  },
  closedBeforeCreated: {
    en: (p) => `row ${p.row}: closed before created`,
    zh: (p) => `第 ${p.row} 行：关闭日期早于创建日期`,
  },
  unknownStage: {
    en: (p) => (p.row === undefined ? `unknown stage "${p.value}"` : `row ${p.row}: unknown stage "${p.value}"`),
    zh: (p) => (p.row === undefined ? `未知阶段“${p.value}”` : `第 ${p.row} 行：未知阶段“${p.value}”`),
  },
  unknownLabel: {
    en: (p) => `row ${p.row}: unknown label "${p.value}"`,
    zh: (p) => `第 ${p.row} 行：未知标签“${p.value}”`,
  },
  unknownOption: {
    en: (p) => `unknown ${p.what} "${p.value}"; use ${p.allowed}`,
    zh: (p) => `未知的${p.what}“${p.value}”；可用：${p.allowed}`,
  },
  notAWholeScore: {
    en: (p) => `row ${p.row}: ${p.value} is not a whole score from ${p.min} to ${p.max}`,
    zh: (p) => `第 ${p.row} 行：${p.value} 不是 ${p.min} 到 ${p.max} 的整数评分`,
  },
  badTable: { en: (p) => `bad ${p.what} table: ${p.why}`, zh: (p) => `${p.what}表格有误：${p.why}` },
  outOfRange: {
    en: (p) => `${p.what} is out of range (${p.range})`,
    zh: (p) => `${p.what} 超出范围（${p.range}）`,
  },
  tooFewValues: {
    en: (p) => `needs at least ${p.min} values`,
    zh: (p) => `至少需要 ${p.min} 个数值`,
  },
  quotaMet: { en: () => "quota already met", zh: () => "已完成配额" },
  nothingToReport: { en: (p) => `nothing to report: ${p.why}`, zh: (p) => `无结果：${p.why}` },
  notText: {
    en: (p) => `row ${p.row}: expected a label, got ${p.value}`,
    zh: (p) => `第 ${p.row} 行：应为文本标签，实际为 ${p.value}`,
  },
  notBoolean: {
    en: (p) => `row ${p.row}: "${p.value}" is not TRUE or FALSE`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”不是 TRUE 或 FALSE`,
  },
  argNotANumber: {
    en: (p) => `${p.what}: "${p.value}" is not a number`,
    zh: (p) => `${p.what}：“${p.value}”不是数字`,
  },
  notAnRfmCode: {
    en: (p) => `row ${p.row}: "${p.value}" is not an RFM code (three digits 1–5)`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”不是 RFM 代码（三位 1–5 的数字）`,
  },
  unknownTier: {
    en: (p) => `row ${p.row}: no cadence for tier "${p.value}"`,
    zh: (p) => `第 ${p.row} 行：等级“${p.value}”没有回访周期`,
  },
  belowBands: {
    en: (p) => `row ${p.row}: ${p.value} is below every band`,
    zh: (p) => `第 ${p.row} 行：${p.value} 低于所有等级区间`,
  },
  numberFromText: {
    en: (p) => `row ${p.row}: "${p.value}" was text and is imported as a number`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”是文本格式的数字，已转换为数字`,
  },
  duplicateName: {
    en: (p) =>
      p.first === undefined
        ? `row ${p.row}: customer "${p.value}" is already in the workbook`
        : `row ${p.row}: customer "${p.value}" repeats row ${p.first}`,
    zh: (p) =>
      p.first === undefined
        ? `第 ${p.row} 行：客户“${p.value}”已存在于工作簿中`
        : `第 ${p.row} 行：客户“${p.value}”与第 ${p.first} 行重复`,
  },
  duplicatePhone: {
    en: (p) =>
      p.first === undefined
        ? `row ${p.row}: phone "${p.value}" is already in the workbook`
        : `row ${p.row}: phone "${p.value}" repeats row ${p.first}`,
    zh: (p) =>
      p.first === undefined
        ? `第 ${p.row} 行：电话“${p.value}”已存在于工作簿中`
        : `第 ${p.row} 行：电话“${p.value}”与第 ${p.first} 行重复`,
  },
  missingValue: {
    en: (p) => `row ${p.row}: ${p.what} is empty`,
    zh: (p) => `第 ${p.row} 行：${p.what}为空`,
  },
  storedAsText: {
    en: (p) => `row ${p.row}: "${p.value}" starts like a formula and is stored as text`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”以公式符号开头，将作为文本保存`,
  },
  unexpected: { en: (p) => `unexpected error: ${p.why}`, zh: (p) => `意外错误：${p.why}` },
} satisfies Record<string, Record<Language, Template>>;

export type MessageCode = keyof typeof catalogue;

/** Every message code, for tests that check both languages are complete. */
export const messageCodes = Object.keys(catalogue) as MessageCode[];

/**
 * The text of a message in a language.
 *
 * @example
 * formatMessage("notANumber", { row: 3, value: "abc" }, "en") //=> 'row 3: "abc" is not a number'
 */
export function formatMessage(code: MessageCode, params: MessageParams, language: Language): string {
  const entry: Record<Language, Template> = catalogue[code];
  return entry[language](params);
}
