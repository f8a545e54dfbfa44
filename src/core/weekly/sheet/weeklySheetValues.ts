import { DEFAULT_LOST, normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import type { Week } from "@core/weekly/week";
import type { WeeklyLostDeal, WeeklyStageMove } from "@core/weekly/sheet/weeklySheet";
import { dealHistoryFieldChoices } from "@core/workbook/schema";

const STAGE_FIELD = new Set(
  [dealHistoryFieldChoices[0]["en-US"], dealHistoryFieldChoices[0]["zh-CN"]].map((label) => normalizeLabel(label)),
);

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

/**
 * The weekly sheet's values, as of the day written: the stage moves DealHistory recorded in the
 * week (Field = Stage, ChangedOn in the week; the deal's owner from Deals) and the deals lost in
 * the week (ClosedOn in the week at a lost stage, as the pipeline classifies stages), for the reps
 * given, in day then table order.
 *
 * @param tables - Deals, and DealHistory when the workbook records it
 * @param week - the week
 * @param reps - the reps in scope
 * @returns the moves and the lost deals
 * @example
 * weeklySheetValues({ deals, history }, week, ["Lee"]).stageMoves[0] //=> { rep: "Lee", deal: "D-7", from: "Proposal", to: "Won", day: 46358 }
 */
export function weeklySheetValues(
  tables: { readonly deals: PlainTable; readonly history?: PlainTable },
  week: Week,
  reps: readonly string[],
): { stageMoves: WeeklyStageMove[]; lostDeals: WeeklyLostDeal[] } {
  const inScope = new Map(reps.map((rep) => [normalizeLabel(rep), rep]));
  const inWeek = (day: number | undefined): day is number => day !== undefined && day >= week.start && day <= week.end;
  const ownerOf = new Map<string, string>();
  const lostDeals: WeeklyLostDeal[] = [];
  for (const row of tables.deals.rows) {
    const rep = inScope.get(normalizeLabel(cellOf(tables.deals, row, "Owner")));
    const id = text(cellOf(tables.deals, row, "DealID"));
    if (id !== "" && rep !== undefined && !ownerOf.has(id)) ownerOf.set(id, rep);
    if (rep === undefined || !inWeek(parseDate(cellOf(tables.deals, row, "ClosedOn")))) continue;
    if (!DEFAULT_LOST.has(normalizeLabel(cellOf(tables.deals, row, "Stage")))) continue;
    lostDeals.push({
      rep,
      deal: id,
      amount: parseNumber(cellOf(tables.deals, row, "Amount")) ?? 0,
      reason: text(cellOf(tables.deals, row, "LostReason")),
    });
  }
  const stageMoves: WeeklyStageMove[] = [];
  const history = tables.history;
  if (history) {
    for (const row of history.rows) {
      if (!STAGE_FIELD.has(normalizeLabel(cellOf(history, row, "Field")))) continue;
      const day = parseDate(cellOf(history, row, "ChangedOn"));
      if (!inWeek(day)) continue;
      const deal = text(cellOf(history, row, "DealID"));
      const rep = ownerOf.get(deal);
      if (rep === undefined) continue;
      stageMoves.push({
        rep,
        deal,
        from: text(cellOf(history, row, "From")),
        to: text(cellOf(history, row, "To")),
        day,
      });
    }
    stageMoves.sort((a, b) => a.day - b.day);
  }
  return { stageMoves, lostDeals };
}
