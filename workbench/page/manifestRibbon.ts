/**
 * The add-in's ribbon tab, read from its manifest.xml the way Office reads it: the CustomTab's
 * groups and buttons in document order, each label, tooltip and icon resolved through Resources
 * in the display language (a zh-CN Override, else DefaultValue), each button's action
 * (ExecuteFunction's FunctionName, or ShowTaskpane) and its `<Enabled>` at launch. Works on any
 * DOM Document (the browser's DOMParser, @xmldom/xmldom in tests).
 */
import type { DeclaredRibbon } from "@workbench/emulator/ribbon";

/** A button's action. */
export type RibbonAction =
  { readonly kind: "execute"; readonly functionName: string } | { readonly kind: "showTaskpane" };

export type RibbonButton = {
  readonly id: string;
  readonly label: string;
  readonly tooltip: string;
  /** The 16 px icon's URL. */
  readonly icon: string;
  readonly action: RibbonAction;
  /** `<Enabled>` in the manifest: true unless it says false. */
  readonly enabledAtLaunch: boolean;
};

export type RibbonGroup = { readonly id: string; readonly label: string; readonly buttons: readonly RibbonButton[] };

export type RibbonTab = { readonly id: string; readonly label: string; readonly groups: readonly RibbonGroup[] };

/** The minimal DOM the reader uses (the browser's and xmldom's elements both have it). */
type XmlElement = {
  readonly localName: string | null;
  readonly childNodes: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
  readonly textContent: string | null;
};

const children = (element: XmlElement, localName: string): XmlElement[] =>
  Array.from(element.childNodes as ArrayLike<{ nodeType: number }>)
    .filter((node) => node.nodeType === 1)
    .map((node) => node as unknown as XmlElement)
    .filter((child) => child.localName === localName);

const descendants = (element: XmlElement, localName: string): XmlElement[] =>
  Array.from(element.getElementsByTagName("*") as ArrayLike<XmlElement>).filter((e) => e.localName === localName);

/**
 * The manifest's custom tab in a language.
 *
 * @param doc - the parsed manifest (its documentElement is OfficeApp)
 * @param locale - "en-US" or "zh-CN": a zh-CN Override wins for zh-CN
 * @param resolveUrl - where an icon URL of the manifest is served from here
 * @returns the tab, or null when the manifest has no CustomTab
 * @example
 * ribbonFromManifest(new DOMParser().parseFromString(xml, "text/xml"), "zh-CN")?.label //=> "销售管理"
 */
export function ribbonFromManifest(
  doc: { documentElement: unknown },
  locale: string,
  resolveUrl: (url: string) => string = (url) => url,
): RibbonTab | null {
  const root = doc.documentElement as XmlElement;
  const resources = new Map<string, XmlElement>();
  for (const resource of descendants(root, "Resources"))
    for (const element of Array.from(resource.getElementsByTagName("*") as ArrayLike<XmlElement>)) {
      const id = element.getAttribute("id");
      if (id !== null) resources.set(id, element);
    }
  const text = (resid: string | null | undefined): string => {
    const resource = resid ? resources.get(resid) : undefined;
    if (!resource) return "";
    const override = children(resource, "Override").find((o) => o.getAttribute("Locale") === locale);
    return override?.getAttribute("Value") ?? resource.getAttribute("DefaultValue") ?? "";
  };
  const tab = descendants(root, "CustomTab")[0];
  if (!tab) return null;
  const icon16 = (element: XmlElement) =>
    resolveUrl(
      text(
        children(children(element, "Icon")[0] ?? element, "Image")
          .find((image) => image.getAttribute("size") === "16")
          ?.getAttribute("resid"),
      ),
    );
  const groups = children(tab, "Group").map((group): RibbonGroup => ({
    id: group.getAttribute("id") ?? "",
    label: text(children(group, "Label")[0]?.getAttribute("resid")),
    buttons: children(group, "Control").map((control): RibbonButton => {
      const action = children(control, "Action")[0];
      const supertip = children(control, "Supertip")[0];
      return {
        id: control.getAttribute("id") ?? "",
        label: text(children(control, "Label")[0]?.getAttribute("resid")),
        tooltip: supertip ? text(children(supertip, "Description")[0]?.getAttribute("resid")) : "",
        icon: icon16(control),
        action:
          action?.getAttribute("xsi:type") === "ExecuteFunction"
            ? { kind: "execute", functionName: children(action, "FunctionName")[0]?.textContent?.trim() ?? "" }
            : { kind: "showTaskpane" },
        enabledAtLaunch: children(control, "Enabled")[0]?.textContent?.trim() !== "false",
      };
    }),
  }));
  return { id: tab.getAttribute("id") ?? "", label: text(children(tab, "Label")[0]?.getAttribute("resid")), groups };
}

/**
 * The tab's ids as the emulator's RibbonHost checks updates against them.
 *
 * @example
 * declaredRibbon(tab).get("SalesGrid.Tab")?.get("SalesGrid.FollowUps") //=> ["SalesGrid.LogFollowUp"]
 */
export function declaredRibbon(tab: RibbonTab): DeclaredRibbon {
  return new Map([[tab.id, new Map(tab.groups.map((group) => [group.id, group.buttons.map((button) => button.id)]))]]);
}

/** A keyboard shortcut of the add-in's shortcuts file. */
export type KeyboardShortcut = { readonly action: string; readonly key: string };

/**
 * The shortcuts of an ExtendedOverrides file for a platform: its key for the platform, else the
 * default one.
 *
 * @param json - the file's text
 * @param platform - "web", "windows" or "mac"
 * @example
 * shortcutsFor('{"actions":[],"shortcuts":[{"action":"a","key":{"default":"Ctrl+Alt+F"}}]}', "web") //=> [{ action: "a", key: "Ctrl+Alt+F" }]
 */
export function shortcutsFor(json: string, platform: "web" | "windows" | "mac"): KeyboardShortcut[] {
  const file = JSON.parse(json) as { shortcuts?: { action: string; key: Record<string, string> }[] };
  return (file.shortcuts ?? []).map((shortcut) => ({
    action: shortcut.action,
    key: shortcut.key[platform] ?? shortcut.key.default,
  }));
}

/**
 * Whether a key press is a shortcut's combination ("Ctrl+Alt+F"): every modifier it names held,
 * no other, and its one key (letters compared upper-case, Alt+a is Alt+A).
 *
 * @example
 * matchesShortcut({ key: "f", ctrlKey: true, altKey: true, shiftKey: false, metaKey: false }, "Ctrl+Alt+F") //=> true
 */
export function matchesShortcut(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "shiftKey" | "metaKey"> & { code?: string },
  combination: string,
): boolean {
  const parts = combination.split("+");
  const key = parts.at(-1)!.toUpperCase();
  const modifiers = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  const held = {
    ctrl: event.ctrlKey,
    alt: event.altKey,
    shift: event.shiftKey,
    command: event.metaKey,
  };
  const wants = {
    ctrl: modifiers.has("ctrl"),
    alt: modifiers.has("alt") || modifiers.has("option"),
    shift: modifiers.has("shift"),
    command: modifiers.has("command") || modifiers.has("cmd"),
  };
  if ((Object.keys(held) as (keyof typeof held)[]).some((name) => held[name] !== wants[name])) return false;
  // With Alt held a browser may report another character ("ƒ" for Alt+F on a Mac): the physical key decides.
  const pressed = event.code?.startsWith("Key") ? event.code.slice(3) : event.key.toUpperCase();
  return pressed === key;
}
