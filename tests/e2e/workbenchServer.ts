/**
 * Builds the add-in with the workbench (as `npm start` serves it, development mode) into a folder
 * and serves that folder on 127.0.0.1 with a free port — a few lines of node:http, no network.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve, sep } from "path";
import webpack from "webpack";

const ROOT = resolve(__dirname, "..", "..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Runs webpack.config.js with the workbench into `outputPath`; rejects with webpack's errors. */
export async function buildWorkbench(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ workbench: true, outputPath }, { mode: "development" });
  // Source maps of HyperFormula cost most of the build and nothing the tests use.
  config.devtool = false;
  await new Promise<void>((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats || stats.hasErrors()) {
        return fail(
          new Error(`The workbench build failed:\n${stats?.toString({ all: false, errors: true }) ?? "no stats"}`),
        );
      }
      done();
    });
  });
  if (!existsSync(join(outputPath, "workbench.html")))
    throw new Error(`The build wrote no workbench.html into ${outputPath}`);
}

/** A running static server: its root URL (ending in "/") and how to stop it. */
export type StaticServer = { url: string; close(): Promise<void> };

/** Serves `folder` read-only on 127.0.0.1 and a free port. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(root, pathname === "/" ? "workbench.html" : pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
