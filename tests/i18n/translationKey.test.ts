import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { initI18n } from "@i18n/initI18n";
import type { TranslationKey } from "@i18n/translationKey";

const srcRoot = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("translation keys", () => {
  it("are the keys of the English strings, for t() and for typed key maps alike", () => {
    const i18n = initI18n("en-US");
    const known: TranslationKey = "common.refresh";
    // npm run typecheck fails here if the keys ever loosen to plain strings: these lines must stay errors.
    // @ts-expect-error a key that is not in en-US.ts
    const unknown: TranslationKey = "workbook.noSuchKey";
    // @ts-expect-error a group of strings is not a key of one string
    const group: TranslationKey = "workbook.tables";
    expect(i18n.t(known)).toBe("Refresh");
    // @ts-expect-error t() itself rejects a key that is not in en-US.ts
    expect(i18n.t("workbook.noSuchKey")).toBe("workbook.noSuchKey");
    expect([unknown, group]).toEqual(["workbook.noSuchKey", "workbook.tables"]);
  });

  it("are never built from template strings in src/, so tsc sees each one whole", () => {
    const built = sourceFiles(srcRoot).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bt\(\s*`/g)].map(() => relative(srcRoot, file)),
    );
    expect(built).toEqual([]);
  });
});
