import { activityMethodChoices, defaultTierCadenceDays } from "@core/workbook/schema";
import type { Random } from "@core/sample/createRandom";
import { activitySummaries } from "@core/sample/sampleNames";
import type {
  SampleActivityRow,
  SampleCustomerRow,
  SampleDealRow,
  SampleLanguage,
  TeamRow,
} from "@core/sample/sampleRows";
import { stageName } from "@core/sample/sampleDeals";

const METHODS = ["Call", "WeChat", "Visit", "Email", "Other"] as const;
type Method = (typeof METHODS)[number];
/** How often each method is used: WeChat leads in China, e-mail elsewhere. */
const METHOD_WEIGHTS: Record<SampleLanguage, number[]> = { zh: [30, 36, 15, 14, 5], en: [35, 5, 15, 37, 8] };
const SATISFACTION_WEIGHTS = [2, 5, 15, 40, 38];
/** Return visits recorded after a won deal, at most. */
const RETURN_VISITS = 3;

function methodName(method: Method, language: SampleLanguage): string {
  const choice = activityMethodChoices.find((c) => c["en-US"] === method);
  return choice ? choice[language === "zh" ? "zh-CN" : "en-US"] : method;
}

function satisfaction(random: Random): number {
  return random.weighted([1, 2, 3, 4, 5], SATISFACTION_WEIGHTS);
}

/**
 * The follow-ups of a sample workbook. Each deal gets one activity per stage it went through —
 * the first on its Created date, the last on its ClosedOn date (closed deals) or its StageSince
 * date (open deals), the others spread between — and open deals one or two more since, unless
 * they have gone quiet. Won deals get after-sales return visits (回访) at the tier's cadence
 * (A 14, B 30, C 90 days) up to today, each with a satisfaction score; visits score satisfaction
 * half the time. NextContact is the date of the deal's next activity, a few days ahead for the
 * latest one of an open deal, and empty when the deal closed. Customers without deals get an
 * occasional first contact. Nothing is dated after today. Sorted by date.
 *
 * @param random - the generator
 * @param language - the workbook's language
 * @param today - today's serial
 * @param team - the sales team
 * @param customers - the customers
 * @param deals - the deals
 * @returns the activities
 *
 * @example
 * sampleActivities(createRandom(1), "zh", 45658, team, customers, deals).every((a) => a.Date <= 45658) //=> true
 */
export function sampleActivities(
  random: Random,
  language: SampleLanguage,
  today: number,
  team: readonly TeamRow[],
  customers: readonly SampleCustomerRow[],
  deals: readonly SampleDealRow[],
): SampleActivityRow[] {
  const startOf = new Map(team.map((member) => [member.Rep, member.StartDate]));
  const tierOf = new Map(customers.map((c) => [c.Company, c.Tier]));
  const wonStage = stageName(6, language);
  const summary = (stage: number) => random.pick(activitySummaries[stage])[language];
  const method = (): Method => random.weighted(METHODS, METHOD_WEIGHTS[language]);
  const activities: SampleActivityRow[] = [];

  for (const deal of deals) {
    const closed = deal.ClosedOn !== null;
    const won = deal.Stage === wonStage;
    const reached = closed
      ? won
        ? [1, 2, 3, 4, 5, 6]
        : [...Array.from({ length: stageOrder(deal.LostAt, language) }, (_, i) => i + 1), 7]
      : Array.from({ length: stageOrder(deal.Stage, language) }, (_, i) => i + 1);
    const end = closed ? (deal.ClosedOn as number) : deal.StageSince;
    const dates = reached.map((_, i) => {
      if (i === 0) return deal.Created;
      if (i === reached.length - 1) return end;
      return deal.Created + Math.round(((end - deal.Created) * (i + random.next() * 0.6 - 0.3)) / (reached.length - 1));
    });
    const steps = reached.map((stage, i) => ({ stage, date: Math.min(end, Math.max(deal.Created, dates[i])) }));
    if (!closed && random.chance(0.65)) {
      for (let n = random.int(1, 2); n > 0 && end < today; n--) {
        steps.push({ stage: reached[reached.length - 1], date: random.int(end + 1, today) });
      }
    }
    steps.sort((a, b) => a.date - b.date);
    steps.forEach((step, i) => {
      const how = step.stage === 6 || step.stage === 7 ? random.pick<Method>(["Visit", "Call", "WeChat"]) : method();
      const last = i === steps.length - 1;
      const following = last ? undefined : steps[i + 1].date;
      const nextContact = last
        ? closed
          ? null
          : Math.max(step.date, today) + random.int(2, 10)
        : following !== undefined && following > step.date
          ? following
          : null;
      activities.push({
        Date: step.date,
        Customer: deal.Customer,
        DealID: deal.DealID,
        Owner: deal.Owner,
        Method: methodName(how, language),
        Summary: summary(step.stage),
        NextContact: nextContact,
        Satisfaction: step.stage === 6 || (how === "Visit" && random.chance(0.5)) ? satisfaction(random) : null,
      });
    });
    if (won) {
      const cadence = defaultTierCadenceDays[tierOf.get(deal.Customer) ?? "C"];
      for (let k = 1; k <= RETURN_VISITS && (deal.ClosedOn as number) + k * cadence <= today; k++) {
        const date = (deal.ClosedOn as number) + k * cadence;
        activities.push({
          Date: date,
          Customer: deal.Customer,
          DealID: deal.DealID,
          Owner: deal.Owner,
          Method: methodName(random.pick<Method>(["Call", language === "zh" ? "WeChat" : "Email", "Visit"]), language),
          Summary: summary(0),
          NextContact: date + cadence,
          Satisfaction: satisfaction(random),
        });
      }
    }
  }

  const withDeals = new Set(deals.map((d) => d.Customer));
  for (const customer of customers) {
    if (withDeals.has(customer.Company) || customer.Owner === null || !random.chance(0.5)) continue;
    const since = Math.max(1, Math.min(600, today - (startOf.get(customer.Owner) ?? today - 600)));
    const date = today - random.int(1, since);
    activities.push({
      Date: date,
      Customer: customer.Company,
      DealID: null,
      Owner: customer.Owner,
      Method: methodName(method(), language),
      Summary: summary(1),
      NextContact: null,
      Satisfaction: null,
    });
  }
  return activities.sort((a, b) => a.Date - b.Date || (a.DealID ?? "").localeCompare(b.DealID ?? ""));
}

function stageOrder(stage: string | null, language: SampleLanguage): number {
  for (let order = 1; order <= 7; order++) if (stageName(order, language) === stage) return order;
  return 1;
}
