/**
 * Loading the real, built add-in into the workbench page. The add-in's page (taskpane.html) names
 * its scripts; the workbench loads the same ones in the same order, except office.js (the
 * `id="office-js"` tag), whose place the emulator takes. Like office.js, the workbench answers
 * `Office.onReady` only once the host is ready: here, once the emulator exists with the SALES
 * functions the functions bundle registered.
 */

/** The id of the office.js script tag in taskpane.html (see src/taskpane/taskpane.html). */
export const OFFICE_JS_ID = "office-js";

/**
 * The absolute URLs of the scripts `html` loads, in document order, without office.js.
 * @example addinScriptUrls('<script id="office-js" src="https://…/office.js"></script><script defer src="functions.js"></script>', "http://localhost:3000/workbench.html") //=> ["http://localhost:3000/functions.js"]
 */
export function addinScriptUrls(html: string, baseUrl: string): string[] {
  const page = new DOMParser().parseFromString(html, "text/html");
  return [...page.querySelectorAll("script[src]")]
    .filter((script) => script.id !== OFFICE_JS_ID)
    .map((script) => new URL(script.getAttribute("src") ?? "", baseUrl).href);
}

/** Runs a classic script from `src`; rejects when it cannot be fetched. */
export function loadScript(src: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = src;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`The add-in script ${src} could not be loaded.`));
    doc.head.appendChild(script);
  });
}

/** Fetches a text file next to the page, failing on any HTTP error. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.text();
}

type ReadyCallback = (info: unknown) => void;
type OfficeLike = { onReady(callback?: ReadyCallback): Promise<unknown> };

/**
 * Installs a stand-in `Office` whose `onReady` waits, as office.js does while the host starts.
 * `release(office)` hands every waiting and later caller to the emulator's `Office.onReady`; by
 * then the emulator has replaced the stand-in global.
 */
export function holdOfficeReady(target: Record<string, unknown>): { release(office: OfficeLike): void } {
  let release: (office: OfficeLike) => void = () => undefined;
  const ready = new Promise<OfficeLike>((resolve) => {
    release = resolve;
  });
  target.Office = {
    onReady: (callback?: ReadyCallback) => ready.then((office) => office.onReady(callback)),
  };
  return { release: (office) => release(office) };
}
