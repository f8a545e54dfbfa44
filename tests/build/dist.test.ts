/*
 * The production build, checked as it will be hosted. Builds once (webpack CLI in a child process,
 * like `npm run build`) into a temp folder with a non-default ADDIN_BASE_URL, then inspects dist:
 * files, page, bundles, the rewritten manifest and metadata.
 */
import { execFile, execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, sep } from "path";
import { promisify } from "util";
import { expectValidManifest, manifestFilePaths } from "./expectManifest";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";

const ROOT = join(__dirname, "..", "..");
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const BASE_URL = "https://sales.example.com/addin/";
const BUILD_TIMEOUT_MS = 600_000;

/** Every file under a folder, as paths relative to it. */
function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? listFiles(full).map((child) => join(name, child)) : [name];
  });
}

describe("npm run build (production, ADDIN_BASE_URL set)", () => {
  let dist: string;
  let files: string[];
  const read = (file: string) => readFileSync(join(dist, file), "utf8");

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "salesgrid-dist-"));
    await promisify(execFile)(process.execPath, [WEBPACK, "--mode", "production", "--env", `outputPath=${dist}`], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
      maxBuffer: 64 * 1024 * 1024,
      timeout: BUILD_TIMEOUT_MS,
    });
    files = listFiles(dist);
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("emits the shared-runtime page, the three bundles, the metadata, the manifest and the icons", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "commands.js",
      "functions.json",
      "manifest.xml",
    ]) {
      expect(files).toContain(file);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(files).toContain(join("assets", `icon-${size}.png`));
  });

  it("emits each lazily loaded area as a chunk beside taskpane.js, found from taskpane.js's own URL", () => {
    const chunks = files.filter((file) => file.startsWith(`chunks${sep}`) && file.endsWith(".js"));
    for (const area of ["setup", "import", "goals", "pipeline", "customers", "team", "performance"])
      expect(chunks.some((file) => file.startsWith(join("chunks", `area-${area}.`)))).toBe(true);
    // The "auto" public path: the chunks load from wherever taskpane.js was served, never a fixed origin.
    expect(read("taskpane.js")).toContain("currentScript");
    expect(read("taskpane.js")).not.toContain(BASE_URL);
  });

  it("keeps the Chinese strings out of the first chunk, in a chunk of their own", () => {
    const stringsChunk = files.find(
      (file) => file.startsWith(join("chunks", "strings-zh-CN.")) && file.endsWith(".js"),
    );
    expect(stringsChunk).toBeDefined();
    // The pane's tagline in each language: English in taskpane.js, Chinese only in its chunk.
    expect(read("taskpane.js")).toContain(enUS.app.tagline);
    expect(read("taskpane.js")).not.toContain(zhCN.app.tagline);
    expect(read(stringsChunk!)).toContain(zhCN.app.tagline);
    expect(read(stringsChunk!)).toContain(zhCN.collections.receivables.title);
  });

  it("has one page that declares utf-8 and loads office.js before the functions, commands and pane", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<meta charset="utf-8"\s*\/?>/);
    const order = [
      /<script[^>]*id="office-js"[^>]*src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"/,
      /<script[^>]*src="functions\.js"/,
      /<script[^>]*src="commands\.js"/,
      /<script[^>]*src="taskpane\.js"/,
    ].map((pattern) => html.search(pattern));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(files.filter((file) => file.endsWith(".html") && !file.startsWith("help"))).toEqual(["taskpane.html"]);
  });

  it("lets the page run only its own files and Office's script host (Content-Security-Policy)", () => {
    const html = read("taskpane.html");
    const meta = html.match(/<meta[^>]*http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/);
    expect(meta).not.toBeNull();
    const policy = new Map(
      meta![1].split(";").map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // No inline script or eval anywhere: only styles may be inline (Griffel).
    expect(meta![1]).not.toMatch(/unsafe-eval/);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    // The page itself has no inline script the policy would block.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
  });

  it("ships no HyperFormula (GPL, workbench only) in any file", () => {
    const offenders = files.filter((file) => /hyperformula/i.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it("is minified", () => {
    const functionsJs = read("functions.js");
    expect(functionsJs).not.toContain("@customfunction");
    expect(functionsJs.split("\n").length).toBeLessThan(20);
  });

  it("registers every function of functions.json in the functions bundle", () => {
    const functionsJs = read("functions.js");
    const ids: string[] = JSON.parse(read("functions.json")).functions.map((fn: { id: string }) => fn.id);
    expect(ids).toEqual(expect.arrayContaining(["CONVERSION", "WINRATE"]));
    for (const id of ids) expect(functionsJs).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("rewrites every development URL to ADDIN_BASE_URL", () => {
    const leftovers = files.filter((file) => !file.endsWith(".png") && read(file).includes("localhost:3000"));
    expect(leftovers).toEqual([]);
    const helpUrls: string[] = JSON.parse(read("functions.json")).functions.map(
      (fn: { helpUrl: string }) => fn.helpUrl,
    );
    expect(helpUrls.length).toBeGreaterThan(0);
    for (const url of helpUrls) expect(url.startsWith(`${BASE_URL}help/functions.html#`)).toBe(true);
  });

  it("builds a manifest that passes every offline check for the hosting URL", () => {
    expectValidManifest(read("manifest.xml"), BASE_URL);
  });

  it("hosts every file the manifest points at", () => {
    const missing = manifestFilePaths(read("manifest.xml"), BASE_URL).filter((file) => !existsSync(join(dist, file)));
    expect(missing).toEqual([]);
  });

  it("ships Chinese metadata with the same functions and parameters", () => {
    type Fn = { id: string; name: string; parameters: { name: string }[] };
    const en: Fn[] = JSON.parse(read("functions.json")).functions;
    const zh: Fn[] = JSON.parse(read("functions.zh-CN.json")).functions;
    expect(zh.map((fn) => [fn.id, fn.parameters.length])).toEqual(en.map((fn) => [fn.id, fn.parameters.length]));
    expect(zh.some((fn) => /[\u4e00-\u9fff]/.test(fn.name))).toBe(true);
  });

  it("ships the function help page with an anchor for every function", () => {
    const help = read(join("help", "functions.html"));
    const ids: string[] = JSON.parse(read("functions.json")).functions.map((fn: { id: string }) => fn.id);
    for (const id of ids) expect(help).toContain(`id="${id.toLowerCase()}"`);
  });
});

describe("npm run build with a bad ADDIN_BASE_URL", () => {
  it.each([
    ["http://sales.example.com/", /must use https/],
    ["https://sales.example.com", /must end with "\/"/],
  ])(
    "stops on %s and says why",
    (baseUrl, reason) => {
      let failure: { status?: number; stderr?: string; stdout?: string } = {};
      try {
        execFileSync(
          process.execPath,
          [WEBPACK, "--mode", "production", "--env", `outputPath=${join(tmpdir(), "salesgrid-never")}`],
          {
            cwd: ROOT,
            env: { ...process.env, ADDIN_BASE_URL: baseUrl },
            encoding: "utf8",
            stdio: "pipe",
          },
        );
      } catch (error) {
        failure = error as typeof failure;
      }
      expect(failure.status).not.toBe(0);
      expect(failure.status).toBeDefined();
      expect(`${failure.stderr}${failure.stdout}`).toMatch(reason);
    },
    120_000,
  );
});
