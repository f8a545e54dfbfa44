/*
 * Builds the add-in into dist/: one taskpane.html (the shared runtime) loading the taskpane,
 * functions and commands bundles, functions.json generated from the JSDoc in src/functions,
 * the manifest and the icons. TypeScript is only transpiled here; `npm run typecheck` checks types.
 *
 *   npm run build                                          production, for https://localhost:3000/
 *   ADDIN_BASE_URL=https://sales.example.com/ npm run build production, for the hosting URL
 *   npm start                                              development build served on :3000
 *
 * Options for the Node API (tests): env.outputPath (default dist/), env.ADDIN_BASE_URL
 * (default process.env.ADDIN_BASE_URL).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl } = require("./scripts/baseUrl");
const { devServerHttps } = require("./scripts/devServerHttps");

const root = __dirname;
const fromRoot = (...parts) => path.resolve(root, ...parts);

/** Emitted files that are text and may hold the development URL. */
const TEXT_ASSET = /\.(html|js|json|xml|css|txt|map)$/;

/** Optional build steps owned by other parts of the project, used when their script exists. */
const localizeScript = fromRoot("scripts/localize-functions.js");

/**
 * Emits functions.zh-CN.json from functions.json when scripts/localize-functions.js exists, then
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
        this.localize(compilation),
      );
      // After minification and HTML generation, so nothing is emitted afterwards with the dev URL.
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => this.rewrite(compilation),
      );
    });
  }

  /** @param {import("webpack").Compilation} compilation */
  localize(compilation) {
    const metadata = compilation.getAsset("functions.json");
    if (metadata === undefined || !fs.existsSync(localizeScript)) return;
    compilation.fileDependencies.add(localizeScript);
    delete require.cache[localizeScript]; // the dev server rebuilds in one process
    const { localizeFunctions } = require(localizeScript);
    const zh = localizeFunctions(metadata.source.source().toString());
    compilation.emitAsset("functions.zh-CN.json", new webpack.sources.RawSource(zh));
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

  return {
    mode,
    context: root,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: fromRoot("src/taskpane/index.tsx"),
      functions: fromRoot("src/functions/functions.ts"),
      commands: fromRoot("src/commands/commands.ts"),
    },
    output: {
      path: outputPath,
      filename: "[name].js",
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
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: fromRoot("src/functions/functions.ts"),
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: fromRoot("src/taskpane/taskpane.html"),
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        // Kept readable: the page is tiny, and the workbench finds the office.js tag by its id.
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: fromRoot("manifest.xml"), to: "manifest.xml" },
          { from: fromRoot("assets"), to: "assets" },
        ],
      }),
      new AddinAssetsPlugin({ baseUrl }),
    ],
    devServer: {
      port: 3000,
      host: "localhost",
      server: env.WEBPACK_SERVE ? await devServerHttps() : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
      onListening(server) {
        const address = server.server.address();
        const scheme = server.options.server.type === "https" ? "https" : "http";
        const url = `${scheme}://localhost:${address.port}/`;
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
