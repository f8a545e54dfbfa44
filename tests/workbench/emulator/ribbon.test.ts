import { createEmulator } from "@workbench/emulator/index";

const update = (enabled: unknown) => ({
  tabs: [{ id: "Tab", groups: [{ id: "Group", controls: [{ id: "Button", enabled }] }] }],
});

describe("add-in commands in the emulator (Office.actions, Office.ribbon, Office.addin)", () => {
  test("an associated action runs with an event it completes; an unassociated one fails", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    const seen: string[] = [];
    Office.actions.associate("go", (event: Office.AddinCommands.Event) => {
      seen.push(event.source.id);
      event.completed();
    });
    await expect(emulator.ribbon.invoke("go", "GoButton")).resolves.toEqual({ completed: true });
    expect(seen).toEqual(["GoButton"]);
    Office.actions.associate("go", () => undefined); // a later association replaces the earlier
    await expect(emulator.ribbon.invoke("go")).resolves.toEqual({ completed: false });
    await expect(emulator.ribbon.invoke("missing")).rejects.toThrow(/No function is associated/);
    expect(emulator.ribbon.associatedActions()).toEqual(["go"]);
  });

  test("requestUpdate records the enabled state over the manifest's, and refuses a malformed update", async () => {
    const emulator = createEmulator({ platform: "desktop" });
    emulator.install();
    expect(emulator.ribbon.isEnabled("Button", false)).toBe(false);
    await Office.ribbon.requestUpdate(update(true) as Office.RibbonUpdaterData);
    expect(emulator.ribbon.isEnabled("Button", false)).toBe(true);
    await expect(Office.ribbon.requestUpdate({} as Office.RibbonUpdaterData)).rejects.toThrow(/tabs/);
    await expect(Office.ribbon.requestUpdate(update("yes") as never)).rejects.toThrow(/true or false/);
    expect(emulator.ribbon.isEnabled("Button", false)).toBe(true);
  });

  test("once the manifest's tab is declared, an update naming anything else is refused", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    emulator.ribbon.declare(new Map([["Tab", new Map([["Group", ["Other"]]])]]));
    await expect(Office.ribbon.requestUpdate(update(true) as Office.RibbonUpdaterData)).rejects.toThrow(
      /"Button" is not a control of group "Group"/,
    );
  });

  test("without RibbonApi 1.1 requestUpdate is refused and every command counts as enabled", async () => {
    const emulator = createEmulator({ requirementSets: { ExcelApi: "1.10", SharedRuntime: "1.1" } });
    emulator.install();
    expect(Office.context.requirements.isSetSupported("RibbonApi", "1.1")).toBe(false);
    await expect(Office.ribbon.requestUpdate(update(true) as Office.RibbonUpdaterData)).rejects.toThrow(
      /RibbonApi 1.1/,
    );
    expect(emulator.ribbon.isEnabled("Button", false, false)).toBe(true);
  });

  test("showAsTaskpane and hide need SharedRuntime 1.1 and are recorded", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    const changes = jest.fn();
    emulator.ribbon.onChange(changes);
    await Office.addin.showAsTaskpane();
    expect([emulator.ribbon.taskpaneVisible, emulator.ribbon.taskpaneShows]).toEqual([true, 1]);
    await Office.addin.hide();
    expect(emulator.ribbon.taskpaneVisible).toBe(false);
    expect(changes).toHaveBeenCalledTimes(2);
    createEmulator({ requirementSets: { ExcelApi: "1.10" } }).install();
    await expect(Office.addin.showAsTaskpane()).rejects.toThrow(/SharedRuntime 1.1/);
  });
});
