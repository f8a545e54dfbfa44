import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { areas } from "@taskpane/areas";

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe("pane areas", () => {
  it("lists only known areas, in the agreed order, starting with Workbook", () => {
    const order = [
      "workbook",
      "setup",
      "import",
      "goals",
      "pipeline",
      "customers",
      "collections",
      "team",
      "performance",
      "weekly",
    ];
    const ids = areas.map((area) => area.id);
    expect(ids[0]).toBe("workbook");
    expect(ids.filter((id) => order.includes(id))).toEqual(ids);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
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
