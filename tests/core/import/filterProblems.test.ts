import fc from "fast-check";
import { filterProblems } from "@core/import/filterProblems";
import { importProblem, type ImportProblemKind } from "@core/import/importProblem";

const kinds: ImportProblemKind[] = ["bad-date", "bad-number", "missing-required"];
const problem = (kind: ImportProblemKind, row: number) =>
  importProblem(kind, row, "Created", "x", "notADate", { row, value: "x" });

describe("filterProblems", () => {
  it("keeps the problems of one kind in row order, or all of them", () => {
    const problems = [problem("bad-date", 2), problem("bad-number", 3), problem("bad-date", 5)];
    expect(filterProblems(problems, "bad-date").map((p) => p.row)).toEqual([2, 5]);
    expect(filterProblems(problems, undefined)).toBe(problems);
    expect(filterProblems(problems, "missing-required")).toEqual([]);
  });

  it("totals the problems of each kind: the kinds' lists partition the problems", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds)), (list) => {
        const problems = list.map((kind, i) => problem(kind, i + 2));
        const byKind = kinds.map((kind) => filterProblems(problems, kind));
        expect(byKind.reduce((sum, part) => sum + part.length, 0)).toBe(problems.length);
        byKind.forEach((part, i) => expect(part.every((p) => p.kind === kinds[i])).toBe(true));
      }),
    );
  });
});
