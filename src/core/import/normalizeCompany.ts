import type { Cell } from "@core/cells/cell";

/** Legal-form endings that do not tell two companies apart (longest first). */
const CHINESE_SUFFIXES = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "公司"];
const LATIN_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "co",
  "corp",
  "corporation",
  "company",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "sarl",
  "bv",
  "pte",
  "pty",
  "srl",
  "spa",
  "kk",
]);

/**
 * The key two customer names are compared by to find duplicates (查重): compatibility forms
 * folded (full-width → half-width), lower case, punctuation and spaces removed, and the legal form
 * at the end dropped — 有限公司, 股份有限公司, 有限责任公司, 公司, Inc, Ltd, Co., Corp, LLC, GmbH … —
 * so "上海华瑞科技有限公司" and "上海华瑞科技" match, as do "Northwind Traders, Inc." and
 * "NORTHWIND TRADERS". A city or region in front is kept ("上海华瑞" and "华瑞" may be different
 * firms). A name that is only a legal form keeps it; an empty cell gives "".
 *
 * @example
 * normalizeCompany("Ｎｏｒｔｈｗｉｎｄ Traders Co., Ltd.") //=> "northwindtraders"
 */
export function normalizeCompany(name: Cell): string {
  if (name === null || name === undefined || typeof name === "boolean") return "";
  const words = String(name)
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word.length > 0);
  while (words.length > 1 && LATIN_SUFFIXES.has(words[words.length - 1])) words.pop();
  let key = words.join("");
  if (CHINESE_SUFFIXES.includes(key)) return key;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CHINESE_SUFFIXES) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return key;
}
