import { formatMessage, type Language, type MessageCode, type MessageParams } from "@core/messages";

/** A text in both pane languages, so the wizard can show whichever the user reads. */
export type Localized = Readonly<Record<Language, string>>;

/**
 * A catalogue message in English and Chinese. Figures that read differently per language (a
 * metric's name, say) can be given separately for the Chinese text.
 *
 * @param code - the message code in src/core/messages.ts
 * @param params - the parameters of the English text (and of the Chinese one unless zhParams)
 * @param zhParams - parameters that replace or add to params in the Chinese text
 * @returns the message in both languages
 *
 * @example
 * localized("smartNoDeadline", {}) //=> { en: "set a deadline", zh: "请设定截止日期" }
 */
export function localized(code: MessageCode, params: MessageParams, zhParams: MessageParams = {}): Localized {
  return { en: formatMessage(code, params, "en"), zh: formatMessage(code, { ...params, ...zhParams }, "zh") };
}

/**
 * Several messages joined into one, per language (English with "; ", Chinese with "；").
 *
 * @example
 * joinLocalized([{ en: "a", zh: "甲" }, { en: "b", zh: "乙" }]) //=> { en: "a; b", zh: "甲；乙" }
 */
export function joinLocalized(messages: readonly Localized[]): Localized {
  return { en: messages.map((m) => m.en).join("; "), zh: messages.map((m) => m.zh).join("；") };
}
