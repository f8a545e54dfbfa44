import { interruptedSetup } from "@core/setup/interruptedSetup";
import { readSetupRecord } from "@core/setup/setupRecord";
import type { SetupState } from "@core/setup/setupState";

const state = (record: SetupState["record"]): SetupState => ({
  tables: [],
  sheets: [],
  names: [],
  tableNames: [],
  record,
});
const sample = { seed: 1, today: 46023, customers: 300 };
const deals = (complete: boolean) => ({ Deals: { id: "{1}", sheet: "Pipeline", complete } });

describe("interruptedSetup", () => {
  it("is true only when a run with sample data left a table incomplete", () => {
    const never = readSetupRecord({});
    expect(interruptedSetup(state(never))).toBe(false);
    expect(interruptedSetup(state({ ...never, sample, tables: deals(false) }))).toBe(true);
    expect(interruptedSetup(state({ ...never, sample, tables: deals(true) }))).toBe(false);
    expect(interruptedSetup(state({ ...never, sample: null, tables: deals(false) }))).toBe(false);
  });
});
