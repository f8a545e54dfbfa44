import { platformFromSearch, searchWithPlatform } from "@workbench/page/platformOption";

describe("the workbench URL's platform option", () => {
  test("names web or desktop; anything else is no choice (the lenient web default)", () => {
    expect(platformFromSearch("?platform=web")).toBe("web");
    expect(platformFromSearch("?lang=zh-CN&platform=desktop")).toBe("desktop");
    expect(platformFromSearch("?platform=mac")).toBeUndefined();
    expect(platformFromSearch("")).toBeUndefined();
  });

  test("switching keeps the other options", () => {
    expect(searchWithPlatform("?lang=zh-CN", "desktop")).toBe("?lang=zh-CN&platform=desktop");
    expect(searchWithPlatform("?platform=desktop&lang=en-US", "web")).toBe("?platform=web&lang=en-US");
  });
});
