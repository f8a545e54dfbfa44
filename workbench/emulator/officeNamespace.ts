/**
 * The `Office` global the add-in touches: `Office.onReady`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported`, the host and platform enums.
 */

/** What `Office.onReady` resolves to in the workbench. */
export type OfficeReadyInfo = { host: "Excel"; platform: "OfficeOnline" };

/** Requirement sets the emulator answers for (highest supported version). */
const SUPPORTED: Record<string, number> = {
  excelapi: 1.17,
  customfunctionsruntime: 1.4,
  sharedruntime: 1.1,
  dialogapi: 1.2,
  ribbonapi: 1.1,
  identityapi: 1.3,
};

function versionNumber(v: string | number | undefined): number {
  if (v === undefined || v === "") return 1.1;
  return typeof v === "number" ? v : Number(v);
}

/** The emulated `Office` namespace; `displayLanguage` is settable through the emulator. */
export function createOfficeNamespace(initialLanguage: string) {
  const context = {
    displayLanguage: initialLanguage,
    contentLanguage: initialLanguage,
    host: "Excel" as const,
    platform: "OfficeOnline" as const,
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const supported = SUPPORTED[name.toLowerCase()];
        return supported !== undefined && versionNumber(minVersion) <= supported + 1e-9;
      },
    },
  };
  const info: OfficeReadyInfo = { host: "Excel", platform: "OfficeOnline" };
  return {
    context,
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    /** Resolves at once (the emulator is ready when installed); calls `callback` too, as Office does. */
    onReady(callback?: (info: OfficeReadyInfo) => void): Promise<OfficeReadyInfo> {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    initialize: undefined as undefined | (() => void),
  };
}
