import type { TFunction } from "i18next";
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

/**
 * A failure with our own stop codes put in the pane's language (Office's messages already are);
 * the original message stays for anything else.
 */
export function localizedFailure(failure: ExcelFailure, t: TFunction): ExcelFailure {
  return isCustomerWriteCode(failure.code) ? { ...failure, message: t(failureKeys[failure.code]) } : failure;
}
