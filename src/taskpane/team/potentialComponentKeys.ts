import type { PotentialComponent } from "@core/team/potentialWeights";
import type { TranslationKey } from "@i18n/translationKey";

/** The name of each part of the potential index (the weights editor and each rep's rows name them alike). */
export const potentialComponentKeys = {
  trend: "team.potential.components.trend",
  learning: "team.potential.components.learning",
  drive: "team.potential.components.drive",
  adaptability: "team.potential.components.adaptability",
  communication: "team.potential.components.communication",
} as const satisfies Record<PotentialComponent, TranslationKey>;
