/**
 * Empties the sample's Contracts and Payments tables back to set-up's one empty row, so a test
 * starts from a workbook whose won deals have no contract yet (the formula columns keep their
 * formulas). Rows are deleted from the bottom in one request (TableRow.delete, ExcelApi 1.1).
 */
import { columnIndex } from "@core/workbook/columnIndex";
import { tableSpec } from "@core/workbook/schema";

export async function emptyCollections(): Promise<void> {
  await Excel.run(async (context) => {
    const names = ["Payments", "Contracts"] as const;
    const tables = names.map((name) => {
      const table = context.workbook.tables.getItem(name);
      const rows = table.rows.load("count");
      const header = table.getHeaderRowRange().load("values");
      return { name, table, rows, header };
    });
    await context.sync();
    for (const { name, table, rows, header } of tables) {
      for (let i = rows.count - 1; i >= 1; i--) table.rows.getItemAt(i).delete();
      const headers = header.values[0] as string[];
      const at = columnIndex(name, headers);
      const formula = new Set(
        tableSpec(name)
          .columns.filter((c) => c.formula)
          .map((c) => at[c.key]),
      );
      table.getDataBodyRange().values = [headers.map((_, c) => (formula.has(c) ? null : ""))] as unknown as string[][];
    }
    await context.sync();
  });
}
