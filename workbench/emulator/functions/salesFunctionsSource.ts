/**
 * Where the SALES.* functions come from: the metadata Excel reads (functions.json) and the
 * implementation of each id. Jest builds it from the TypeScript source (node/salesFromSource.ts);
 * the browser page builds it from the built functions.json and the `CustomFunctions.associate`
 * calls the built functions bundle makes.
 */

/** One parameter in functions.json. */
export type FunctionParameterMetadata = {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
};

/** One function in functions.json (ids without the namespace, upper case). */
export type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean; requiresAddress?: boolean; stream?: boolean; cancelable?: boolean };
};

/** A custom function implementation, called the way Excel calls it. */
export type CustomFunctionImplementation = (...args: unknown[]) => unknown;

/** The functions to register, keyed by upper-case id. */
export type SalesFunctionsSource = {
  metadata: { functions: FunctionMetadata[] };
  implementations: ReadonlyMap<string, CustomFunctionImplementation>;
};

/**
 * Pairs the built functions.json with the implementations the functions bundle registered through
 * `CustomFunctions.associate` (see installCustomFunctionsRuntime). A function without an
 * implementation is an error: Excel would show #NAME? for it, and a silent gap would hide a
 * missing `associate` in the build.
 * @example salesFunctionsFromRuntime(await (await fetch("functions.json")).text(), installCustomFunctionsRuntime())
 */
export function salesFunctionsFromRuntime(
  metadataJson: string | { functions: FunctionMetadata[] },
  associated: ReadonlyMap<string, CustomFunctionImplementation>,
): SalesFunctionsSource {
  const metadata =
    typeof metadataJson === "string" ? (JSON.parse(metadataJson) as { functions: FunctionMetadata[] }) : metadataJson;
  const implementations = new Map<string, CustomFunctionImplementation>();
  const missing: string[] = [];
  for (const fn of metadata.functions) {
    const id = fn.id.toUpperCase();
    const impl = associated.get(id) ?? associated.get(fn.id);
    if (impl) implementations.set(id, impl);
    else missing.push(fn.id);
  }
  if (missing.length > 0) throw new Error(`No implementation was associated for: ${missing.join(", ")}`);
  return { metadata: { functions: metadata.functions }, implementations };
}
