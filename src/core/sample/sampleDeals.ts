import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { defaultStages, forecastCategoryChoices } from "@core/workbook/schema";
import type { Random } from "@core/sample/createRandom";
import { industries, lostReasonWeights, lostReasons, nextSteps, wonNextSteps } from "@core/sample/sampleNames";
import type { SampleCustomerRow, SampleDealRow, SampleLanguage, TeamRow } from "@core/sample/sampleRows";

/**
 * How many deals come to a decision in each calendar month, relative to an average month: a dip
 * around Chinese New Year (January, February), a year-end push (November, December).
 */
export const SEASONALITY = [0.5, 0.4, 0.9, 0.95, 1.0, 1.05, 0.9, 0.9, 1.05, 1.05, 1.3, 1.7];
/** Year-end budgets make deals larger and easier to win; the holiday months the reverse. */
const MONTH_AMOUNT = [0.85, 0.85, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.2];
const MONTH_WIN_RATE = [-0.04, -0.04, 0, 0, 0, 0, 0, 0, 0, 0, 0.06, 0.06];
/** Deals decided in an average month. */
const DEALS_PER_MONTH = 26;
/** Months of history before today's month, and months of pipeline after it. */
const HISTORY_MONTHS = 23;
const PIPELINE_MONTHS = 4;
const TIER_WEIGHT = { A: 5, B: 2.5, C: 1 } as const;
const TIER_MEDIAN = { A: 250_000, B: 120_000, C: 50_000 } as const;
const TIER_WIN_RATE = { A: 0.32, B: 0.28, C: 0.24 } as const;
/** The stage a lost deal was at (order 1–5). */
const LOST_AT_WEIGHTS = [30, 30, 25, 12, 3];
/** USD amounts are the CNY ones at about 7 to 1. */
const USD_PER_CNY = 1 / 7;

/** A stage's name in the workbook's language, by its order in the default stages (1–7). */
export function stageName(order: number, language: SampleLanguage): string {
  return defaultStages[order - 1].name[language === "zh" ? "zh-CN" : "en-US"];
}

function forecastCategory(order: number, language: SampleLanguage): string {
  const category = defaultStages[order - 1].forecastCategory;
  const choice = forecastCategoryChoices.find((c) => c["en-US"] === category);
  return choice ? choice[language === "zh" ? "zh-CN" : "en-US"] : category;
}

function amount(random: Random, language: SampleLanguage, customer: SampleCustomerRow, decision: number): number {
  const industry = industries.find((i) => i[language] === customer.Industry);
  const season = MONTH_AMOUNT[dateFromSerial(decision).month - 1];
  const cny = random.logNormal(TIER_MEDIAN[customer.Tier] * (industry?.scale ?? 1) * season, 0.45);
  const unit = language === "zh" ? 1000 : 100;
  const value = language === "zh" ? cny : cny * USD_PER_CNY;
  return Math.max(unit, Math.round(value / unit) * unit);
}

function collected(random: Random, value: number, daysSinceWon: number): number {
  if (daysSinceWon > 90) return random.chance(0.9) ? value : Math.round(value * 0.5);
  if (daysSinceWon > 30) return random.chance(0.5) ? value : Math.round(value * 0.5);
  return random.chance(0.5) ? 0 : Math.round(value * 0.3);
}

/**
 * The deals of a sample workbook: about two years of history up to `today` and four months of
 * pipeline after it. Each month gets deals in proportion to {@link SEASONALITY}; each deal has a
 * decision date in its month, a sales cycle (log-normal, about 45 days) that gives its Created
 * date, a customer (A-tier customers buy more often and more), and an amount (log-normal around
 * the tier's median, scaled by industry and by season: larger at year end, smaller
 * around Chinese New Year). Deals decided by today are won
 * (about 30 %, more often at year end) or lost, except a few overdue ones still open; later ones are open at a stage
 * that follows how much of their cycle has passed. Won deals are collected in part or in full
 * (never more than the amount), lost ones record the stage and reason. LastActivity is left
 * empty for the activities to fill; deals created before their owner joined belong to the team
 * manager. Sorted by Created, DealID D-0001 ….
 *
 * @param random - the generator
 * @param language - the workbook's language
 * @param today - today's serial
 * @param team - the sales team
 * @param customers - the customers
 * @returns the deals
 *
 * @example
 * sampleDeals(createRandom(1), "en", 45658, team, customers).every((d) => d.Created <= 45658) //=> true
 */
export function sampleDeals(
  random: Random,
  language: SampleLanguage,
  today: number,
  team: readonly TeamRow[],
  customers: readonly SampleCustomerRow[],
): SampleDealRow[] {
  const { year, month } = dateFromSerial(today);
  const members = new Map(team.map((member) => [member.Rep, member]));
  const customerWeights = customers.map((c) => TIER_WEIGHT[c.Tier]);
  const deals: SampleDealRow[] = [];
  for (let offset = -HISTORY_MONTHS; offset <= PIPELINE_MONTHS; offset++) {
    const monthIndex = year * 12 + (month - 1) + offset;
    const start = serialFromDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
    const next = serialFromDate(Math.floor((monthIndex + 1) / 12), ((monthIndex + 1) % 12) + 1, 1);
    const count = Math.max(0, Math.round(DEALS_PER_MONTH * SEASONALITY[monthIndex % 12] * (1 + 0.1 * random.normal())));
    for (let i = 0; i < count; i++) {
      const decision = start + random.int(0, next - start - 1);
      const customer = random.weighted(customers, customerWeights);
      const cycle = Math.min(240, Math.max(7, Math.round(random.logNormal(customer.Tier === "A" ? 60 : 42, 0.5))));
      let created = decision - cycle;
      if (created > today) {
        // A deal decided months from now that would start after today: keep some as early-stage
        // deals opened recently (a longer cycle), so the pipeline is not only late-stage deals.
        if (!random.chance(0.6)) continue;
        created = today - random.int(0, 45);
      }
      const owner = members.get(customer.Owner ?? "");
      const manager = team.find((m) => m.Team === owner?.Team && m.Manager === null);
      const dealOwner =
        owner && owner.StartDate <= created ? owner.Rep : (manager?.Rep ?? customer.Owner ?? team[0].Rep);
      const value = amount(random, language, customer, decision);
      const overdue = decision <= today && decision > today - 21 && random.chance(0.35);
      const base = { DealID: "", Customer: customer.Company, Owner: dealOwner, Amount: value, Created: created };
      if (decision <= today && !overdue) {
        const won = random.chance(TIER_WIN_RATE[customer.Tier] + MONTH_WIN_RATE[monthIndex % 12]);
        const lostAt = random.weighted([1, 2, 3, 4, 5], LOST_AT_WEIGHTS);
        deals.push({
          ...base,
          Stage: stageName(won ? 6 : 7, language),
          ExpectedClose: decision,
          ClosedOn: decision,
          StageSince: decision,
          LastActivity: null,
          ForecastCategory: forecastCategory(won ? 6 : 7, language),
          Collected: won ? collected(random, value, today - decision) : null,
          LostAt: won ? null : stageName(lostAt, language),
          LostReason: won ? null : random.weighted(lostReasons, lostReasonWeights)[language],
          NextStep: won && random.chance(0.5) ? random.pick(wonNextSteps)[language] : null,
        });
        continue;
      }
      const elapsed = Math.min(1, Math.max(0, (today - created) / Math.max(1, decision - created)));
      const order = Math.min(5, Math.max(1, Math.round(1 + elapsed * 4 + 0.7 * random.normal())));
      const stageSince = order === 1 ? created : created + Math.round((today - created) * (0.3 + 0.7 * random.next()));
      deals.push({
        ...base,
        Stage: stageName(order, language),
        ExpectedClose: decision,
        ClosedOn: null,
        StageSince: stageSince,
        LastActivity: null,
        ForecastCategory: forecastCategory(order, language),
        Collected: null,
        LostAt: null,
        LostReason: null,
        NextStep: random.pick(nextSteps[order])[language],
      });
    }
  }
  deals.sort((a, b) => a.Created - b.Created);
  deals.forEach((deal, i) => (deal.DealID = `D-${String(i + 1).padStart(4, "0")}`));
  return deals;
}
