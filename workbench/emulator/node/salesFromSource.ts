/**
 * Node only (jest): the SALES.* functions straight from the TypeScript source. Runs the same
 * metadata generator the build uses on src/functions/functions.ts and pairs each id with the
 * exported function the generator names — so tests exercise exactly what the build registers.
 */
import * as path from "path";
import type { FunctionMetadata, SalesFunctionsSource } from "../functions/salesFunctionsSource";

/** Path of the functions source, relative to the repository root. */
const FUNCTIONS_SOURCE = "src/functions/functions.ts";

let cached: Promise<SalesFunctionsSource> | null = null;

/**
 * Loads metadata and implementations. Cached per process: metadata generation type-checks the
 * source and takes a few seconds.
 * @example createEmulator({ functions: await loadSalesFunctionsFromSource() })
 */
export function loadSalesFunctionsFromSource(): Promise<SalesFunctionsSource> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SalesFunctionsSource> {
  const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
  const root = path.resolve(__dirname, "../../..");
  const result = await generateCustomFunctionsMetadata(path.join(root, FUNCTIONS_SOURCE), false);
  if (result.errors.length > 0) throw new Error(`functions.ts metadata has errors:\n${result.errors.join("\n")}`);
  const metadata = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
  const module = (await import("@functions/functions")) as unknown as Record<string, unknown>;
  const implementations = new Map<string, (...args: unknown[]) => unknown>();
  for (const { functionName, id } of result.associate) {
    const fn = module[functionName];
    if (typeof fn !== "function") throw new Error(`functions.ts does not export ${functionName} (for ${id})`);
    implementations.set(id.toUpperCase(), fn as (...args: unknown[]) => unknown);
  }
  return { metadata: { functions: metadata.functions }, implementations };
}
