/*
 * Builds the add-in into dist/: one taskpane.html (the shared runtime) loading the taskpane,
 * functions and commands bundles, functions.json generated from the JSDoc in src/functions,
 * the manifest and the icons. TypeScript is only transpiled here; `npm run typecheck` checks types.
 *
 *   npm run build                                          production, for https://localhost:3000/
 *   ADDIN_BASE_URL=https://sales.example.com/ npm run build production, for the hosting URL
 *   npm start                                              development build and the workbench on :3000
 *
 * Options for the Node API (tests): env.outputPath (default dist/), env.ADDIN_BASE_URL
 * (default process.env.ADDIN_BASE_URL), env.workbench (also build workbench.html, the browser
 * preview with the Office.js emulator; never part of `npm run build`, since it bundles HyperFormula).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * The pane's page runs only the add-in's own files and Office's script host (office.js and the
 * scripts it loads from the same host): no inline script, no eval, no other origin, so text that
 * ever slipped into the DOM as markup could not run. Griffel (Fluent's CSS-in-JS) inserts style
 * elements at run time, hence 'unsafe-inline' for styles only. 'self' also covers the dev
 * server's websocket on the same host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl } = require("./scripts/baseUrl");
const { devServerHttps } = require("./scripts/devServerHttps");
const { workbenchServer, workbenchBanner } = require("./workbench/page/serverOption");

const root = __dirname;
const fromRoot = (...parts) => path.resolve(root, ...parts);

/** Emitted files that are text and may hold the development URL. */
const TEXT_ASSET = /\.(html|js|json|xml|css|txt|map)$/;

/** Build steps owned by other parts of the project, run when their script exists. */
const localizeScript = fromRoot("scripts/localize-functions.js");
const referenceScript = fromRoot("scripts/function-reference.js");

/** Loads a build script afresh (the dev server rebuilds in one process) and watches it. */
function loadScript(compilation, file) {
  compilation.fileDependencies.add(file);
  delete require.cache[file];
  return require(file);
}

/**
 * Derives files from functions.json: functions.zh-CN.json (scripts/localize-functions.js) and the
 * help page every @helpurl points at, help/functions.html (scripts/function-reference.js). Then
 * rewrites the development URL in every text asset (manifest, metadata helpUrls, pages, bundles).
 */
class AddinAssetsPlugin {
  /** @param {{ baseUrl: string }} options */
  constructor(options) {
    this.baseUrl = options.baseUrl;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "AddinAssetsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () =>
        this.derive(compilation),
      );
      // After minification and HTML generation, so nothing is emitted afterwards with the dev URL.
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => this.rewrite(compilation),
      );
    });
  }

  /** @param {import("webpack").Compilation} compilation */
  derive(compilation) {
    const metadata = compilation.getAsset("functions.json");
    if (metadata === undefined) return; // the metadata plugin already reported why
    const functionsJson = metadata.source.source().toString();
    const steps = [
      [
        localizeScript,
        "functions.zh-CN.json",
        (script) => script.localizeFunctions(functionsJson),
        (script) => [script.DEFAULT_TRANSLATIONS_FILE],
      ],
      [
        referenceScript,
        "help/functions.html",
        (script) => script.renderHtml(functionsJson),
        (script) => [script.NOTES_FILE],
      ],
    ];
    for (const [file, output, render, inputs] of steps) {
      if (!fs.existsSync(file)) continue;
      try {
        const script = loadScript(compilation, file);
        for (const input of inputs(script)) if (typeof input === "string") compilation.fileDependencies.add(input);
        compilation.emitAsset(output, new webpack.sources.RawSource(render(script)));
      } catch (error) {
        compilation.errors.push(
          new webpack.WebpackError(
            `${output} could not be generated by ${path.relative(root, file)}: ${error.message}`,
          ),
        );
      }
    }
  }

  /** @param {import("webpack").Compilation} compilation */
  rewrite(compilation) {
    if (this.baseUrl === DEV_BASE_URL) return;
    for (const asset of compilation.getAssets()) {
      if (!TEXT_ASSET.test(asset.name)) continue;
      const text = asset.source.source().toString();
      const rewritten = rewriteBaseUrl(text, this.baseUrl);
      if (rewritten !== text) {
        compilation.updateAsset(asset.name, new webpack.sources.RawSource(rewritten));
      }
    }
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const dev = mode === "development";
  const baseUrl = resolveBaseUrl(env.ADDIN_BASE_URL ?? process.env.ADDIN_BASE_URL);
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : fromRoot("dist");
  // The workbench (npm start, e2e tests) is an extra page and chunk beside the unchanged add-in.
  const workbench = Boolean(env.workbench);

  return {
    mode,
    context: root,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: fromRoot("src/taskpane/index.tsx"),
      functions: fromRoot("src/functions/functions.ts"),
      commands: fromRoot("src/commands/commands.ts"),
      ...(workbench ? { workbench: fromRoot("workbench/page/index.tsx") } : {}),
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      // The areas' lazy chunks (React.lazy in src/taskpane/*/…Area.ts), fetched from the same folder
      // as taskpane.js ("auto" public path), so they follow ADDIN_BASE_URL and the CSP's 'self'.
      // The content hash makes Office's web view fetch a changed chunk instead of a cached one.
      chunkFilename: dev ? "chunks/[name].js" : "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        "@core": fromRoot("src/core"),
        "@functions": fromRoot("src/functions"),
        "@excel": fromRoot("src/excel"),
        "@taskpane": fromRoot("src/taskpane"),
        "@i18n": fromRoot("src/i18n"),
        "@workbench": fromRoot("workbench"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: fromRoot("tsconfig.json"),
              compilerOptions: { sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    // Pages stay readable (they are small): the workbench finds the office.js tag by id="office-js".
    optimization: {
      minimizeOptions: { html: false },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // What two or more areas share (Fluent's tables and dialogs, core helpers) goes in one
          // chunk, not a dozen small ones: fewer requests, and gzip compresses one file better.
          areasShared: { chunks: "async", minChunks: 2, name: "areas-shared", enforce: true, priority: 10 },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: fromRoot("src/functions/functions.ts"),
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: fromRoot("src/taskpane/taskpane.html"),
        meta: { csp: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY } },
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        // Kept readable: the page is tiny, and the workbench finds the office.js tag by its id.
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: fromRoot("manifest.xml"), to: "manifest.xml" },
          // The keyboard shortcuts the manifest's ExtendedOverrides points at.
          { from: fromRoot("src/commands/shortcuts.json"), to: "shortcuts.json" },
          // Their action names in English (default) and Chinese, which shortcuts.json refers to.
          { from: fromRoot("src/commands/shortcutResources.json"), to: "shortcutResources.json" },
          { from: fromRoot("assets"), to: "assets" },
        ],
      }),
      new AddinAssetsPlugin({ baseUrl }),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: fromRoot("workbench/page/workbench.html"),
              chunks: ["workbench"],
              minify: false,
            }),
          ]
        : []),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      // npm start (the workbench) never prompts for a certificate; npm run dev-server (Excel) makes one.
      server: !env.WEBPACK_SERVE ? "http" : workbench ? workbenchServer() : await devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // npm start: the bare URL opens the workbench too.
      ...(workbench ? { devMiddleware: { index: "workbench.html" } } : {}),
      client: { overlay: { errors: true, warnings: false } },
      onListening(server) {
        const address = server.server.address();
        const scheme = server.options.server.type === "https" ? "https" : "http";
        const url = `${scheme}://localhost:${address.port}/`;
        if (workbench) {
          process.stdout.write(workbenchBanner(url, scheme));
          return;
        }
        process.stdout.write(
          [
            "",
            `[SalesGrid] Serving the development build at ${url}taskpane.html (manifest: ${url}manifest.xml)`,
            "  Excel on Windows/macOS: npm run start:desktop (sideloads manifest.xml)",
            "  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload My Add-in > manifest.xml",
            "",
          ].join("\n"),
        );
      },
    },
  };
};

module.exports.AddinAssetsPlugin = AddinAssetsPlugin;
