/**
 * Empties the sample's Contracts and Payments tables back to set-up's one empty row, so a test
 * starts from a workbook whose won deals have no contract yet (the formula columns keep their
 * formulas). Rows are deleted in one request: all at once with TableRowCollection.deleteRowsAt
 * (ExcelApiOnline 1.1) where the host has it, else one by one from the bottom (TableRow.delete).
 */
import { columnIndex } from "@core/workbook/columnIndex";
import { tableSpec } from "@core/workbook/schema";

export async function emptyCollections(): Promise<void> {
  const online = Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1");
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
      // One request for all rows where the host has it (ExcelApiOnline 1.1): a row deleted at a
      // time recalculates every SUMIFS over Payments per row (minutes for the sample's 400 rows).
      if (rows.count > 1 && online) table.rows.deleteRowsAt(1, rows.count - 1);
      else for (let i = rows.count - 1; i >= 1; i--) table.rows.getItemAt(i).delete();
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
