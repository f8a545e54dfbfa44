import { runExcel } from "@excel/runExcel";

type Batch = (context: unknown) => Promise<unknown>;

function installExcel(run: (...args: unknown[]) => Promise<unknown>): void {
  (globalThis as { Excel?: unknown }).Excel = { run };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
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
});
