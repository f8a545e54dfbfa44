import { tableSpec, workbookLanguages, type TableName, type WorkbookLanguage } from "@core/workbook/schema";

/**
 * The language a table's header row is written in: the one whose schema headers it matches more
 * often (English on a tie, or for a header row of keys), so formulas and messages name columns as
 * the workbook does.
 *
 * @param name - the SalesGrid table
 * @param headers - its header row as read
 * @returns "zh-CN" or "en-US"
 * @example
 * headerLanguage("Deals", ["商机编号", "客户", "负责人"]) //=> "zh-CN"
 */
export function headerLanguage(name: TableName, headers: readonly unknown[]): WorkbookLanguage {
  const written = new Set(
    headers.map((header) =>
      String(header ?? "")
        .trim()
        .toLowerCase(),
    ),
  );
  const score = (language: WorkbookLanguage) =>
    tableSpec(name).columns.filter((column) => written.has(column.header[language].toLowerCase())).length;
  const [en, zh] = workbookLanguages.map(score);
  return zh > en ? "zh-CN" : "en-US";
}
