/**
 * The Office.js Excel emulator: `Excel`, `Office` and `OfficeExtension` globals over a
 * HyperFormula-backed workbook, with the SALES.* custom functions registered, sync counting and
 * failure injection. It backs the jest adapter tests, the browser workbench and the e2e tests.
 * Browser-safe: nothing here uses Node APIs (see node/ for the Node-only helpers).
 *
 * @example
 * const emulator = createEmulator({ functions: await loadSalesFunctionsFromSource() });
 * emulator.install();
 * await Excel.run(async (context) => { context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]]; });
 */
import { installCustomFunctionsRuntime } from "./customFunctionsRuntime";
import { createExcelNamespace, type ExcelNamespace } from "./excelNamespace";
import type { SalesFunctionsSource } from "./functions/salesFunctionsSource";
import type { SpillShapeRule } from "./functions/spillShape";
import { createStats, type EmulatorStats } from "./instrumentation";
import { createModes, DEFAULT_MODES, type EmulatorModes, LENIENT_MODES } from "./modes";
import { createOfficeNamespace } from "./officeNamespace";
import { ExcelErrorCodes, OfficeExtensionError, OfficeExtensionErrorCodes } from "./officeError";
import { platformProfile, withRequirementSets, type PlatformName, type PlatformProfile } from "./profiles";
import { ClientResult } from "./proxies/clientObject";
import type { EmulatorRuntime } from "./runtime";
import type { WorkbookSnapshot } from "./snapshot";
import { RibbonHost } from "./ribbon";
import { RequestStore } from "./stores/requests";
import { UndoStore } from "./stores/undo";
import { Workbook } from "./workbook";

export type {
  SalesFunctionsSource,
  FunctionMetadata,
  FunctionParameterMetadata,
  CustomFunctionImplementation,
} from "./functions/salesFunctionsSource";
export { salesFunctionsFromRuntime } from "./functions/salesFunctionsSource";
export type { SpillShapeRule, ArgumentShape, SpillShape } from "./functions/spillShape";
export { SPILL_SHAPE_RULES } from "./functions/spillShape";
export type { EmulatorStats, RequestRecord } from "./instrumentation";
export type { WorkbookSnapshot } from "./snapshot";
export type { EmulatorModes } from "./modes";
export { DEFAULT_MODES, LENIENT_MODES } from "./modes";
export type { PlatformName, PlatformProfile } from "./profiles";
export { PLATFORM_NAMES, PLATFORM_PROFILES, platformProfile, withRequirementSets } from "./profiles";
export { API_REQUIREMENTS } from "./apiRequirements";
export type { ApiRequirement } from "./apiRequirements";
export type {
  CellInfo,
  CellFormat,
  TableInfo,
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  NameModel,
  SelectionChange,
  CellsChange,
  ChangedEventDetail,
  ChangeOrigin,
  DataChangeType,
} from "./workbookTypes";
export type { TableChangedEventArgs, WorksheetChangedEventArgs } from "./proxies/changedEventArgs";
export { Workbook } from "./workbook";
export { RibbonHost } from "./ribbon";
export type { AddinCommandEvent, ActionOutcome, DeclaredRibbon } from "./ribbon";
export { OfficeExtensionError, ExcelErrorCodes, OfficeExtensionErrorCodes } from "./officeError";
export { RequestContext } from "./requestContext";
export { parseAddress, formatAddress, columnLetters } from "./address";

/** Options of {@link createEmulator}. */
export type EmulatorOptions = {
  /** SALES.* functions to register (see loadSalesFunctionsFromSource / salesFunctionsFromRuntime). */
  functions?: SalesFunctionsSource;
  /** Clock for TODAY() and NOW(). */
  now?: () => Date;
  /** Start from a snapshot instead of an empty "Sheet1" workbook. */
  snapshot?: WorkbookSnapshot;
  /** Office.context.displayLanguage (default "en-US"). */
  displayLanguage?: string;
  /**
   * The platform: "web" (ExcelApiOnline, 5 MB per request and per response) or "desktop" (no
   * ExcelApiOnline, no payload limit); see profiles.ts. Without it the emulator is the web profile
   * with the lenient modes (LENIENT_MODES: suspended calculation only counted, responses not
   * limited), as it was before it modelled them; name a platform to get Excel's behaviour in full.
   */
  platform?: PlatformName;
  /**
   * Exactly the requirement sets the host supports (set name → version, e.g. the sets manifest.xml
   * declares), instead of the platform's current ones: `isSetSupported` answers from them and any
   * API of a newer set (API_REQUIREMENTS) fails at sync with `ApiNotFound`.
   */
  requirementSets?: Readonly<Record<string, string>>;
  /** Payload limit in bytes for each request and each response, over the platform's (web: 5 MB, desktop: none). */
  requestLimitBytes?: number;
  /** Switchable Excel behaviours (modes.ts): table auto-fill (on), `#BUSY!` (off), blank cells as 0 (off). */
  modes?: Partial<EmulatorModes>;
  /** Spill sizes for custom function ids the catalogue does not cover. */
  spillRules?: Readonly<Record<string, SpillShapeRule>>;
};

/** The `OfficeExtension` global. */
export type OfficeExtensionNamespace = {
  Error: typeof OfficeExtensionError;
  ErrorCodes: typeof OfficeExtensionErrorCodes;
  ClientResult: typeof ClientResult;
};

/** An emulator instance. */
export type Emulator = {
  Excel: ExcelNamespace;
  Office: ReturnType<typeof createOfficeNamespace>;
  OfficeExtension: OfficeExtensionNamespace;
  /** Sets globalThis (or `target`) Excel, Office, OfficeExtension and CustomFunctions. */
  install(target?: object): void;
  stats: EmulatorStats;
  /** Makes the n-th sync from now (1 = the next) fail without applying its commands. */
  failSync(n: number, error?: { code: string; message: string }): void;
  /** Direct, synchronous model access (test set-up, the grid page). */
  book: Workbook;
  /** The add-in commands: associated actions, ribbon states, the task pane (ribbon.ts). */
  ribbon: RibbonHost;
  setDisplayLanguage(lang: string): void;
  /** The current platform profile. */
  readonly profile: PlatformProfile;
  /** Switches the platform (payload limits, `Office.context.platform`, and its requirement sets unless given at creation). */
  setPlatform(name: PlatformName): void;
  /** The switchable behaviours, live (same object as `book.modes`). */
  readonly modes: EmulatorModes;
  /** Changes modes and recalculates, so cells show what the new modes give. */
  setModes(modes: Partial<EmulatorModes>): void;
  /** Calls `listener` after any change to the workbook; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** A JSON-serialisable copy of the workbook. */
  snapshot(): WorkbookSnapshot;
};

/** Creates an emulator with a fresh (or restored) workbook. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  // Custom functions run inside Excel's runtime, where the CustomFunctions global always exists;
  // implementations throw CustomFunctions.Error, so it must exist before the first recalculation.
  if (options.functions) installCustomFunctionsRuntime(globalThis as Record<string, unknown>);
  const modes = createModes(options.modes, options.platform ? DEFAULT_MODES : LENIENT_MODES);
  const workbookOptions = { functions: options.functions, now: options.now, spillRules: options.spillRules, modes };
  const book = options.snapshot ? Workbook.restore(options.snapshot, workbookOptions) : new Workbook(workbookOptions);
  const stats = createStats();
  const profileOf = (name: PlatformName | undefined) => {
    const platform = platformProfile(name);
    return options.requirementSets ? withRequirementSets(platform, options.requirementSets) : platform;
  };
  const profile = profileOf(options.platform);
  const limit = (p: PlatformProfile) => options.requestLimitBytes ?? p.payloadLimitBytes;
  const requests = new RequestStore(stats, limit(profile), modes);
  const runtime: EmulatorRuntime = { book, requests, undo: new UndoStore(stats), profile };
  const Excel = createExcelNamespace(runtime);
  const ribbon = new RibbonHost();
  const Office = createOfficeNamespace(options.displayLanguage ?? "en-US", () => runtime.profile, ribbon);
  const OfficeExtension: OfficeExtensionNamespace = {
    Error: OfficeExtensionError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientResult,
  };
  return {
    Excel,
    Office,
    OfficeExtension,
    stats,
    book,
    ribbon,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      t.Excel = Excel;
      t.Office = Office;
      t.OfficeExtension = OfficeExtension;
      installCustomFunctionsRuntime(t);
    },
    failSync(
      n,
      error = { code: ExcelErrorCodes.generalException, message: "The sync was made to fail by the test (failSync)." },
    ) {
      requests.scheduleFailure(n, error);
    },
    setDisplayLanguage(lang) {
      Office.context.displayLanguage = lang;
      Office.context.contentLanguage = lang;
    },
    get profile() {
      return runtime.profile;
    },
    setPlatform(name) {
      runtime.profile = profileOf(name);
      requests.limitBytes = limit(runtime.profile);
    },
    modes,
    setModes(changes) {
      Object.assign(modes, changes);
      book.recalculate();
    },
    onChange: (listener) => book.onChange(listener),
    snapshot: () => book.snapshot(),
  };
}
