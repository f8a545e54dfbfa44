import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { proposeMapping } from "@core/import/proposeMapping";
import { validateRows } from "@core/import/validateRows";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import type { SampleLanguage, SampleWorkbook } from "@core/sample/sampleRows";
import {
  activityMethodChoices,
  customerStatusChoices,
  defaultStages,
  forecastCategoryChoices,
} from "@core/workbook/schema";

const endOf2025 = serialFromDate(2025, 12, 31);
const midYear = serialFromDate(2025, 6, 15);

const cache = new Map<string, SampleWorkbook>();
function sample(seed: number, language: SampleLanguage, today = endOf2025): SampleWorkbook {
  const key = `${seed}/${language}/${today}`;
  if (!cache.has(key)) cache.set(key, generateSampleWorkbook({ seed, language, today }));
  return cache.get(key)!;
}

const cases: [number, SampleLanguage, number][] = [
  [1, "zh", endOf2025],
  [2, "en", endOf2025],
  [3, "zh", midYear],
  [4, "en", midYear],
];

function quarterRevenue(wb: SampleWorkbook, year: number, quarter: number): number {
  return wb.deals
    .filter((d) => d.Stage === wb.stages[5].Stage)
    .filter((d) => {
      const { year: y, month } = dateFromSerial(d.ClosedOn!);
      return y === year && Math.ceil(month / 3) === quarter;
    })
    .reduce((sum, d) => sum + d.Amount, 0);
}

describe("generateSampleWorkbook: the number of customers", () => {
  // The count can come from the workbook's settings (a resumed set-up): issue #14.
  it("takes a count below 1 as 1 and NaN as the default 300", () => {
    expect(
      generateSampleWorkbook({ seed: 3, language: "en", today: endOf2025, customers: -1e308 }).customers,
    ).toHaveLength(1);
    expect(
      generateSampleWorkbook({ seed: 3, language: "en", today: endOf2025, customers: 1e-300 }).customers,
    ).toHaveLength(1);
    expect(
      generateSampleWorkbook({ seed: 3, language: "en", today: endOf2025, customers: NaN }).customers,
    ).toHaveLength(300);
  });
});

describe("generateSampleWorkbook: determinism", () => {
  it("gives the same workbook for the same seed, language and day", () => {
    const a = generateSampleWorkbook({ seed: 11, language: "zh", today: endOf2025 });
    const b = generateSampleWorkbook({ seed: 11, language: "zh", today: endOf2025 });
    expect(b).toEqual(a);
    expect(generateSampleWorkbook({ seed: 12, language: "zh", today: endOf2025 }).customers[0]).not.toEqual(
      a.customers[0],
    );
  });
  it("keeps a stable fingerprint", () => {
    const wb = sample(1, "zh");
    const fingerprint = {
      counts: [wb.team.length, wb.customers.length, wb.deals.length, wb.activities.length],
      firstRep: wb.team[0].Rep,
      firstCompany: wb.customers[0].Company,
      firstDeal: [wb.deals[0].DealID, wb.deals[0].Customer, wb.deals[0].Amount, wb.deals[0].Created],
      amounts: wb.deals.reduce((s, d) => s + d.Amount, 0),
      collected: wb.deals.reduce((s, d) => s + (d.Collected ?? 0), 0),
      activityDays: wb.activities.reduce((s, a) => s + a.Date, 0),
    };
    // Spelled out so that any change to the generator shows up here (update it deliberately).
    expect(fingerprint).toEqual({
      counts: [8, 300, 670, 3146],
      firstRep: "朱伟",
      firstCompany: "武汉正和物流有限公司",
      firstDeal: ["D-0001", "东莞鼎盛机械有限公司", 401000, 45188],
      amounts: 112536000,
      collected: 26799800,
      activityDays: 143738960,
    });
  });
});

describe.each(cases)("generateSampleWorkbook(seed %i, %s, today %i)", (seed, language, today) => {
  const wb = sample(seed, language, today);
  const lang = language === "zh" ? "zh-CN" : "en-US";
  const stageNames = defaultStages.map((s) => s.name[lang]);
  const won = wb.deals.filter((d) => d.Stage === stageNames[5]);
  const lost = wb.deals.filter((d) => d.Stage === stageNames[6]);
  const open = wb.deals.filter((d) => d.ClosedOn === null);
  const reps = new Set(wb.team.map((t) => t.Rep));
  const companies = new Set(wb.customers.map((c) => c.Company));

  it("has the sizes of a small sales team's workbook", () => {
    expect(wb.stages.map((s) => s.Stage)).toEqual(stageNames);
    expect(wb.team).toHaveLength(8);
    expect(wb.team.filter((t) => t.Manager === null)).toHaveLength(2);
    expect(new Set(wb.team.map((t) => t.Team)).size).toBe(2);
    expect(wb.customers).toHaveLength(300);
    expect(wb.deals.length).toBeGreaterThan(500);
    expect(wb.deals.length).toBeLessThan(900);
    expect(open.length).toBeGreaterThan(30);
    expect(wb.activities.length).toBeGreaterThan(wb.deals.length * 2);
  });

  /** The rows that break a rule, so a failure names them (and a pass costs one expect). */
  const breaking = <T>(rows: readonly T[], ok: (row: T) => boolean): T[] => rows.filter((row) => !ok(row)).slice(0, 3);

  it("writes in its language", () => {
    const han = /\p{Script=Han}/u;
    expect(han.test(wb.customers[0].Company)).toBe(language === "zh");
    expect(han.test(wb.team[0].Rep)).toBe(language === "zh");
    const methods = new Set(activityMethodChoices.map((c) => c[lang]));
    expect(breaking(wb.activities, (a) => methods.has(a.Method))).toEqual([]);
    const statuses = customerStatusChoices.map((c) => c[lang]);
    expect(breaking(wb.customers, (c) => statuses.includes(c.Status))).toEqual([]);
    if (language === "zh") expect(breaking(wb.customers, (c) => /^1[3-9]\d{9}$/.test(c.Phone))).toEqual([]);
    const email = /^[a-z.]+@[a-z0-9.-]+\.example\.(cn|com)$/;
    expect(breaking([...wb.team, ...wb.customers], (p) => email.test(p.Email))).toEqual([]);
  });

  it("has unique IDs, companies (even for the duplicate check), phones and people", () => {
    expect(new Set(wb.customers.map((c) => c.CustomerID)).size).toBe(300);
    expect(new Set(wb.customers.map((c) => normalizeCompany(c.Company))).size).toBe(300);
    expect(new Set(wb.customers.map((c) => c.Phone)).size).toBe(300);
    expect(new Set(wb.deals.map((d) => d.DealID)).size).toBe(wb.deals.length);
    expect(new Set([...wb.team.map((t) => t.Rep), ...wb.customers.map((c) => c.Name)]).size).toBe(308);
  });

  it.each<SampleLanguage>(["en", "zh"])(
    "keeps names unique in a large sample (%s: 5,000 customers), beyond the two-part names",
    (language) => {
      const big = generateSampleWorkbook({ seed: 9, language, today: endOf2025, customers: 5_000 });
      expect(big.customers).toHaveLength(5_000);
      expect(new Set(big.customers.map((c) => normalizeCompany(c.Company))).size).toBe(5_000);
      expect(new Set([...big.team.map((t) => t.Rep), ...big.customers.map((c) => c.Name)]).size).toBe(5_008);
      expect(new Set(big.customers.map((c) => c.Email)).size).toBe(5_000);
    },
  );

  it("references only customers, deals and reps that exist", () => {
    const dealIds = new Set(wb.deals.map((d) => d.DealID));
    expect(breaking(wb.deals, (d) => companies.has(d.Customer) && reps.has(d.Owner))).toEqual([]);
    const linked = (a: (typeof wb.activities)[number]) => a.DealID === null || dealIds.has(a.DealID);
    expect(breaking(wb.activities, (a) => companies.has(a.Customer) && reps.has(a.Owner) && linked(a))).toEqual([]);
    expect(breaking(wb.customers, (c) => c.Owner === null || reps.has(c.Owner))).toEqual([]);
    expect(breaking(wb.team, (t) => t.Manager === null || reps.has(t.Manager))).toEqual([]);
  });

  it("keeps every deal's dates, stage and money consistent", () => {
    const categoryOf = new Map(
      defaultStages.map((s) => [
        s.name[lang],
        forecastCategoryChoices.find((c) => c["en-US"] === s.forecastCategory)![lang],
      ]),
    );
    const joined = new Map(wb.team.map((t) => [t.Rep, t.StartDate]));
    const within = (date: number | null, from: number) => date === null || (date >= from && date <= today);
    expect(
      breaking(
        wb.deals,
        (d) =>
          stageNames.includes(d.Stage) &&
          d.ForecastCategory === categoryOf.get(d.Stage) &&
          d.Created <= today &&
          d.Created >= joined.get(d.Owner)! &&
          within(d.StageSince, d.Created) &&
          within(d.ClosedOn, d.Created) &&
          within(d.LastActivity, d.Created) &&
          d.Amount > 0,
      ),
    ).toEqual([]);
    expect(
      breaking(
        won,
        (d) =>
          d.Collected !== null &&
          d.Collected >= 0 &&
          d.Collected <= d.Amount &&
          d.LostAt === null &&
          d.LostReason === null,
      ),
    ).toEqual([]);
    expect(
      breaking(
        lost,
        (d) => stageNames.slice(0, 5).includes(d.LostAt!) && typeof d.LostReason === "string" && d.Collected === null,
      ),
    ).toEqual([]);
    expect(breaking(open, (d) => stageNames.slice(0, 5).includes(d.Stage) && typeof d.NextStep === "string")).toEqual(
      [],
    );
    expect(wb.deals.some((d) => d.ClosedOn === null && d.ExpectedClose > today)).toBe(true);
  });

  it("wins about 25–35 % of closed deals", () => {
    const rate = won.length / (won.length + lost.length);
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.35);
  });

  it("derives LastActivity, FirstPurchase, LastContact and Satisfaction from the rows they summarise", () => {
    const lastOfDeal = new Map<string, number>();
    const lastOfCustomer = new Map<string, number>();
    for (const a of wb.activities) {
      if (a.DealID !== null) lastOfDeal.set(a.DealID, Math.max(lastOfDeal.get(a.DealID) ?? 0, a.Date));
      lastOfCustomer.set(a.Customer, Math.max(lastOfCustomer.get(a.Customer) ?? 0, a.Date));
    }
    const firstWin = new Map<string, number>();
    for (const d of won) firstWin.set(d.Customer, Math.min(firstWin.get(d.Customer) ?? Infinity, d.ClosedOn!));
    expect(breaking(wb.deals, (d) => d.LastActivity === (lastOfDeal.get(d.DealID) ?? null))).toEqual([]);
    expect(
      breaking(
        wb.customers,
        (c) =>
          c.FirstPurchase === (firstWin.get(c.Company) ?? null) &&
          c.LastContact === (lastOfCustomer.get(c.Company) ?? null) &&
          (c.Satisfaction === null || (c.Satisfaction >= 1 && c.Satisfaction <= 5)),
      ),
    ).toEqual([]);
    expect(wb.customers.filter((c) => c.Satisfaction !== null).length).toBeGreaterThan(50);
  });

  it("keeps follow-ups in the past, with scores from 1 to 5 and next contacts after them", () => {
    const dates = wb.activities.map((a) => a.Date);
    expect(dates).toEqual([...dates].sort((x, y) => x - y));
    expect(
      breaking(
        wb.activities,
        (a) =>
          a.Date <= today &&
          (a.NextContact === null || a.NextContact > a.Date) &&
          (a.Satisfaction === null || [1, 2, 3, 4, 5].includes(a.Satisfaction)),
      ),
    ).toEqual([]);
    expect(wb.activities.filter((a) => a.Satisfaction !== null).length).toBeGreaterThan(100);
    const closedOn = new Map(won.map((d) => [d.DealID, d.ClosedOn!]));
    const returnVisits = wb.activities.filter(
      (a) => a.DealID !== null && a.Date > (closedOn.get(a.DealID) ?? Infinity),
    );
    expect(returnVisits.length).toBeGreaterThan(50);
  });

  it("puts a few quiet customers in the pool, without an owner", () => {
    const [, poolName] = customerStatusChoices.map((c) => c[lang]);
    const pool = wb.customers.filter((c) => c.Status === poolName);
    expect(pool.length).toBeGreaterThan(0);
    expect(pool.length).toBeLessThan(60);
    for (const c of pool) {
      expect(c.Owner).toBeNull();
      expect(c.FirstPurchase).toBeNull();
      expect(open.some((d) => d.Customer === c.Company)).toBe(false);
    }
  });

  it("shows seasonality: fewer deals around Chinese New Year, more at year end", () => {
    const byMonth = new Array(13).fill(0);
    for (const d of wb.deals) byMonth[dateFromSerial(d.ExpectedClose).month]++;
    expect(byMonth[1] + byMonth[2]).toBeLessThan(byMonth[11] + byMonth[12]);
  });

  it("imports into itself: its headers map one to one and its customers have no duplicates", () => {
    const keys = Object.keys(wb.customers[0]);
    expect(proposeMapping(keys, "Customers")).toEqual(keys);
    const rows = wb.customers.map((c) => keys.map((k) => c[k as keyof typeof c]));
    const result = validateRows(rows, keys, "Customers", { knownStages: stageNames, language: lang });
    expect(result.problems).toEqual([]);
    const dealKeys = Object.keys(wb.deals[0]);
    const deals = validateRows(
      wb.deals.map((d) => dealKeys.map((k) => d[k as keyof typeof d])),
      dealKeys,
      "Deals",
      { knownStages: stageNames, language: lang },
    );
    expect(deals.unknownStages).toEqual([]);
    expect(deals.problems).toEqual([]);
  });
});

describe("generateSampleWorkbook: Q4 beats Q1 in every full year", () => {
  it.each([1, 2, 3, 4, 5, 6])("seed %i", (seed) => {
    for (const language of ["zh", "en"] as const) {
      const wb = sample(seed, language);
      for (const year of [2024, 2025]) expect(quarterRevenue(wb, year, 4)).toBeGreaterThan(quarterRevenue(wb, year, 1));
    }
  });
});
