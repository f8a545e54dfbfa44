import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { flatten, reshape, shapeOf } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { showCell } from "@core/cells/readCell";
import type { Language } from "@core/messages";
import { salesError, type Result, type SalesError } from "@core/errors";

/** The customer segments an R and F score pair falls into. */
export type Segment =
  | "champions"
  | "loyal"
  | "potentialLoyalist"
  | "new"
  | "promising"
  | "needsAttention"
  | "aboutToSleep"
  | "cantLose"
  | "atRisk"
  | "hibernating";

/** Segment names as the catalogue gives them, in both languages. */
export const SEGMENT_NAMES: Readonly<Record<Segment, Readonly<Record<Language, string>>>> = {
  champions: { en: "Champions", zh: "冠军客户" },
  loyal: { en: "Loyal", zh: "忠诚客户" },
  potentialLoyalist: { en: "Potential loyalist", zh: "潜力客户" },
  new: { en: "New", zh: "新客户" },
  promising: { en: "Promising", zh: "有潜力新客" },
  needsAttention: { en: "Needs attention", zh: "需关注" },
  aboutToSleep: { en: "About to sleep", zh: "将沉睡" },
  cantLose: { en: "Can't lose", zh: "重要挽留" },
  atRisk: { en: "At risk", zh: "流失风险" },
  hibernating: { en: "Hibernating", zh: "沉睡客户" },
};

/**
 * The segment of an R and F score (each 1–5). The catalogue's table covers each of the 25 pairs
 * exactly once, so no fallback is needed:
 *
 * | R \ F | 1 | 2 | 3 | 4 | 5 |
 * |---|---|---|---|---|---|
 * | 5 | New | Potential loyalist | Potential loyalist | Champions | Champions |
 * | 4 | Promising | Potential loyalist | Potential loyalist | Loyal | Loyal |
 * | 3 | About to sleep | About to sleep | Needs attention | Loyal | Loyal |
 * | 1–2 | Hibernating | Hibernating | At risk | At risk | Can't lose |
 *
 * @param r - recency score, a whole number 1–5
 * @param f - frequency score, a whole number 1–5
 * @returns the segment
 *
 * @example
 * segmentOf(5, 4) //=> "champions"
 */
export function segmentOf(r: number, f: number): Segment {
  if (r === 5 && f >= 4) return "champions";
  if (r >= 3 && f >= 4) return "loyal";
  if (r >= 4 && f >= 2) return "potentialLoyalist";
  if (r === 5) return "new";
  if (r === 4) return "promising";
  if (r === 3) return f === 3 ? "needsAttention" : "aboutToSleep";
  if (f === 5) return "cantLose";
  return f >= 3 ? "atRisk" : "hibernating";
}

const RFM_CODE = /^[1-5]{3}$/;

/**
 * A language argument: "en" or "zh", trimmed and case-insensitive; a region suffix
 * ("zh-CN", "en-US") is accepted too, as is 中文 / 英文. Empty means English.
 */
function languageOf(arg: Cell): Result<Language> {
  if (isEmpty(arg)) return "en";
  const text = normalizeLabel(arg);
  if (text === "en" || text.startsWith("en-") || text === "英文") return "en";
  if (text === "zh" || text.startsWith("zh-") || text === "中文") return "zh";
  return salesError("invalid-value", "unknownOption", {
    what: "language",
    value: showCell(arg),
    allowed: '"en", "zh"',
  });
}

/**
 * SALES.SEGMENT: the segment name of RFM codes, spilled in the shape of rfm_code. A code is three
 * digits 1–5 (text "545" or the number 545, spaces trimmed); only its R and F digits matter.
 * Anything else is #VALUE! in that cell; an empty cell gives "". An unknown language is #VALUE!
 * for the whole result.
 *
 * @param rfmCode - codes such as "545", a range or one cell
 * @param language - "en" or "zh"; null for English
 * @returns segment names in the shape of rfmCode
 *
 * @example
 * segment([["545"], ["311"]], "zh") //=> [["冠军客户"], ["将沉睡"]]
 */
export function segment(rfmCode: CellOrMatrix, language: Cell = null): Result<(string | SalesError)[][]> {
  const lang = languageOf(language);
  if (typeof lang !== "string") return lang;
  const names = flatten(rfmCode).map((cell, i): string | SalesError => {
    if (isEmpty(cell)) return "";
    const code = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
    if (!RFM_CODE.test(code)) return salesError("invalid-value", "notAnRfmCode", { row: i + 1, value: showCell(cell) });
    return SEGMENT_NAMES[segmentOf(Number(code[0]), Number(code[1]))][lang];
  });
  return reshape(names, shapeOf(rfmCode));
}
