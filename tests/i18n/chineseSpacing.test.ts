import { formatMessage, messageCodes } from "@core/messages";
import { zhCN } from "@i18n/zh-CN";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

// Chinese characters, and the CJK and full-width punctuation blocks (、。「」《》（），：；！？…).
const HAN = "\\p{Script=Han}";
const PUNCT = "\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…";
const STRAY = new RegExp(
  [
    `[${HAN}${PUNCT}]\\s+[${HAN}${PUNCT}]`, // a space between two Chinese characters or punctuation marks
    `[${PUNCT}]\\s`, // a space after Chinese punctuation
    `\\s[${PUNCT}]`, // a space before it
    "\\u3000", // the ideographic space
    "^\\s|\\s$",
  ].join("|"),
  "u",
);

/** The stray space in a Chinese text, with a few characters around it; undefined when none. */
function strayChineseSpace(text: string): string | undefined {
  const found = STRAY.exec(text);
  return found ? text.slice(Math.max(0, found.index - 4), found.index + found[0].length + 4) : undefined;
}

describe("Chinese spacing", () => {
  it("finds a space between Chinese characters or beside Chinese punctuation", () => {
    expect(strayChineseSpace("初始化 工作簿")).toBe("初始化 工作簿");
    expect(strayChineseSpace("完成 。")).toBeDefined();
    expect(strayChineseSpace("客户：《 年报》")).toBeDefined();
    expect(strayChineseSpace("共\u30003 行")).toBeDefined();
    expect(strayChineseSpace("已找到 {{present}} / {{total}} 个 SalesGrid 表格")).toBeUndefined();
    expect(strayChineseSpace("目标 {{target}} · 已赢单 {{won}}")).toBeUndefined();
  });

  it("the pane's zh-CN strings have none", () => {
    const stray = leaves(zhCN)
      .map(([key, text]) => ({ key, stray: strayChineseSpace(text) }))
      .filter((entry) => entry.stray !== undefined);
    expect(stray).toEqual([]);
  });

  it("core's Chinese messages have none", () => {
    // Every parameter as a figure, as most are: a text parameter would be the user's own.
    const params = new Proxy({}, { get: () => "1" });
    const stray = messageCodes
      .map((code) => ({ code, stray: strayChineseSpace(formatMessage(code, params, "zh")) }))
      .filter((entry) => entry.stray !== undefined);
    expect(stray).toEqual([]);
  });
});

describe("Chinese terms", () => {
  it("call the Set up area 初始化 everywhere, never 设置", () => {
    // 设置 is only the name of the set-up sheet in a Chinese workbook (schema.ts), which no pane
    // string names; a string that says 设置 means the area, and would contradict its tab.
    expect(zhCN.setup.area).toBe("初始化");
    const mixed = leaves(zhCN).filter(([, text]) => text.includes("设置"));
    expect(mixed).toEqual([]);
  });

  it("name each table the same way in the missing-column message as everywhere else", () => {
    // In Chinese both name a table by its words (销售管道), the English message by its Excel name.
    expect(zhCN.missingColumns.tables).toEqual(zhCN.tables);
  });
});
