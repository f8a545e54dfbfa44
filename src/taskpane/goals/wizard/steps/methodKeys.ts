import type { PeopleMethod, TimeMethod } from "@core/goals/breakdown/plan";
import type { TranslationKey } from "@i18n/translationKey";

/** The strings key of each way to split the year over time (the time step and the preview name them alike). */
export const TIME_METHOD_KEYS: Readonly<Record<TimeMethod, TranslationKey>> = {
  equal: "goals.time.equal",
  lastYear: "goals.time.lastYear",
  seasonal: "goals.time.seasonal",
  growth: "goals.time.growth",
};

/** The strings key of each way to split a target over people. */
export const PEOPLE_METHOD_KEYS: Readonly<Record<PeopleMethod, TranslationKey>> = {
  capacity: "goals.people.capacity",
  lastYear: "goals.people.lastYear",
  equal: "goals.people.equal",
  manual: "goals.people.manual",
};
