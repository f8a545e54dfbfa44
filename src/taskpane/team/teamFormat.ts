import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { dateFromSerial } from "@core/cells/parseDate";

/** How the Team area writes numbers, in the pane's language. */
export type TeamFormat = {
  /** 12 300 → "12.3K" / "1.2万". */
  readonly amount: (value: number) => string;
  /** 0.754 → "75%". */
  readonly percent: (value: number) => string;
  /** 0.1333 → "+13.3%" (a change). */
  readonly change: (value: number) => string;
  /** 7.14 → "+7.1" (a change in points). */
  readonly points: (value: number) => string;
  /** 4.04 → "4.0". */
  readonly decimal: (value: number) => string;
  /** 0–100 score → "65". */
  readonly score: (value: number) => string;
  /** Excel serial → "2026-03-01". */
  readonly date: (serial: number) => string;
  /** Names joined as a list: "A, B and C" / "A、B和C". */
  readonly list: (items: readonly string[]) => string;
};

/** The Team area's number formats for the current pane language. */
export function useTeamFormat(): TeamFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const amount = new Intl.NumberFormat(language, { notation: "compact", maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });
    const change = new Intl.NumberFormat(language, {
      style: "percent",
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    });
    const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
    const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const score = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(language, { style: "short", type: "conjunction" });
    return {
      amount: (value) => amount.format(value),
      percent: (value) => percent.format(value),
      change: (value) => change.format(value),
      points: (value) => points.format(value),
      decimal: (value) => decimal.format(value),
      score: (value) => score.format(value),
      date: (serial) => {
        const { year, month, day } = dateFromSerial(serial);
        return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      },
      list: (items) => list.format(items),
    };
  }, [language]);
}
