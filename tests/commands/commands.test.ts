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
const shortcutResources = JSON.parse(readFileSync(join(ROOT, "src", "commands", "shortcutResources.json"), "utf8")) as {
  resources: Record<string, Record<string, { value: string }>>;
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
      // Each name is a resource of shortcutResources.json (the manifest's ResourcesUrl).
      expect(action.name).toMatch(/^\$\{resource\.[A-Za-z0-9_]+\}$/);
      // Only ExecuteFunction actions are supported (type may be left out).
      expect(action.type ?? "ExecuteFunction").toBe("ExecuteFunction");
    }
    for (const shortcut of shortcuts.shortcuts) expect(actions.has(shortcut.action)).toBe(true);
    expect(shortcuts.shortcuts.map((shortcut) => shortcut.action)).toContain(LOG_FOLLOW_UP_COMMAND.actionId);
  });

  it("names every action in English by default and in Chinese for zh-cn, from the resources file", () => {
    const { resources } = shortcutResources;
    expect(Object.keys(resources).sort()).toEqual(["default", "zh-cn"]);
    const used = shortcuts.actions.map((action) => /^\$\{resource\.(.+)\}$/.exec(action.name)![1]).sort();
    for (const strings of Object.values(resources)) expect(Object.keys(strings).sort()).toEqual(used);
    for (const key of used) {
      expect(resources.default[key].value).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
      // Chinese, with no stray spaces beside Chinese characters (a space only before or after a Latin word).
      expect(resources["zh-cn"][key].value).toMatch(/[\u4e00-\u9fff]/);
      expect(resources["zh-cn"][key].value).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    }
    expect(resources["zh-cn"].logFollowUp_name.value).toBe("为所选客户或商机记录跟进");
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
