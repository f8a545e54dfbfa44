import type { MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelResult } from "@excel/excelFailure";
import type { TableStatus, WorkbookStatus } from "@excel/workbookStatus";
import { tableNames, type TableName } from "@core/workbook/schema";
import type { WorkbookService } from "@taskpane/services/WorkbookServiceContext";

/**
 * A status where the listed tables are present (on the given sheet, with the given rows, lacking
 * the given columns or none) and the rest missing.
 */
export function statusWith(
  present: Partial<Record<TableName, { sheet: string; rowCount: number; missingColumns?: readonly MissingColumn[] }>>,
  extra: Partial<
    Pick<WorkbookStatus, "schemaVersion" | "language" | "forecastUpgrade" | "periodPlanUpgrade" | "collectionsUpgrade">
  > = {},
): WorkbookStatus {
  const tables = tableNames.map((name): TableStatus => {
    const found = present[name];
    return found ? { name, present: true, missingColumns: [], ...found } : { name, present: false };
  });
  return {
    tables,
    schemaVersion: extra.schemaVersion ?? null,
    language: extra.language ?? null,
    forecastUpgrade: extra.forecastUpgrade ?? false,
    periodPlanUpgrade: extra.periodPlanUpgrade ?? false,
    collectionsUpgrade: extra.collectionsUpgrade ?? false,
  };
}

/** A workbook service that answers with the given results in turn (the last one repeats). */
export function fakeWorkbookService(...results: ExcelResult<WorkbookStatus>[]): WorkbookService & {
  readWorkbookStatus: jest.Mock<Promise<ExcelResult<WorkbookStatus>>, []>;
} {
  let call = 0;
  const readWorkbookStatus = jest.fn(async () => results[Math.min(call++, results.length - 1)]);
  return fakeService({ readWorkbookStatus });
}

/** A table-change subscription that never reports a change: the default of {@link fakeService}. */
const quietTables: WorkbookService["onTablesChanged"] = async () => ({
  ok: true,
  value: async () => ({ ok: true, value: undefined }),
});

/**
 * A workbook service with only the given operations; calling any other one fails the test with
 * its name, so a view's test states exactly what it reads and writes. Every area subscribes to
 * table changes (useTablesChanged); unless the test gives `onTablesChanged`, no change is reported.
 */
export function fakeService<T extends Partial<WorkbookService>>(operations: T): WorkbookService & T {
  // An own property, not a fallback of `get`: AreaBoundary's tracked copy takes the own entries.
  return new Proxy(
    { onTablesChanged: quietTables, ...operations },
    {
      get(target, key) {
        if (key in target) return target[key as keyof typeof target];
        if (typeof key === "symbol" || key === "then") return undefined;
        throw new Error(`The test's workbook service has no "${key}"; give it to fakeService.`);
      },
    },
  ) as WorkbookService & T;
}
