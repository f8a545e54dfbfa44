/**
 * The SALES cores read a column ([[v], [v], …], the shape Excel passes a table column in) on a
 * fast path, and every other shape or cell type on a general one. These properties pin the two
 * to the same answers, so a speed-up of one cannot change a result.
 */
import fc from "fast-check";
import { abc, abcClasses } from "@core/formulas/customers/abc";
import { rfm, rfmScores } from "@core/formulas/customers/rfm";
import { conversion } from "@core/formulas/process/conversion";
import { winRate } from "@core/formulas/process/winRate";
import { isSalesError } from "@core/errors";

const column = <T>(xs: readonly T[]) => xs.map((x) => [x]);
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

const amountCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 60 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("  ") },
  { weight: 1, arbitrary: fc.constant("n/a") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((x) => `¥${x}`) },
);

describe("column fast paths agree with the general paths", () => {
  it("ABC: a column gives the classes of the same values as a row, and of abcClasses", () => {
    fc.assert(
      fc.property(fc.array(amountCell, { minLength: 1, maxLength: 60 }), (cells) => {
        const down = abc(column(cells));
        const across = abc([cells]);
        if (isSalesError(down)) return expect(isSalesError(across) && across.code).toBe(down.code);
        expect(plain(down.map((row) => row[0]))).toEqual(plain((across as unknown[][])[0]));
        if (cells.every((c) => c === null || typeof c === "number")) {
          expect(down.map((row) => row[0])).toEqual(abcClasses(cells as (number | null)[]));
        }
      }),
    );
  });

  it("RFM: numbers read on the fast path score as text numbers and blocks do", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.integer({ min: 45000, max: 45400 }), fc.constant(null)),
            fc.integer({ min: -1, max: 30 }),
            fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constant("bad")),
          ),
          { minLength: 1, maxLength: 50 },
        ),
        (rows) => {
          const lp = rows.map((r) => r[0]);
          const fr = rows.map((r) => r[1]);
          const mo = rows.map((r) => r[2]);
          const fast = rfm(column(lp), column(fr), column(mo), 45300);
          const text = rfm(column(lp), column(fr.map(String)), column(mo.map(String)), 45300);
          const block = rfm([lp], [fr], [mo], 45300);
          expect(plain(text)).toEqual(plain(fast));
          expect(plain(block)).toEqual(plain(fast));
          if (rows.every((r) => r[0] !== null && r[0] <= 45300 && r[1] >= 0 && typeof r[2] === "number")) {
            const scores = rfmScores(lp, fr, mo as number[], 45300, 5);
            if (isSalesError(scores) || isSalesError(fast)) throw new Error("unexpected error");
            expect(fast.map((row) => row[0])).toEqual(scores.map((s) => `${s!.r}${s!.f}${s!.m}`));
          }
        },
      ),
    );
  });

  it("CONVERSION and WINRATE: a column, a row and a block give the same rate", () => {
    const label = fc.constantFrom("Won", "won ", "Lost", "赢单", "Proposal", "", "  ", null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, fc.integer({ min: 0, max: 100 })), { minLength: 2, maxLength: 40 }),
        (rows) => {
          const labels = rows.map((r) => r[0]);
          const amounts = rows.map((r) => r[1]);
          const half = Math.floor(labels.length / 2);
          const block = [labels.slice(0, half), labels.slice(half, 2 * half)];
          const blockAmounts = [amounts.slice(0, half), amounts.slice(half, 2 * half)];
          const even = labels.slice(0, 2 * half);
          expect(plain(conversion(column(labels)))).toEqual(plain(conversion([labels])));
          expect(plain(conversion(column(even)))).toEqual(plain(conversion(block)));
          expect(plain(winRate(column(labels), column(amounts)))).toEqual(plain(winRate([labels], [amounts])));
          expect(plain(winRate(column(even), column(amounts.slice(0, 2 * half))))).toEqual(
            plain(winRate(block, blockAmounts)),
          );
        },
      ),
    );
  });
});
