import { performanceData } from "@core/performance/performanceData";
import { repKpis } from "@core/performance/repKpis";
import { labels, plan } from "./performanceFixture";

describe("performanceData", () => {
  it("counts follow-ups only: the pool's claims, releases and reassignments are left out of Activities", () => {
    const headers = ["Date", "Customer", "Owner", "Method", "Summary", "Satisfaction"];
    const followUp = [46030, "Acme", "Ann", "Call", "Renewal", 5];
    const claims = ["Beta", "Gamma", "Delta", "Eps", "Zeta"].map((customer) => [
      46031,
      customer,
      "Ann",
      "Other",
      "Pool: claimed",
      "",
    ]);
    const data = performanceData({
      Activities: {
        headers,
        rows: [followUp, ...claims, [46032, "Eta", "Ann", "其他", "公海：转交 — Bob → Ann", ""]],
      },
    });
    expect(data.activities).toEqual([{ owner: "Ann", date: 46030, satisfaction: 5 }]);
    expect(repKpis(data, "Ann", plan.periods[0], labels, plan.commission)).toMatchObject({
      activities: 1,
      satisfaction: 5,
    });
  });
});
