/** Types for scripts/localize-functions.js (CommonJS, run by the build and by tests). */
export type ParameterTranslation = { for: string; name: string; description: string };
export type FunctionTranslation = { name: string; description: string; parameters: ParameterTranslation[] };
export type Translations = { locale: string; functions: Record<string, FunctionTranslation> };

export declare const FUNCTION_NAME_PATTERN: RegExp;
export declare const PARAMETER_NAME_PATTERN: RegExp;
export declare const DEFAULT_TRANSLATIONS_FILE: string;

/** functions.json → functions.zh-CN.json; throws when a function or parameter is untranslated or mismatched. */
export declare function localizeFunctions(functionsJsonString: string, translations?: Translations): string;
export declare function loadTranslations(file?: string): Translations;
/** Why a function display name breaks Excel's naming rules, or null. */
export declare function functionNameProblem(name: unknown): string | null;
/** Why a parameter display name breaks the naming rules, or null. */
export declare function parameterNameProblem(name: unknown): string | null;
export declare function isValidFunctionName(name: unknown): boolean;
export declare function isValidParameterName(name: unknown): boolean;
