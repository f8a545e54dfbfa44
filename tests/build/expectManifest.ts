/*
 * The offline checks of manifest.xml, shared by the source-manifest test and the built-manifest
 * test (which must hold the same facts after the base URL was rewritten).
 */
import type { Element } from "@xmldom/xmldom";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND, RIBBON_TAB_ID } from "@core/ribbon/ribbonCommands";
import { readManifest } from "./manifestFacts";

/** The element children of an element, in order. */
const elementChildren = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);

/** The first element child with this local name. */
const childOf = (element: Element, localName: string): Element | undefined =>
  elementChildren(element).find((child) => child.localName === localName);

/** A ribbon Icon: the 16, 32 and 80 px images the manifest reference asks of a button or group. */
function expectIcons(icon: Element | undefined): void {
  expect(icon).toBeDefined();
  expect(elementChildren(icon!).map((image) => image.getAttribute("size"))).toEqual(["16", "32", "80"]);
}

/** Limits from the add-in manifest schema (TaskPaneAppVersionOverrides / OfficeApp). */
const LIMITS = { shortString: 125, longString: 250, displayName: 125, description: 250, resid: 32, id: 125 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const overrideValue = (element: Element, locale: string): string | undefined =>
  Array.from(element.childNodes)
    .filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === "Override")
    .find((override) => override.getAttribute("Locale") === locale)
    ?.getAttribute("Value") ?? undefined;

/**
 * Asserts every offline fact about a manifest.
 * @param xml The manifest's text.
 * @param baseUrl The base URL every add-in URL must start with, e.g. "https://localhost:3000/".
 */
export function expectValidManifest(xml: string, baseUrl: string): void {
  const manifest = readManifest(xml);
  const root = manifest.document.documentElement;
  expect(root?.localName).toBe("OfficeApp");
  expect(root?.getAttribute("xsi:type")).toBe("TaskPaneApp");

  // Identity and host.
  expect(manifest.top("Id").textContent?.trim()).toMatch(GUID);
  expect(manifest.top("ProviderName").textContent).toBe("SalesGrid");
  expect(manifest.top("DefaultLocale").textContent).toBe("en-US");
  const hosts = manifest.elements("Host");
  expect(hosts.some((host) => host.getAttribute("Name") === "Workbook")).toBe(true);
  expect(hosts.some((host) => host.getAttribute("xsi:type") === "Workbook")).toBe(true);

  // Names in both languages, within the schema's lengths.
  const displayName = manifest.top("DisplayName");
  const description = manifest.top("Description");
  expect(displayName.getAttribute("DefaultValue")?.length).toBeLessThanOrEqual(LIMITS.displayName);
  expect(description.getAttribute("DefaultValue")?.length).toBeLessThanOrEqual(LIMITS.description);
  expect(overrideValue(displayName, "zh-CN")).toBe("SalesGrid 销售管理");
  expect(overrideValue(description, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
  expect(overrideValue(description, "zh-CN")?.length).toBeLessThanOrEqual(LIMITS.description);

  // Permissions: ReadWriteDocument and nothing more.
  expect(manifest.elements("Permissions").map((element) => element.textContent?.trim())).toEqual(["ReadWriteDocument"]);

  // Requirement sets: what every supported build has (README "Runs in Excel"); ExcelApiOnline
  // cannot be declared, so web-only APIs are guarded in code.
  const sets = Object.fromEntries(
    manifest.elements("Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]),
  );
  expect(sets).toEqual({ ExcelApi: "1.10", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
  expect(manifest.top("Requirements").getElementsByTagName("Sets")).toHaveLength(1);

  // Shared runtime: requirement set, one long-lived runtime, and the same page everywhere.
  const sharedRuntime = manifest.elements("Set").find((set) => set.getAttribute("Name") === "SharedRuntime");
  expect(sharedRuntime?.getAttribute("MinVersion")).toBe("1.1");
  const runtime = manifest.only("Runtime");
  expect(runtime.getAttribute("lifetime")).toBe("long");
  const runtimeResid = runtime.getAttribute("resid");
  expect(runtimeResid).toBe("Taskpane.Url");
  const customFunctions = manifest
    .elements("ExtensionPoint")
    .find((point) => point.getAttribute("xsi:type") === "CustomFunctions");
  expect(customFunctions).toBeDefined();
  const sourceOf = (localName: string) =>
    Array.from(customFunctions!.getElementsByTagName("*"))
      .find((element) => element.localName === localName)
      ?.getElementsByTagName("SourceLocation")[0]
      ?.getAttribute("resid");
  expect(sourceOf("Page")).toBe(runtimeResid);
  expect(sourceOf("Script")).toBe("Functions.Script.Url");
  expect(sourceOf("Metadata")).toBe("Functions.Metadata.Url");
  expect(manifest.only("FunctionFile").getAttribute("resid")).toBe(runtimeResid);

  // Every resid used is defined, and resource ids fit the schema.
  const resources = manifest.resources();
  const undefinedResids = manifest.residsUsed().filter((resid) => !resources.has(resid));
  expect(undefinedResids).toEqual([]);
  for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(LIMITS.resid);

  // Namespace SALES.
  const namespaceResid = manifest.only("Namespace").getAttribute("resid") ?? "";
  expect(resources.get(namespaceResid)?.getAttribute("DefaultValue")).toBe("SALES");

  // Ribbon: the add-in's own tab SalesGrid / 销售管理 (no button on a built-in tab any more).
  expect(manifest.elements("OfficeTab")).toEqual([]);
  const tab = manifest.only("CustomTab");
  expect(tab.getAttribute("id")).toBe(RIBBON_TAB_ID);
  const tabLabel = resources.get(childOf(tab, "Label")?.getAttribute("resid") ?? "");
  expect(tabLabel?.getAttribute("DefaultValue")).toBe("SalesGrid");
  expect(overrideValue(tabLabel!, "zh-CN")).toBe("销售管理");
  // The tab's Label comes after its groups (CustomTab's schema order).
  expect(elementChildren(tab).map((child) => child.localName)).toEqual([
    ...elementChildren(tab)
      .filter((child) => child.localName === "Group")
      .map(() => "Group"),
    "Label",
  ]);

  // Groups and buttons: every area command in its group, Log follow-up disabled at launch.
  const groups = elementChildren(tab).filter((child) => child.localName === "Group");
  const controlsOf = (group: Element) => elementChildren(group).filter((child) => child.localName === "Control");
  for (const group of groups) {
    expect(controlsOf(group).length).toBeGreaterThan(0);
    // Microsoft's limit: a group holds at most six controls.
    expect(controlsOf(group).length).toBeLessThanOrEqual(6);
    expect(group.getAttribute("id")!.length).toBeLessThanOrEqual(LIMITS.id);
    expect(resources.has(childOf(group, "Label")?.getAttribute("resid") ?? "")).toBe(true);
    expectIcons(childOf(group, "Icon"));
  }
  const buttons = groups.flatMap((group) =>
    controlsOf(group).map((control) => ({ group: group.getAttribute("id"), control })),
  );
  const functionOf = (control: Element) =>
    childOf(childOf(control, "Action") ?? control, "FunctionName")?.textContent?.trim();
  expect(
    buttons
      .filter(({ control }) => childOf(control, "Action")?.getAttribute("xsi:type") === "ExecuteFunction")
      .map(({ group, control }) => ({
        groupId: group,
        controlId: control.getAttribute("id"),
        actionId: functionOf(control),
      })),
  ).toEqual([
    ...AREA_COMMANDS.map(({ groupId, controlId, actionId }) => ({ groupId, controlId, actionId })),
    { ...LOG_FOLLOW_UP_COMMAND },
  ]);
  for (const { control } of buttons) {
    expect(control.getAttribute("xsi:type")).toBe("Button");
    expect(control.getAttribute("id")!.length).toBeLessThanOrEqual(LIMITS.id);
    const label = childOf(control, "Label")?.getAttribute("resid") ?? "";
    const supertip = childOf(control, "Supertip");
    expect(childOf(supertip!, "Title")?.getAttribute("resid")).toBe(label);
    const tip = resources.get(childOf(supertip!, "Description")?.getAttribute("resid") ?? "");
    expect(tip?.parentNode && (tip.parentNode as Element).localName).toBe("LongStrings");
    expect(overrideValue(resources.get(label)!, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    expect(overrideValue(tip!, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    expectIcons(childOf(control, "Icon"));
    // <Enabled> only on Log follow-up, right after its Action (the schema's order).
    const enabled = childOf(control, "Enabled");
    const isLog = control.getAttribute("id") === LOG_FOLLOW_UP_COMMAND.controlId;
    expect(enabled?.textContent?.trim()).toBe(isLog ? "false" : undefined);
    if (enabled) expect(elementChildren(control).at(-1)).toBe(enabled);
  }

  // One ShowTaskpane button: Office.addin.showAsTaskpane shows the page its SourceLocation names.
  const showPane = manifest.elements("Action").filter((action) => action.getAttribute("xsi:type") === "ShowTaskpane");
  expect(showPane).toHaveLength(1);
  expect(showPane[0].getElementsByTagName("TaskpaneId")[0]?.textContent).toBe("ButtonId1");
  expect(showPane[0].getElementsByTagName("SourceLocation")[0]?.getAttribute("resid")).toBe(runtimeResid);

  // Keyboard shortcuts: ExtendedOverrides right after VersionOverrides, pointing at shortcuts.json.
  const topLevel = elementChildren(root!);
  const extended = manifest.top("ExtendedOverrides");
  expect(topLevel.indexOf(extended)).toBe(topLevel.indexOf(manifest.top("VersionOverrides")) + 1);
  expect(extended.getAttribute("Url")).toBe(`${baseUrl}shortcuts.json`);
  // The action names in both languages: ResourcesUrl, as the manifest schema ([MS-OWEMXML]) spells it.
  expect(extended.getAttribute("ResourcesUrl")).toBe(`${baseUrl}shortcutResources.json`);
  expect(extended.getAttribute("ResourceUrl")).toBeNull();

  // Strings: lengths, and a zh-CN override on every user-visible string.
  const strings = (listName: string) =>
    manifest
      .elements(listName)
      .flatMap((list) => Array.from(list.getElementsByTagName("*")))
      .filter((element) => element.localName === "String");
  const shortStrings = strings("ShortStrings");
  const longStrings = strings("LongStrings");
  expect(shortStrings.length).toBeGreaterThan(0);
  expect(longStrings.length).toBeGreaterThan(0);
  for (const [list, limit] of [
    [shortStrings, LIMITS.shortString],
    [longStrings, LIMITS.longString],
  ] as const) {
    for (const string of list) {
      const id = string.getAttribute("id");
      expect(string.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(limit);
      if (id === namespaceResid) continue; // the namespace is SALES in every language
      const zh = overrideValue(string, "zh-CN");
      expect({ id, zh }).toEqual({ id, zh: expect.stringMatching(/[\u4e00-\u9fff]/) });
      expect(zh!.length).toBeLessThanOrEqual(limit);
    }
  }

  // Metadata in Chinese for Chinese Excel.
  const metadataUrl = resources.get("Functions.Metadata.Url")!;
  expect(metadataUrl.getAttribute("DefaultValue")).toBe(`${baseUrl}functions.json`);
  expect(overrideValue(metadataUrl, "zh-CN")).toBe(`${baseUrl}functions.zh-CN.json`);

  // Icons 16/32/80 for the ribbon; for the add-in list 32 × 32 and 64 × 64 on high-DPI screens, the
  // sizes the manifest reference requires of a task-pane add-in (IconUrl, HighResolutionIconUrl).
  expect(manifest.top("IconUrl").getAttribute("DefaultValue")).toBe(`${baseUrl}assets/icon-32.png`);
  expect(manifest.top("HighResolutionIconUrl").getAttribute("DefaultValue")).toBe(`${baseUrl}assets/icon-64.png`);
  const imageSizes = manifest.elements("Image").map((image) => image.getAttribute("size") ?? image.getAttribute("id"));
  expect(new Set(imageSizes)).toEqual(new Set(["16", "32", "80", "Icon.16x16", "Icon.32x32", "Icon.80x80"]));

  // All URLs https, on the one host the add-in is served from.
  const origin = new URL(baseUrl).origin;
  const urls = manifest.urls().filter((url) => !url.startsWith("http://schemas.microsoft.com/"));
  expect(urls.length).toBeGreaterThan(10);
  for (const url of urls) {
    expect(url).toMatch(/^https:\/\//);
    const isAppDomain = url === origin;
    expect(isAppDomain || url.startsWith(baseUrl)).toBe(true);
  }
}

/** The add-in URLs of a manifest as paths relative to its base URL (for "is it in dist?" checks). */
export function manifestFilePaths(xml: string, baseUrl: string): string[] {
  const paths = readManifest(xml)
    .urls()
    .filter((url) => url.startsWith(baseUrl))
    .map((url) => new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
  return [...new Set(paths)].sort();
}
