import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { forecastCategoryChoices } from "@core/workbook/schema";

/** A forecast category, language-free. */
export type ForecastKind = "pipeline" | "bestCase" | "commit" | "closed" | "omitted";

/** The categories in the order of the schema's choices. */
export const FORECAST_KINDS: readonly ForecastKind[] = ["pipeline", "bestCase", "commit", "closed", "omitted"];

/** Labels compared the way FORECAST compares them: no case, spaces, underscores or hyphens. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

const BY_LABEL = new Map<string, ForecastKind>(
  forecastCategoryChoices.flatMap((choice, i) => [
    [squeeze(choice["en-US"]), FORECAST_KINDS[i]],
    [squeeze(choice["zh-CN"]), FORECAST_KINDS[i]],
  ]),
);

/**
 * The forecast category a cell names, in English or Chinese (Best case, best_case and 最佳情况
 * are one label, as in SALES.FORECAST); undefined for an empty cell or any other text.
 *
 * @example
 * forecastKind(" Best Case ") //=> "bestCase"
 */
export function forecastKind(cell: Cell): ForecastKind | undefined {
  if (isEmpty(cell)) return undefined;
  return BY_LABEL.get(squeeze(String(cell)));
}
