import { activityKind, isPoolBookkeeping, poolMarkerPrefixes, poolMarkerSummary } from "@core/customers/poolMarkers";

describe("isPoolBookkeeping", () => {
  it("recognises every pool row the add-in writes, in either language, with or without a detail", () => {
    for (const kind of ["claim", "release", "reassign"] as const)
      for (const language of ["en-US", "zh-CN"] as const) {
        expect(isPoolBookkeeping(poolMarkerSummary(kind, language))).toBe(true);
        expect(isPoolBookkeeping(poolMarkerSummary(kind, language, "王芳 → 李强"))).toBe(true);
      }
    expect(isPoolBookkeeping("  pool:  CLAIMED — Ann")).toBe(true);
  });

  it("counts everything else as a follow-up: other summaries, the word pool elsewhere, empty and non-text cells", () => {
    expect(isPoolBookkeeping("Called about the pool heater")).toBe(false);
    expect(isPoolBookkeeping("Pool party invitation")).toBe(false);
    expect(isPoolBookkeeping("")).toBe(false);
    expect(isPoolBookkeeping(null)).toBe(false);
    expect(isPoolBookkeeping(42)).toBe(false);
    expect(activityKind("公海：释放 — 王芳")).toBe("release");
  });

  it("lists the six prefixes the Scorecard formula leaves out", () => {
    expect([...poolMarkerPrefixes].sort()).toEqual(
      ["Pool: claimed", "Pool: released", "Pool: reassigned", "公海：领取", "公海：释放", "公海：转交"].sort(),
    );
  });
});
