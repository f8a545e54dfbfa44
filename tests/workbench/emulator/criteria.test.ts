import { createEmulator } from "@workbench/emulator/index";

/** COUNTIF over A1:A6 with each criterion, as the engine computes it. */
async function counts(criteria: readonly string[]): Promise<unknown[]> {
  const { Excel, book } = createEmulator();
  book.setValues("Sheet1", "A1", [["'=cmd"], ["A=B"], ["B"], [5], [""], ["x"]]);
  book.setValues(
    "Sheet1",
    "C1",
    criteria.map((criterion) => [`'${criterion}`]),
  );
  book.setFormulas(
    "Sheet1",
    "B1",
    criteria.map((_, i) => [`=COUNTIF($A$1:$A$6,C${i + 1})`]),
  );
  await Excel.run(async (context) => context.sync());
  return criteria.map((_, i) => book.getCell("Sheet1", i, 1).value);
}

describe("COUNTIFS / SUMIFS criteria as Excel reads them", () => {
  test("one leading operator, the rest compared as written: ==cmd matches the text =cmd, A=B the text A=B", async () => {
    expect(await counts(["==cmd", "A=B", "=A=B", "<>A=B", "=B", "B"])).toEqual([1, 1, 1, 5, 1, 1]);
  });

  test("numbers, comparisons and blanks read as before", async () => {
    expect(await counts([">=5", "<5", "5", "=", "<>"])).toEqual([1, 0, 1, 1, 5]);
  });

  test('a criterion built from a cell ("="&A1) matches that cell\'s text', async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [["'=cmd"], ["cmd"], ["'=cmd"]]);
    book.setFormulas("Sheet1", "B1", [['=COUNTIF(A1:A3,"="&A1)']]);
    await Excel.run(async (context) => context.sync());
    expect(book.getCell("Sheet1", 0, 1).value).toBe(2);
  });
});
