import type { TFunction } from "i18next";
import type { ComponentScore } from "@core/team/highPotential";
import type { NumberFormat } from "@taskpane/shared/useNumberFormat";

/**
 * A component's value in words, with what it is made of: "+13.3% a month in won revenue
 * (10K, 12K, …)", "Win rate 57%, was 50% (+7.1 pts)" …, so no figure of the index is a black box.
 *
 * @example
 * componentValueText(t, format, { component: "drive", value: 4, detail: { component: "drive", activities: 24, months: 6 }, … }) //=> "4.0 follow-ups a month (24 in all)"
 */
export function componentValueText(t: TFunction, format: NumberFormat, score: ComponentScore): string {
  const { detail, value } = score;
  switch (detail.component) {
    case "trend": {
      if (value === null) return t("team.potential.values.trendNone");
      const series = detail.series.map((v) =>
        detail.basis === "attainment" ? format.percent(v, 0) : format.compact(v),
      );
      return t(
        detail.basis === "attainment" ? "team.potential.values.trendAttainment" : "team.potential.values.trendRevenue",
        {
          trend: format.change(value),
          series: series.join(" → "),
        },
      );
    }
    case "learning":
      if (value === null || detail.recent === null || detail.earlier === null)
        return t("team.potential.values.learningNone", {
          recentClosed: detail.recentClosed,
          earlierClosed: detail.earlierClosed,
        });
      return t("team.potential.values.learning", {
        recent: format.percent(detail.recent, 0),
        earlier: format.percent(detail.earlier, 0),
        change: format.points(value * 100),
      });
    case "drive":
      return t("team.potential.values.drive", { perMonth: format.fixed(value ?? 0, 1), count: detail.activities });
    case "adaptability":
      if (value === null) return t("team.potential.values.adaptabilityMissing");
      if (detail.segments.length === 0) return t("team.potential.values.adaptabilityNone");
      return t("team.potential.values.adaptabilityNew", {
        count: detail.segments.length,
        segments: format.list(detail.segments),
      });
    case "communication":
      if (value === null) return t("team.potential.values.communicationNone");
      return t(
        detail.basis === "follow-ups"
          ? "team.potential.values.communicationFollowUps"
          : "team.potential.values.communicationCustomers",
        { mean: format.fixed(value, 1), count: detail.ratings },
      );
  }
}
