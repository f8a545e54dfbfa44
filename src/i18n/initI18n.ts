import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { enUS, type PaneStrings } from "./en-US";
import type { PaneLanguage } from "./paneLanguage";

/** Strings by language, for languages other than English (which is always bundled). */
export type MoreStrings = Partial<Record<PaneLanguage, PaneStrings>>;

/**
 * The pane's strings in `language`. English is in the pane's first script (it is also the
 * fallback); Chinese is its own chunk, fetched from the add-in's own folder the first time, so a
 * user downloads one language's strings, not both. No request leaves the add-in's host.
 *
 * @param language - the pane language
 * @returns its strings, key for key the same as English
 * @example
 * (await loadStrings("zh-CN")).common.refresh //=> "刷新"
 */
export async function loadStrings(language: PaneLanguage): Promise<PaneStrings> {
  if (language === "en-US") return enUS;
  const { zhCN } = await import(/* webpackChunkName: "strings-zh-CN" */ "./zh-CN");
  return zhCN;
}

/**
 * A ready i18next instance for the pane, in `language`. Each call makes its own instance, so
 * tests and the pane never share a language switch; the strings are given, so it is ready on
 * return.
 *
 * @param language - the pane language to start in
 * @param more - strings of languages other than English: must hold `language` unless it is English
 * @returns the initialised instance, for `<I18nextProvider i18n={…}>`
 * @throws Error when `language`'s strings are not given (its chunk was never loaded)
 * @example
 * initI18n("zh-CN", { "zh-CN": await loadStrings("zh-CN") }).t("common.refresh") //=> "刷新"
 */
export function initI18n(language: PaneLanguage, more: MoreStrings = {}): i18n {
  const strings: MoreStrings = { ...more, "en-US": enUS };
  if (!strings[language]) throw new Error(`SalesGrid: the pane's ${language} strings are not loaded`);
  const resources = Object.fromEntries(Object.entries(strings).map(([lng, translation]) => [lng, { translation }]));
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

/**
 * The pane's instance at start-up: fetches `language`'s strings, then {@link initI18n}.
 *
 * @param language - the pane language (from Office's display language)
 * @returns the ready instance
 * @example
 * const i18n = await startI18n("zh-CN"); // one request for the Chinese strings' chunk
 */
export async function startI18n(language: PaneLanguage): Promise<i18n> {
  return initI18n(language, { [language]: await loadStrings(language) });
}

/**
 * Switches `instance` to `language`, fetching that language's strings first if it has not got
 * them: the pane keeps showing the current language until they are there.
 *
 * @param instance - the pane's instance
 * @param language - the language to switch to
 * @example
 * await switchLanguage(i18n, "zh-CN"); // i18n.t("common.refresh") === "刷新"
 */
export async function switchLanguage(instance: i18n, language: PaneLanguage): Promise<void> {
  if (!instance.hasResourceBundle(language, "translation")) {
    instance.addResourceBundle(language, "translation", await loadStrings(language));
  }
  await instance.changeLanguage(language);
}
