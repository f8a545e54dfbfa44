import { createEmulator } from "@workbench/emulator/index";

describe("Office.addin's startup behaviour (SharedRuntime 1.1)", () => {
  test("a new workbook starts with None; Load is kept for the document and read back", async () => {
    const emulator = createEmulator();
    emulator.install();
    await expect(Office.addin.getStartupBehavior()).resolves.toBe(Office.StartupBehavior.none);
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    await expect(Office.addin.getStartupBehavior()).resolves.toBe("Load");
    await Office.addin.setStartupBehavior(Office.StartupBehavior.none);
    await expect(Office.addin.getStartupBehavior()).resolves.toBe("None");
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
  });

  test("each workbook has its own; a value that is not a StartupBehavior is refused", async () => {
    const first = createEmulator();
    first.install();
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    createEmulator().install();
    await expect(Office.addin.getStartupBehavior()).resolves.toBe("None");
    await expect(Office.addin.setStartupBehavior("Always" as Office.StartupBehavior)).rejects.toThrow(
      /StartupBehavior/,
    );
  });

  test("a host without SharedRuntime 1.1 refuses it", async () => {
    const emulator = createEmulator({ requirementSets: { ExcelApi: "1.10" } });
    emulator.install();
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    await expect(Office.addin.getStartupBehavior()).rejects.toThrow(/SharedRuntime 1.1/);
  });
});
