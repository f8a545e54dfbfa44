import { importProblem } from "@core/import/importProblem";
import { planImport, type ImportPlan } from "@core/import/planImport";
import { canWriteImport, problemCounts, reviewImport, type ImportReview } from "@core/import/reviewImport";
import { resumePoint, sameImport, type UnfinishedImport } from "@core/import/unfinishedImport";

const plan: ImportPlan = planImport({
  source: {
    values: [
      ["Company", "Last contact"],
      ["Acme", "someday"],
      ["Contoso", "2024-01-10"],
    ],
    top: 0,
    left: 0,
    kind: "range",
  },
  headerRow: 0,
  mapping: ["Company", "LastContact"],
  target: "Customers",
  mode: "new-sheet",
  language: "en-US",
});
const fingerprint = plan.layout.fingerprint;

function unfinished(overrides: Partial<UnfinishedImport> = {}): UnfinishedImport {
  return {
    fingerprint: "another job",
    target: "Customers",
    mode: "new-sheet",
    sheet: "Customers",
    done: 1,
    ...overrides,
  };
}

function review(overrides: Partial<Parameters<typeof reviewImport>[1]> = {}): ImportReview {
  return reviewImport(plan, {
    target: "Customers",
    mode: "new-sheet",
    hasStages: true,
    sheets: ["Sheet1"],
    pending: null,
    ...overrides,
  });
}

describe("sameImport and resumePoint", () => {
  it("counts an unfinished run's rows only when it is the same job", () => {
    expect(sameImport(unfinished({ fingerprint }), fingerprint)?.done).toBe(1);
    expect(sameImport(unfinished(), fingerprint)).toBeUndefined();
    expect(sameImport(null, fingerprint)).toBeUndefined();
    expect(sameImport(unfinished(), undefined)).toBeUndefined();
  });

  it("continues after the rows of the same job, except in place", () => {
    expect(resumePoint({ mode: "new-sheet", fingerprint }, unfinished({ fingerprint, done: 2 }))).toBe(2);
    expect(resumePoint({ mode: "in-place", fingerprint }, unfinished({ fingerprint, done: 2 }))).toBe(0);
    expect(resumePoint({ mode: "append", fingerprint }, unfinished({ done: 2 }))).toBe(0);
  });
});

describe("problemCounts", () => {
  it("counts problems by kind in the review's order, with their severity", () => {
    const problems = [
      importProblem("number-as-text", 2, "Phone", "1", "numberFromText", { row: 2, value: "1" }),
      importProblem("bad-date", 3, "Created", "x", "notADate", { row: 3, value: "x" }),
      importProblem("bad-date", 4, "Created", "y", "notADate", { row: 4, value: "y" }),
    ];
    expect(problemCounts(problems)).toEqual([
      { kind: "bad-date", count: 2, severity: "warning" },
      { kind: "number-as-text", count: 1, severity: "info" },
    ]);
  });
});

describe("reviewImport and canWriteImport", () => {
  const answers = { confirmed: false, replacePending: false };

  it("writes a new sheet without asking", () => {
    const reviewed = review();
    expect(reviewed).toMatchObject({
      rows: 2,
      resumesFrom: 0,
      needsStages: false,
      mustReplace: false,
      needsConfirm: false,
    });
    expect(reviewed.problemCounts).toEqual([{ kind: "bad-date", count: 1, severity: "warning" }]);
    expect(canWriteImport(reviewed, answers)).toBe(true);
  });

  it("asks to confirm a write into existing cells", () => {
    const reviewed = review({ mode: "append" });
    expect(reviewed.needsConfirm).toBe(true);
    expect(canWriteImport(reviewed, answers)).toBe(false);
    expect(canWriteImport(reviewed, { ...answers, confirmed: true })).toBe(true);
  });

  it("refuses deals without the Stages table", () => {
    const reviewed = review({ target: "Deals", hasStages: false });
    expect(reviewed.needsStages).toBe(true);
    expect(canWriteImport(reviewed, { confirmed: true, replacePending: true })).toBe(false);
  });

  it("asks to replace another job's partial sheet that is still there, or its appended rows", () => {
    const sheet = review({ sheets: ["Customers"], pending: unfinished() });
    expect(sheet.mustReplace).toBe(true);
    expect(canWriteImport(sheet, answers)).toBe(false);
    expect(canWriteImport(sheet, { ...answers, replacePending: true })).toBe(true);
    expect(review({ sheets: ["Sheet1"], pending: unfinished() }).mustReplace).toBe(false);
    expect(review({ mode: "append", pending: unfinished({ mode: "append" }) }).mustReplace).toBe(true);
    expect(review({ mode: "append", pending: unfinished({ mode: "append", target: "Deals" }) }).mustReplace).toBe(
      false,
    );
    expect(review({ sheets: ["Customers"], pending: unfinished({ done: 0 }) }).mustReplace).toBe(false);
  });

  it("continues the same job instead of replacing it", () => {
    const reviewed = review({ sheets: ["Customers"], pending: unfinished({ fingerprint }) });
    expect(reviewed).toMatchObject({ resumesFrom: 1, mustReplace: false });
  });

  it("writes nothing when there are no rows", () => {
    expect(canWriteImport({ ...review(), rows: 0 }, answers)).toBe(false);
  });
});
