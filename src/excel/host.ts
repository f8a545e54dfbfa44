/** What Office reports once it has loaded the add-in; both null outside Office (a plain browser tab). */
export type OfficeHostInfo = {
  readonly host: Office.HostType | null;
  readonly platform: Office.PlatformType | null;
};

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/**
 * The language of Office's user interface (`"zh-CN"`, `"en-US"` …), or undefined when the pane
 * runs outside Office or before Office is ready.
 */
export function displayLanguage(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.displayLanguage || undefined;
}

/**
 * Resolves once Office has initialised the add-in. Outside Office it resolves at once with nulls,
 * so the pane still renders and each workbook call reports that Excel is missing.
 */
export async function onOfficeReady(): Promise<OfficeHostInfo> {
  if (!officeAvailable()) return { host: null, platform: null };
  const info = await Office.onReady();
  return { host: info?.host ?? null, platform: info?.platform ?? null };
}
