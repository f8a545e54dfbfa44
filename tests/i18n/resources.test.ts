import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  const en = new Map(leaves(enUS));
  const zh = new Map(leaves(zhCN));

  it("have the same keys in English and Chinese", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(20);
  });

  it("have no empty string", () => {
    for (const [key, text] of [...en, ...zh]) {
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  it("use the same interpolation placeholders in both languages", () => {
    for (const [key, text] of en) {
      expect({ key, placeholders: placeholders(zh.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it("have no stray spaces in Chinese: none between Chinese characters or beside Chinese punctuation", () => {
    const stray = /\p{Script=Han}\s+\p{Script=Han}|[，。：；！？、（）“”…]\s|\s[，。：；！？、（）“”…]|^\s|\s$/u;
    for (const [key, text] of zh) {
      expect({ key, stray: stray.test(text) }).toEqual({ key, stray: false });
    }
  });

  it("are really translated where the text is prose", () => {
    expect(zh.get("areas.workbook")).toBe("工作簿");
    expect(zh.get("common.refresh")).toBe("刷新");
    expect(zh.get("workbook.title")).not.toBe(en.get("workbook.title"));
  });
});
