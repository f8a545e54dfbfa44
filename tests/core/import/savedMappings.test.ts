import fc from "fast-check";
import { ADD_VALUE, LEAVE_VALUE } from "@core/import/valueChoices";
import {
  SAVED_MAPPINGS_LIMITS,
  headerSetKey,
  recallMapping,
  recallValueChoices,
  rememberMapping,
  toSavedMappings,
  type SavedMappings,
} from "@core/import/savedMappings";

const hubspotDeals = ["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner", "Associated Company"];

describe("headerSetKey", () => {
  it("is the same for the same headers in another order, case or spacing", () => {
    expect(headerSetKey(hubspotDeals)).toBe(headerSetKey([...hubspotDeals].reverse().map((h) => h.toUpperCase())));
    expect(headerSetKey(["Account Name", "Owner", ""])).toBe(headerSetKey(["owner", "ACCOUNT-NAME"]));
    expect(headerSetKey(["Account Name"])).not.toBe(headerSetKey(["Account Name", "Phone"]));
    expect(headerSetKey(["", null])).toBe("");
  });
});

describe("rememberMapping / recallMapping", () => {
  it("proposes the saved mapping again, laid onto the columns in their present order", () => {
    const mapping = [null, "Stage", "Amount", "ExpectedClose", "Owner", "Customer"];
    const saved = rememberMapping({}, { headers: hubspotDeals, target: "Deals", mapping, savedOn: "2026-12-01" });
    expect(recallMapping(saved, hubspotDeals)).toEqual({ target: "Deals", mapping, savedOn: "2026-12-01" });
    const reordered = [
      hubspotDeals[5],
      hubspotDeals[0],
      hubspotDeals[4],
      hubspotDeals[1],
      hubspotDeals[2],
      hubspotDeals[3],
    ];
    expect(recallMapping(saved, reordered)?.mapping).toEqual([
      "Customer",
      null,
      "Owner",
      "Stage",
      "Amount",
      "ExpectedClose",
    ]);
    expect(recallMapping(saved, ["Deal Name"])).toBeUndefined();
  });

  it("keeps repeated headers apart and drops keys the target no longer has", () => {
    const headers = ["客户名称", "电话", "电话"];
    const saved = rememberMapping(
      {},
      { headers, target: "Customers", mapping: ["Company", null, "Phone"], savedOn: "2026-12-02" },
    );
    expect(recallMapping(saved, headers)?.mapping).toEqual(["Company", null, "Phone"]);
    const stale: SavedMappings = {
      [headerSetKey(["x"])]: { target: "Customers", columns: { x: "Gone" }, savedOn: "2026-01-01" },
    };
    expect(recallMapping(stale, ["X"])?.mapping).toEqual([null]);
  });

  it("round-trips through the setting's JSON for any headers and mapping", () => {
    const header = fc.string({ minLength: 1, maxLength: 12 }).filter((h) => /[\p{L}\p{N}]/u.test(h));
    fc.assert(
      fc.property(
        fc.uniqueArray(header, {
          minLength: 1,
          maxLength: 12,
          selector: (h) =>
            h
              .normalize("NFKC")
              .toLowerCase()
              .replace(/[\s\p{P}\p{S}]+/gu, ""),
        }),
        (headers) => {
          const keys = ["Company", "Name", "Phone", "Owner", "Tier", null];
          const mapping = headers.map((_, i) => (i < keys.length ? keys[i] : null));
          const saved = rememberMapping({}, { headers, target: "Customers", mapping, savedOn: "2026-12-07" });
          const back = toSavedMappings(JSON.stringify(saved));
          expect(recallMapping(back, headers)?.mapping).toEqual(mapping);
        },
      ),
    );
  });

  it("stays within its bounds: the newest entries, the widest lists left out", () => {
    let saved: SavedMappings = {};
    for (let i = 0; i < SAVED_MAPPINGS_LIMITS.entries + 5; i++) {
      const day = `2026-01-${String(i + 1).padStart(2, "0")}`;
      saved = rememberMapping(saved, {
        headers: [`Export ${i}`, "Owner"],
        target: "Customers",
        mapping: [null, "Owner"],
        savedOn: day,
      });
    }
    expect(Object.keys(saved)).toHaveLength(SAVED_MAPPINGS_LIMITS.entries);
    expect(recallMapping(saved, ["Export 0", "Owner"])).toBeUndefined();
    expect(recallMapping(saved, ["Export 24", "Owner"])?.savedOn).toBe("2026-01-25");
    const wide = Array.from({ length: SAVED_MAPPINGS_LIMITS.columns + 1 }, (_, i) => `c${i}`);
    expect(rememberMapping(saved, { headers: wide, target: "Customers", mapping: [], savedOn: "2026-02-01" })).toBe(
      saved,
    );
    const long = Array.from({ length: 150 }, (_, i) => `${"长表头".repeat(20)}${i}`);
    let big: SavedMappings = {};
    for (let i = 0; i < 10; i++) {
      big = rememberMapping(big, {
        headers: [...long, `v${i}`],
        target: "Customers",
        mapping: [],
        savedOn: "2026-03-01",
      });
    }
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(SAVED_MAPPINGS_LIMITS.chars);
    expect(Object.keys(big).length).toBeLessThan(10);
    expect(recallMapping(big, [...long, "v9"])).toBeDefined();
    const huge = Array.from({ length: 199 }, (_, i) => `${"很长的表头".repeat(40)}${i}`);
    expect(rememberMapping(big, { headers: huge, target: "Customers", mapping: [], savedOn: "2026-04-01" })).toBe(big);
  });

  it("reads a setting that is not ours as no mappings", () => {
    expect(toSavedMappings("not json")).toEqual({});
    expect(toSavedMappings(["a"])).toEqual({});
    expect(toSavedMappings({ k: { target: "Nope", columns: {}, savedOn: "x" }, j: 5 })).toEqual({});
  });
});

describe("value choices saved with the mapping", () => {
  const headers = ["Deal Name", "Deal Stage", "Deal owner"];
  const remembered = rememberMapping(
    {},
    {
      headers,
      target: "Deals",
      mapping: ["Customer", "Stage", "Owner"],
      savedOn: "2026-12-07",
      values: {
        Stage: { "Closed Won": "Won", Pilot: ADD_VALUE },
        Owner: { "wang fang": "Wang Fang", "Zhao Lei": LEAVE_VALUE },
      },
    },
  );

  it("keeps only the values mapped onto known ones, and gives them back with the mapping, through the setting's JSON", () => {
    const recalled = recallMapping(toSavedMappings(JSON.stringify(remembered)), [
      "Deal owner",
      "Deal Name",
      "Deal Stage",
    ]);
    expect(recalled?.values).toEqual({ Stage: { "Closed Won": "Won" }, Owner: { "wang fang": "Wang Fang" } });
  });

  it("proposes a saved value again while its list still holds the value mapped onto; others keep their proposal", () => {
    const saved = recallMapping(remembered, headers)?.values;
    expect(recallValueChoices({ "Closed Won": ADD_VALUE, Pilot: ADD_VALUE }, saved?.Stage, ["Lead", "Won"])).toEqual({
      "Closed Won": "Won",
      Pilot: ADD_VALUE,
    });
    // "Won" renamed in the workbook: the saved choice no longer applies.
    expect(recallValueChoices({ "Closed Won": ADD_VALUE }, saved?.Stage, ["Lead", "Signed"])).toEqual({
      "Closed Won": ADD_VALUE,
    });
    expect(recallValueChoices({ X: LEAVE_VALUE }, undefined, ["A"])).toEqual({ X: LEAVE_VALUE });
  });

  it("keeps the cap: at most 200 values a field, and the whole setting within 32,000 characters", () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`客户等级${i}`, "A"]));
    const one = rememberMapping(
      {},
      { headers: ["Tier"], target: "Customers", mapping: ["Tier"], savedOn: "2026-12-07", values: { Tier: many } },
    );
    expect(Object.keys(recallMapping(one, ["Tier"])?.values?.Tier ?? {})).toHaveLength(SAVED_MAPPINGS_LIMITS.columns);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 300 }), (texts) => {
        const values = { Owner: Object.fromEntries(texts.map((text) => [text, text.toUpperCase() || "A"])) };
        const saved = rememberMapping(remembered, {
          headers: ["Owner"],
          target: "Customers",
          mapping: ["Owner"],
          savedOn: "2026-12-08",
          values,
        });
        expect(JSON.stringify(saved).length).toBeLessThanOrEqual(SAVED_MAPPINGS_LIMITS.chars);
      }),
      { numRuns: 30 },
    );
  });

  it("drops saved values that are not well-formed", () => {
    const raw = {
      k: {
        target: "Deals",
        columns: { a: "Stage" },
        savedOn: "2026-12-07",
        values: { Stage: { x: 5, y: "Won" }, Nope: { z: "A" } },
      },
    };
    expect(toSavedMappings(raw).k.values).toEqual({ Stage: { y: "Won" } });
  });
});
