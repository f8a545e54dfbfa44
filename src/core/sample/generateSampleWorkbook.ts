import { customerStatusChoices, defaultStages, forecastCategoryChoices } from "@core/workbook/schema";
import { createRandom } from "@core/sample/createRandom";
import { sampleActivities } from "@core/sample/sampleActivities";
import { sampleCustomers } from "@core/sample/sampleCustomers";
import { sampleContracts } from "@core/sample/sampleContracts";
import { sampleDeals } from "@core/sample/sampleDeals";
import type { SampleLanguage, SampleWorkbook, StageRow } from "@core/sample/sampleRows";
import { sampleService } from "@core/sample/sampleService";
import { sampleTeam } from "@core/sample/sampleTeam";

export type SampleOptions = {
  /** Any integer; the same seed, language and today give the same workbook. */
  readonly seed: number;
  readonly language: SampleLanguage;
  /** Today's serial: history ends here, the pipeline runs four months past it. */
  readonly today: number;
  /** How many customers (300 by default, at most {@link MAX_SAMPLE_CUSTOMERS}). */
  readonly customers?: number;
};

/**
 * The most customers a sample holds: the count can come from the workbook's settings (a set-up
 * resumed), where anyone can write any number, and each customer costs rows and time.
 */
export const MAX_SAMPLE_CUSTOMERS = 100_000;

/** Mixed into the seed for the service tickets' own random stream. */
const SERVICE_STREAM = 0x5e71ce;

/** Added to the seed for the contracts' and payments' own random stream. */
const CONTRACTS_STREAM = 7919;

/** Days without contact after which a customer with no won or open deal may go back to the pool. */
const POOL_AFTER_DAYS = 180;

/**
 * A complete, realistic sample workbook to try SalesGrid with, in English or Chinese: the default
 * stages, a team of eight (two teams with managers), about 300 customers, two years of deals up to
 * today with a win rate around 30 % and clear seasonality (a Chinese New Year dip, a Q4 peak), and
 * their follow-ups. Rows are consistent with each other: every deal's customer and owner exist,
 * closed ≥ created, LastActivity is the deal's latest follow-up, a customer's FirstPurchase is its
 * first won deal and LastContact its latest follow-up, and some customers without business in
 * the last half year are back in the pool (公海, no owner), and after-sales service tickets of won
 * customers (sampleService), some open and late. Deterministic: a seeded mulberry32
 * generator, no clock, no Math.random. Dates are Excel serials; formula columns are left out.
 *
 * @param options - seed, language, today, and optionally the number of customers (a count over
 *   {@link MAX_SAMPLE_CUSTOMERS} gives that many, one below 1 gives 1, NaN the default 300)
 * @returns rows per table, keyed by the column names of WORKBOOK.md
 *
 * @example
 * generateSampleWorkbook({ seed: 7, language: "zh", today: 45657 }).team.length //=> 8
 */
export function generateSampleWorkbook(options: SampleOptions): SampleWorkbook {
  const { seed, language, today } = options;
  const random = createRandom(seed);
  const lang = language === "zh" ? "zh-CN" : "en-US";
  const names = new Set<string>();

  const stages: StageRow[] = defaultStages.map((stage) => ({
    Stage: stage.name[lang],
    Order: stage.order,
    Probability: stage.probability,
    ForecastCategory:
      forecastCategoryChoices.find((c) => c["en-US"] === stage.forecastCategory)?.[lang] ?? stage.forecastCategory,
    StaleDays: stage.staleDays,
  }));
  const team = sampleTeam(random, language, today, names);
  const asked = Math.floor(options.customers ?? 300);
  const count = Number.isNaN(asked) ? 300 : Math.min(MAX_SAMPLE_CUSTOMERS, Math.max(1, asked));
  const customers = sampleCustomers(random, language, team, count, names);
  const deals = sampleDeals(random, language, today, team, customers);
  const activities = sampleActivities(random, language, today, team, customers, deals);

  const lastByDeal = new Map<string, number>();
  const lastByCustomer = new Map<string, number>();
  const scores = new Map<string, number[]>();
  for (const activity of activities) {
    if (activity.DealID !== null)
      lastByDeal.set(activity.DealID, Math.max(lastByDeal.get(activity.DealID) ?? 0, activity.Date));
    lastByCustomer.set(activity.Customer, Math.max(lastByCustomer.get(activity.Customer) ?? 0, activity.Date));
    if (activity.Satisfaction !== null)
      scores.set(activity.Customer, [...(scores.get(activity.Customer) ?? []), activity.Satisfaction]);
  }
  for (const deal of deals) deal.LastActivity = lastByDeal.get(deal.DealID) ?? null;

  const wonStage = stages[5].Stage;
  const [active, pool] = customerStatusChoices.map((choice) => choice[lang]);
  for (const customer of customers) {
    const own = deals.filter((deal) => deal.Customer === customer.Company);
    const won = own.filter((deal) => deal.Stage === wonStage).map((deal) => deal.ClosedOn as number);
    customer.FirstPurchase = won.length > 0 ? won.reduce((first, day) => Math.min(first, day)) : null;
    customer.LastContact = lastByCustomer.get(customer.Company) ?? null;
    const list = scores.get(customer.Company);
    customer.Satisfaction = list ? Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 10) / 10 : null;
    const open = own.some((deal) => deal.ClosedOn === null);
    const quiet = customer.LastContact === null || today - customer.LastContact > POOL_AFTER_DAYS;
    const toPool = won.length === 0 && !open && quiet && random.chance(0.25);
    customer.Status = toPool ? pool : active;
    if (toPool) customer.Owner = null;
  }
  // Tickets and contracts draw from streams of their own: the tables above are the same with or without them.
  const service = sampleService(createRandom(seed ^ SERVICE_STREAM), language, today, customers, deals, wonStage);
  const { contracts, payments } = sampleContracts(
    createRandom(seed + CONTRACTS_STREAM),
    language,
    today,
    deals,
    wonStage,
  );
  return { stages, team, customers, deals, activities, service, contracts, payments };
}
