import { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl, validateBaseUrl } from "../../scripts/baseUrl";

describe("validateBaseUrl", () => {
  it.each(["https://sales.example.com/", "https://cdn.example.com/salesgrid/", "https://localhost:8443/"])(
    "accepts %s",
    (url) => {
      expect(validateBaseUrl(url)).toBe(url);
    },
  );

  it.each([
    ["http://sales.example.com/", /must use https/],
    ["https://sales.example.com", /must end with "\/"/],
    ["https://sales.example.com/app", /must end with "\/"/],
    ["sales.example.com/", /not an absolute URL/],
    ["https://sales.example.com/?v=2/", /query/],
    ["https://user:secret@sales.example.com/", /credentials/],
  ])("rejects %s with a message that says what to fix", (url, reason) => {
    expect(() => validateBaseUrl(url)).toThrow(reason);
    expect(() => validateBaseUrl(url)).toThrow(/ADDIN_BASE_URL=https:\/\/sales\.example\.com\/ npm run build/);
  });
});

describe("resolveBaseUrl", () => {
  it("defaults to the development URL when nothing is given", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("  ")).toBe(DEV_BASE_URL);
  });

  it("validates what is given", () => {
    expect(resolveBaseUrl(" https://sales.example.com/ ")).toBe("https://sales.example.com/");
    expect(() => resolveBaseUrl("http://sales.example.com/")).toThrow(/https/);
  });
});

describe("rewriteBaseUrl", () => {
  it("rewrites every occurrence, not only the first", () => {
    const text =
      '<a href="https://localhost:3000/a.html"/><b src="https://localhost:3000/b.js"/>https://localhost:3000/';
    expect(rewriteBaseUrl(text, "https://sales.example.com/addin/")).toBe(
      '<a href="https://sales.example.com/addin/a.html"/><b src="https://sales.example.com/addin/b.js"/>https://sales.example.com/addin/',
    );
  });

  it("maps a bare development origin (AppDomain) to the new origin", () => {
    expect(rewriteBaseUrl("<AppDomain>https://localhost:3000</AppDomain>", "https://sales.example.com/addin/")).toBe(
      "<AppDomain>https://sales.example.com</AppDomain>",
    );
  });

  it("leaves text alone for the development URL and text without it", () => {
    const text = "https://localhost:3000/taskpane.html";
    expect(rewriteBaseUrl(text, DEV_BASE_URL)).toBe(text);
    expect(rewriteBaseUrl("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "https://x.example/")).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
  });
});
