/**
 * TODAY() and NOW() driven by the emulator's clock (`createEmulator({ now })`), so tests of
 * date-dependent sheets are deterministic. Both are volatile, as in Excel.
 */
import { FunctionPlugin, type FunctionPluginDefinition, type ImplementedFunctions } from "hyperformula";
import { serialFromDate } from "../serialDate";

type PluginThis = FunctionPlugin & {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: () => unknown): unknown;
  metadata(name: string): unknown;
};

/** A plugin whose TODAY/NOW read `now()`. Listed after HyperFormula's own plugins, it replaces theirs. */
export function createClockPlugin(now: () => Date): FunctionPluginDefinition {
  class ClockPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {
      TODAY: { method: "today", parameters: [], isVolatile: true },
      NOW: { method: "now", parameters: [], isVolatile: true },
    };
  }
  const proto = ClockPlugin.prototype as unknown as Record<string, unknown>;
  proto.today = function (this: PluginThis, ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata("TODAY"), () => Math.floor(serialFromDate(now())));
  };
  proto.now = function (this: PluginThis, ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata("NOW"), () => serialFromDate(now()));
  };
  return ClockPlugin as unknown as FunctionPluginDefinition;
}
