import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import { selectRange } from "../selection";
import { closeTicket, type TicketClosed, type TicketClosing } from "./closeTicket";
import { openTicket, type NewTicket, type TicketOpened } from "./openTicket";
import { readServiceWorkbook, type ServiceWorkbook } from "./serviceWorkbook";

/** What the Service area asks of the workbook (one namespaced entry of WorkbookService). */
export type ServiceService = {
  readonly read: () => Promise<ExcelResult<ServiceWorkbook>>;
  readonly openTicket: (ticket: NewTicket) => Promise<ExcelResult<TicketOpened>>;
  readonly closeTicket: (closing: TicketClosing) => Promise<ExcelResult<TicketClosed>>;
  /** Selects a range (a ticket's row in the Service table), activating its sheet. */
  readonly select: (sheet: string, address: string) => Promise<ExcelResult<void>>;
  /** Today as an Excel serial, from the machine's clock (core takes it as a parameter). */
  readonly today: () => number;
};

/** The Service operations of the shipped pane. */
export const excelServiceService: ServiceService = {
  read: readServiceWorkbook,
  openTicket,
  closeTicket,
  select: selectRange,
  today: () => serialFromLocalTime(new Date()),
};
