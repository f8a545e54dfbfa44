/*
 * Reads an add-in manifest the way the offline tests need it: parsed with @xmldom/xmldom (so a
 * malformed file fails loudly), elements found by local name whatever their namespace prefix.
 * The online `npm run validate` checks the schema; these facts cover what it cannot see offline
 * and what our shared-runtime setup depends on.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export type ManifestFacts = {
  readonly document: Document;
  /** All elements with this local name, in document order. */
  elements(localName: string): Element[];
  /** The one element with this local name; throws when there is none or more than one. */
  only(localName: string): Element;
  /** The one direct child of <OfficeApp> with this local name; throws when there is none or more. */
  top(localName: string): Element;
  /** Every resid="…" attribute value used in the manifest. */
  residsUsed(): string[];
  /** Resource id → element, for bt:Image, bt:Url and bt:String under Resources. */
  resources(): Map<string, Element>;
  /** Every absolute URL in attribute values and text content. */
  urls(): string[];
};

/**
 * Parses manifest XML; throws on any XML error or warning.
 * @param xml The manifest's text.
 */
export function readManifest(xml: string): ManifestFacts {
  const problems: string[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (after reporting them to onError).
    problems.push(`fatal: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (problems.length > 0) throw new Error(`manifest is not well-formed XML:\n${problems.join("\n")}`);

  const all = (): Element[] => Array.from(document!.getElementsByTagName("*"));
  const elements = (localName: string) => all().filter((element) => element.localName === localName);

  return {
    document: document!,
    elements,
    only(localName) {
      const found = elements(localName);
      if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
      return found[0];
    },
    top(localName) {
      const found = Array.from(document!.documentElement?.childNodes ?? []).filter(
        (node): node is Element => node.nodeType === 1 && (node as Element).localName === localName,
      );
      if (found.length !== 1) throw new Error(`expected one <${localName}> in <OfficeApp>, found ${found.length}`);
      return found[0];
    },
    residsUsed() {
      return all()
        .filter((element) => element.hasAttribute("resid"))
        .map((element) => element.getAttribute("resid") ?? "");
    },
    resources() {
      const resources = elements("Resources")[0];
      const map = new Map<string, Element>();
      if (resources === undefined) return map;
      for (const element of Array.from(resources.getElementsByTagName("*"))) {
        const id = element.getAttribute("id");
        if (id !== null && ["Image", "Url", "String"].includes(element.localName ?? "")) map.set(id, element);
      }
      return map;
    },
    urls() {
      const found: string[] = [];
      for (const element of all()) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^[a-z]+:\/\//i.test(attribute.value) && !attribute.name.startsWith("xmlns")) found.push(attribute.value);
        }
        const text = element.childNodes.length === 1 ? (element.textContent ?? "").trim() : "";
        if (/^[a-z]+:\/\//i.test(text)) found.push(text);
      }
      return found;
    },
  };
}
