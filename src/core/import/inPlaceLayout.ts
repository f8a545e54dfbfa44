import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { figureFormat } from "@core/workbook/numberFormat";
import { importFingerprint } from "@core/import/importFingerprint";
import { importFormula, type ConfigTables } from "@core/import/importFormulas";
import type { ImportTarget } from "@core/import/importColumns";
import type { ImportMapping } from "@core/import/proposeMapping";
import { extraHeader, outputCell, textCell, uniqueHeader, type TableLayout } from "@core/import/tableLayout";
import type { ImportResult } from "@core/import/validateRows";
import { widestRow } from "@core/cells/widestRow";

export type InPlaceOptions = {
  readonly target: ImportTarget;
  readonly language: WorkbookLanguage;
  /** The source block as read (values), its formulas when known, and where it sits on the sheet. */
  readonly values: Matrix;
  readonly formulas?: readonly (readonly unknown[])[];
  /** The block's number formats: a cell formatted as Text (`@`) is written as typed. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based sheet row and column of `values[0][0]`. */
  readonly top: number;
  readonly left: number;
  /** Index in `values` of the header row. */
  readonly headerRow: number;
  readonly mapping: ImportMapping;
  readonly stagesHeader?: (key: string) => string;
  /** The ServiceLevels table's headers as written, by key (Service[DueBy] looks days up there). */
  readonly serviceLevelsHeader?: (key: string) => string;
  /** Whether the workbook has Stages and Cadences (the formula columns refer to them). */
  readonly config?: ConfigTables;
};

function same(a: Cell, b: Cell): boolean {
  return (isEmpty(a ?? null) && isEmpty(b ?? null)) || a === b;
}

/**
 * What converting a list in place changes, and nothing more. The range from the header row to
 * the last filled row becomes the table (title rows above stay outside). Headers of mapped
 * columns become the SalesGrid headers in the workbook's language, empty or repeated headers get
 * unique names (Excel requires them); a mapped cell is rewritten only when conversion changed it
 * (text dates → date serials, numbers stored as text → numbers, stages per the stage mapping,
 * Call/电话 in the workbook's language, whole-number phones → text) and never when it holds a
 * formula; unmapped columns, blank rows and values that cannot be converted stay as they are.
 * Columns of the SalesGrid table the list lacks are added at the right end (formula columns with
 * their formula), so every view and formula finds its columns. Converting again after a partial
 * write changes nothing already converted, which is what lets a second run finish the job.
 *
 * @param result - validateRows of the rows under the header (firstRow = their sheet row number)
 * @param options - the source block, its place, the mapping, target and language
 * @returns the layout: `rows` hold only changed cells (null elsewhere), `keys` the rows as read
 *
 * @example
 * inPlaceLayout(validateRows([["Acme", "1,200"]], ["Company", "Satisfaction"], "Customers", { knownStages: [], firstRow: 2 }),
 *   { target: "Customers", language: "en-US", values: [["Firm", "Score"], ["Acme", "1,200"]], top: 0, left: 0, headerRow: 0,
 *     mapping: ["Company", "Satisfaction"] }).rows[0].slice(0, 2)
 * //=> [null, 1200]
 */
export function inPlaceLayout(result: ImportResult, options: InPlaceOptions): TableLayout {
  const { target, language, values, mapping, headerRow } = options;
  const specs = tableSpec(target).columns;
  let last = values.length - 1;
  while (last > headerRow && (values[last] ?? []).every((cell) => isEmpty(cell ?? null))) last--;
  const width = widestRow(values.slice(headerRow, last + 1), 1);
  const sourceHeaders = values[headerRow] ?? [];

  const taken = new Set<string>();
  // The first source column mapped to a key fills it (as in validateRows); later ones stay extras.
  const claimed = new Map<number, (typeof specs)[number]>();
  for (let index = 0; index < width; index++) {
    const spec = specs.find((candidate) => candidate.key === mapping[index] && result.columns.includes(candidate.key));
    if (spec && ![...claimed.values()].includes(spec)) claimed.set(index, spec);
  }
  const keyOf = (index: number) => claimed.get(index);
  // Mapped columns claim their SalesGrid headers first, so a user's column that happens to carry
  // one of those names is the one renamed.
  const mappedHeaders = new Map<number, string>();
  for (let index = 0; index < width; index++) {
    const spec = keyOf(index);
    if (spec) mappedHeaders.set(index, uniqueHeader(spec.header[language], taken));
  }
  const headers: string[] = [];
  for (let index = 0; index < width; index++) {
    headers.push(mappedHeaders.get(index) ?? uniqueHeader(extraHeader(sourceHeaders[index], index, language), taken));
  }
  const formats: (string | null)[] = headers.map((_, index) => {
    const spec = keyOf(index);
    return spec ? (figureFormat(spec.kind) ?? null) : null;
  });
  const addedColumns: number[] = [];
  const addedKeys = new Map<string, number>();
  for (const spec of specs) {
    if (result.columns.includes(spec.key)) continue;
    headers.push(uniqueHeader(spec.header[language], taken));
    formats.push(figureFormat(spec.kind) ?? null);
    addedColumns.push(headers.length - 1);
    addedKeys.set(spec.key, headers.length - 1);
  }
  const headerOf = (table: string, key: string): string => {
    if (table === "Stages") return options.stagesHeader?.(key) ?? key;
    if (table === "ServiceLevels") return options.serviceLevelsHeader?.(key) ?? key;
    const at = addedKeys.get(key) ?? [...mappedHeaders.keys()].find((index) => keyOf(index)?.key === key);
    return at === undefined ? key : headers[at];
  };
  const formulas = headers.map((_, at) => {
    const key = [...addedKeys.entries()].find(([, position]) => position === at)?.[0];
    const spec = specs.find((candidate) => candidate.key === key);
    return spec?.formula ? (importFormula(target, spec.key, headerOf, options.config) ?? null) : null;
  });

  const bySheetRow = new Map(result.rows.map((row) => [row.sourceRow, row]));
  const rows: Cell[][] = [];
  const keys: Cell[][] = [];
  for (let at = headerRow + 1; at <= last; at++) {
    const source = values[at] ?? [];
    keys.push(Array.from({ length: width }, (_, index) => source[index] ?? ""));
    const imported = bySheetRow.get(options.top + at + 1);
    const out: Cell[] = headers.map(() => null);
    if (imported) {
      for (let index = 0; index < width; index++) {
        const spec = keyOf(index);
        if (!spec) continue;
        const formula = options.formulas?.[at]?.[index];
        if (typeof formula === "string" && formula.startsWith("=")) continue;
        const converted = imported.values[spec.key] ?? null;
        if (same(converted, source[index] ?? null)) continue;
        out[index] = options.numberFormats?.[at]?.[index] === "@" ? textCell(converted) : outputCell(converted);
      }
    }
    rows.push(out);
  }
  const fingerprint = importFingerprint([target, "in-place", options.top, options.left, headers, rows], rows.length);
  return {
    mode: "in-place",
    headers,
    rows,
    formats,
    formulas,
    addedColumns,
    anchor: { row: options.top + headerRow, column: options.left },
    keys,
    fingerprint,
  };
}
