import { languageFromOffice } from "@i18n/paneLanguage";

describe("languageFromOffice", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-Hant-HK", "zh-CN"],
    ["ZH_cn", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["fr-FR", "en-US"],
    ["", "en-US"],
  ])("maps %p to %s", (display, pane) => {
    expect(languageFromOffice(display)).toBe(pane);
  });

  it("falls back to English without a display language", () => {
    expect(languageFromOffice(undefined)).toBe("en-US");
    expect(languageFromOffice(null)).toBe("en-US");
  });
});
