/*
 * Where the built add-in is hosted. Sources (manifest.xml, the @helpurl JSDoc tags, pages) are written
 * against the development URL; `ADDIN_BASE_URL=https://sales.example.com/ npm run build` moves every
 * reference to the hosting URL at emit time (see webpack.config.js).
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks a base URL given at build time and returns it unchanged.
 * @param {string} value The candidate, e.g. "https://sales.example.com/addin/".
 * @returns {string} The same URL, known to be absolute https ending with "/".
 * @throws {Error} With a message that says what to fix; the build stops on it.
 * @example
 * validateBaseUrl("https://sales.example.com/") //=> "https://sales.example.com/"
 */
function validateBaseUrl(value) {
  const hint =
    'Set ADDIN_BASE_URL to the https URL that will serve dist/, ending with "/", e.g. ADDIN_BASE_URL=https://sales.example.com/ npm run build';
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${value}" is not an absolute URL. ${hint}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL "${value}" must use https: Office loads add-ins only over https. ${hint}`);
  }
  if (!value.endsWith("/")) {
    throw new Error(`ADDIN_BASE_URL "${value}" must end with "/" (the files are resolved relative to it). ${hint}`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`ADDIN_BASE_URL "${value}" must not carry a query, a fragment or credentials. ${hint}`);
  }
  return value;
}

/**
 * The base URL for this build: the given value (usually process.env.ADDIN_BASE_URL), else the dev URL.
 * @param {string | undefined} value
 * @returns {string}
 */
function resolveBaseUrl(value) {
  return value === undefined || value.trim() === "" ? DEV_BASE_URL : validateBaseUrl(value.trim());
}

/**
 * Replaces every occurrence of the development URL by the base URL. A bare origin (as in
 * <AppDomain>https://localhost:3000</AppDomain>) becomes the base URL's origin.
 * @param {string} text
 * @param {string} baseUrl A value accepted by validateBaseUrl.
 * @returns {string}
 * @example
 * rewriteBaseUrl("https://localhost:3000/a.js", "https://x.example/app/") //=> "https://x.example/app/a.js"
 */
function rewriteBaseUrl(text, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return text;
  const origin = new URL(baseUrl).origin;
  return text.split(DEV_BASE_URL).join(baseUrl).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_BASE_URL, validateBaseUrl, resolveBaseUrl, rewriteBaseUrl };
