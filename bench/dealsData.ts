/** The synthetic deal table every function benchmark reads: one column per field, seeded. */
import { seeded } from "./measure";

export const STAGES = ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract", "Won", "Lost"] as const;
export const CATEGORIES = ["Pipeline", "Pipeline", "Best case", "Commit", "Commit", "Closed", "Omitted"] as const;
const PROBABILITIES = [0.1, 0.25, 0.5, 0.75, 0.9, 1, 0];

export type DealsData = {
  rows: number;
  stage: (string | null)[];
  amount: number[];
  probability: number[];
  created: number[];
  closed: (number | null)[];
  category: string[];
  lastPurchase: number[];
  frequency: number[];
};

/** Builds `rows` deals: ~5 % empty stages, closed dates on won/lost rows only. */
export function makeDeals(rows: number, seed = 42): DealsData {
  const rnd = seeded(seed);
  const d: DealsData = {
    rows,
    stage: new Array(rows),
    amount: new Array(rows),
    probability: new Array(rows),
    created: new Array(rows),
    closed: new Array(rows),
    category: new Array(rows),
    lastPurchase: new Array(rows),
    frequency: new Array(rows),
  };
  for (let i = 0; i < rows; i++) {
    const s = Math.floor(rnd() * STAGES.length);
    d.stage[i] = rnd() < 0.05 ? null : STAGES[s];
    d.amount[i] = Math.round(1000 + rnd() * 99000);
    d.probability[i] = PROBABILITIES[s];
    d.created[i] = 44927 + Math.floor(rnd() * 700);
    d.closed[i] = s >= 5 ? d.created[i] + Math.floor(rnd() * 120) : null;
    d.category[i] = CATEGORIES[s];
    d.lastPurchase[i] = 44927 + Math.floor(rnd() * 700);
    d.frequency[i] = 1 + Math.floor(rnd() * 20);
  }
  return d;
}

/**
 * A column as Excel hands it to a custom function: [[v], [v], …], deserialized from JSON as the
 * runtime receives it (so equal texts are separate string objects, as in Excel).
 */
export function asExcelColumn<T>(values: readonly T[]): T[][] {
  const out: T[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i]];
  return JSON.parse(JSON.stringify(out)) as T[][];
}
