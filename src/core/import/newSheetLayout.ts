import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { figureFormat } from "@core/workbook/numberFormat";
import { importFingerprint } from "@core/import/importFingerprint";
import { importFormula, type ConfigTables } from "@core/import/importFormulas";
import type { ImportTarget } from "@core/import/importColumns";
import { extraHeader, outputCell, uniqueHeader, type TableLayout } from "@core/import/tableLayout";
import type { ImportResult } from "@core/import/validateRows";

export type NewSheetOptions = {
  readonly target: ImportTarget;
  /** The source header row (names the extra columns). */
  readonly headers: readonly Cell[];
  readonly language: WorkbookLanguage;
  /** The Stages table's headers as written, by key (Deals formulas look stages up there). */
  readonly stagesHeader?: (key: string) => string;
  /** The ServiceLevels table's headers as written, by key (Service[DueBy] looks days up there). */
  readonly serviceLevelsHeader?: (key: string) => string;
  /** The number format each source column mostly carries (see dominantFormat), by source index. */
  readonly sourceFormats?: readonly (string | undefined)[];
  /** Whether the workbook has Stages and Cadences (the formula columns refer to them). */
  readonly config?: ConfigTables;
};

/**
 * The complete table an import writes to a new sheet: every column of the SalesGrid table in its
 * canonical order and the workbook's language (empty where nothing was mapped, formula columns
 * filled by their formula), then every unmapped source column that has a header or a value,
 * under its own header. Headers are unique; text is guarded so `=`, `+`, `-`, `@` stay text;
 * dates, money and percents get their number formats, extra columns keep the format their
 * source column mostly had (dates stay dates).
 *
 * @param result - the output of validateRows
 * @param options - target, source headers, workbook language, Stages headers, source formats
 * @returns the layout for the writer
 *
 * @example
 * newSheetLayout(validateRows([["Acme", "=1+1"]], ["Company", null], "Customers", { knownStages: [] }),
 *   { target: "Customers", headers: ["Firm", "Memo"], language: "en-US" }).rows[0].slice(2, 3)
 * //=> ["Acme"]
 */
export function newSheetLayout(result: ImportResult, options: NewSheetOptions): TableLayout {
  const { target, language } = options;
  const specs = tableSpec(target).columns;
  const extras = result.extraColumns
    .map((index, position) => ({ index, position }))
    .filter(
      ({ index, position }) =>
        !isEmpty(options.headers[index] ?? null) || result.rows.some((row) => !isEmpty(row.extras[position] ?? null)),
    );
  const taken = new Set<string>();
  const headers = [
    ...specs.map((spec) => uniqueHeader(spec.header[language], taken)),
    ...extras.map(({ index }) => uniqueHeader(extraHeader(options.headers[index], index, language), taken)),
  ];
  const headerOf = (table: string, key: string): string => {
    if (table === "Stages") return options.stagesHeader?.(key) ?? key;
    if (table === "ServiceLevels") return options.serviceLevelsHeader?.(key) ?? key;
    return headers[specs.findIndex((spec) => spec.key === key)] ?? key;
  };
  const formulas = [
    ...specs.map((spec) => (spec.formula ? (importFormula(target, spec.key, headerOf, options.config) ?? null) : null)),
    ...extras.map(() => null),
  ];
  const formats = [
    ...specs.map((spec) => figureFormat(spec.kind) ?? null),
    ...extras.map(({ index }) => options.sourceFormats?.[index] ?? null),
  ];
  const rows = result.rows.map((row) => [
    ...specs.map((spec) => (spec.formula ? "" : outputCell(row.values[spec.key] ?? null))),
    ...extras.map(({ position }) => outputCell(row.extras[position] ?? null)),
  ]);
  const fingerprint = importFingerprint([target, "new-sheet", headers, rows], rows.length);
  return { mode: "new-sheet", headers, rows, formats, formulas, addedColumns: [], fingerprint };
}
