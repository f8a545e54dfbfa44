/** The steps of the import wizard, in order. */
export type ImportStep = "source" | "mapping" | "review" | "writing" | "result";

export const importSteps: readonly ImportStep[] = ["source", "mapping", "review", "writing", "result"];

/** Where the rows come from. */
export type SourceKind = "selection" | "sheet" | "csv";
