/**
 * The browser for the end-to-end tests: an installed Chrome or Chromium driven by playwright-core,
 * which downloads none. Found at CHROME_PATH, /usr/bin/chromium or the usual Chrome locations; on
 * a fresh Debian/Ubuntu machine where the tests run as root, Debian's `chromium` is installed with
 * apt-get (about 30 s) so the README's test command passes there; otherwise the tests fail with one
 * line saying what to install. They never skip.
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { delimiter, join } from "path";
import { chromium, type Browser } from "playwright-core";

/** Flags for a quiet, offline, sandbox-free (containers, root) headless run. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Where browsers are usually installed, per platform, after CHROME_PATH. */
export function candidatePaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const fromEnv = env.CHROME_PATH ? [env.CHROME_PATH] : [];
  if (platform === "darwin") {
    return [
      ...fromEnv,
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((root): root is string =>
      Boolean(root),
    );
    return [
      ...fromEnv,
      ...roots.map((root) => join(root, "Google", "Chrome", "Application", "chrome.exe")),
      ...roots.map((root) => join(root, "Microsoft", "Edge", "Application", "msedge.exe")),
    ];
  }
  return [
    ...fromEnv,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ];
}

/** The first existing browser, or undefined. */
export function findBrowser(): string | undefined {
  return candidatePaths().find((path) => existsSync(path));
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, command)));
}

/** The one-line instruction when no browser can be found or installed. */
export const NO_BROWSER_MESSAGE =
  "No Chrome or Chromium found for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.";

/**
 * A browser executable: found, or installed with apt-get when running as root on Debian/Ubuntu.
 * Throws {@link NO_BROWSER_MESSAGE} when neither works.
 */
export function ensureBrowser(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): string {
  const found = findBrowser();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${NO_BROWSER_MESSAGE}`);
  }
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && root && onPath("apt-get")) {
    log("[e2e] No browser found: installing Debian's chromium with apt-get (about 30 s)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"], env });
    execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: ["ignore", "ignore", "inherit"], env });
    const installed = findBrowser();
    if (installed) {
      log(`[e2e] Installed ${installed}.`);
      return installed;
    }
  }
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Launches headless Chromium with the flags above (playwright gives each launch a fresh, temporary profile). */
export async function launchBrowser(
  executablePath: string = process.env.CHROME_PATH ?? ensureBrowser(),
): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
