import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import { isSalesError, type Result } from "@core/errors";
import { formatMessage } from "@core/messages";
import type { ShownScore } from "@core/performance/shownScore";
import { languageFromOffice, type PaneLanguage } from "@i18n/paneLanguage";

/** What the pane shows where a figure has no value. */
export const NO_FIGURE = "—";

type Figure = number | null | undefined;

/**
 * The pane's one way of writing figures, in the pane's language. Money has no currency sign (the
 * workbook's own format carries it): whole units by default, as summaries show it, or the
 * decimals `moneyDigits` picks for a column of the workbook's own amounts, so cents show only
 * where the figures have them. Every method answers {@link NO_FIGURE} for null, undefined or a
 * figure that is no finite number.
 */
export type NumberFormat = {
  readonly language: PaneLanguage;
  /** 12345.6 → "12,346"; with digits 2 → "12,345.60". */
  readonly money: (value: Figure, digits?: 0 | 2) => string;
  /** A count or measure with at most `digits` decimals (0 by default): 4.04 → "4". */
  readonly number: (value: Figure, digits?: number) => string;
  /** Exactly `digits` decimals: (4.04, 1) → "4.0". */
  readonly fixed: (value: Figure, digits: number) => string;
  /** A fraction as a percentage with at most `digits` decimals (1 by default): 0.754 → "75.4%". */
  readonly percent: (value: Figure, digits?: number) => string;
  /** A change as a signed percentage: 0.1333 → "+13.3%". */
  readonly change: (value: Figure) => string;
  /** A change in points, signed: 7.14 → "+7.1". */
  readonly points: (value: Figure) => string;
  /** Money where a cell is narrow: 12300 → "12.3K" / "1.2万". */
  readonly compact: (value: Figure) => string;
  /** A number of days, an average to a tenth: 12 → "12", 42.46 → "42.5". */
  readonly days: (value: Figure) => string;
  /** An Excel date serial as "2026-03-01", in either language. */
  readonly date: (serial: Figure) => string;
  /** A calendar month: "2026-03" / "2026年3月". */
  readonly month: (year: number, month: number) => string;
  /** A score as core shows it (see shownScore): "0.997" next to a band's minimum, else "1.05". */
  readonly score: (shown: ShownScore | null | undefined) => string;
  /** Names joined as a list: "A, B and C" / "A、B和C". */
  readonly list: (items: readonly string[]) => string;
  /** A SALES result: the value formatted, or NO_FIGURE and the error's message in the pane's language. */
  readonly result: (value: Result<number>, format: (value: number) => string) => { text: string; error?: string };
};

/**
 * Every figure format of the pane for a language. Pure apart from Intl, so non-React code
 * (a message builder) can take the same formats.
 *
 * @param language - the pane's language
 * @returns the formats
 *
 * @example
 * numberFormat("en-US").money(12345.6) //=> "12,346"
 */
export function numberFormat(language: PaneLanguage): NumberFormat {
  const cache = new Map<string, Intl.NumberFormat>();
  const intl = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(language, options)));
    return format;
  };
  const orNone = (value: Figure, write: (value: number) => string) =>
    typeof value === "number" && Number.isFinite(value) ? write(value) : NO_FIGURE;
  const exactly = (digits: number) =>
    intl(`fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const list = new Intl.ListFormat(language, { style: "short", type: "conjunction" });
  return {
    language,
    money: (value, digits = 0) => orNone(value, (v) => exactly(digits).format(v)),
    number: (value, digits = 0) =>
      orNone(value, (v) => intl(`number${digits}`, { maximumFractionDigits: digits }).format(v)),
    fixed: (value, digits) => orNone(value, (v) => exactly(digits).format(v)),
    percent: (value, digits = 1) =>
      orNone(value, (v) => intl(`percent${digits}`, { style: "percent", maximumFractionDigits: digits }).format(v)),
    change: (value) =>
      orNone(value, (v) =>
        intl("change", { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(v),
      ),
    points: (value) =>
      orNone(value, (v) => intl("points", { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(v)),
    compact: (value) =>
      orNone(value, (v) => intl("compact", { notation: "compact", maximumFractionDigits: 1 }).format(v)),
    days: (value) => orNone(value, (v) => intl("number1", { maximumFractionDigits: 1 }).format(v)),
    date: (serial) => isoDate(serial) || NO_FIGURE,
    month: (year, month) =>
      language === "zh-CN" ? `${year}年${month}月` : `${year}-${String(month).padStart(2, "0")}`,
    score: (shown) => (shown ? exactly(shown.digits).format(shown.value) : NO_FIGURE),
    list: (items) => list.format(items),
    result: (value, format) =>
      isSalesError(value)
        ? { text: NO_FIGURE, error: formatMessage(value.code, value.params, language === "zh-CN" ? "zh" : "en") }
        : { text: format(value) },
  };
}

/**
 * The pane's figure formats in its current language (see {@link NumberFormat}); the one place
 * the pane turns numbers into text.
 *
 * @returns the formats, the same object until the language changes
 */
export function useNumberFormat(): NumberFormat {
  const { i18n } = useTranslation();
  const language = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => numberFormat(language), [language]);
}
