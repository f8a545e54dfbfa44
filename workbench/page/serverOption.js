/*
 * The dev server's `server` option and start-up message for `npm start`, which serves the add-in
 * and the workbench. Unlike `npm run dev-server` (for Excel, see scripts/devServerHttps.js) it never
 * makes or installs a certificate, because that can stop at a password or trust prompt on a fresh
 * machine: it serves https only when a localhost certificate is already installed and trusted,
 * otherwise plain http on localhost, which is all the browser preview needs.
 */
"use strict";

const fs = require("fs");

/**
 * @param {{ devCerts?: any, defaults?: any }} [deps] Injected in tests.
 * @returns {{ type: "https", options: { ca: Buffer, cert: Buffer, key: Buffer } } | { type: "http" }}
 */
function workbenchServer(deps = {}) {
  try {
    const devCerts = deps.devCerts ?? require("office-addin-dev-certs");
    const defaults = deps.defaults ?? require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!files.every((file) => fs.existsSync(file)) || !devCerts.isCaCertificateInstalled()) return { type: "http" };
    const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
    return { type: "https", options: { ca, cert, key } };
  } catch {
    // No certificate tooling or an unreadable certificate: the preview still works over http.
    return { type: "http" };
  }
}

/**
 * What `npm start` prints once it listens.
 * @param {string} url The server's root URL, ending in "/".
 * @param {"http" | "https"} scheme
 * @returns {string}
 */
function workbenchBanner(url, scheme) {
  const lines = [
    "",
    `[SalesGrid] Workbench (the add-in in your browser, on an emulated workbook): ${url}workbench.html`,
    `  Add-in files: ${url}taskpane.html, manifest: ${url}manifest.xml`,
    "  Excel on Windows/macOS: npm run start:desktop (sideloads manifest.xml)",
    scheme === "https"
      ? "  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload My Add-in > manifest.xml"
      : "  Excel on the web: npm run dev-server (https with a localhost certificate), then upload manifest.xml",
    "",
  ];
  return lines.join("\n");
}

module.exports = { workbenchServer, workbenchBanner };
