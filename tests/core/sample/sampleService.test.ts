import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { serviceLevels } from "@core/service/serviceLevels";
import { serviceSummary } from "@core/service/serviceSummary";
import { serviceTickets } from "@core/service/serviceTickets";
import { fixedRows, sampleRows } from "@core/setup/tableRows";
import { tableHeaders } from "@core/workbook/schema";

const today = 45657;

describe.each([
  ["en", "en-US", "Won"],
  ["zh", "zh-CN", "赢单"],
] as const)("sample service tickets (%s)", (language, workbookLanguage, won) => {
  const sample = generateSampleWorkbook({ seed: 1, language, today });

  it("belong to customers with a won deal, opened after it closed, resolved in order, rated when closed", () => {
    expect(sample.service.length).toBeGreaterThan(60);
    const deals = new Map(sample.deals.map((deal) => [deal.DealID, deal]));
    sample.service.forEach((ticket, index) => {
      expect(ticket.TicketID).toBe(`T-${String(index + 1).padStart(4, "0")}`);
      const deal = deals.get(ticket.DealID)!;
      expect(deal).toMatchObject({ Customer: ticket.Customer, Stage: won });
      expect(ticket.OpenedOn).toBeGreaterThanOrEqual(deal.ClosedOn!);
      expect(ticket.OpenedOn).toBeLessThanOrEqual(today);
      if (ticket.ResolvedOn === null) expect(ticket.Satisfaction).toBeNull();
      else {
        expect(ticket.ResolvedOn).toBeGreaterThanOrEqual(ticket.OpenedOn);
        expect(ticket.ResolvedOn).toBeLessThanOrEqual(today);
        expect(ticket.Satisfaction).toBeGreaterThanOrEqual(1);
        expect(ticket.Satisfaction).toBeLessThanOrEqual(5);
      }
      expect(ticket.Owner).toBeTruthy();
    });
  });

  it("read as the Service table with the default levels: a mix of types, some open and some late", () => {
    const headers = tableHeaders("Service", workbookLanguage);
    const rows = sampleRows("Service", sample).map((row) => row.map((cell) => cell ?? ""));
    const tickets = serviceTickets(headers, rows);
    expect(tickets).toHaveLength(sample.service.length);
    const levels = serviceLevels(
      tableHeaders("ServiceLevels", workbookLanguage),
      fixedRows("ServiceLevels", workbookLanguage),
    );
    const summary = serviceSummary(tickets, levels, today);
    expect(summary.openCount).toBeGreaterThan(0);
    expect(summary.overdueCount).toBeGreaterThan(0);
    expect(summary.resolutionByType.map((row) => row.name).sort()).toEqual([
      "Complaint",
      "Consultation",
      "Installation",
      "Repair",
      "Training",
    ]);
    expect(summary.csatByOwner.length).toBeGreaterThan(3);
  });

  it("are reproducible from the seed, and differ with another", () => {
    const again = generateSampleWorkbook({ seed: 1, language, today });
    expect(again).toEqual(sample);
    expect(generateSampleWorkbook({ seed: 2, language, today }).service).not.toEqual(sample.service);
  });
});
