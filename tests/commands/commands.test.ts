/*
 * The ribbon's commands bundle against the manifest: every button's ExecuteFunction and every
 * keyboard shortcut's action is associated, and each one routes the pane and shows it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { PENDING_ROUTE_KEY, PANE_ROUTE_EVENT, type PaneRoute } from "@core/ribbon/paneRoute";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND } from "@core/ribbon/ribbonCommands";
import { readManifest } from "../build/manifestFacts";

const ROOT = join(__dirname, "..", "..");
const manifest = readManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const shortcuts = JSON.parse(readFileSync(join(ROOT, "src", "commands", "shortcuts.json"), "utf8")) as {
  actions: { id: string; type?: string; name: string }[];
  shortcuts: { action: string; key: { default: string } & Record<string, string> }[];
};

type Handler = (event?: { completed: () => void }) => Promise<void>;

/** Loads commands.ts the way the page does, after Office: its onReady is captured, not run. */
async function loadCommands(showAsTaskpane: () => Promise<void>) {
  const globals = globalThis as Record<string, unknown>;
  const host = new EventTarget();
  globals.window = host;
  globals.Office = { onReady: jest.fn(), addin: { showAsTaskpane: jest.fn(showAsTaskpane) } };
  const module = await import("../../src/commands/commands");
  const associated = new Map<string, Handler>();
  const ids = module.associateCommands({
    associate: (id: string, handler: Handler) => void associated.set(id, handler),
  } as unknown as typeof Office.actions);
  return { ids, associated, host, office: globals.Office as { addin: { showAsTaskpane: jest.Mock } } };
}

afterEach(() => {
  const globals = globalThis as Record<string, unknown>;
  delete globals.window;
  delete globals.Office;
  jest.resetModules();
});

describe("src/commands: the SalesGrid tab's actions", () => {
  it("associates the action of every ExecuteFunction button and every keyboard shortcut, and no other", async () => {
    const { ids } = await loadCommands(async () => undefined);
    const buttons = manifest.elements("FunctionName").map((name) => name.textContent?.trim());
    const shortcutActions = shortcuts.actions.map((action) => action.id);
    expect(new Set(ids)).toEqual(new Set([...buttons, ...shortcutActions]));
    expect(ids).toHaveLength(new Set(ids).size);
  });

  it.each(AREA_COMMANDS.map((command) => [command.actionId, command.areaId]))(
    "%s leaves the route to the %s area, dispatches it, shows the pane and completes the event",
    async (actionId, areaId) => {
      const { associated, host, office } = await loadCommands(async () => undefined);
      const seen: unknown[] = [];
      host.addEventListener(PANE_ROUTE_EVENT, (event) => seen.push((event as CustomEvent<PaneRoute>).detail));
      const completed = jest.fn();
      await associated.get(actionId)!({ completed });
      expect(seen).toEqual([{ kind: "area", areaId }]);
      expect((host as unknown as Record<string, unknown>)[PENDING_ROUTE_KEY]).toEqual({ kind: "area", areaId });
      expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
      expect(completed).toHaveBeenCalledTimes(1);
    },
  );

  it("Log follow-up routes to the quick form, and completes the event even when the pane cannot be shown", async () => {
    const { associated, host } = await loadCommands(async () => {
      throw new Error("The task pane could not be shown.");
    });
    const completed = jest.fn();
    await expect(associated.get(LOG_FOLLOW_UP_COMMAND.actionId)!({ completed })).rejects.toThrow(/could not be shown/);
    expect((host as unknown as Record<string, unknown>)[PENDING_ROUTE_KEY]).toEqual({ kind: "followUp" });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("src/commands/shortcuts.json (the manifest's ExtendedOverrides)", () => {
  it("names every action, and maps Log follow-up to a key", () => {
    const actions = new Set(shortcuts.actions.map((action) => action.id));
    for (const action of shortcuts.actions) {
      expect(action.name.trim()).not.toBe("");
      // Only ExecuteFunction actions are supported (type may be left out).
      expect(action.type ?? "ExecuteFunction").toBe("ExecuteFunction");
    }
    for (const shortcut of shortcuts.shortcuts) expect(actions.has(shortcut.action)).toBe(true);
    expect(shortcuts.shortcuts.map((shortcut) => shortcut.action)).toContain(LOG_FOLLOW_UP_COMMAND.actionId);
  });

  it("follows Microsoft's rules for key combinations: a modifier, Shift never alone, one other key, no clashes", () => {
    const keys = shortcuts.shortcuts.flatMap((shortcut) => Object.values(shortcut.key));
    for (const key of keys) {
      const parts = key.split("+");
      const modifiers = parts.slice(0, -1);
      const last = parts.at(-1)!;
      expect(modifiers.length).toBeGreaterThan(0);
      for (const modifier of modifiers)
        expect(["Ctrl", "Alt", "Shift", "Command", "Cmd", "Option"]).toContain(modifier);
      expect(modifiers.some((modifier) => modifier !== "Shift")).toBe(true);
      expect(last).toMatch(/^([A-Z0-9\-_+]|F\d{1,2}|Up|Down|Left|Right)$/);
    }
    const defaults = shortcuts.shortcuts.map((shortcut) => shortcut.key.default.toUpperCase());
    expect(new Set(defaults).size).toBe(defaults.length);
  });
});
