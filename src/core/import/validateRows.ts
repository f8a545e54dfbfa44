import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseMoney, type CurrencyCode } from "@core/cells/parseMoney";
import { parseNumber } from "@core/cells/parseNumber";
import type { MessageParams } from "@core/messages";
import type { ColumnSpec, WorkbookLanguage } from "@core/workbook/schema";
import { applyStageMapping, stageKey, type StageMapping } from "@core/import/applyStageMapping";
import { detectDateFormat, type DateFormat } from "@core/import/detectDateFormat";
import { importColumns, isStageColumn, type ImportTarget } from "@core/import/importColumns";
import { EXCEL_CELL_CHARS, importProblem, type ImportProblem } from "@core/import/importProblem";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { normalizePhone } from "@core/import/normalizePhone";
import { parseImportDate, type DateOrder } from "@core/cells/parseImportDate";
import type { ImportMapping } from "@core/import/proposeMapping";
import { requiredColumns } from "@core/import/requiredColumns";
import { looksLikeFormula } from "@core/workbook/safeText";
import { widestRow } from "@core/cells/widestRow";
import type { CheckedField, ValueMapping } from "@core/import/valueChoices";
import { unknownReferences, type KnownReferences } from "@core/import/unknownReferences";
import { idCell } from "@core/import/cellKey";

/** The checked fields besides stages, which the Stages table and the stage mapping check. */
export type ValueField = Exclude<CheckedField, "Stage">;

/** How a problem names the list an unknown value is missing from. */
const listNames: Readonly<Record<ValueField, { readonly en: string; readonly zh: string }>> = {
  Owner: { en: "the Team table", zh: "销售团队表" },
  Tier: { en: "the Cadences table", zh: "回访周期表" },
  Method: { en: "the follow-up methods", zh: "跟进方式列表" },
  Type: { en: "the ticket types", zh: "工单类型列表" },
  Priority: { en: "the priorities", zh: "优先级列表" },
  Status: { en: "the ticket statuses", zh: "工单状态列表" },
};

/** The list an unknown value of a target's field is missing from (Payments' methods are payment methods). */
function listName(target: ImportTarget, field: ValueField): { readonly en: string; readonly zh: string } {
  return target === "Payments" && field === "Method"
    ? { en: "the payment methods", zh: "回款方式列表" }
    : listNames[field];
}

/** Columns whose numbers must lie in a range: a service ticket's satisfaction is a score of 1 to 5. */
const ranges: Partial<Record<ImportTarget, Readonly<Record<string, readonly [number, number]>>>> = {
  Service: { Satisfaction: [1, 5] },
};

/** "+86 138 0013 8000": a phone number in international form, which starts with + but is no formula. */
const INTERNATIONAL_PHONE = /^\s*\+\s*\d[\d\s\-().]{5,}$/;

/** What validation needs to know about the workbook and the source besides the rows. */
export type ImportContext = {
  /** The workbook's stage names (the Stages table). */
  readonly knownStages: readonly string[];
  /** Customers already in the workbook, for duplicate checks (company, or name when no company). */
  readonly existing?: { readonly names: readonly Cell[]; readonly phones: readonly Cell[] };
  /** Source stage label → stage to use, as the user resolved unknown stages. */
  readonly stageMapping?: StageMapping;
  /** The source header row, to name extra columns in problems. */
  readonly headers?: readonly Cell[];
  /** The 1-based source row number of `rows[0]`; 2 (data under a header in row 1) by default. */
  readonly firstRow?: number;
  /** The workbook's language, for choice values (Call/电话, Active/活跃 …); en-US by default. */
  readonly language?: WorkbookLanguage;
  /**
   * Where the rows come from. In a CSV file every value is text, so numbers are converted
   * without an "info" each, and plain numbers in extra columns become numbers as Excel does when
   * it opens a CSV (leading zeros are kept as text).
   */
  readonly source?: "range" | "csv";
  /** A day/month order the user chose for a date column (by target column key). */
  readonly dateOrders?: Readonly<Record<string, DateOrder>>;
  /**
   * Owner, Tier and Method: the values the workbook's list holds (a field absent here is not
   * checked) and the user's mapping of unknown values onto them.
   */
  readonly checked?: Partial<
    Record<ValueField, { readonly known: readonly string[]; readonly mapping?: ValueMapping }>
  >;
  /**
   * The IDs the workbook's Contracts and Deals tables hold (knownReferences): a ContractID or
   * DealID naming none of them is reported "unknown-reference". A table absent here is not checked.
   */
  readonly references?: KnownReferences;
};

/** One source row, converted. */
export type ImportedRow = {
  /** 1-based row number in the source. */
  readonly sourceRow: number;
  /** The mapped columns by target column key (null for an empty cell). */
  readonly values: Readonly<Record<string, Cell>>;
  /** The unmapped columns' cells, in the order of `ImportResult.extraColumns`. */
  readonly extras: readonly Cell[];
};

export type ImportResult = {
  readonly rows: ImportedRow[];
  readonly problems: ImportProblem[];
  /** Stage names not in the workbook (after the stage mapping), in order of first appearance. */
  readonly unknownStages: string[];
  /** The target column keys that were mapped, in the table's canonical order. */
  readonly columns: string[];
  /** Source column indexes kept as extra columns, left to right. */
  readonly extraColumns: number[];
  /** The day/month order used for each mapped date column. */
  readonly dateFormats: Record<string, DateFormat>;
  /** Owner, Tier, Method values not in their list (after the mapping), in order of first appearance. */
  readonly unknownValues?: Partial<Record<ValueField, string[]>>;
};

/** A plain decimal as Excel reads it from a CSV; leading zeros and long digit codes stay text. */
const CSV_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

function headerName(headers: readonly Cell[] | undefined, index: number): string {
  const header = headers?.[index];
  return isEmpty(header) ? `#${index + 1}` : String(header);
}

function choiceValue(cell: Cell, spec: ColumnSpec, language: WorkbookLanguage): Cell {
  if (typeof cell !== "string" || !spec.choices) return cell;
  const key = stageKey(cell);
  const choice = spec.choices.find((c) => stageKey(c["en-US"]) === key || stageKey(c["zh-CN"]) === key);
  return choice ? choice[language] : cell;
}

/**
 * Converts and checks the data rows of a sheet or CSV file about to become a Customers, Deals,
 * Activities, Payments or Service table. Per mapped column: dates are read in the column's detected day/month order
 * (text and serials; unreadable cells are kept and reported "bad-date"), numbers stored as text
 * become numbers ("number-as-text", info) and unreadable ones are kept ("bad-number"), stages
 * go through the stage mapping and are checked against the known stages ("unknown-stage"),
 * choice values (Call/电话, Active/公海, Bank transfer/对公转账 …) are written in the workbook's
 * language, a service ticket's Satisfaction outside 1–5 is kept and reported "out-of-range", whole numbers
 * in Phone, CustomerID and DealID become text, IDs and phones (the idText columns) are trimmed of
 * the spaces around them, U+00A0 and U+3000 included (idCell: SUMIFS would not match " HT-0001 "
 * to HT-0001), and booleans are left alone. Rows lacking a required column are "missing-required" errors; customers are
 * checked for duplicates (查重) by company (or contact name when there is no company, see
 * normalizeCompany) and by phone (normalizePhone), within the import and against `existing`.
 * Text that starts like a formula is reported "formula-text" (buildOutput stores it as text);
 * text longer than an Excel cell holds ("too-long") or with a NUL character ("nul-char") is
 * reported, as the import refuses to write it until the source is fixed. A ContractID or DealID
 * that the workbook's Contracts or Deals table does not hold is reported "unknown-reference"
 * (unknownReferences; only for the tables in `context.references`).
 * Blank rows are skipped; no value is dropped: what cannot be converted is kept as it was.
 *
 * @param rows - the data rows (under the header row)
 * @param mapping - source column index → target column key, or null to keep as an extra column
 * @param target - the table being created
 * @param context - the workbook's stages and customers, and facts about the source
 * @returns the converted rows, every problem found, unknown stages and the extra columns
 *
 * @example
 * validateRows([["华瑞科技", "1,200", "Closed Won"]], ["Customer", "Amount", "Stage"], "Deals", { knownStages: ["赢单"] }).unknownStages
 * //=> ["Closed Won"]
 */
export function validateRows(
  rows: Matrix,
  mapping: ImportMapping,
  target: ImportTarget,
  context: ImportContext,
): ImportResult {
  const language = context.language ?? "en-US";
  const firstRow = context.firstRow ?? 2;
  const csv = context.source === "csv";
  const width = widestRow(rows, Math.max(mapping.length, context.headers?.length ?? 0));
  const specs = new Map(importColumns(target).map((spec) => [spec.key, spec]));
  const mapped: { index: number; spec: ColumnSpec }[] = [];
  const extraColumns: number[] = [];
  for (let index = 0; index < width; index++) {
    const spec = specs.get(mapping[index] ?? "");
    if (spec && !mapped.some((m) => m.spec.key === spec.key)) mapped.push({ index, spec });
    else extraColumns.push(index);
  }

  const dateFormats: Record<string, DateFormat> = {};
  for (const { index, spec } of mapped) {
    if (spec.kind !== "date") continue;
    const chosen = context.dateOrders?.[spec.key];
    dateFormats[spec.key] = chosen ? { order: chosen, certain: true } : detectDateFormat(rows.map((row) => row[index]));
  }

  const known = new Map(context.knownStages.map((stage) => [stageKey(stage), stage]));
  const unknownStages = new Map<string, string>();
  const checked = new Map(
    Object.entries(context.checked ?? {}).map(([field, list]) => [
      field,
      {
        ...list,
        byKey: new Map(list.known.map((value) => [stageKey(value), value])),
        unknown: new Map<string, string>(),
      },
    ]),
  );
  // The currency of each money column's first marked amount: later amounts in another are flagged.
  const firstCurrency = new Map<string, CurrencyCode>();
  const problems: ImportProblem[] = [];
  const out: ImportedRow[] = [];
  const problem = (...args: Parameters<typeof importProblem>) => problems.push(importProblem(...args));

  const checkFormula = (cell: Cell, row: number, column: string) => {
    if (
      typeof cell === "string" &&
      looksLikeFormula(cell) &&
      cell.trim().length > 1 &&
      parseNumber(cell) === undefined &&
      !INTERNATIONAL_PHONE.test(cell)
    ) {
      problem("formula-text", row, column, cell, "storedAsText", { row, value: cell });
    }
  };

  // Money text in a column kept as it is stays text, which no sum or formula counts: flagged.
  const checkCurrency = (cell: Cell, row: number, column: string) => {
    if (typeof cell !== "string") return;
    const money = parseMoney(cell);
    if (money?.currency) problem("currency-kept", row, column, cell, "currencyKept", { row, value: cell, column });
  };

  // Excel would cut a longer text or refuse a NUL: reported, never truncated on the way in.
  const checkCell = (cell: Cell, row: number, column: string) => {
    if (typeof cell !== "string") return;
    if (cell.length > EXCEL_CELL_CHARS) {
      problem("too-long", row, column, cell, "cellTooLong", { row, length: cell.length });
    }
    if (cell.includes("\u0000")) problem("nul-char", row, column, cell, "cellNul", { row });
  };

  // A number outside its column's range (a satisfaction of 8 on a 1–5 scale) is kept and flagged.
  const checkRange = (cell: Cell, row: number, spec: ColumnSpec) => {
    const range = ranges[target]?.[spec.key];
    if (!range || typeof cell !== "number" || (cell >= range[0] && cell <= range[1])) return;
    const params = (language: WorkbookLanguage) => ({
      row,
      what: spec.header[language],
      value: cell,
      min: range[0],
      max: range[1],
    });
    problem("out-of-range", row, spec.key, cell, "importOutOfRange", params("en-US"), params("zh-CN"));
  };

  const convert = (source: Cell, spec: ColumnSpec, row: number): Cell => {
    if (isEmpty(source)) return null;
    // An ID is written as the checks below and SUMIFS/XLOOKUP later compare it: trimmed (U+00A0
    // and U+3000 too), a whole number as its digits. The formula check runs on this value.
    const cell = spec.kind === "idText" ? idCell(source) : source;
    switch (spec.kind) {
      case "date": {
        const serial = parseImportDate(cell, dateFormats[spec.key].order);
        if (serial !== undefined) return serial;
        problem("bad-date", row, spec.key, cell, "notADate", { row, value: String(cell) });
        return cell;
      }
      case "money": {
        const money = parseMoney(cell);
        if (money === undefined) {
          problem("bad-number", row, spec.key, cell, "notANumber", { row, value: String(cell) });
          return cell;
        }
        if (typeof cell !== "string") return cell;
        const params = { row, value: cell, amount: money.value, currency: money.currency ?? "" };
        if (money.marked) problem("money-text", row, spec.key, cell, "moneyFromText", params);
        else if (!csv) problem("number-as-text", row, spec.key, cell, "numberFromText", { row, value: cell });
        if (money.currency !== null) {
          const first = firstCurrency.get(spec.key);
          if (first === undefined) firstCurrency.set(spec.key, money.currency);
          else if (first !== money.currency) {
            problem("currency-mixed", row, spec.key, cell, "currencyMixed", { ...params, first });
          }
        }
        return money.value;
      }
      case "number":
      case "count":
      case "percent": {
        if (typeof cell !== "string") return cell;
        const value = parseNumber(cell);
        if (value === undefined) {
          problem("bad-number", row, spec.key, cell, "notANumber", { row, value: cell });
          return cell;
        }
        if (!csv) problem("number-as-text", row, spec.key, cell, "numberFromText", { row, value: cell });
        return value;
      }
      case "flag":
        return cell;
      case "idText":
      case "text": {
        if (isStageColumn(target, spec.key) && typeof cell === "string") {
          const stage = applyStageMapping(cell, context.stageMapping ?? {});
          const knownStage = known.get(stageKey(stage));
          if (knownStage !== undefined) return knownStage;
          const key = stageKey(stage);
          if (!unknownStages.has(key)) unknownStages.set(key, String(stage).trim());
          problem("unknown-stage", row, spec.key, cell, "unknownStage", { row, value: String(stage) });
          return stage;
        }
        const list = checked.get(spec.key);
        if (list && (typeof cell === "string" || typeof cell === "number")) {
          const value = choiceValue(
            applyStageMapping(typeof cell === "number" ? String(cell) : cell, list.mapping ?? {}),
            spec,
            language,
          );
          const key = stageKey(value);
          const knownValue = list.byKey.get(key);
          if (knownValue !== undefined) return knownValue;
          if (!list.unknown.has(key)) list.unknown.set(key, String(value).trim());
          const name = listName(target, spec.key as ValueField);
          problem(
            "unknown-value",
            row,
            spec.key,
            cell,
            "unknownValue",
            { row, value: String(value), what: spec.header["en-US"], list: name.en },
            { row, value: String(value), what: spec.header["zh-CN"], list: name.zh },
          );
          return typeof cell === "number" ? cell : value;
        }
        return choiceValue(cell, spec, language);
      }
    }
  };

  rows.forEach((source, offset) => {
    if (source.every(isEmpty)) return;
    const row = firstRow + offset;
    const values: Record<string, Cell> = {};
    for (const { index, spec } of mapped) {
      checkCell(source[index] ?? null, row, spec.key);
      values[spec.key] = convert(source[index] ?? null, spec, row);
      checkFormula(values[spec.key], row, spec.key);
      checkRange(values[spec.key], row, spec);
    }
    const extras = extraColumns.map((index) => {
      const cell = source[index] ?? null;
      checkCell(cell, row, headerName(context.headers, index));
      if (csv && typeof cell === "string" && CSV_NUMBER.test(cell.trim())) return Number(cell.trim());
      checkFormula(cell, row, headerName(context.headers, index));
      checkCurrency(cell, row, headerName(context.headers, index));
      return cell;
    });
    for (const group of requiredColumns(target)) {
      if (group.some((key) => !isEmpty(values[key] ?? null))) continue;
      const names = (lang: WorkbookLanguage) => group.map((key) => specs.get(key)?.header[lang] ?? key).join(" / ");
      const en: MessageParams = { row, what: names("en-US") };
      problem("missing-required", row, group.join(" / "), null, "missingValue", en, { row, what: names("zh-CN") });
    }
    out.push({ sourceRow: row, values, extras });
  });

  if (target === "Customers") findDuplicates(out, context, problems);
  if (context.references) for (const found of unknownReferences(out, target, context.references)) problems.push(found);
  problems.sort((a, b) => a.row - b.row);
  const columns = [...specs.keys()].filter((key) => mapped.some((m) => m.spec.key === key));
  const unknownValues: Partial<Record<ValueField, string[]>> = {};
  for (const [field, list] of checked) unknownValues[field as ValueField] = [...list.unknown.values()];
  return {
    rows: out,
    problems,
    unknownStages: [...unknownStages.values()],
    columns,
    extraColumns,
    dateFormats,
    unknownValues,
  };
}

function findDuplicates(rows: readonly ImportedRow[], context: ImportContext, problems: ImportProblem[]): void {
  const existingNames = new Set((context.existing?.names ?? []).map(normalizeCompany).filter((k) => k !== ""));
  const existingPhones = new Set((context.existing?.phones ?? []).map(normalizePhone).filter((k) => k !== ""));
  const firstName = new Map<string, number>();
  const firstPhone = new Map<string, number>();
  for (const { sourceRow: row, values } of rows) {
    const column = isEmpty(values.Company ?? null) ? "Name" : "Company";
    const name = values[column] ?? null;
    const nameKey = normalizeCompany(name);
    if (nameKey !== "") {
      const first = firstName.get(nameKey);
      if (existingNames.has(nameKey)) {
        problems.push(
          importProblem("duplicate-name", row, column, name, "duplicateName", { row, value: String(name) }),
        );
      } else if (first !== undefined) {
        const params = { row, value: String(name), first };
        problems.push(importProblem("duplicate-name", row, column, name, "duplicateName", params));
      }
      if (first === undefined) firstName.set(nameKey, row);
    }
    const phone = values.Phone ?? null;
    const phoneKey = normalizePhone(phone);
    if (phoneKey !== "") {
      const first = firstPhone.get(phoneKey);
      if (existingPhones.has(phoneKey)) {
        problems.push(
          importProblem("duplicate-phone", row, "Phone", phone, "duplicatePhone", { row, value: String(phone) }),
        );
      } else if (first !== undefined) {
        const params = { row, value: String(phone), first };
        problems.push(importProblem("duplicate-phone", row, "Phone", phone, "duplicatePhone", params));
      }
      if (first === undefined) firstPhone.set(phoneKey, row);
    }
  }
}
