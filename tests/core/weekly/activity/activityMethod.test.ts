import { ACTIVITY_METHODS, activityMethodOf } from "@core/weekly/activity/activityMethod";
import { activityMethodChoices } from "@core/workbook/schema";

describe("activityMethodOf", () => {
  it("reads every Method choice in both languages, any case or spacing", () => {
    expect(["电话", "微信", "拜访", "邮件", "其他"].map(activityMethodOf)).toEqual(ACTIVITY_METHODS);
    expect(["Call", " wechat ", "VISIT", "E-mail", "other"].map(activityMethodOf)).toEqual([
      "call",
      "wechat",
      "visit",
      "other",
      "other",
    ]);
    expect(activityMethodOf("Email")).toBe("email");
  });

  it("keeps the schema's order, so a new choice cannot go uncounted unnoticed", () => {
    expect(activityMethodChoices.map((choice) => activityMethodOf(choice["en-US"]))).toEqual(ACTIVITY_METHODS);
  });

  it("counts an unknown or empty method as other", () => {
    expect(activityMethodOf("Fax")).toBe("other");
    expect(activityMethodOf("")).toBe("other");
    expect(activityMethodOf(null)).toBe("other");
    expect(activityMethodOf(3)).toBe("other");
  });
});
