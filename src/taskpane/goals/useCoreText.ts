import { useTranslation } from "react-i18next";
import type { SalesError } from "@core/errors";
import type { Localized } from "@core/goals/breakdown/localized";
import { formatMessage, type Language } from "@core/messages";
import { languageFromOffice } from "@i18n/paneLanguage";

/**
 * Texts from core (warnings, SMART messages, errors) in the pane's current language: core gives
 * each message in English and Chinese; the pane shows the one the user reads.
 */
export function useCoreText(): {
  readonly language: Language;
  readonly text: (message: Localized) => string;
  readonly errorText: (error: SalesError) => string;
} {
  const { i18n } = useTranslation();
  const language: Language = languageFromOffice(i18n.resolvedLanguage ?? i18n.language) === "zh-CN" ? "zh" : "en";
  return {
    language,
    text: (message) => message[language],
    errorText: (error) => formatMessage(error.code, error.params, language),
  };
}
