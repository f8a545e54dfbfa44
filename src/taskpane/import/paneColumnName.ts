import type { ImportTarget } from "@core/import/importColumns";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";

/**
 * A column's name in the pane's language: a SalesGrid column, named by its key or by its header
 * in either workbook language, reads as its header in `language`; any other column (one of the
 * user's, kept as an extra column) keeps its own name.
 *
 * @param target - the table the import writes to
 * @param name - a column key ("LastContact") or a header as written ("最近联系", "lastcontact")
 * @param language - the pane's language
 * @returns the name to show
 * @example
 * paneColumnName("Customers", "最近联系", "en-US") //=> "LastContact"
 * paneColumnName("Customers", "WeChat", "zh-CN") //=> "WeChat"
 */
export function paneColumnName(target: ImportTarget, name: string, language: WorkbookLanguage): string {
  const wanted = name.trim().toLowerCase();
  const column = tableSpec(target).columns.find(
    (candidate) =>
      candidate.key.toLowerCase() === wanted ||
      Object.values(candidate.header).some((header) => header.toLowerCase() === wanted),
  );
  return column?.header[language] ?? name;
}
