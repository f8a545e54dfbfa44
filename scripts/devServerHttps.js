/*
 * The dev server's `server` option. Excel only loads add-ins over https, so `npm start` asks
 * office-addin-dev-certs for localhost certificates. Its trust step installs a CA with sudo, which a
 * container or a root shell may lack: the server must still start, so this falls back to the
 * certificate files it generated (https the user still has to trust), and without those to plain
 * http on localhost (enough for a browser preview, not for Excel). Every fallback says what to do.
 */
"use strict";

const fs = require("fs");

/** @param {string} message */
function announce(message) {
  process.stdout.write(`\n[SalesGrid] ${message}\n\n`);
}

/**
 * @param {{ ca: string, cert: string, key: string }} paths
 * @returns {boolean}
 */
function filesExist(paths) {
  return [paths.ca, paths.cert, paths.key].every((file) => fs.existsSync(file));
}

/**
 * Builds the webpack-dev-server `server` option.
 * @param {{ devCerts?: any, defaults?: any, log?: (message: string) => void }} [deps] Injected in tests.
 * @returns {Promise<{ type: "https", options: { ca: Buffer, cert: Buffer, key: Buffer } } | { type: "http" }>}
 */
async function devServerHttps(deps = {}) {
  const log = deps.log ?? announce;
  let devCerts;
  let defaults;
  try {
    devCerts = deps.devCerts ?? require("office-addin-dev-certs");
    defaults = deps.defaults ?? require("office-addin-dev-certs/lib/defaults");
  } catch (error) {
    log(
      `office-addin-dev-certs is not available (${error.message}); serving plain http on localhost. Excel needs https: run npm install, then npm start again.`,
    );
    return { type: "http" };
  }
  const paths = {
    ca: defaults.caCertificatePath,
    cert: defaults.localhostCertificatePath,
    key: defaults.localhostKeyPath,
  };
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, cert: options.cert, key: options.key } };
  } catch (error) {
    if (filesExist(paths)) {
      log(
        [
          `The localhost certificate was made but could not be trusted automatically (${firstLine(error)}).`,
          "The dev server uses it anyway. Before Excel can load the add-in, trust this CA certificate",
          `as the current user: ${paths.ca}`,
          "  Windows: npx office-addin-dev-certs install   macOS: same, or add it to the login keychain as trusted",
          "  Linux:   sudo cp it to /usr/local/share/ca-certificates/ and run sudo update-ca-certificates",
        ].join("\n"),
      );
      return {
        type: "https",
        options: { ca: fs.readFileSync(paths.ca), cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) },
      };
    }
    log(
      [
        `Could not make a localhost certificate (${firstLine(error)}).`,
        "Serving plain http://localhost:3000 instead: fine for a browser preview, but Excel loads add-ins only",
        "over https. Run `npx office-addin-dev-certs install` (on Linux it needs sudo), then npm start again.",
      ].join("\n"),
    );
    return { type: "http" };
  }
}

/** @param {unknown} error */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0];
}

module.exports = { devServerHttps };
