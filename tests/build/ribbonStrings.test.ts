/*
 * The ribbon tab says what the pane says: a button per pane area, in the pane's order, labelled
 * as the area's tab and described as Get started describes it, in English and Chinese.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Element } from "@xmldom/xmldom";
import { AREA_COMMANDS } from "@core/ribbon/ribbonCommands";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { areas } from "@taskpane/areas";
import { readManifest } from "./manifestFacts";

const manifest = readManifest(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"));
const resources = manifest.resources();

/** A string of the pane's strings by its dotted key. */
const lookup = (strings: object, key: string): unknown =>
  key.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], strings);

/** A manifest string in a language: its DefaultValue (en-US) or its zh-CN override. */
function text(resid: string, language: "en-US" | "zh-CN"): string | undefined {
  const string = resources.get(resid);
  if (!string) return undefined;
  if (language === "en-US") return string.getAttribute("DefaultValue") ?? undefined;
  const override = Array.from(string.childNodes).find(
    (node): node is Element => node.nodeType === 1 && (node as Element).getAttribute("Locale") === "zh-CN",
  );
  return override?.getAttribute("Value") ?? undefined;
}

const controlById = (id: string) => manifest.elements("Control").find((control) => control.getAttribute("id") === id);
const resid = (control: Element, localName: string) =>
  Array.from(control.getElementsByTagName("*"))
    .find((element) => element.localName === localName)
    ?.getAttribute("resid") ?? "";

describe("the SalesGrid ribbon tab and the pane", () => {
  it("has a button for every pane area, in the pane's order", () => {
    expect(AREA_COMMANDS.map((command) => command.areaId)).toEqual(areas.map((area) => area.id));
  });

  it.each(["en-US", "zh-CN"] as const)(
    "labels each button as the pane's tab and describes it as Get started does (%s)",
    (language) => {
      const strings = language === "en-US" ? enUS : zhCN;
      for (const area of areas) {
        const command = AREA_COMMANDS.find((candidate) => candidate.areaId === area.id)!;
        const control = controlById(command.controlId)!;
        expect({ area: area.id, label: text(resid(control, "Label"), language) }).toEqual({
          area: area.id,
          label: lookup(strings, area.labelKey),
        });
        expect({ area: area.id, tip: text(resid(control, "Description"), language) }).toEqual({
          area: area.id,
          tip: lookup(strings, `workbook.getStarted.areas.${area.id}`),
        });
      }
    },
  );

  it.each(["en-US", "zh-CN"] as const)(
    "tells a new user where the commands are: on the SalesGrid tab (%s)",
    (language) => {
      const tab = text("Tab.Label", language)!;
      expect(text("GetStarted.Description", language)).toContain(
        language === "en-US" ? `${tab} tab` : `“${tab}”选项卡`,
      );
      expect(text("GetStarted.Description", language)).not.toMatch(/Home tab|“开始”选项卡/);
    },
  );
});
