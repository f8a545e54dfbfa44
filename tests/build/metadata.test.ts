/*
 * The JSDoc in src/functions/functions.ts is the source of functions.json. Colleagues add functions
 * there all the time, so this checks the generator's verdict and a few known ids, not the full list.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";

type Parameter = { name: string; dimensionality?: string; optional?: boolean; type?: string };
type FunctionMetadata = { id: string; name: string; helpUrl?: string; parameters: Parameter[] };

const FUNCTIONS_FILE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

describe("custom function metadata from src/functions/functions.ts", () => {
  let errors: string[];
  let functions: FunctionMetadata[];
  let associations: { id: string; functionName: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([FUNCTIONS_FILE], false);
    errors = result.errors;
    associations = result.associate;
    functions = result.metadataJson === "" ? [] : JSON.parse(result.metadataJson).functions;
  }, 60_000);

  const byId = (id: string) => functions.find((fn) => fn.id === id);

  it("generates without errors", () => {
    expect(errors).toEqual([]);
    expect(functions.length).toBeGreaterThanOrEqual(2);
  });

  it("gives every function an upper-case id, a JS function to run and a help page anchor", () => {
    for (const fn of functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(associations.map((association) => association.id)).toContain(fn.id);
      expect(fn.helpUrl).toMatch(/^https:\/\/localhost:3000\/help\/functions\.html#[a-z0-9-]+$/);
    }
    expect(new Set(functions.map((fn) => fn.id)).size).toBe(functions.length);
  });

  it("declares CONVERSION(outcomes, [converted]) with matrix parameters", () => {
    const conversion = byId("CONVERSION");
    expect(conversion?.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ["outcomes", "matrix", false],
      ["converted", "matrix", true],
    ]);
  });

  it("declares WINRATE(outcomes, [amounts], [won], [lost]) with matrix parameters", () => {
    const winRate = byId("WINRATE");
    expect(winRate?.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ["outcomes", "matrix", false],
      ["amounts", "matrix", true],
      ["won", "matrix", true],
      ["lost", "matrix", true],
    ]);
  });

  it("never puts a required parameter after an optional one (Excel would reject the signature)", () => {
    for (const fn of functions) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional === true);
      if (firstOptional === -1) continue;
      const requiredAfter = fn.parameters.slice(firstOptional).filter((p) => p.optional !== true && p.name);
      expect({ id: fn.id, requiredAfter: requiredAfter.map((p) => p.name) }).toEqual({ id: fn.id, requiredAfter: [] });
    }
  });
});
