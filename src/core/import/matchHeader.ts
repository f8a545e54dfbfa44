import type { Cell } from "@core/cells/cell";
import { headerSynonyms } from "@core/import/headerSynonyms";
import type { ImportTarget } from "@core/import/importColumns";
import { normalizeHeader } from "@core/import/normalizeHeader";

/** A target column a header may stand for, with how sure the match is (0–1). */
export type HeaderMatch = { key: string; score: number };

type Synonym = { key: string; text: string; rank: number };

/** A partial match must share at least this many characters, so "客户" alone never matches "客户编号". */
const MIN_PARTIAL = 4;
/**
 * What may be left over around a partial match without changing the meaning: "Contact ID" is not a
 * contact's name and "Amount Currency" is not an amount, while "Amount (converted)" is.
 */
const MEANING_CHANGERS = [
  "id",
  "no",
  "number",
  "code",
  "type",
  "currency",
  "optout",
  "编号",
  "代码",
  "类型",
  "币种",
  "号",
];

const cache = new Map<ImportTarget, Synonym[]>();

function synonymsOf(target: ImportTarget): Synonym[] {
  let list = cache.get(target);
  if (!list) {
    // Ranks count per script, so the first English name scores as high as the first Chinese one.
    list = Object.entries(headerSynonyms(target)).flatMap(([key, texts]) => {
      const chinese = texts.filter((text) => /\p{Script=Han}/u.test(text));
      const other = texts.filter((text) => !/\p{Script=Han}/u.test(text));
      return [chinese, other].flatMap((group) =>
        group.map((text, rank) => ({ key, text: normalizeHeader(text), rank })),
      );
    });
    cache.set(target, list);
  }
  return list;
}

function scoreAgainst(header: string, synonym: Synonym): number {
  if (header === synonym.text) return 1 - 0.004 * Math.min(synonym.rank, 25);
  if (synonym.text.length < MIN_PARTIAL || header.length <= synonym.text.length) return 0;
  let rest: string;
  if (header.startsWith(synonym.text)) rest = header.slice(synonym.text.length);
  else if (header.endsWith(synonym.text)) rest = header.slice(0, header.length - synonym.text.length);
  else return 0;
  if (MEANING_CHANGERS.some((word) => rest === word || rest.endsWith(word))) return 0;
  return 0.5 + 0.3 * (synonym.text.length / header.length) - 0.002 * Math.min(synonym.rank, 25);
}

/**
 * The target columns a header may stand for, best first: an exact synonym (after
 * {@link normalizeHeader}) scores close to 1, a header that starts or ends with a synonym of four
 * or more characters ("客户名称全称", "Amount (converted)") scores between 0.5 and 0.8.
 *
 * @param header - a header cell of the user's sheet
 * @param target - the table the sheet is being turned into
 * @returns one match per target column that fits, best first; none for an unknown header
 *
 * @example
 * matchHeader("Account Name", "Customers")[0] //=> { key: "Company", score: 0.992 }
 */
export function matchHeader(header: Cell, target: ImportTarget): HeaderMatch[] {
  const text = normalizeHeader(header);
  if (text.length === 0) return [];
  const best = new Map<string, number>();
  for (const synonym of synonymsOf(target)) {
    const score = scoreAgainst(text, synonym);
    if (score > (best.get(synonym.key) ?? 0)) best.set(synonym.key, score);
  }
  return [...best.entries()]
    .map(([key, score]) => ({ key, score: Math.round(score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
}
