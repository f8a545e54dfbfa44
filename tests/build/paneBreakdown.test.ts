import {
  groupRanges,
  kindShares,
  paneShares,
  RUNTIME_GROUP,
  scriptShares,
  sourceGroup,
  type SourceMapV3,
} from "../../bench/paneBreakdown";

const OWN = "webpack://salesgrid/./src/core/goals/plan.ts";
const REACT_DOM = "webpack://salesgrid/main/node_modules/react-dom/cjs/react-dom-client.production.js";

describe("sourceGroup", () => {
  it.each([
    [OWN, "src/core/goals"],
    ["webpack://salesgrid/./src/core/messages.ts", "src/core/messages.ts"],
    ["webpack://salesgrid/./src/taskpane/Pane.tsx", "src/taskpane/Pane.tsx"],
    [REACT_DOM, "react-dom"],
    ["webpack://salesgrid/../main/node_modules/@fluentui/react-button/lib/Button.js", "@fluentui/react-button"],
    ["webpack://salesgrid/node_modules/@fluentui/a/node_modules/tabster/dist/x.js", "tabster"],
    ["webpack://salesgrid/webpack/runtime/jsonp chunk loading", RUNTIME_GROUP],
  ])("%s is in %s", (source, group) => {
    expect(sourceGroup(source)).toBe(group);
  });
});

describe("groupRanges", () => {
  // Line 0: "AAA" from plan.ts, "bbb" from react-dom, "CCC" and the line break from plan.ts again;
  // line 1: no mapping.
  const code = "AAAbbbCCC\nglue";
  const map: SourceMapV3 = { sources: [OWN, REACT_DOM], mappings: "AAAA,GCAA,GDAA;" };

  it("gives each group the characters its segments cover, and unmapped text to the runtime", () => {
    expect(Object.fromEntries(groupRanges(code, map))).toEqual({
      "src/core/goals": [
        [0, 3],
        [6, 10],
      ],
      "react-dom": [[3, 6]],
      [RUNTIME_GROUP]: [[10, 14]],
    });
  });

  it("reads multi-digit and negative VLQ fields, and one-field segments as unmapped", () => {
    const long = `${"a".repeat(100)}${"b".repeat(20)}${"c".repeat(5)}`;
    // [0,1,0,0], then column +100 back to source 0 ([100,-1,0,0]), then a one-field segment at +20.
    const ranges = groupRanges(long, { sources: [OWN, REACT_DOM], mappings: "ACAA,oGDAA,oB" });
    expect(Object.fromEntries(ranges)).toEqual({
      "react-dom": [[0, 100]],
      "src/core/goals": [[100, 120]],
      [RUNTIME_GROUP]: [[120, 125]],
    });
  });
});

describe("scriptShares and paneShares", () => {
  const text = (seed: number, length: number) =>
    Array.from({ length }, (_, index) => String.fromCharCode(97 + ((index * 7919 + seed * 104729) % 26))).join("");
  const own = text(1, 3000);
  const dom = text(2, 9000);
  const code = `${own}${dom}`;
  const map: SourceMapV3 = { sources: [OWN, REACT_DOM], mappings: "AAAA,w7FCAA" };

  it("counts each group's raw bytes and a gzip share in proportion to what it adds", () => {
    const shares = Object.fromEntries(scriptShares(code, map).map((share) => [share.group, share]));
    expect(shares["src/core/goals"].raw).toBe(3000);
    expect(shares["react-dom"].raw).toBe(9000);
    expect(shares["react-dom"].gzip).toBeGreaterThan(shares["src/core/goals"].gzip);
    expect(shares["src/core/goals"].gzip).toBeGreaterThan(0);
  });

  it("counts raw size in UTF-8 bytes, as the script is served, not in characters", () => {
    const shares = scriptShares("销售ab", { sources: [OWN, REACT_DOM], mappings: "AAAA,ECAA" });
    expect(shares.find((share) => share.group === "src/core/goals")?.raw).toBe(6);
    expect(shares.find((share) => share.group === "react-dom")?.raw).toBe(2);
  });

  it("sums the scripts per group, largest gzip share first, then by kind", () => {
    const shares = paneShares([
      { code, map },
      { code, map },
    ]);
    expect(shares.map((share) => share.group)).toEqual(["react-dom", "src/core/goals"]);
    expect(shares[0].raw).toBe(18000);
    expect(kindShares([...shares, { group: "@fluentui/react-card", raw: 10, gzip: 5 }])).toEqual([
      { group: "React", raw: 18000, gzip: shares[0].gzip },
      { group: "add-in code (src/core, src/excel, src/taskpane)", raw: 6000, gzip: shares[1].gzip },
      { group: "Fluent UI (with tabster, Griffel)", raw: 10, gzip: 5 },
    ]);
  });
});
