import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { activityMethodChoices, workbookLanguages } from "@core/workbook/schema";

/** How a follow-up was made: the Activities[Method] choices, by key. */
export type ActivityMethod = "call" | "wechat" | "visit" | "email" | "other";

/** The methods in the order of the schema's activityMethodChoices (Other last). */
export const ACTIVITY_METHODS: readonly ActivityMethod[] = ["call", "wechat", "visit", "email", "other"];

const byLabel = new Map<string, ActivityMethod>(
  ACTIVITY_METHODS.flatMap((method, i) => [
    [method, method] as const,
    ...workbookLanguages.map((language) => [normalizeLabel(activityMethodChoices[i][language]), method] as const),
  ]),
);

/**
 * The method an Activities[Method] cell names, in either language or by key, any case or spacing
 * (a rep may type "call" in a Chinese workbook). Anything else, an empty cell included, is "other":
 * every follow-up counts under some method, so the methods add up to the follow-ups done.
 *
 * @param cell - the Method cell as read
 * @returns the method's key
 * @example
 * activityMethodOf(" 微信 ") //=> "wechat"
 * activityMethodOf("Fax") //=> "other"
 */
export function activityMethodOf(cell: Cell): ActivityMethod {
  return byLabel.get(normalizeLabel(cell)) ?? "other";
}

/** A count per method, every method present. */
export type MethodCounts = Readonly<Record<ActivityMethod, number>>;

/** Zero follow-ups of every method. */
export function noMethodCounts(): Record<ActivityMethod, number> {
  return { call: 0, wechat: 0, visit: 0, email: 0, other: 0 };
}
