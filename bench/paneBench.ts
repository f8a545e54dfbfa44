/**
 * `npm run bench -- --only pane` (issue #17): the production build's bundle sizes and the time the
 * pane takes to show its first area in headless Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { launchBrowser } from "../tests/e2e/browser";
import { type GroupShare, kindShares, paneShares, type SourceMapV3 } from "./paneBreakdown";
import { serveFolder } from "../tests/e2e/workbenchServer";

/** One emitted script: raw and gzip (level 9) bytes. */
export type BundleSize = { readonly file: string; readonly raw: number; readonly gzip: number };

export type PaneFigures = {
  readonly bundles: readonly BundleSize[];
  /** What the pane's scripts are made of, per package or source folder, largest first. */
  readonly shares: readonly GroupShare[];
  /** Milliseconds from navigation start to the first area's heading, one per run. */
  readonly firstRenderMs: readonly number[];
};

/** The pane's scripts: the first chunk and every lazy chunk (the areas and what they share). */
const isPaneScript = ({ file }: { file: string }) => file === "taskpane.js" || file.startsWith("chunks/");

/** The add-in's scripts, without the workbench's own (never shipped to Excel). */
const isAddinScript = (file: string) => file.endsWith(".js") && !/^workbench\b/.test(path.basename(file));

function listScripts(folder: string, under = ""): string[] {
  return readdirSync(path.join(folder, under)).flatMap((name) => {
    const relative = path.join(under, name);
    return statSync(path.join(folder, relative)).isDirectory() ? listScripts(folder, relative) : [relative];
  });
}

/**
 * Builds production with the workbench page (it hosts the pane for timing) into `outputPath`, with
 * hidden source maps beside the scripts for the breakdown: hidden maps change no byte of the
 * scripts (no sourceMappingURL comment), and the maps themselves are never measured.
 */
async function buildProduction(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(__dirname, "..", "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ workbench: true, outputPath }, { mode: "production" });
  config.devtool = "hidden-source-map";
  await new Promise<void>((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats || stats.hasErrors()) return fail(new Error(stats?.toString({ all: false, errors: true })));
      done();
    });
  });
}

/**
 * Builds, measures every add-in script, then opens the workbench `runs` times in a fresh browser
 * context and times navigation start → the pane's first area heading (an h2 inside #root) on screen.
 *
 * @param runs - page loads to time (the median is reported)
 * @param log - progress lines
 */
export async function runPaneBench(runs: number, log: (line: string) => void): Promise<PaneFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "salesgrid-pane-bench-"));
  try {
    log("Building production (with the workbench page) for the pane bench…");
    await buildProduction(folder);
    const bundles = listScripts(folder)
      .filter(isAddinScript)
      .map((file) => {
        const bytes = readFileSync(path.join(folder, file));
        return { file: file.split(path.sep).join("/"), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      })
      .sort((a, b) => b.gzip - a.gzip);
    const shares = paneShares(
      bundles.filter(isPaneScript).map(({ file }) => ({
        code: readFileSync(path.join(folder, file), "utf8"),
        map: JSON.parse(readFileSync(path.join(folder, `${file}.map`), "utf8")) as SourceMapV3,
      })),
    );

    const server = await serveFolder(folder);
    const browser = await launchBrowser();
    const firstRenderMs: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: "en-US" });
        const page = await context.newPage();
        await page.goto(`${server.url}workbench.html`);
        const handle = await page.waitForFunction(
          () => {
            const heading = document.querySelector("#root main h2");
            return heading && heading.getBoundingClientRect().height > 0 ? performance.now() : false;
          },
          undefined,
          { polling: "raf", timeout: 120_000 },
        );
        firstRenderMs.push(Number(await handle.jsonValue()));
        await context.close();
        log(`  first render ${run + 1}/${runs}: ${Math.round(firstRenderMs[run])} ms`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return { bundles, shares, firstRenderMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Groups listed one by one under the breakdown; the rest are summed in one row. */
const LISTED_GROUPS = 30;

/** The breakdown as markdown: the shares by kind, then the largest groups. */
function breakdownTables(shares: readonly GroupShare[]): string[] {
  const row = (share: GroupShare) => `| ${share.group} | ${kb(share.raw)} | ${kb(share.gzip)} |`;
  const listed = shares.slice(0, LISTED_GROUPS);
  const rest = shares.slice(LISTED_GROUPS);
  const restRow: GroupShare = {
    group: `${rest.length} smaller groups`,
    raw: rest.reduce((sum, share) => sum + share.raw, 0),
    gzip: rest.reduce((sum, share) => sum + share.gzip, 0),
  };
  const header = ["| Code | Minified | Gzip share |", "| --- | ---: | ---: |"];
  return [
    "What the whole pane is made of (from the build's source maps; a gzip share is what a script loses without " +
      "that code, so the shares add up to a little less than the total):",
    "",
    ...header,
    ...kindShares(shares).map(row),
    "",
    ...header,
    ...listed.map(row),
    ...(rest.length > 0 ? [row(restRow)] : []),
  ];
}

/**
 * The figures as markdown: a table of bundles, the pane's totals against the targets, what the
 * pane is made of, first render.
 *
 * @param figures - what {@link runPaneBench} measured
 */
export function paneTable({ bundles, shares, firstRenderMs }: PaneFigures): string {
  const first = bundles.find((bundle) => bundle.file === "taskpane.js");
  const pane = bundles.filter(isPaneScript);
  const paneGzip = pane.reduce((sum, bundle) => sum + bundle.gzip, 0);
  const rows = bundles.map((bundle) => `| \`${bundle.file}\` | ${kb(bundle.raw)} | ${kb(bundle.gzip)} |`);
  return [
    "| Script | Raw | Gzip |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `First chunk (\`taskpane.js\`, what taskpane.html loads before any area renders): ${kb(first?.gzip ?? 0)} gzip ` +
      `(target ≤ 250 KB). Whole pane (\`taskpane.js\` and every area chunk): ${kb(paneGzip)} gzip (target ≤ 300 KB).`,
    "",
    ...breakdownTables(shares),
    "",
    `Time to first render (workbench page in headless Chromium, navigation start → the first area's heading ` +
      `visible; includes the workbench's own start and the emulator): median ${Math.round(median(firstRenderMs))} ms ` +
      `of ${firstRenderMs.length} (${firstRenderMs.map((ms) => Math.round(ms)).join(", ")} ms).`,
  ].join("\n");
}
