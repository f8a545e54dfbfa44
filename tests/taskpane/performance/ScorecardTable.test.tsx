/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ratingOf } from "@core/formulas/performance/rating";
import { DEFAULT_BANDS } from "@core/formulas/performance/ratingBands";
import { KPI_KEYS } from "@core/performance/kpis";
import type { RepKpis } from "@core/performance/repKpis";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";
import { shownScore } from "@core/performance/shownScore";
import { ScorecardTable } from "@taskpane/performance/ScorecardTable";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

const period: ScorecardPeriod = {
  key: "2026-Q1",
  label: { en: "2026 Q1", zh: "2026年第1季度" },
  start: 46023,
  end: 46112,
  granularity: "quarter",
};

const kpis: RepKpis = {
  ...(Object.fromEntries(KPI_KEYS.map((key) => [key, null])) as Record<(typeof KPI_KEYS)[number], null>),
  revenue: 100000,
  target: 100000,
  commissionBase: 100000,
  carried: 0,
  quota: 100000,
};

/** A line as scorecardLines makes it: the rating and the shown score from the same bands. */
const line = (rep: string, score: number): ScorecardLine => ({
  period,
  rep,
  team: "",
  kpis,
  score,
  shown: shownScore(score, DEFAULT_BANDS),
  rating: ratingOf(score, DEFAULT_BANDS) ?? null,
  commission: 3000,
});

describe("ScorecardTable", () => {
  it("never shows a score that reads as another rating than the one beside it", () => {
    renderWithPane(
      <ScorecardTable lines={[line("Lee", 0.997), line("Zhao", 1.0543), line("Wu", 1.19996)]} caption="Scores" />,
      fakeService({}),
    );
    const table = screen.getByRole("table", { name: "Scores" });
    // 0.997 is a B under "A from 1.0": "1.00" beside a B would contradict it.
    const lee = within(table).getByRole("row", { name: /Lee/ });
    expect(within(lee).getByText("0.997")).toBeInTheDocument();
    expect(within(lee).getByText("B")).toBeInTheDocument();
    expect(within(lee).queryByText("1.00")).toBeNull();
    const zhao = within(table).getByRole("row", { name: /Zhao/ });
    expect(within(zhao).getByText("1.05")).toBeInTheDocument();
    expect(within(zhao).getByText("A")).toBeInTheDocument();
    const wu = within(table).getByRole("row", { name: /Wu/ });
    expect(within(wu).getByText("1.19996")).toBeInTheDocument();
    expect(within(wu).getByText("A")).toBeInTheDocument();
  });

  it("shows the collection rate (回款率) only when some rep has installments due in the period", () => {
    const collected = { ...line("Lee", 0.997), kpis: { ...kpis, collectionRate: 0.4 } };
    const { unmount } = renderWithPane(
      <ScorecardTable lines={[collected, line("Zhao", 1.0543)]} caption="With payments" />,
      fakeService({}),
    );
    const table = screen.getByRole("table", { name: "With payments" });
    expect(within(table).getByRole("columnheader", { name: "Collection rate" })).toBeInTheDocument();
    expect(within(within(table).getByRole("row", { name: /Lee/ })).getByText("40%")).toBeInTheDocument();
    // Zhao has nothing due: a dash, not 0 %.
    const zhao = within(table).getByRole("row", { name: /Zhao/ });
    expect(within(zhao).getAllByRole("cell")[2]).toHaveTextContent("—");
    unmount();
    renderWithPane(<ScorecardTable lines={[line("Lee", 0.997)]} caption="No payments" />, fakeService({}));
    const plain = screen.getByRole("table", { name: "No payments" });
    expect(within(plain).queryByRole("columnheader", { name: "Collection rate" })).toBeNull();
  });
});
