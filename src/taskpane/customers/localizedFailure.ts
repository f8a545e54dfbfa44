import type { TFunction } from "i18next";
import { dateFromSerial, parseDate } from "@core/cells/parseDate";
import type { ExcelFailure } from "@excel/excelFailure";
import { isCustomerWriteCode, type CustomerWriteCode } from "@excel/customers/customerWriteFailure";
import type { TranslationKey } from "@i18n/translationKey";

/** The message of each of our own stop codes. */
const failureKeys: Readonly<Record<CustomerWriteCode, TranslationKey>> = {
  CustomerNotFound: "customers.failures.CustomerNotFound",
  CustomersChanged: "customers.failures.CustomersChanged",
  TableMissing: "customers.failures.TableMissing",
  ColumnMissing: "customers.failures.ColumnMissing",
};

/** A date serial as YYYY-MM-DD (the form of a date input); "" for null. */
export function formatDate(serial: number | null | undefined): string {
  if (serial === null || serial === undefined) return "";
  const { year, month, day } = dateFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The serial of a date input's value, or undefined when it is empty or no date. */
export function serialOfInput(value: string): number | undefined {
  return value.trim() ? parseDate(value.trim()) : undefined;
}

/** Money and counts in the pane's language. */
export function formatNumber(value: number, language: string, digits = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );
}

/** A fraction as a percent ("75 %"); "—" for null. */
export function formatPercent(value: number | null, language: string): string {
  return value === null
    ? "—"
    : new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/**
 * A failure with our own stop codes put in the pane's language (Office's messages already are);
 * the original message stays for anything else.
 */
export function localizedFailure(failure: ExcelFailure, t: TFunction): ExcelFailure {
  return isCustomerWriteCode(failure.code) ? { ...failure, message: t(failureKeys[failure.code]) } : failure;
}
