import { readFileSync } from "fs";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND, RIBBON_TAB_ID } from "@core/ribbon/ribbonCommands";
import { declaredRibbon, matchesShortcut, ribbonFromManifest, shortcutsFor } from "@workbench/page/manifestRibbon";

const ROOT = join(__dirname, "..", "..", "..");
const manifest = new DOMParser().parseFromString(readFileSync(join(ROOT, "manifest.xml"), "utf8"), "text/xml");
const shortcuts = readFileSync(join(ROOT, "src", "commands", "shortcuts.json"), "utf8");

describe("the workbench's ribbon toolbar, read from manifest.xml", () => {
  test("has the SalesGrid tab's groups and buttons, in order, in each language", () => {
    const en = ribbonFromManifest(manifest, "en-US", (url) => url.replace("https://localhost:3000/", "/"))!;
    const zh = ribbonFromManifest(manifest, "zh-CN")!;
    expect([en.id, en.label, zh.label]).toEqual([RIBBON_TAB_ID, "SalesGrid", "销售管理"]);
    const executed = en.groups.flatMap((group) =>
      group.buttons.flatMap((button) => (button.action.kind === "execute" ? [button.action.functionName] : [])),
    );
    expect(executed).toEqual([...AREA_COMMANDS.map((command) => command.actionId), LOG_FOLLOW_UP_COMMAND.actionId]);
    const pipeline = en.groups
      .flatMap((group) => group.buttons)
      .find((button) => button.id === "SalesGrid.Open.pipeline")!;
    expect(pipeline).toMatchObject({ label: "Pipeline", icon: "/assets/icon-16.png", enabledAtLaunch: true });
    expect(pipeline.tooltip).toMatch(/pipeline/);
    const log = zh.groups
      .flatMap((group) => group.buttons)
      .find((button) => button.id === LOG_FOLLOW_UP_COMMAND.controlId)!;
    expect(log).toMatchObject({ label: "记录跟进", enabledAtLaunch: false });
    expect(zh.groups.map((group) => group.label)).toEqual(["工作簿与数据", "目标与销售", "团队与评估", "跟进"]);
    expect(en.groups[0].buttons[0].action).toEqual({ kind: "showTaskpane" });
  });

  test("declares the ids the emulator checks ribbon updates against", () => {
    const declared = declaredRibbon(ribbonFromManifest(manifest, "en-US")!);
    expect(declared.get(RIBBON_TAB_ID)?.get(LOG_FOLLOW_UP_COMMAND.groupId)).toEqual([LOG_FOLLOW_UP_COMMAND.controlId]);
  });

  test("reads the shortcuts and matches a key press on the physical key with exactly its modifiers", () => {
    const [log] = shortcutsFor(shortcuts, "web");
    expect(log).toEqual({ action: LOG_FOLLOW_UP_COMMAND.actionId, key: "Ctrl+Alt+F" });
    const press = { key: "ƒ", code: "KeyF", ctrlKey: true, altKey: true, shiftKey: false, metaKey: false };
    expect(matchesShortcut(press, log.key)).toBe(true);
    expect(matchesShortcut({ ...press, shiftKey: true }, log.key)).toBe(false);
    expect(matchesShortcut({ ...press, code: "KeyG", key: "g" }, log.key)).toBe(false);
    expect(matchesShortcut({ key: "f", ctrlKey: true, altKey: true, shiftKey: false, metaKey: false }, log.key)).toBe(
      true,
    );
    expect(
      shortcutsFor('{"shortcuts":[{"action":"a","key":{"default":"Ctrl+Alt+A","mac":"Command+Shift+A"}}]}', "mac"),
    ).toEqual([{ action: "a", key: "Command+Shift+A" }]);
  });
});
