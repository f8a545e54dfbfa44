/*
 * The dependency rule of docs/ARCHITECTURE.md lives in eslint.config.mjs. These snippets break it on
 * purpose, linted as if they sat in each layer, so the rule cannot silently vanish from the config.
 * ESLint runs in a child process: it loads the flat config with a native dynamic import(), which
 * jest's module sandbox does not provide.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

type Snippet = { file: string; code: string };
type Finding = { file: string; rules: string[] };

/** Lints each snippet as if it were the given file, with the project's eslint.config.mjs. */
function lint(snippets: Snippet[]): Finding[] {
  const script = `
    const { ESLint } = require("eslint");
    const snippets = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const findings = [];
      for (const { file, code } of snippets) {
        const [result] = await eslint.lintText(code, { filePath: file });
        findings.push({ file, rules: result.messages.map((m) => m.ruleId ?? "fatal: " + m.message) });
      }
      process.stdout.write(JSON.stringify(findings));
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const output = execFileSync(process.execPath, ["-e", script, JSON.stringify(snippets)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return JSON.parse(output) as Finding[];
}

const violations: [string, Snippet][] = [
  [
    "core importing the functions layer",
    { file: "src/core/x/bad.ts", code: 'import { f } from "@functions/functions";\nexport const x = f;\n' },
  ],
  [
    "core importing the excel layer by a relative path",
    { file: "src/core/x/bad.ts", code: 'import { r } from "../../excel/runExcel";\nexport const x = r;\n' },
  ],
  [
    "core importing the task pane",
    { file: "src/core/bad.ts", code: 'import { P } from "@taskpane/Pane";\nexport const x = P;\n' },
  ],
  [
    "core importing i18n",
    { file: "src/core/bad.ts", code: 'import { t } from "@i18n/strings";\nexport const x = t;\n' },
  ],
  [
    "core importing react",
    { file: "src/core/bad.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' },
  ],
  [
    "core touching Office",
    { file: "src/core/bad.ts", code: "export const x = () => Excel.run(async () => undefined);\n" },
  ],
  [
    "functions importing the excel layer",
    { file: "src/functions/bad.ts", code: 'import { r } from "@excel/runExcel";\nexport const x = r;\n' },
  ],
  [
    "functions importing a package",
    { file: "src/functions/bad.ts", code: 'import Papa from "papaparse";\nexport const x = Papa;\n' },
  ],
  [
    "excel importing the task pane",
    { file: "src/excel/bad.ts", code: 'import { P } from "@taskpane/Pane";\nexport const x = P;\n' },
  ],
  [
    "excel importing the functions",
    { file: "src/excel/bad.ts", code: 'import { f } from "@functions/functions";\nexport const x = f;\n' },
  ],
  [
    "the task pane importing the functions",
    { file: "src/taskpane/bad.tsx", code: 'import { f } from "@functions/functions";\nexport const x = f;\n' },
  ],
  [
    "the task pane importing the workbench",
    { file: "src/taskpane/bad.tsx", code: 'import { e } from "@workbench/emulator/office";\nexport const x = e;\n' },
  ],
  [
    "src importing tests",
    { file: "src/excel/bad.ts", code: 'import { h } from "../../tests/functions/excelCall";\nexport const x = h;\n' },
  ],
  [
    "src importing the workbench by a bare path",
    { file: "src/i18n/bad.ts", code: 'import { e } from "workbench/emulator/office";\nexport const x = e;\n' },
  ],
];

const allowed: [string, Snippet][] = [
  [
    "functions importing core and their own files",
    {
      file: "src/functions/ok.ts",
      code: 'import { c } from "@core/formulas/process/conversion";\nimport { run } from "./toExcelError";\nexport const x = [c, run];\n',
    },
  ],
  [
    "the task pane importing excel, core, i18n and Fluent",
    {
      file: "src/taskpane/ok.tsx",
      code: 'import { r } from "@excel/runExcel";\nimport { c } from "@core/cells/cell";\nimport { t } from "@i18n/strings";\nimport { Button } from "@fluentui/react-components";\nexport const x = [r, c, t, Button];\n',
    },
  ],
  [
    "excel importing core",
    { file: "src/excel/ok.ts", code: 'import { c } from "@core/cells/cell";\nexport const x = c;\n' },
  ],
  [
    "the workbench importing src",
    { file: "workbench/ok.ts", code: 'import { f } from "@functions/functions";\nexport const x = f;\n' },
  ],
];

describe("eslint enforces the ARCHITECTURE.md dependency rule", () => {
  let findings: Map<string, string[]>;

  beforeAll(() => {
    const all = [...violations, ...allowed];
    const results = lint(all.map(([, snippet]) => snippet));
    findings = new Map(all.map(([name], index) => [name, results[index].rules]));
  }, 120_000);

  it.each(violations)("flags %s", (name, snippet) => {
    const rule = snippet.code.includes("Excel.run") ? "no-restricted-globals" : "no-restricted-imports";
    expect(findings.get(name)).toContain(rule);
  });

  it.each(allowed)("allows %s", (name) => {
    expect(findings.get(name)).toEqual([]);
  });
});

describe("eslint forbids spreading arrays into call arguments in src/", () => {
  const spreads: [string, Snippet][] = [
    [
      "Math.max over rows",
      {
        file: "src/core/x/a.ts",
        code: "export const w = (rows: number[][]) => Math.max(0, ...rows.map((r) => r.length));\n",
      },
    ],
    ["Math.min over values", { file: "src/excel/b.ts", code: "export const m = (xs: number[]) => Math.min(...xs);\n" }],
    [
      "push of a whole array",
      { file: "src/taskpane/c.tsx", code: "export const p = (a: number[], b: number[]) => a.push(...b);\n" },
    ],
  ];
  const fine: Snippet[] = [
    { file: "src/core/x/d.ts", code: "export const w = (a: number, b: number) => Math.max(a, b);\n" },
    { file: "src/core/x/e.ts", code: "export const o = (a: object) => ({ ...a });\n" },
  ];
  let findings: Finding[];
  beforeAll(() => {
    findings = lint([...spreads.map(([, snippet]) => snippet), ...fine]);
  }, 120_000);

  it.each(spreads.map(([name], index) => [name, index] as const))("flags %s", (_name, index) => {
    expect(findings[index].rules).toContain("no-restricted-syntax");
  });
  it("allows plain arguments and object spread", () => {
    expect(findings.slice(spreads.length).map((f) => f.rules)).toEqual([[], []]);
  });
});
