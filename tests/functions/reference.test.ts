/**
 * @jest-environment jsdom
 */
import fs from "fs";
import { execFileSync } from "child_process";
import path from "path";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { anchorOf, loadNotes, MARKDOWN_FILE, renderHtml, renderMarkdown } from "../../scripts/function-reference";
import { loadTranslations } from "../../scripts/localize-functions";
import { CATALOGUE, generatedMetadata, type GeneratedMetadata } from "./generatedMetadata";

const notes = loadNotes();
const translations = loadTranslations();

let metadata: GeneratedMetadata;
let markdown: string;
let html: Document;
let wrappers: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  installCustomFunctionsRuntime();
  metadata = await generatedMetadata();
  markdown = renderMarkdown(metadata.json);
  html = new DOMParser().parseFromString(renderHtml(metadata.json), "text/html");
  wrappers = (await import("@functions/functions")) as unknown as Record<string, (...args: unknown[]) => unknown>;
}, 60_000);

describe("docs/FUNCTIONS.md", () => {
  it("is what the generator produces from the code now (run `npm run docs:functions` after changing a function)", () => {
    const committed = fs.existsSync(MARKDOWN_FILE) ? fs.readFileSync(MARKDOWN_FILE, "utf8") : "";
    expect(committed).toBe(markdown);
  });

  it("is left as it is by prettier, so `npm run prettier` cannot make it drift", () => {
    // Prettier's API loads ES modules, which jest's CommonJS runtime cannot; its CLI can.
    const cli = path.resolve(__dirname, "../../node_modules/prettier/bin/prettier.cjs");
    const formatted = execFileSync(process.execPath, [cli, "--stdin-filepath", MARKDOWN_FILE], {
      input: markdown,
      encoding: "utf8",
    });
    expect(formatted).toBe(markdown);
  });

  it("has a section with an anchor, the Chinese name and the syntax for every registered function", () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      const zh = translations.functions[fn.id];
      expect(markdown).toContain(`<a id="${fn.id.toLowerCase()}"></a>`);
      expect(markdown).toContain(`### SALES.${fn.id} · SALES.${zh.name}`);
      const syntax = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(markdown).toContain(`SALES.${fn.id}(${syntax})`);
    }
  });

  it("documents registered functions only", () => {
    const anchors = [...markdown.matchAll(/<a id="([a-z]+)"><\/a>/g)].map((m) => m[1]);
    expect(anchors.sort()).toEqual(metadata.functions.map((f) => f.id.toLowerCase()).sort());
  });

  it("refuses to document a registered function that has no notes", () => {
    const withoutConversion = { ...notes, functions: { ...notes.functions } };
    delete withoutConversion.functions.CONVERSION;
    expect(() => renderMarkdown(metadata.json, { notes: withoutConversion })).toThrow("SALES.CONVERSION has no notes");
  });
});

describe("the help page (dist/help/functions.html)", () => {
  it("is a UTF-8 page with an element whose id is each function's lower-case id", () => {
    expect(html.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    for (const fn of metadata.functions) {
      const section = html.getElementById(anchorOf(fn.id));
      expect(section?.querySelector("h3")?.textContent).toBe(
        `SALES.${fn.id} · SALES.${translations.functions[fn.id].name}`,
      );
      expect(html.querySelector(`nav a[href="#${anchorOf(fn.id)}"]`)).not.toBeNull();
    }
  });

  it("is where every function's @helpurl points", () => {
    for (const fn of metadata.functions) {
      expect({ id: fn.id, helpUrl: fn.helpUrl }).toEqual({
        id: fn.id,
        helpUrl: expect.stringMatching(new RegExp(`/help/functions\\.html#${anchorOf(fn.id)}$`)),
      });
    }
  });

  it("escapes text, so a note cannot inject markup", () => {
    const tampered = {
      ...notes,
      functions: {
        ...notes.functions,
        CONVERSION: { ...notes.functions.CONVERSION, result: "<script>alert(1)</script> `code`" },
      },
    };
    const page = new DOMParser().parseFromString(renderHtml(metadata.json, { notes: tampered }), "text/html");
    expect(page.querySelector("script")).toBeNull();
    expect(page.getElementById("conversion")?.textContent).toContain("<script>alert(1)</script> code");
  });
});

describe("docs/function-notes.json", () => {
  const ids = Object.keys(CATALOGUE);

  it("has a result, errors and an example for every catalogue function, and nothing else", () => {
    expect(Object.keys(notes.functions).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const note = notes.functions[id];
      expect({ id, result: note.result.length > 20 }).toEqual({ id, result: true });
      expect({ id, errors: note.errors.length > 0 }).toEqual({ id, errors: true });
      for (const e of note.errors) expect(["#DIV/0!", "#VALUE!", "#NUM!", "#N/A"]).toContain(e.code);
      expect(note.example.formula.startsWith(`=SALES.${id}(`)).toBe(true);
      expect({ id, args: note.example.args.length }).toEqual({ id, args: CATALOGUE[id].length });
    }
  });

  it("puts every catalogue function in exactly one group", () => {
    const grouped = notes.groups.flatMap((g: { functions: string[] }) => g.functions);
    expect([...grouped].sort()).toEqual([...ids].sort());
    expect(notes.groups.map((g: { title: string }) => g.title)).toEqual([
      "Goals",
      "Sales process",
      "Customers",
      "Team & performance",
    ]);
  });

  it("gives examples that the registered functions really compute", () => {
    for (const { functionName, id } of metadata.associate) {
      const fn = metadata.functions.find((f) => f.id === id)!;
      const example = notes.functions[id].example;
      const args = example.args.map((arg: unknown, i: number) =>
        asExcelPasses(expand(arg), fn.parameters[i]?.dimensionality === "matrix"),
      );
      let actual: unknown;
      try {
        actual = wrappers[functionName](...args);
      } catch (e) {
        actual = e instanceof CustomFunctions.Error ? `${e.code} ${e.message}` : e;
      }
      expect({ id, formula: example.formula, result: rounded(unwrap(actual)) }).toEqual({
        id,
        formula: example.formula,
        result: rounded(example.expect),
      });
    }
  });
});

/** Expands { rows: [{ row, times }] } (many repeated rows, as in the WINRATE worked value) into a 2-D array. */
function expand(arg: unknown): unknown {
  if (arg && typeof arg === "object" && !Array.isArray(arg) && "rows" in arg) {
    return (arg as { rows: { row: unknown[]; times: number }[] }).rows.flatMap(({ row, times }) =>
      Array.from({ length: times }, () => [...row]),
    );
  }
  return arg;
}

/** Excel passes a single value given to a range parameter as a 1×1 array. */
function asExcelPasses(arg: unknown, matrix: boolean): unknown {
  return matrix && arg !== null && !Array.isArray(arg) ? [[arg]] : arg;
}

/** A 1×1 spill shows as its one value. */
function unwrap(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1
    ? value[0][0]
    : value;
}

/** Numbers to 8 significant decimals, so 2777.7777777778 matches 250000 / 90. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e8) / 1e8;
  if (Array.isArray(value)) return value.map(rounded);
  return value;
}
