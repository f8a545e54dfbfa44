import type { TFunction } from "i18next";
import type { ExcelFailure } from "@excel/excelFailure";
import type { ServiceWriteCode } from "@excel/service/serviceWriteFailure";
import { serviceTypeChoices, type WorkbookLanguage } from "@core/workbook/schema";
import type { TranslationKey } from "@i18n/translationKey";

const failureKeys: Readonly<Record<ServiceWriteCode, TranslationKey>> = {
  TableMissing: "service.failure.TableMissing",
  ColumnMissing: "service.failure.ColumnMissing",
  TicketNotFound: "service.failure.TicketNotFound",
  TicketClosed: "service.failure.TicketClosed",
};

/**
 * A failure with the Service area's own stop codes put in the pane's language (Office's messages
 * already are); anything else keeps its message.
 */
export function localizedServiceFailure(failure: ExcelFailure, t: TFunction): ExcelFailure {
  const key = failureKeys[failure.code as ServiceWriteCode] as TranslationKey | undefined;
  return key ? { ...failure, message: t(key, { message: failure.message }) } : failure;
}

/**
 * A ticket type's name in the workbook's language (the summary groups types by their English
 * key); a type of the manager's own is shown as written.
 *
 * @example
 * typeLabel("Repair", "zh-CN") //=> "维修"
 */
export function typeLabel(key: string, language: WorkbookLanguage): string {
  return serviceTypeChoices.find((choice) => choice["en-US"] === key)?.[language] ?? key;
}
