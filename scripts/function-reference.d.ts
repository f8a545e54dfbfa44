/** Types for scripts/function-reference.js (CommonJS, run by the build, the docs script and tests). */
import type { Translations } from "./localize-functions";

export type ErrorNote = { code: "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A"; when: string };
export type ExampleNote = {
  story: string;
  formula: string;
  result: string;
  /** The arguments as Excel passes them; { rows: [{ row, times }] } stands for many repeated rows. */
  args: unknown[];
  /** The value the function returns for args (numbers compared to 8 decimals). */
  expect: unknown;
};
export type FunctionNote = { result: string; errors: ErrorNote[]; example: ExampleNote };
export type Notes = {
  title: string;
  titleZh: string;
  intro: string;
  conventions: { title: string; items: string[] }[];
  groups: { id: string; title: string; titleZh: string; functions: string[] }[];
  functions: Record<string, FunctionNote>;
};
export type ReferenceOptions = { translations?: Translations; notes?: Notes };

/** docs/FUNCTIONS.md from functions.json (text or parsed); throws when a registered function lacks notes or a Chinese name. */
export declare function renderMarkdown(metadata: string | object, options?: ReferenceOptions): string;
/** The standalone help page (dist/help/functions.html); each section's id is the function's lower-case id. */
export declare function renderHtml(metadata: string | object, options?: ReferenceOptions): string;
/** Generates functions.json from src/functions/functions.ts and renders both documents. */
export declare function generateReference(
  options?: ReferenceOptions,
): Promise<{ functionsJson: string; markdown: string; html: string }>;
export declare function generateFunctionsJson(source?: string): Promise<string>;
export declare function loadNotes(file?: string): Notes;
export declare function anchorOf(id: string): string;
export declare const MARKDOWN_FILE: string;
export declare const NOTES_FILE: string;
