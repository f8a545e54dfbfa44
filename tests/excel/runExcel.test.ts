import { runExcel, runExcelWith } from "@excel/runExcel";

type Batch = (context: unknown) => Promise<unknown>;

function installExcel(run: (...args: unknown[]) => Promise<unknown>): void {
  (globalThis as { Excel?: unknown }).Excel = { run };
}

/** An Office global whose isSetSupported says yes up to ExcelApi `version`. */
function installOffice(excelApi: string): void {
  const minor = (v: string) => Number(v.split(".")[1] ?? 0);
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && minor(version) <= minor(excelApi),
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

describe("runExcel", () => {
  it("answers with the batch's value", async () => {
    installExcel((batch) => (batch as Batch)({ workbook: {} }));
    await expect(runExcel(async () => 42)).resolves.toEqual({ ok: true, value: 42 });
  });

  it("turns an Office error into a typed failure instead of throwing", async () => {
    installExcel(async () => {
      throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    });
    await expect(runExcel(async () => 1)).resolves.toEqual({
      ok: false,
      error: { kind: "not-found", code: "ItemNotFound", message: "The requested resource doesn't exist." },
    });
  });

  it("turns an error thrown inside the batch into a failure", async () => {
    installExcel((batch) => (batch as Batch)({}));
    const result = await runExcel(async () => {
      throw new RangeError("bad row");
    });
    expect(result).toEqual({ ok: false, error: { kind: "office", code: "RangeError", message: "bad row" } });
  });

  it("runs in a reused context when asked to", async () => {
    const run = jest.fn(async (...args: unknown[]) => (args[args.length - 1] as Batch)({}));
    installExcel(run);
    const earlier = { marker: "context" } as unknown as OfficeExtension.ClientRequestContext;
    await runExcel(async () => "done", earlier);
    expect(run).toHaveBeenCalledWith(earlier, expect.any(Function));
  });

  it("reports a missing Excel host as a failure", async () => {
    const result = await runExcel(async () => 1);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: "office", code: "ExcelUnavailable" }) });
  });

  describe("one undo group per command (ExcelApi 1.20)", () => {
    const recordRun = () => {
      const run = jest.fn(async (...args: unknown[]) => (args[args.length - 1] as Batch)({}));
      installExcel(run);
      return run;
    };

    it("runs the batch with mergeUndoGroup where Excel supports it", async () => {
      installOffice("1.20");
      const run = recordRun();
      await runExcel(async () => "done");
      expect(run).toHaveBeenCalledWith({ mergeUndoGroup: true }, expect.any(Function));
    });

    it("leaves the option out where Excel lacks ExcelApi 1.20, or when there is no Office global", async () => {
      installOffice("1.19");
      const run = recordRun();
      await runExcel(async () => "done");
      delete (globalThis as { Office?: unknown }).Office;
      await runExcel(async () => "done");
      expect(run.mock.calls.map((call) => call.length)).toEqual([1, 1]);
    });

    it("leaves it out for a batch that asks not to merge, and for a reused context", async () => {
      installOffice("1.20");
      const run = recordRun();
      await runExcelWith({ mergeUndo: false })(async () => "done");
      const earlier = { marker: "context" } as unknown as OfficeExtension.ClientRequestContext;
      await runExcel(async () => "done", earlier);
      expect(run.mock.calls[0]).toHaveLength(1);
      expect(run.mock.calls[1][0]).toBe(earlier);
    });

    it("merges with runExcelWith({}) as runExcel does", async () => {
      installOffice("1.20");
      const run = recordRun();
      await expect(runExcelWith({})(async () => 7)).resolves.toEqual({ ok: true, value: 7 });
      expect(run).toHaveBeenCalledWith({ mergeUndoGroup: true }, expect.any(Function));
    });
  });
});
