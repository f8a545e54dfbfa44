/**
 * The `Office` global the add-in touches: `Office.onReady`, `Office.context.displayLanguage`,
 * `Office.context.requirements.isSetSupported` (answered by the platform profile, profiles.ts),
 * the host and platform enums.
 */
import { isSetSupportedBy, type PlatformProfile } from "./profiles";

/** What `Office.onReady` resolves to in the workbench. */
export type OfficeReadyInfo = { host: "Excel"; platform: PlatformProfile["officePlatform"] };

/** The emulated `Office` namespace; `displayLanguage` is settable through the emulator, the profile is read at each call. */
export function createOfficeNamespace(initialLanguage: string, profile: () => PlatformProfile) {
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
  };
}
