import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";
import type { PaneLanguage } from "./paneLanguage";

/** Both languages, bundled: the pane makes no network request for its strings. */
export const resources = {
  "en-US": { translation: enUS },
  "zh-CN": { translation: zhCN },
} as const;

/**
 * A ready i18next instance for the pane, in `language`. Each call makes its own instance, so
 * tests and the pane never share a language switch; strings are bundled, so it is ready on return.
 *
 * @param language - the pane language to start in
 * @returns the initialised instance, for `<I18nextProvider i18n={…}>`
 */
export function initI18n(language: PaneLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en-US",
    supportedLngs: ["en-US", "zh-CN"],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
