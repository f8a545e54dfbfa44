import type { Random } from "@core/sample/createRandom";
import type { SampleCustomerRow, SampleDealRow, SampleLanguage, SampleServiceRow } from "@core/sample/sampleRows";
import {
  defaultServiceLevelDays,
  servicePriorityChoices,
  serviceStatusChoices,
  serviceTypeChoices,
} from "@core/workbook/schema";

const TYPES = ["Installation", "Training", "Repair", "Complaint", "Consultation"] as const;
type TicketType = (typeof TYPES)[number];
const TYPE_WEIGHTS = [20, 15, 30, 12, 23];
const PRIORITIES = ["High", "Medium", "Low"] as const;
const PRIORITY_WEIGHTS = [25, 50, 25];
/** Share of won customers that ever open a ticket, and the most tickets one opens. */
const TICKET_SHARE = 0.45;
const MAX_TICKETS = 3;

const SUMMARIES: Readonly<Record<TicketType, Record<SampleLanguage, readonly string[]>>> = {
  Installation: {
    en: ["On-site installation", "Install and configure", "Second site set-up"],
    zh: ["上门安装", "安装调试", "新厂区部署"],
  },
  Training: {
    en: ["User training for new staff", "Admin training", "Refresher training"],
    zh: ["新员工操作培训", "管理员培训", "复训"],
  },
  Repair: {
    en: ["Device does not start", "Replace worn part", "Error code on start-up", "Data sync fails"],
    zh: ["设备无法启动", "更换磨损配件", "开机报错", "数据同步失败"],
  },
  Complaint: {
    en: ["Delivery was late", "Invoice amount disputed", "Engineer did not show up"],
    zh: ["交货延迟", "发票金额有误", "工程师未按约上门"],
  },
  Consultation: {
    en: ["Question about upgrade", "How to export reports", "Warranty terms"],
    zh: ["咨询升级方案", "如何导出报表", "保修条款咨询"],
  },
};

const label = (choices: typeof serviceTypeChoices, key: string, language: SampleLanguage) =>
  choices.find((choice) => choice["en-US"] === key)![language === "zh" ? "zh-CN" : "en-US"];

/**
 * The after-sales tickets of a sample workbook: about 45 % of the customers with a won deal open
 * one to three tickets after the deal closed, up to today — installations and training soon after
 * the sale, repairs, complaints and consultations later — with a mix of priorities. A ticket
 * opened long ago is closed, its resolution taking 0.4–1.8 times its service level (so some were
 * late), and rated 1–5 (lower when late, lower for complaints); one opened in the last weeks is
 * still open half the time, so some open tickets are past their level. Owners are the customer's
 * owner, else the deal's. TicketIDs T-0001 … follow the opening day. DueBy is left out (a formula).
 *
 * @param random - the generator (its own stream, so the other sample tables do not change)
 * @param language - the workbook's language
 * @param today - today's serial; nothing is dated after it
 * @param customers - the sample customers
 * @param deals - the sample deals
 * @param wonStage - the Won stage's name
 * @returns the tickets, oldest first
 * @example
 * sampleService(createRandom(1), "en", 45657, customers, deals, "Won")[0].TicketID //=> "T-0001"
 */
export function sampleService(
  random: Random,
  language: SampleLanguage,
  today: number,
  customers: readonly SampleCustomerRow[],
  deals: readonly SampleDealRow[],
  wonStage: string,
): SampleServiceRow[] {
  const lang = language === "zh" ? "zh-CN" : "en-US";
  const won = new Map<string, SampleDealRow[]>();
  for (const deal of deals)
    if (deal.Stage === wonStage && deal.ClosedOn !== null && deal.ClosedOn <= today)
      won.set(deal.Customer, [...(won.get(deal.Customer) ?? []), deal]);
  const [open, inProgress, closed] = serviceStatusChoices.map((choice) => choice[lang]);
  const drafts: Omit<SampleServiceRow, "TicketID">[] = [];
  for (const customer of customers) {
    const bought = won.get(customer.Company);
    if (!bought || !random.chance(TICKET_SHARE)) continue;
    const count = random.int(1, MAX_TICKETS);
    for (let i = 0; i < count; i++) {
      const deal = random.pick(bought);
      const closedOn = deal.ClosedOn as number;
      const type = random.weighted(TYPES, TYPE_WEIGHTS);
      const priority = random.weighted(PRIORITIES, PRIORITY_WEIGHTS);
      const early = type === "Installation" || type === "Training";
      const span = Math.max(0, today - closedOn);
      const openedOn = closedOn + (early ? Math.min(span, random.int(0, 14)) : random.int(0, span));
      const level = defaultServiceLevelDays[type][PRIORITIES.indexOf(priority)];
      const recent = today - openedOn <= 21;
      const stillOpen = recent && random.chance(0.5);
      const took = Math.max(0, Math.round(level * (0.4 + random.next() * 1.4)));
      const resolvedOn = stillOpen ? null : Math.min(today, openedOn + took);
      const late = resolvedOn !== null && resolvedOn - openedOn > level;
      const score = random.weighted([1, 2, 3, 4, 5], late ? [8, 20, 35, 27, 10] : [1, 3, 12, 42, 42]);
      drafts.push({
        Customer: customer.Company,
        DealID: deal.DealID,
        OpenedOn: openedOn,
        Type: label(serviceTypeChoices, type, language),
        Owner: customer.Owner ?? deal.Owner,
        Priority: label(servicePriorityChoices, priority, language),
        Status: stillOpen ? random.pick([open, inProgress]) : closed,
        ResolvedOn: resolvedOn,
        Satisfaction: resolvedOn === null ? null : type === "Complaint" ? Math.max(1, score - 1) : score,
        Summary: random.pick(SUMMARIES[type][language]),
      });
    }
  }
  drafts.sort((a, b) => a.OpenedOn - b.OpenedOn);
  return drafts.map((draft, index) => ({ TicketID: `T-${String(index + 1).padStart(4, "0")}`, ...draft }));
}
