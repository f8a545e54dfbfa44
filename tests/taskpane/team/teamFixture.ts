import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import { recentMonths } from "@core/team/months";
import { teamData, type TeamTables } from "@core/team/teamData";
import type { TeamWorkbook } from "@excel/team/teamWorkbook";

type Row = Record<string, Cell>;

/** Today in the fixture: 2026-07-10; the index measures January–June 2026. */
export const fixtureToday = serialFromDate(2026, 7, 10);

const table = (columns: string[], rows: Row[]) => ({
  headers: columns,
  rows: rows.map((row) => columns.map((column) => row[column] ?? "")),
});

/**
 * A team of four: East (manager Mia, with Rise and Newbie) and West (Flat, managed by Leo).
 * Rise's monthly wins grow from 10K to 20K over January–June, Flat's stay at 15K; both win one
 * deal and lose one a month, log four follow-ups rated 4 a month. Newbie joined in March; Mia
 * sells nothing. July targets: Rise 30K (won 15K), Flat 20K (won 25K); June: Rise 25K (won 20K).
 * Payments received in July: Rise 9K (6K + 3K; another 4K came in June), Flat 25K.
 */
export function fixtureTables(): TeamTables {
  const months = recentMonths(fixtureToday, 12);
  const deals: Row[] = [];
  const activities: Row[] = [];
  for (const [rep, amount] of [
    ["Rise", (i: number) => (i < 6 ? 15000 : 10000 + (i - 6) * 2000)],
    ["Flat", () => 15000],
  ] as const) {
    months.forEach((month, i) => {
      deals.push({ Owner: rep, Customer: `${rep} client`, Stage: "Won", Amount: amount(i), ClosedOn: month.start + 9 });
      deals.push({ Owner: rep, Customer: `${rep} client`, Stage: "Lost", Amount: 5000, ClosedOn: month.start + 12 });
      for (let k = 0; k < 4; k++) activities.push({ Owner: rep, Date: month.start + 3 + k, Satisfaction: 4 });
    });
  }
  const july = { start: serialFromDate(2026, 7, 1), end: serialFromDate(2026, 7, 31) };
  deals.push({ Owner: "Rise", Customer: "Rise client", Stage: "Won", Amount: 15000, ClosedOn: july.start + 2 });
  deals.push({ Owner: "Flat", Customer: "Flat client", Stage: "Won", Amount: 25000, ClosedOn: july.start + 1 });
  deals.push({ Owner: "Rise", Customer: "Rise client", Stage: "Proposal", Amount: 40000, Probability: 0.5 });
  deals.push({ Owner: "Newbie", Customer: "x", Stage: "Won", Amount: 1000, ClosedOn: months[9].start });
  activities.push({ Owner: "Rise", Date: july.start }, { Owner: "Rise", Date: july.start + 7 });

  const started = serialFromDate(2020, 1, 6);
  return {
    Team: table(
      ["Rep", "Team", "Manager", "StartDate"],
      [
        { Rep: "Mia", Team: "East", StartDate: started },
        { Rep: "Rise", Team: "East", Manager: "Mia", StartDate: started },
        { Rep: "Newbie", Team: "East", Manager: "Mia", StartDate: months[8].start },
        { Rep: "Flat", Team: "West", Manager: "Leo", StartDate: started },
      ],
    ),
    Deals: table(["DealID", "Customer", "Owner", "Stage", "Amount", "Probability", "ClosedOn"], deals),
    Activities: table(["Date", "Customer", "Owner", "Satisfaction"], activities),
    Payments: table(
      ["Owner", "AmountDue", "Received", "ReceivedOn"],
      [
        { Owner: "Rise", AmountDue: 4000, Received: 4000, ReceivedOn: months[11].end },
        { Owner: "Rise", AmountDue: 6000, Received: 6000, ReceivedOn: july.start + 4 },
        { Owner: "Rise", AmountDue: 3000, Received: 3000, ReceivedOn: july.start + 8 },
        { Owner: "Rise", AmountDue: 2000, Received: null, ReceivedOn: null },
        { Owner: "Flat", AmountDue: 25000, Received: 25000, ReceivedOn: july.start + 5 },
      ],
    ),
    Customers: table(
      ["Company", "Industry", "Owner"],
      [
        { Company: "Rise client", Industry: "Retail", Owner: "Rise" },
        { Company: "Flat client", Industry: "Retail", Owner: "Flat" },
      ],
    ),
    Targets: table(
      ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target"],
      [
        {
          Period: "2026-07",
          PeriodStart: july.start,
          PeriodEnd: july.end,
          Level: "Rep",
          Name: "Rise",
          Metric: "Signed",
          Target: 30000,
        },
        {
          Period: "2026-07",
          PeriodStart: july.start,
          PeriodEnd: july.end,
          Level: "Rep",
          Name: "Flat",
          Metric: "Signed",
          Target: 20000,
        },
        {
          Period: "2026-06",
          PeriodStart: months[11].start,
          PeriodEnd: months[11].end,
          Level: "Rep",
          Name: "Rise",
          Metric: "Signed",
          Target: 25000,
        },
      ],
    ),
  };
}

/** The fixture as the Team area reads it, with the Team table at A1 of the sheet "Team". */
export function fixtureWorkbook(tables: TeamTables = fixtureTables()): TeamWorkbook {
  return {
    data: teamData(tables),
    teamTable: tables.Team ? { sheet: "Team", headerRow: 0, firstColumn: 0, lastColumn: 3 } : null,
  };
}
