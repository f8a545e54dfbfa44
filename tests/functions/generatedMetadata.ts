import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** One parameter of a function in functions.json. */
export type ParameterMetadata = {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
};

/** One function in functions.json. */
export type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
};

export type GeneratedMetadata = {
  json: string;
  functions: FunctionMetadata[];
  /** Export name in src/functions/functions.ts → function id. */
  associate: { functionName: string; id: string }[];
};

export const FUNCTIONS_SOURCE = "src/functions/functions.ts";

/**
 * Generates functions.json from the JSDoc in src/functions/functions.ts exactly as the build
 * does, and fails when the generator reports errors (a bad tag would otherwise drop a function).
 */
export async function generatedMetadata(): Promise<GeneratedMetadata> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length > 0) throw new Error(`custom-functions-metadata errors:\n${result.errors.join("\n")}`);
  const parsed = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  return {
    json: result.metadataJson,
    functions: parsed.functions.map((f) => ({ ...f, parameters: f.parameters ?? [] })),
    associate: result.associate.map(({ functionName, id }) => ({ functionName, id })),
  };
}

/**
 * The catalogue in the design spec (docs/FUNCTIONS.md of the design): every id the add-in will
 * register, with its parameters in order. Ids and parameter order are stored in workbooks.
 */
export const CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  ATTAINMENT: ["actual", "target"],
  GAP: ["target", "actual"],
  PACE: ["actual", "target", "start", "end", "as_of"],
  RUNRATE: ["actual_to_date", "periods_elapsed", "periods_total"],
  GROWTH: ["current", "prior"],
  CAGR: ["begin", "end", "years"],
  SEASONINDEX: ["history", "season_length"],
  SPLIT: ["total", "weights", "decimals"],
  CONVERSION: ["outcomes", "converted"],
  WINRATE: ["outcomes", "amounts", "won", "lost"],
  FUNNEL: ["stages", "stage_order", "lost_at"],
  CYCLE: ["created", "closed", "outcomes", "won"],
  AVGDEAL: ["amounts", "outcomes", "won"],
  WEIGHTED: ["amounts", "probabilities", "stage_table"],
  FORECAST: ["amounts", "categories", "category"],
  COVERAGE: ["pipeline", "quota_remaining"],
  VELOCITY: ["opportunities", "win_rate", "avg_deal", "cycle_days"],
  ABC: ["values", "a_share", "b_share"],
  RFM: ["last_purchase", "frequency", "monetary", "as_of", "bins"],
  SEGMENT: ["rfm_code", "language"],
  NEXTVISIT: ["last_contact", "tier", "cadence"],
  CLV: ["avg_order", "purchases_per_year", "years", "margin"],
  RETENTION: ["customers_start", "customers_end", "new_customers"],
  CHURN: ["customers_start", "customers_lost"],
  NPS: ["scores"],
  CSAT: ["scores", "scale", "top_boxes"],
  AGING: ["due_dates", "amounts_due", "amounts_received", "as_of", "bucket_days"],
  COLLECTRATE: ["amounts_due", "amounts_received", "due_dates", "as_of"],
  COMMISSION: ["amount", "tiers", "mode", "prior"],
  SCORE: ["values", "targets", "weights", "cap", "lower_is_better"],
  RATING: ["score", "bands"],
  TREND: ["values"],
};
