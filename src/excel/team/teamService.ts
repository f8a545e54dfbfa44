import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import { selectRange } from "../selection";
import { readTeamWorkbook, type TeamWorkbook } from "./teamWorkbook";

/** What the Team area asks of the workbook (one namespaced entry of WorkbookService). */
export type TeamService = {
  readonly read: () => Promise<ExcelResult<TeamWorkbook>>;
  /** Selects a range (a rep's row in the Team table), activating its sheet. */
  readonly select: (sheet: string, address: string) => Promise<ExcelResult<void>>;
  /** Today as an Excel serial, from the machine's clock (core takes it as a parameter). */
  readonly today: () => number;
};

/** The Team operations of the shipped pane. */
export const teamService: TeamService = {
  read: readTeamWorkbook,
  select: selectRange,
  today: () => serialFromLocalTime(new Date()),
};
