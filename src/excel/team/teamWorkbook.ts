import { teamColumns } from "@core/team/teamColumns";
import { teamData, type TeamData, type TeamMember, type TeamTables } from "@core/team/teamData";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { columnLetters } from "@core/workbook/columnLetters";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import type { ExcelResult } from "../excelFailure";
import { readTables, type TableData } from "../tables/readTables";

/** Where the `Team` table sits, to point at a rep's row. */
export type TeamTablePlace = {
  readonly sheet: string;
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet columns of the table's first and last column. */
  readonly firstColumn: number;
  readonly lastColumn: number;
};

/** What the Team area reads: the facts, and where the Team table is (null without one). */
export type TeamWorkbook = {
  readonly data: TeamData;
  readonly teamTable: TeamTablePlace | null;
  /** Required columns the tables lack (teamColumns): the area names them instead of its figures. */
  readonly missingColumns?: readonly MissingColumn[];
};

/** The tables the Team area reads. */
export const teamTableNames = ["Team", "Deals", "Activities", "Customers", "Targets", "Stages", "Payments"] as const;

function placeOf(table: TableData | undefined): TeamTablePlace | null {
  if (!table) return null;
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    lastColumn: table.firstColumn + Math.max(table.headers.length, 1) - 1,
  };
}

/**
 * The A1 address of a rep's row in the Team table ("A5:F5"), from where the table sat when read.
 *
 * @example
 * teamRowAddress({ sheet: "Team", headerRow: 0, firstColumn: 0, lastColumn: 5 }, 3) //=> "A5:F5"
 */
export function teamRowAddress(place: TeamTablePlace, row: number): string {
  const sheetRow = place.headerRow + 2 + row;
  return `${columnLetters(place.firstColumn)}${sheetRow}:${columnLetters(place.lastColumn)}${sheetRow}`;
}

/**
 * Reads the Team, Deals, Activities, Customers, Targets, Stages and Payments tables (whichever exist,
 * headers in either language) with readTables — only the columns of teamColumns, paged by
 * bytes — as the Team area's facts.
 *
 * @returns the facts and where the Team table is, or the Office failure
 */
export async function readTeamWorkbook(): Promise<ExcelResult<TeamWorkbook>> {
  const read = await readTables(teamTableNames, teamColumns.read);
  if (!read.ok) return read;
  const tables: TeamTables = {};
  for (const name of teamTableNames) {
    const table = read.value[name];
    if (table) tables[name] = { headers: table.headers, rows: table.rows };
  }
  const missingColumns = missingColumnsIn(teamColumns.required, tables);
  return {
    ok: true,
    value: {
      data: teamData(tables),
      teamTable: placeOf(read.value.Team),
      ...(missingColumns.length > 0 ? { missingColumns } : {}),
    },
  };
}

/** The member's row as a range to select. */
export function memberRange(workbook: TeamWorkbook, member: TeamMember): { sheet: string; address: string } | null {
  return workbook.teamTable
    ? { sheet: workbook.teamTable.sheet, address: teamRowAddress(workbook.teamTable, member.row) }
    : null;
}
