import {
  functionNameProblem,
  isValidFunctionName,
  isValidParameterName,
  loadTranslations,
  localizeFunctions,
  parameterNameProblem,
  type Translations,
} from "../../scripts/localize-functions";
import { CATALOGUE, generatedMetadata, type FunctionMetadata, type GeneratedMetadata } from "./generatedMetadata";

const translations = loadTranslations();
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

let metadata: GeneratedMetadata;
let localized: FunctionMetadata[];

beforeAll(async () => {
  metadata = await generatedMetadata();
  localized = (JSON.parse(localizeFunctions(metadata.json)) as { functions: FunctionMetadata[] }).functions;
}, 60_000);

/** A copy of the translations that tests may change freely. */
function translationsCopy(): Translations {
  return JSON.parse(JSON.stringify(translations)) as Translations;
}

describe("Excel's naming rules for function display names", () => {
  it.each(["转化率", "赢单率", "ABC分类", "RFM评分", "年复合增长率", "CONVERSION", "NET.VALUE", "A_B"])(
    "accepts %s",
    (name) => {
      expect(functionNameProblem(name)).toBeNull();
      expect(isValidFunctionName(name)).toBe(true);
    },
  );

  it.each([
    ["", "is empty"],
    ["赢率", "at least 3"],
    ["AB", "at least 3"],
    ["1号客户", "start with a letter"],
    ["_转化率", "start with a letter"],
    [".转化率", "start with a letter"],
    ["转化 率", "only letters"],
    ["转化率(%)", "only letters"],
    ["转化-率", "only letters"],
    ["客户2号", "only letters"],
    ["ABC123", "cell reference"],
    ["XFD1048576", "cell reference"],
    ["R1C1", "cell reference"],
    ["名".repeat(129), "only letters"],
  ])("rejects %j (%s)", (name, why) => {
    expect(functionNameProblem(name)).toContain(why);
    expect(isValidFunctionName(name)).toBe(false);
  });

  it("rejects what is not text", () => {
    expect(isValidFunctionName(undefined)).toBe(false);
    expect(isValidFunctionName(42)).toBe(false);
  });
});

describe("naming rules for parameter display names", () => {
  it.each(["结果", "A类占比", "RFM代码", "number1", "as_of", "年数"])("accepts %s", (name) => {
    expect(parameterNameProblem(name)).toBeNull();
    expect(isValidParameterName(name)).toBe(true);
  });

  it.each(["", "1st", "_金额", "结果 金额", "金额(元)", "[金额]", "a,b", "金额；税额", "x".repeat(129)])(
    "rejects %j",
    (name) => {
      expect(isValidParameterName(name)).toBe(false);
    },
  );
});

describe("the zh-CN translation file", () => {
  const entries = Object.entries(translations.functions);

  it("translates only catalogue ids, with the catalogue's parameters in order", () => {
    for (const [id, translation] of entries) {
      expect(Object.keys(CATALOGUE)).toContain(id);
      expect({ id, parameters: translation.parameters.map((p) => p.for) }).toEqual({ id, parameters: CATALOGUE[id] });
    }
  });

  it("covers the whole catalogue, so functions colleagues land are translated already", () => {
    expect(entries.map(([id]) => id).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it("gives every function and parameter a valid, Chinese name and a Chinese description", () => {
    for (const [id, translation] of entries) {
      expect({ id, problem: functionNameProblem(translation.name) }).toEqual({ id, problem: null });
      expect({ id, name: translation.name, chinese: hasHan(translation.name) }).toMatchObject({ chinese: true });
      expect({ id, chinese: hasHan(translation.description) }).toEqual({ id, chinese: true });
      for (const parameter of translation.parameters) {
        const where = `${id}.${parameter.for}`;
        expect({ where, problem: parameterNameProblem(parameter.name) }).toEqual({ where, problem: null });
        expect({ where, chinese: hasHan(parameter.name) && hasHan(parameter.description) }).toEqual({
          where,
          chinese: true,
        });
      }
    }
  });

  it("uses each function name once, and each parameter name once per function", () => {
    const names = entries.map(([, t]) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [id, translation] of entries) {
      const parameterNames = translation.parameters.map((p) => p.name);
      expect({ id, unique: new Set(parameterNames).size }).toEqual({ id, unique: parameterNames.length });
    }
  });

  it("names the catalogue's example functions as a Chinese sales manager would", () => {
    const name = (id: string) => translations.functions[id].name;
    expect([name("CONVERSION"), name("WINRATE"), name("ATTAINMENT"), name("SPLIT"), name("NPS")]).toEqual([
      "转化率",
      "赢单率",
      "达成率",
      "目标分解",
      "净推荐值",
    ]);
  });
});

describe("localizeFunctions on the generated functions.json", () => {
  it("registers CONVERSION and WINRATE at least", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(expect.arrayContaining(["CONVERSION", "WINRATE"]));
  });

  it("registers only catalogue ids, with the catalogue's parameters", () => {
    for (const fn of metadata.functions) {
      expect({ id: fn.id, parameters: fn.parameters.map((p) => p.name) }).toEqual({
        id: fn.id,
        parameters: CATALOGUE[fn.id],
      });
    }
  });

  it("translates every registered function and keeps ids, order and everything but names and descriptions", () => {
    expect(localized.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    metadata.functions.forEach((original, i) => {
      const translated = localized[i];
      const translation = translations.functions[original.id];
      expect(translated.name).toBe(translation.name);
      expect(translated.description).toBe(translation.description);
      expect(translated.helpUrl).toBe(original.helpUrl);
      expect(translated.result).toEqual(original.result);
      expect(translated.options).toEqual(original.options);
      expect(translated.parameters).toHaveLength(original.parameters.length);
      original.parameters.forEach((parameter, k) => {
        const { name: _n, description: _d, ...shape } = parameter;
        const { name, description, ...translatedShape } = translated.parameters[k];
        expect(translatedShape).toEqual(shape);
        expect(name).toBe(translation.parameters[k].name);
        expect(description).toBe(translation.parameters[k].description);
      });
    });
  });

  it("produces names that obey Excel's rules and are unique", () => {
    const names = localized.map((f) => f.name);
    expect(names.filter((n) => !isValidFunctionName(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    for (const fn of localized) {
      expect(fn.parameters.map((p) => p.name).filter((n) => !isValidParameterName(n))).toEqual([]);
    }
  });

  it("keeps the file's other top-level settings", () => {
    const original = JSON.parse(metadata.json) as Record<string, unknown>;
    const translated = JSON.parse(localizeFunctions(metadata.json)) as Record<string, unknown>;
    expect(Object.keys(translated)).toEqual(Object.keys(original));
    expect(translated.allowCustomDataForDataTypeAny).toEqual(original.allowCustomDataForDataTypeAny);
  });
});

describe("localizeFunctions fails the build rather than ship half-translated metadata", () => {
  it("throws when a registered function has no translation", () => {
    const partial = translationsCopy();
    delete partial.functions.CONVERSION;
    expect(() => localizeFunctions(metadata.json, partial)).toThrow("SALES.CONVERSION has no translation");
  });

  it("throws when the parameters differ in count or name", () => {
    const fewer = translationsCopy();
    fewer.functions.WINRATE.parameters.pop();
    expect(() => localizeFunctions(metadata.json, fewer)).toThrow(
      "SALES.WINRATE: parameters are (outcomes, amounts, won, lost) but the translation has (outcomes, amounts, won)",
    );
    const renamed = translationsCopy();
    renamed.functions.WINRATE.parameters[1].for = "amount";
    expect(() => localizeFunctions(metadata.json, renamed)).toThrow("SALES.WINRATE: parameters are");
  });

  it("throws on a name Excel would refuse, an English leftover, a duplicate or a missing description", () => {
    const bad = translationsCopy();
    bad.functions.WINRATE.name = "赢率";
    expect(() => localizeFunctions(metadata.json, bad)).toThrow(
      'SALES.WINRATE: name "赢率" must have at least 3 characters',
    );
    const english = translationsCopy();
    english.functions.WINRATE.name = "WINRATE";
    expect(() => localizeFunctions(metadata.json, english)).toThrow("has no Chinese character");
    const duplicate = translationsCopy();
    duplicate.functions.WINRATE.name = duplicate.functions.CONVERSION.name;
    expect(() => localizeFunctions(metadata.json, duplicate)).toThrow("is already used by SALES.CONVERSION");
    const badParameter = translationsCopy();
    badParameter.functions.CONVERSION.parameters[0].name = "结果 标签";
    expect(() => localizeFunctions(metadata.json, badParameter)).toThrow("SALES.CONVERSION parameter outcomes");
    const noDescription = translationsCopy();
    noDescription.functions.CONVERSION.description = " ";
    expect(() => localizeFunctions(metadata.json, noDescription)).toThrow("SALES.CONVERSION: description is missing");
  });

  it("lists every problem at once", () => {
    const empty: Translations = { locale: "zh-CN", functions: {} };
    let message = "";
    try {
      localizeFunctions(metadata.json, empty);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const fn of metadata.functions) expect(message).toContain(`SALES.${fn.id} has no translation`);
  });

  it("rejects input that is not functions.json", () => {
    expect(() => localizeFunctions("{}")).toThrow("no functions array");
  });
});
