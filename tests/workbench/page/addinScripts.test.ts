/**
 * @jest-environment jsdom
 */
import { addinScriptUrls, holdOfficeReady } from "@workbench/page/addinScripts";

describe("loading the add-in into the workbench", () => {
  it("loads the scripts taskpane.html lists, in order, without office.js", () => {
    const html = `<!doctype html><html><head>
      <script id="office-js" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script defer src="functions.js"></script><script defer src="commands.js"></script>
      <script defer src="taskpane.js"></script></head><body></body></html>`;
    expect(addinScriptUrls(html, "http://localhost:3000/workbench.html")).toEqual([
      "http://localhost:3000/functions.js",
      "http://localhost:3000/commands.js",
      "http://localhost:3000/taskpane.js",
    ]);
  });

  it("holds Office.onReady until the emulator is there, then hands every caller to it", async () => {
    const target: Record<string, unknown> = {};
    const gate = holdOfficeReady(target);
    const early = jest.fn();
    const waiting = (target.Office as { onReady(callback: (info: unknown) => void): Promise<unknown> }).onReady(early);
    await Promise.resolve();
    expect(early).not.toHaveBeenCalled();
    const info = { host: "Excel", platform: "OfficeOnline" };
    gate.release({
      onReady: (callback) => {
        callback?.(info);
        return Promise.resolve(info);
      },
    });
    await expect(waiting).resolves.toEqual(info);
    expect(early).toHaveBeenCalledWith(info);
  });
});
