import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, candidatePaths } from "../../e2e/browser";

describe("the e2e browser", () => {
  it("looks at CHROME_PATH first, then the usual places of each platform", () => {
    expect(candidatePaths("linux", { CHROME_PATH: "/opt/chrome" }).slice(0, 2)).toEqual([
      "/opt/chrome",
      "/usr/bin/chromium",
    ]);
    expect(candidatePaths("darwin", {})[0]).toBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    const windows = candidatePaths("win32", { PROGRAMFILES: "C:\\Program Files" });
    expect(windows[0]).toMatch(/Program Files.Google.Chrome.Application.chrome\.exe$/);
  });

  it("runs headless Chromium offline, without sandbox or GPU", () => {
    expect(CHROMIUM_ARGS).toEqual([
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ]);
  });

  it("fails with one line that says what to install", () => {
    expect(NO_BROWSER_MESSAGE).not.toContain("\n");
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROME_PATH/);
  });
});
