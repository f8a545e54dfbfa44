import { platformFromSearch, searchWithPlatform } from "@workbench/page/platformOption";

describe("the workbench URL's platform option", () => {
  test("names web or desktop; anything else is web, the default (and the e2e tests' profile)", () => {
    expect(platformFromSearch("?platform=web")).toBe("web");
    expect(platformFromSearch("?lang=zh-CN&platform=desktop")).toBe("desktop");
    expect(platformFromSearch("?platform=mac")).toBe("web");
    expect(platformFromSearch("")).toBe("web");
  });

  test("switching keeps the other options", () => {
    expect(searchWithPlatform("?lang=zh-CN", "desktop")).toBe("?lang=zh-CN&platform=desktop");
    expect(searchWithPlatform("?platform=desktop&lang=en-US", "web")).toBe("?platform=web&lang=en-US");
  });
});
