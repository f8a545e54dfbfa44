import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { figureFormat } from "@core/workbook/numberFormat";
import { importFingerprint } from "@core/import/importFingerprint";
import type { ImportTarget } from "@core/import/importColumns";
import { extraHeader, outputCell, textCell, uniqueHeader, type TableLayout } from "@core/import/tableLayout";
import type { ImportResult } from "@core/import/validateRows";

export type AppendOptions = {
  readonly target: ImportTarget;
  /** The source header row. */
  readonly headers: readonly Cell[];
  readonly language: WorkbookLanguage;
  /** The existing table's header row and where its schema columns are (readTables). */
  readonly table: {
    readonly headers: readonly string[];
    readonly columns: ColumnIndex;
    readonly rowCount: number;
    /** Which of the table's columns are formatted as Text (`@`): their cells are written as typed. */
    readonly textColumns?: readonly boolean[];
  };
  readonly sourceFormats?: readonly (string | undefined)[];
};

/**
 * The rows an import appends to a SalesGrid table that already exists, laid out on that table's
 * own columns: a mapped value goes to its schema column wherever the user keeps it; an unmapped
 * source column goes to the table column of the same header (case-insensitive), or becomes a new
 * column at the right end; formula columns get `null` so the table's calculated column fills
 * them; every other cell of a new row is empty. Existing rows are never touched. A schema column
 * the user deleted from the table comes back at the right end when the import maps it.
 *
 * @param result - the output of validateRows
 * @param options - target, source headers, language and the existing table
 * @returns the layout for the writer (headers = the table's headers plus the added ones)
 *
 * @example
 * appendLayout(validateRows([["Acme", "vip"]], ["Company", null], "Customers", { knownStages: [] }),
 *   { target: "Customers", headers: ["Firm", "Memo"], language: "en-US",
 *     table: { headers: ["Company"], columns: { Company: 0 }, rowCount: 3 } }).headers
 * //=> ["Company", "Memo"]
 */
export function appendLayout(result: ImportResult, options: AppendOptions): TableLayout {
  const { target, language, table } = options;
  const specs = tableSpec(target).columns;
  const headers = [...table.headers];
  const taken = new Set(headers.map((header) => header.toLowerCase()));
  const formats: (string | null)[] = headers.map(() => null);
  const addedColumns: number[] = [];
  const add = (header: string, format: string | null): number => {
    headers.push(uniqueHeader(header, taken));
    formats.push(format);
    addedColumns.push(headers.length - 1);
    return headers.length - 1;
  };

  const keyAt = new Map<string, number>();
  for (const spec of specs) {
    const at = table.columns[spec.key] ?? -1;
    if (at >= 0) keyAt.set(spec.key, at);
    else if (result.columns.includes(spec.key))
      keyAt.set(spec.key, add(spec.header[language], figureFormat(spec.kind) ?? null));
  }
  const formulaAt = new Set(
    specs.filter((spec) => spec.formula && keyAt.has(spec.key)).map((spec) => keyAt.get(spec.key)),
  );

  const extraAt = result.extraColumns.map((index, position) => {
    const hasValue = result.rows.some((row) => !isEmpty(row.extras[position] ?? null));
    if (isEmpty(options.headers[index] ?? null) && !hasValue) return -1;
    const header = extraHeader(options.headers[index], index, language);
    const existing = table.headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase());
    const isSchema = specs.some((spec) => (table.columns[spec.key] ?? -1) === existing);
    if (existing >= 0 && !isSchema) return existing;
    return add(header, options.sourceFormats?.[index] ?? null);
  });

  const write = (cell: Cell, at: number) => (table.textColumns?.[at] ? textCell(cell) : outputCell(cell));
  const rows = result.rows.map((row) => {
    const out: Cell[] = headers.map((_, at) => (formulaAt.has(at) ? null : ""));
    for (const key of result.columns) {
      const at = keyAt.get(key);
      if (at !== undefined && !formulaAt.has(at)) out[at] = write(row.values[key] ?? null, at);
    }
    extraAt.forEach((at, position) => {
      if (at >= 0) out[at] = write(row.extras[position] ?? null, at);
    });
    return out;
  });
  const fingerprint = importFingerprint([target, "append", headers, rows], rows.length);
  return { mode: "append", headers, rows, formats, formulas: headers.map(() => null), addedColumns, fingerprint };
}
