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
  errorInCell: {
    en: (p) => `row ${p.row} holds the error ${p.value}, not an outcome`,
    zh: (p) => `第 ${p.row} 行是错误值 ${p.value}，不是结果`,
  },
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
  moneyFromText: {
    en: (p) => `row ${p.row}: "${p.value}" is read as the amount ${p.amount}${p.currency ? ` (${p.currency})` : ""}`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”读作金额 ${p.amount}${p.currency ? `（${p.currency}）` : ""}`,
  },
  currencyMixed: {
    en: (p) =>
      `row ${p.row}: "${p.value}" is in ${p.currency}, the column's first amount in ${p.first}; no exchange rate is applied`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”的币种是 ${p.currency}，本列首个金额的币种是 ${p.first}；未做汇率换算`,
  },
  currencyKept: {
    en: (p) =>
      `row ${p.row}: "${p.value}" is money text kept as text in the extra column ${p.column}; map the column to an amount to convert it`,
    zh: (p) =>
      `第 ${p.row} 行：“${p.value}”是带币种的金额，作为附加列“${p.column}”中的文本保留；将该列对应到金额列即可转换`,
  },
  importOutOfRange: {
    en: (p) => `row ${p.row}: ${p.what} ${p.value} is outside ${p.min}–${p.max} (kept as it is)`,
    zh: (p) => `第 ${p.row} 行：${p.what} ${p.value} 不在 ${p.min}–${p.max} 之间（按原样保留）`,
  },
  unknownValue: {
    en: (p) => `row ${p.row}: ${p.what} "${p.value}" is not in ${p.list}`,
    zh: (p) => `第 ${p.row} 行：${p.what}“${p.value}”不在${p.list}中`,
  },
  unknownReference: {
    en: (p) => `row ${p.row}: ${p.what} "${p.value}" is not in ${p.table}`,
    zh: (p) => `第 ${p.row} 行：${p.what}“${p.value}”不在${p.table}表中`,
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
  // Import: a broken CSV file, cells Excel cannot hold, rows already in the table.
  csvUnclosedQuote: {
    en: (p) => `line ${p.line ?? "—"}: a quote is never closed, so the rest of the file was read into one cell`,
    zh: (p) => `第 ${p.line ?? "—"} 行（文件行）：引号没有闭合，文件其余部分被读进了同一个单元格`,
  },
  csvBadQuote: {
    en: (p) => `line ${p.line ?? "—"}: text follows a closing quote`,
    zh: (p) => `第 ${p.line ?? "—"} 行（文件行）：闭合引号后还有文字`,
  },
  csvFieldCount: {
    en: (p) =>
      `row ${p.row} (line ${p.line ?? "—"}): ${p.fields ?? "—"} fields, the header row has ${p.expected ?? "—"}`,
    zh: (p) =>
      `第 ${p.row} 行（文件第 ${p.line ?? "—"} 行）：有 ${p.fields ?? "—"} 个字段，表头行有 ${p.expected ?? "—"} 个`,
  },
  csvEncoding: {
    en: (p) => `line ${p.line ?? "—"}: the bytes are not ${p.encoding ?? "—"}, so the text may be garbled`,
    zh: (p) => `第 ${p.line ?? "—"} 行（文件行）：字节不是 ${p.encoding ?? "—"} 编码，文字可能是乱码`,
  },
  cellTooLong: {
    en: (p) => `row ${p.row}: ${p.length ?? "—"} characters, more than an Excel cell holds (32,767)`,
    zh: (p) => `第 ${p.row} 行：${p.length ?? "—"} 个字符，超过 Excel 单元格的上限（32,767）`,
  },
  cellNul: {
    en: (p) => `row ${p.row}: the cell holds a NUL character, which Excel cannot store`,
    zh: (p) => `第 ${p.row} 行：单元格含有 NUL 字符，Excel 无法保存`,
  },
  alreadyImported: {
    en: (p) => `row ${p.row}: "${p.value}" is already in the ${p.table ?? "—"} table and is not added again`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”已在 ${p.table ?? "—"} 表格中，不会重复添加`,
  },
  matchSkipped: {
    en: (p) => `row ${p.row}: "${p.value}" matches row ${p.at} of the ${p.table ?? "—"} table and is skipped`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”与 ${p.table ?? "—"} 表格第 ${p.at} 行重复，已跳过`,
  },
  matchAmbiguous: {
    en: (p) =>
      `row ${p.row}: "${p.value}" matches ${p.count} rows of the ${p.table ?? "—"} table, so which to update is unknown`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”与 ${p.table ?? "—"} 表格中的 ${p.count} 行重复，无法确定更新哪一行`,
  },
  matchRepeated: {
    en: (p) => `row ${p.row}: "${p.value}" repeats row ${p.first} of this import`,
    zh: (p) => `第 ${p.row} 行：“${p.value}”与本次导入的第 ${p.first} 行重复`,
  },
  // Goal-breakdown wizard (src/core/goals/breakdown): plan errors, plan warnings, SMART check.
  planDuplicateRep: {
    en: (p) => `rep "${p.value ?? "—"}" is listed twice`,
    zh: (p) => `销售代表“${p.value ?? "—"}”重复出现`,
  },
  planNoReps: { en: () => "no rep to split the target over", zh: () => "没有可分配目标的销售代表" },
  planNoRepInMonth: {
    en: (p) =>
      `no rep works in ${p.period ?? "—"} (they start later, have left or weigh 0): add a rep or plan other months`,
    zh: (p) =>
      `${p.periodZh ?? p.period ?? "—"} 没有在岗的销售代表（尚未入职、已离职或权重为 0）：请添加销售代表或选择其他月份`,
  },
  planUnknownPeriod: {
    en: (p) => `unknown period "${p.value ?? "—"}"`,
    zh: (p) => `未知周期“${p.value ?? "—"}”`,
  },
  planUnknownRep: {
    en: (p) => `unknown rep "${p.value ?? "—"}"`,
    zh: (p) => `未知销售代表“${p.value ?? "—"}”`,
  },
  planMissingCapacity: {
    en: (p) => `rep "${p.value ?? "—"}" has no capacity`,
    zh: (p) => `销售代表“${p.value ?? "—"}”没有填写产能`,
  },
  planManualCount: {
    en: (p) => `give one figure per rep (${p.reps ?? "—"} reps, ${p.count ?? "—"} figures)`,
    zh: (p) => `每位销售代表需要一个数值（${p.reps ?? "—"} 位代表，${p.count ?? "—"} 个数值）`,
  },
  planYearOver: {
    en: () => "this fiscal year is over: no months are left to split the rest of the year over",
    zh: () => "该财年已结束，没有剩余月份可分配",
  },
  planNoLastYear: {
    en: () => "no full last year to grow from; give an annual target",
    zh: () => "没有完整的去年数据可供增长计算，请填写年度目标",
  },
  planLockedAboveTotal: {
    en: (p) =>
      `locked figures in ${p.period ?? "—"} add up to ${p.locked ?? "—"}, above the period's target ${p.total ?? "—"}`,
    zh: (p) => `${p.periodZh ?? p.period ?? "—"} 已锁定的数值合计 ${p.locked ?? "—"}，超过该周期目标 ${p.total ?? "—"}`,
  },
  planLockedMismatch: {
    en: (p) =>
      `every figure in ${p.period ?? "—"} is locked and they add up to ${p.locked ?? "—"}, not the period's target ${p.total ?? "—"}`,
    zh: (p) =>
      `${p.periodZh ?? p.period ?? "—"} 的数值已全部锁定，合计 ${p.locked ?? "—"}，与该周期目标 ${p.total ?? "—"} 不符`,
  },
  warnThinHistoryTime: {
    en: (p) =>
      `only ${p.months ?? "—"} months of history, a full year is needed; the target is split equally over the months`,
    zh: (p) => `历史数据仅 ${p.months ?? "—"} 个月，不足一年；目标已按月平均分配`,
  },
  warnEmptyMonths: {
    en: () => "last year had no won deals in these months; the target is split equally over them",
    zh: () => "去年这些月份没有赢单；目标已在这些月份之间平均分配",
  },
  warnThinHistoryPeople: {
    en: (p) =>
      `only ${p.months ?? "—"} months of history, a full year is needed; the target is split equally over the reps`,
    zh: (p) => `历史数据仅 ${p.months ?? "—"} 个月，不足一年；目标已在销售代表之间平均分配`,
  },
  warnJump: {
    en: (p) =>
      `${p.rep ?? "—"}: target ${p.target ?? "—"} is ${p.growth ?? "—"} above last year's ${p.lastYear ?? "—"} (threshold ${p.threshold ?? "—"})`,
    zh: (p) =>
      `${p.rep ?? "—"}：目标 ${p.target ?? "—"} 比去年的 ${p.lastYear ?? "—"} 高 ${p.growth ?? "—"}（阈值 ${p.threshold ?? "—"}）`,
  },
  warnPartialYear: {
    en: (p) =>
      `${p.rep ?? "—"}: target ${p.target ?? "—"} is ${p.growth ?? "—"} above last year's ${p.lastYear ?? "—"}, but ${p.rep ?? "—"} joined on ${p.start ?? "—"}, so last year covers only ${p.months ?? "—"} of their months`,
    zh: (p) =>
      `${p.rep ?? "—"}：目标 ${p.target ?? "—"} 比去年的 ${p.lastYear ?? "—"} 高 ${p.growth ?? "—"}，但其入职日期为 ${p.start ?? "—"}，去年仅在岗 ${p.months ?? "—"} 个月`,
  },
  lockDropped: {
    en: (p) => `the lock on ${p.rep ?? "—"}, ${p.period ?? "—"} (${p.value ?? "—"}) was dropped: ${p.reason ?? "—"}`,
    zh: (p) => `已取消 ${p.rep ?? "—"} ${p.period ?? "—"} 的锁定（${p.value ?? "—"}）：${p.reason ?? "—"}`,
  },
  lockNoPeriod: {
    en: () => "the plan no longer has this month",
    zh: () => "计划中已没有这个月份",
  },
  lockNoRep: {
    en: () => "the rep is no longer on the team",
    zh: () => "该销售代表已不在团队中",
  },
  warnCoverage: {
    en: (p) =>
      `the target still to reach, ${p.remaining ?? "—"}, is above what the open pipeline supports: ${p.pipeline ?? "—"} × win rate ${p.winRate ?? "—"} = ${p.supported ?? "—"} (pipeline coverage ${p.coverage ?? "—"}×)`,
    zh: (p) =>
      `尚需完成的目标 ${p.remaining ?? "—"} 高于现有管道可支撑的金额：${p.pipeline ?? "—"} × 赢单率 ${p.winRate ?? "—"} = ${p.supported ?? "—"}（管道覆盖率 ${p.coverage ?? "—"} 倍）`,
  },
  smartSpecificOk: {
    en: (p) => `says what and for whom (${p.scope ?? "—"})`,
    zh: (p) => `明确了目标内容和对象（${p.scope ?? "—"}）`,
  },
  smartNoText: { en: () => "describe the goal in words", zh: () => "请用文字描述目标" },
  smartNoScope: {
    en: () => "say who it is for: the company, a team or a rep",
    zh: () => "请说明目标对象：公司、团队或个人",
  },
  smartMeasurableOk: {
    en: (p) => `a number to reach: ${p.target ?? "—"}`,
    zh: (p) => `有可衡量的数值：${p.target ?? "—"}`,
  },
  smartNoTarget: { en: () => "give a target figure above 0", zh: () => "请填写大于 0 的目标数值" },
  smartNoBaseline: {
    en: () => "no baseline to judge it by: give last year's actual, or the open pipeline and win rate",
    zh: () => "缺少判断依据：请提供去年实际完成额，或现有管道金额和赢单率",
  },
  smartGrowthOk: {
    en: (p) => `${p.growth ?? "—"} growth over last year's ${p.lastYear ?? "—"}, within ${p.max ?? "—"}`,
    zh: (p) => `较去年的 ${p.lastYear ?? "—"} 增长 ${p.growth ?? "—"}，不超过 ${p.max ?? "—"}`,
  },
  smartGrowthHigh: {
    en: (p) => `${p.growth ?? "—"} growth over last year's ${p.lastYear ?? "—"} is more than ${p.max ?? "—"}`,
    zh: (p) => `较去年的 ${p.lastYear ?? "—"} 增长 ${p.growth ?? "—"}，超过 ${p.max ?? "—"}`,
  },
  smartPipelineOk: {
    en: (p) => `open pipeline × win rate supports ${p.supported ?? "—"} (${p.coverage ?? "—"} of the target)`,
    zh: (p) => `现有管道 × 赢单率可支撑 ${p.supported ?? "—"}（目标的 ${p.coverage ?? "—"}）`,
  },
  smartPipelineShort: {
    en: (p) => `open pipeline × win rate supports only ${p.supported ?? "—"} (${p.coverage ?? "—"} of the target)`,
    zh: (p) => `现有管道 × 赢单率仅可支撑 ${p.supported ?? "—"}（目标的 ${p.coverage ?? "—"}）`,
  },
  smartWonPipelineOk: {
    en: (p) =>
      `${p.won ?? "—"} won so far + open pipeline × win rate supports ${p.supported ?? "—"} (${p.coverage ?? "—"} of the target)`,
    zh: (p) => `已赢单 ${p.won ?? "—"} + 现有管道 × 赢单率可支撑 ${p.supported ?? "—"}（目标的 ${p.coverage ?? "—"}）`,
  },
  smartWonPipelineShort: {
    en: (p) =>
      `${p.won ?? "—"} won so far + open pipeline × win rate supports only ${p.supported ?? "—"} (${p.coverage ?? "—"} of the target)`,
    zh: (p) =>
      `已赢单 ${p.won ?? "—"} + 现有管道 × 赢单率仅可支撑 ${p.supported ?? "—"}（目标的 ${p.coverage ?? "—"}）`,
  },
  smartRelevantOk: {
    en: (p) => `tied to ${p.measure ?? "—"}`,
    zh: (p) => `与${p.measure ?? "—"}挂钩`,
  },
  smartNoMeasure: {
    en: () => "tie it to a sales metric (signed or collected amount) or a KPI",
    zh: () => "请关联销售指标（合同额或回款额）或考核指标（KPI）",
  },
  smartTimeBoundOk: { en: (p) => `due ${p.date ?? "—"}`, zh: (p) => `截止日期 ${p.date ?? "—"}` },
  smartNoDeadline: { en: () => "set a deadline", zh: () => "请设定截止日期" },
  smartDeadlinePast: {
    en: (p) => `the deadline ${p.date ?? "—"} has already passed`,
    zh: (p) => `截止日期 ${p.date ?? "—"} 已过`,
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
