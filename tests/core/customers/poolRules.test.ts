import {
  defaultPoolRules,
  invalidPoolRuleKeys,
  poolRuleRows,
  poolRulesForm,
  poolRulesFrom,
  poolRulesFromForm,
} from "@core/customers/poolRules";

describe("pool rules", () => {
  it("round-trips through the PoolRules table rows in either language", () => {
    const rules = { noFollowUpDays: { A: 20, B: 40, C: 80 }, protectionDays: 120, warnDays: 3, claimsPerDay: 9 };
    expect(poolRulesFrom(poolRuleRows(rules, "zh-CN"))).toEqual({ rules, problems: [] });
    expect(poolRuleRows(rules, "en-US")[3]).toEqual(["ProtectionDays", "Protection period without a deal (days)", 120]);
  });

  it("keeps the default for missing rows and reports unreadable values", () => {
    const read = poolRulesFrom([
      ["warndays", "", "2"],
      ["ClaimsPerDay", "", "lots"],
      ["ProtectionDays", "", -3],
    ]);
    expect(read.rules).toEqual({ ...defaultPoolRules, warnDays: 2 });
    expect(read.problems).toEqual([
      { key: "ProtectionDays", value: "-3" },
      { key: "ClaimsPerDay", value: "lots" },
    ]);
    expect(poolRulesFrom(undefined).rules).toEqual(defaultPoolRules);
  });

  it("validates the pane's form", () => {
    const form = { ...poolRulesForm(defaultPoolRules), WarnDays: "3", "NoFollowUpDays.B": "1.5" };
    expect(invalidPoolRuleKeys(form)).toEqual(["NoFollowUpDays.B"]);
    expect(poolRulesFromForm(form)).toBeUndefined();
    expect(poolRulesFromForm({ ...form, "NoFollowUpDays.B": "60" })).toEqual({
      ...defaultPoolRules,
      noFollowUpDays: { A: 45, B: 60, C: 180 },
      warnDays: 3,
    });
  });
});
