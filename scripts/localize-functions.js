/*
 * Builds functions.zh-CN.json, the Chinese custom-function metadata that Excel shows when its
 * display language is Chinese, from the generated functions.json and
 * src/functions/translations/zh-CN.json. Only names and descriptions change: ids, parameter count,
 * order, types, dimensionality, optional flags, helpUrl, options and result types are copied as
 * they are, because ids and parameter order are stored in users' workbooks.
 *
 * The build calls `localizeFunctions(functionsJsonString)`; it throws when a registered function or
 * parameter has no translation, or a translation no longer matches the function, so a build never
 * ships half-translated metadata.
 *
 * CLI: node scripts/localize-functions.js <functions.json> <functions.zh-CN.json>
 */
"use strict";

const fs = require("fs");
const path = require("path");

const DEFAULT_TRANSLATIONS_FILE = path.join(__dirname, "..", "src", "functions", "translations", "zh-CN.json");

/*
 * Excel's rules for a custom function's display name (Microsoft Learn, "Custom functions naming
 * and localization"): it starts with a letter, has at least three characters, and holds only
 * Unicode letters, underscores and periods. The custom-functions-metadata generator caps names at
 * 128 characters. Digits are left out even though the generator tolerates them, because the docs
 * do not allow them and because a name with digits could read as a cell reference. CJK characters
 * are Unicode letters (category Lo), so 转化率 and ABC分类 are valid names.
 */
const FUNCTION_NAME_PATTERN = /^\p{L}[\p{L}_.]{2,127}$/u;

/*
 * Parameter names appear in Excel's tooltip between commas and brackets
 * (SALES.赢单率(结果, [金额], …)), so they start with a letter and hold only letters, digits,
 * underscores and periods: no spaces, commas, brackets or other punctuation. 128 characters at most.
 */
const PARAMETER_NAME_PATTERN = /^\p{L}[\p{L}\p{Nd}_.]{0,127}$/u;

/** A1-style (A1 … XFD1048576) or R1C1-style reference: Excel would read such a name as a cell. */
const CELL_REFERENCE_PATTERN = /^(?:[A-Z]{1,3}[0-9]{1,7}|R[0-9]*C[0-9]*)$/i;

const HAN_PATTERN = /\p{Script=Han}/u;

/**
 * Why a function display name breaks Excel's naming rules, or null when it obeys them.
 * @param {unknown} name
 * @returns {string | null}
 */
function functionNameProblem(name) {
  if (typeof name !== "string" || name.length === 0) return "is empty";
  if (!/^\p{L}/u.test(name)) return "must start with a letter";
  if ([...name].length < 3) return "must have at least 3 characters";
  if (CELL_REFERENCE_PATTERN.test(name)) return "reads as a cell reference";
  if (!FUNCTION_NAME_PATTERN.test(name))
    return "may hold only letters, underscores and periods (at most 128 characters)";
  return null;
}

/**
 * Why a parameter display name breaks the naming rules, or null when it obeys them.
 * @param {unknown} name
 * @returns {string | null}
 */
function parameterNameProblem(name) {
  if (typeof name !== "string" || name.length === 0) return "is empty";
  if (!/^\p{L}/u.test(name)) return "must start with a letter";
  if (!PARAMETER_NAME_PATTERN.test(name))
    return "may hold only letters, digits, underscores and periods (at most 128 characters)";
  return null;
}

/** @param {unknown} name */
function isValidFunctionName(name) {
  return functionNameProblem(name) === null;
}

/** @param {unknown} name */
function isValidParameterName(name) {
  return parameterNameProblem(name) === null;
}

/**
 * Reads a translation file ({ locale, functions: { ID: { name, description, parameters: [{ for, name, description }] } } }).
 * @param {string} [file]
 */
function loadTranslations(file = DEFAULT_TRANSLATIONS_FILE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function isNonEmptyText(value) {
  return typeof value === "string" && value.trim().length > 0;
}

/**
 * Checks one function's translation against its metadata and returns the problems found.
 * A Chinese name must hold at least one Chinese character: that proves it was translated, and no
 * such name can collide with a cell reference or an Excel 4.0 macro function (all ASCII).
 */
function translationProblems(fn, translation) {
  const where = `SALES.${fn.id}`;
  if (!translation) return [`${where} has no translation`];
  const problems = [];
  const nameProblem = functionNameProblem(translation.name);
  if (nameProblem) problems.push(`${where}: name "${translation.name}" ${nameProblem}`);
  else if (!HAN_PATTERN.test(translation.name))
    problems.push(`${where}: name "${translation.name}" has no Chinese character`);
  if (!isNonEmptyText(translation.description)) problems.push(`${where}: description is missing`);

  const expected = (fn.parameters ?? []).map((p) => p.name);
  const given = Array.isArray(translation.parameters) ? translation.parameters : [];
  const givenFor = given.map((p) => p?.for);
  if (expected.length !== given.length || expected.some((name, i) => name !== givenFor[i])) {
    problems.push(`${where}: parameters are (${expected.join(", ")}) but the translation has (${givenFor.join(", ")})`);
    return problems;
  }
  const seen = new Set();
  for (const parameter of given) {
    const problem = parameterNameProblem(parameter.name);
    if (problem) problems.push(`${where} parameter ${parameter.for}: name "${parameter.name}" ${problem}`);
    if (!isNonEmptyText(parameter.description))
      problems.push(`${where} parameter ${parameter.for}: description is missing`);
    const key = String(parameter.name).toLowerCase();
    if (seen.has(key)) problems.push(`${where}: parameter name "${parameter.name}" is used twice`);
    seen.add(key);
  }
  return problems;
}

/**
 * Translates custom-function metadata.
 *
 * @param {string} functionsJsonString functions.json as generated by custom-functions-metadata
 * @param {object} [translations] the parsed translation file; default src/functions/translations/zh-CN.json
 * @returns {string} the localized metadata (functions.zh-CN.json)
 * @throws {Error} listing every function or parameter that is untranslated, mismatched or badly named
 *
 * @example
 * localizeFunctions(fs.readFileSync("dist/functions.json", "utf8"))
 * //=> '{ "functions": [ { "id": "CONVERSION", "name": "转化率", … } ] }'
 */
function localizeFunctions(functionsJsonString, translations = loadTranslations()) {
  const metadata = JSON.parse(functionsJsonString);
  if (!metadata || !Array.isArray(metadata.functions))
    throw new Error("localizeFunctions: the metadata has no functions array");
  const table = translations?.functions ?? {};

  const problems = [];
  const namesSeen = new Map();
  for (const fn of metadata.functions) {
    const translation = Object.prototype.hasOwnProperty.call(table, fn.id) ? table[fn.id] : undefined;
    problems.push(...translationProblems(fn, translation));
    if (translation && typeof translation.name === "string") {
      const key = translation.name.toLowerCase();
      if (namesSeen.has(key))
        problems.push(`SALES.${fn.id}: name "${translation.name}" is already used by SALES.${namesSeen.get(key)}`);
      else namesSeen.set(key, fn.id);
    }
  }
  if (problems.length > 0) {
    const locale = translations?.locale ?? "the translation";
    throw new Error(`Cannot localize custom functions for ${locale}:\n  - ${problems.join("\n  - ")}`);
  }

  const localized = {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const translation = table[fn.id];
      return {
        ...fn,
        name: translation.name,
        description: translation.description,
        ...(fn.parameters && {
          parameters: fn.parameters.map((parameter, i) => ({
            ...parameter,
            name: translation.parameters[i].name,
            description: translation.parameters[i].description,
          })),
        }),
      };
    }),
  };
  return JSON.stringify(localized, null, 4);
}

module.exports = {
  localizeFunctions,
  loadTranslations,
  functionNameProblem,
  parameterNameProblem,
  isValidFunctionName,
  isValidParameterName,
  FUNCTION_NAME_PATTERN,
  PARAMETER_NAME_PATTERN,
  DEFAULT_TRANSLATIONS_FILE,
};

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node scripts/localize-functions.js <functions.json> <functions.zh-CN.json>");
    process.exit(2);
  }
  fs.writeFileSync(output, localizeFunctions(fs.readFileSync(input, "utf8")) + "\n", "utf8");
}
