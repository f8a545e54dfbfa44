import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { areas } from "@taskpane/areas";

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("pane areas", () => {
  it("lists only areas that exist, starting with Workbook", () => {
    expect(areas.map((area) => area.id)).toEqual(["workbook"]);
  });

  it("have unique ids and a label in both languages", () => {
    expect(new Set(areas.map((area) => area.id)).size).toBe(areas.length);
    for (const area of areas) {
      expect(typeof lookup(enUS, area.labelKey)).toBe("string");
      expect(typeof lookup(zhCN, area.labelKey)).toBe("string");
      expect(typeof area.Component).toBe("function");
    }
  });
});
