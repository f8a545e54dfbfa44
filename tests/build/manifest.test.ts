import { readFileSync } from "fs";
import { join } from "path";
import { expectValidManifest } from "./expectManifest";
import { readManifest } from "./manifestFacts";

const ROOT = join(__dirname, "..", "..");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml (source, offline)", () => {
  it("holds every offline fact for the development URL", () => {
    expectValidManifest(source, "https://localhost:3000/");
  });

  it("points the functions script at functions.js and everything else that loads code at taskpane.html", () => {
    const resources = readManifest(source).resources();
    expect(resources.get("Functions.Script.Url")?.getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/functions.js",
    );
    expect(resources.get("Taskpane.Url")?.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  it("references only icons that exist in assets/", () => {
    const icons = readManifest(source)
      .urls()
      .filter((url) => url.includes("/assets/"))
      .map((url) => url.slice(url.indexOf("assets/")));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      const png = readFileSync(join(ROOT, icon));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(icon)?.[1]);
      // IHDR width and height (big-endian) at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("rejects malformed XML", () => {
    expect(() => readManifest(source.replace("</OfficeApp>", ""))).toThrow(/well-formed/);
  });
});
