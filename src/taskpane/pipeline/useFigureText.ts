import { useTranslation } from "react-i18next";
import { isSalesError, type Result } from "@core/errors";
import { dateFromSerial } from "@core/cells/parseDate";
import { formatMessage } from "@core/messages";

/** How the pane writes figures: in its language, money without a currency (the workbook's own). */
export type FigureText = {
  readonly money: (value: number) => string;
  readonly percent: (value: number) => string;
  readonly number: (value: number, digits?: number) => string;
  readonly date: (serial: number) => string;
  readonly month: (year: number, month: number) => string;
  /** A SALES result: the value formatted, or the error's message in the pane's language. */
  readonly result: (value: Result<number>, format: (value: number) => string) => { text: string; error?: string };
};

/** Figure formatting in the pane's language. */
export function useFigureText(): FigureText {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? i18n.language ?? "en-US").startsWith("zh") ? "zh-CN" : "en-US";
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  return {
    money: (value) => whole.format(value),
    percent: (value) => percent.format(value),
    number: (value, digits = 1) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value),
    date: (serial) => {
      const { year, month, day } = dateFromSerial(serial);
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    },
    month: (year, month) =>
      language === "zh-CN" ? `${year}年${month}月` : `${year}-${String(month).padStart(2, "0")}`,
    result: (value, format) =>
      isSalesError(value)
        ? { text: "—", error: formatMessage(value.code, value.params, language === "zh-CN" ? "zh" : "en") }
        : { text: format(value) },
  };
}
