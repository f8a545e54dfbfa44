/**
 * The `Office` global the add-in touches: `Office.onReady`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported` (answered by the platform profile, profiles.ts),
 * the host and platform enums, `Office.addin`'s startup behaviour and task pane (SharedRuntime 1.1),
 * `Office.actions` and `Office.ribbon` (RibbonApi 1.1), the last two over a RibbonHost (ribbon.ts).
 */
import { isSetSupportedBy, type PlatformProfile } from "./profiles";
import type { ActionHandler, RibbonHost } from "./ribbon";

/** What `Office.onReady` resolves to in the workbench. */
export type OfficeReadyInfo = { host: "Excel"; platform: PlatformProfile["officePlatform"] };

/** The emulated `Office` namespace; `displayLanguage` is settable through the emulator, the profile is read at each call. */
export function createOfficeNamespace(initialLanguage: string, profile: () => PlatformProfile, ribbon: RibbonHost) {
  const needs = (set: string, version: string, api: string): Promise<void> | null =>
    isSetSupportedBy(profile(), set, version) ? null : Promise.reject(new Error(`${api} needs ${set} ${version}.`));
  // Office keeps the startup behaviour per document: a new workbook starts with "None".
  let startupBehavior: "None" | "Load" = "None";
  const context = {
    displayLanguage: initialLanguage,
    contentLanguage: initialLanguage,
    host: "Excel" as const,
    get platform(): PlatformProfile["officePlatform"] {
      return profile().officePlatform;
    },
    get diagnostics() {
      return { host: "Excel", platform: profile().officePlatform, version: "16.0.0.0" };
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        return isSetSupportedBy(profile(), name, minVersion);
      },
    },
  };
  return {
    context,
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    /** Resolves at once (the emulator is ready when installed); calls `callback` too, as Office does. */
    onReady(callback?: (info: OfficeReadyInfo) => void): Promise<OfficeReadyInfo> {
      const info: OfficeReadyInfo = { host: "Excel", platform: profile().officePlatform };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    initialize: undefined as undefined | (() => void),
    StartupBehavior: { none: "None", load: "Load" } as const,
    /** Office.addin: the startup behaviour of this document (Office refuses other values). */
    addin: {
      setStartupBehavior(behavior: string): Promise<void> {
        if (!isSetSupportedBy(profile(), "SharedRuntime", "1.1"))
          return Promise.reject(new Error("Office.addin.setStartupBehavior needs SharedRuntime 1.1."));
        if (behavior !== "None" && behavior !== "Load")
          return Promise.reject(new Error(`"${behavior}" is not an Office.StartupBehavior.`));
        startupBehavior = behavior;
        return Promise.resolve();
      },
      getStartupBehavior(): Promise<"None" | "Load"> {
        if (!isSetSupportedBy(profile(), "SharedRuntime", "1.1"))
          return Promise.reject(new Error("Office.addin.getStartupBehavior needs SharedRuntime 1.1."));
        return Promise.resolve(startupBehavior);
      },
      /** Shows the page of the manifest's ShowTaskpane action (the workbench's pane is docked). */
      showAsTaskpane(): Promise<void> {
        return (
          needs("SharedRuntime", "1.1", "Office.addin.showAsTaskpane") ??
          (ribbon.setTaskpaneVisible(true), Promise.resolve())
        );
      },
      hide(): Promise<void> {
        return (
          needs("SharedRuntime", "1.1", "Office.addin.hide") ?? (ribbon.setTaskpaneVisible(false), Promise.resolve())
        );
      },
    },
    /** Office.actions: the functions ExecuteFunction buttons and keyboard shortcuts run (shared runtime). */
    actions: {
      associate(actionId: string, handler: ActionHandler): void {
        ribbon.associate(actionId, handler);
      },
    },
    /** Office.ribbon (RibbonApi 1.1): requestUpdate queues an update and resolves; a bad shape is refused. */
    ribbon: {
      requestUpdate(input: unknown): Promise<void> {
        const missing = needs("RibbonApi", "1.1", "Office.ribbon.requestUpdate");
        if (missing) return missing;
        try {
          ribbon.requestUpdate(input);
          return Promise.resolve();
        } catch (error) {
          return Promise.reject(error);
        }
      },
    },
  };
}
