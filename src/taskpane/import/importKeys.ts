import type { CsvEncoding } from "@core/import/decodeCsvBytes";
import type { ImportTarget } from "@core/import/importColumns";
import type { ImportProblemKind } from "@core/import/importProblem";
import type { DuplicatePolicy, MatchKey } from "@core/import/matchImport";
import type { CsvEncodingChoice } from "@core/import/readCsvBytes";
import type { ImportMode } from "@core/import/tableLayout";
import type { ValueField } from "@core/import/validateRows";
import type { ImportStepType } from "./steps/types";
import type { TranslationKey } from "@i18n/translationKey";

// Each key spelled out once, so a missing string is a type error here rather than a raw key in the pane.

/** The label of each step in the wizard's step list. */
export const stepKeys = {
  source: "import.steps.source",
  mapping: "import.steps.mapping",
  duplicates: "import.steps.duplicates",
  review: "import.steps.review",
  writing: "import.steps.writing",
  result: "import.steps.result",
} as const satisfies Record<ImportStepType, TranslationKey>;

/** How a CSV file's encoding is named to the user. */
export const encodingKeys = {
  "utf-8": "import.source.encoding.utf-8",
  "utf-8-bom": "import.source.encoding.utf-8-bom",
  gb18030: "import.source.encoding.gb18030",
} as const satisfies Record<CsvEncoding, TranslationKey>;

/** The tables a list can be turned into, as the target list names them. */
export const targetKeys = {
  Customers: "import.mapping.targets.Customers",
  Deals: "import.mapping.targets.Deals",
  Activities: "import.mapping.targets.Activities",
  Payments: "import.mapping.targets.Payments",
  Service: "import.mapping.targets.Service",
} as const satisfies Record<ImportTarget, TranslationKey>;

/** Where an import writes, as the review offers it. */
export const modeKeys = {
  "new-sheet": "import.review.newSheet",
  append: "import.review.append",
  "in-place": "import.review.inPlace",
} as const satisfies Record<ImportMode, TranslationKey>;

/** The name of each kind of problem in the review's counts. */
export const problemKindKeys = {
  "missing-required": "import.review.kinds.missing-required",
  "bad-date": "import.review.kinds.bad-date",
  "bad-number": "import.review.kinds.bad-number",
  "unknown-stage": "import.review.kinds.unknown-stage",
  "duplicate-name": "import.review.kinds.duplicate-name",
  "duplicate-phone": "import.review.kinds.duplicate-phone",
  "number-as-text": "import.review.kinds.number-as-text",
  "formula-text": "import.review.kinds.formula-text",
  "csv-quotes": "import.review.kinds.csv-quotes",
  "field-count": "import.review.kinds.field-count",
  "bad-encoding": "import.review.kinds.bad-encoding",
  "too-long": "import.review.kinds.too-long",
  "nul-char": "import.review.kinds.nul-char",
  "already-imported": "import.review.kinds.already-imported",
  "unknown-value": "import.review.kinds.unknown-value",
  "money-text": "import.review.kinds.money-text",
  "currency-mixed": "import.review.kinds.currency-mixed",
  "currency-kept": "import.review.kinds.currency-kept",
  "out-of-range": "import.review.kinds.out-of-range",
  "unknown-reference": "import.review.kinds.unknown-reference",
} as const satisfies Record<ImportProblemKind, TranslationKey>;

/** The encodings the user may read a CSV file in, as the source step offers them. */
export const encodingChoiceKeys = {
  "utf-8": "import.source.encodingChoice.utf-8",
  gb18030: "import.source.encodingChoice.gb18030",
} as const satisfies Record<CsvEncodingChoice, TranslationKey>;

/** The title of each list of values the workbook does not know (stages keep their own title). */
export const unknownValuesKeys = {
  Owner: "import.review.values.Owner",
  Tier: "import.review.values.Tier",
  Method: "import.review.values.Method",
  Type: "import.review.values.Type",
  Priority: "import.review.values.Priority",
  Status: "import.review.values.Status",
} as const satisfies Record<ValueField, TranslationKey>;

/**
 * The title of a list of unknown values for a target: Payments' methods are payment methods
 * (对公转账 …), everywhere else the field's own title.
 *
 * @example
 * unknownValuesKey("Payments", "Method") //=> "import.review.values.PaymentMethod"
 */
export function unknownValuesKey(target: ImportTarget, field: ValueField): TranslationKey {
  return target === "Payments" && field === "Method" ? "import.review.values.PaymentMethod" : unknownValuesKeys[field];
}

/** How adding an unknown value to its table is offered. */
export const addValueKeys = {
  Stage: "import.review.addStage",
  Owner: "import.review.add.Owner",
} as const satisfies Record<"Stage" | "Owner", TranslationKey>;

/** The lists an import adds reps and tiers to, as the confirmation names them. */
export const addTableKeys = {
  Team: "import.review.tables.Team",
  Cadences: "import.review.tables.Cadences",
} as const satisfies Record<"Team" | "Cadences", TranslationKey>;
/** What an import does with rows matching the table's, as the duplicates step offers it. */
export const policyKeys = {
  skip: "import.duplicates.policies.skip",
  update: "import.duplicates.policies.update",
  add: "import.duplicates.policies.add",
} as const satisfies Record<DuplicatePolicy, TranslationKey>;

/** What rows are matched by, as the duplicates step names it. */
export const matchKeyKeys = {
  id: "import.duplicates.keys.id",
  company: "import.duplicates.keys.company",
  phone: "import.duplicates.keys.phone",
  companyContact: "import.duplicates.keys.companyContact",
  row: "import.duplicates.keys.row",
} as const satisfies Record<MatchKey, TranslationKey>;
