import type { ImportService } from "@excel/import/importService";
import type { SourceBlock } from "@excel/import/readImportSource";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";

export { stubResizeObserver } from "../stubResizeObserver";

/** A workbook with no SalesGrid tables and one sheet: where a first import lands. */
export const emptyWorkbook: ImportWorkbook = {
  language: null,
  tables: {},
  sheets: ["Sheet1"],
  cadences: false,
  textColumns: {},
  pending: null,
};

/** A selection read from Sheet1's top-left corner, every cell in the General format. */
export function block(values: SourceBlock["values"]): SourceBlock {
  return {
    sheet: "Sheet1",
    address: "A1",
    top: 0,
    left: 0,
    values,
    formulas: values,
    numberFormats: values.map((r) => r.map(() => "General")),
  };
}

/**
 * An import service over the empty workbook whose reads of the selection or a sheet, and whose
 * write, fail unless the test overrides them.
 */
export function fakeImport(overrides: Partial<ImportService> = {}): ImportService {
  const failed = { ok: false as const, error: { kind: "office" as const, code: "X", message: "no" } };
  return {
    readWorkbook: jest.fn(async () => ({ ok: true as const, value: emptyWorkbook })),
    readSelection: jest.fn(async () => failed),
    readSheet: jest.fn(async () => failed),
    write: jest.fn(async () => failed),
    writeRejected: jest.fn(async () => failed),
    ...overrides,
  };
}
