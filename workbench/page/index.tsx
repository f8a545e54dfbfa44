/**
 * The workbench page's entry (workbench.html): creates the emulator, loads the real add-in into it,
 * renders the grid with the task pane docked beside it, and keeps the workbook in localStorage.
 *
 * Order matters, as in Excel: the CustomFunctions runtime and a waiting `Office.onReady` exist
 * before the add-in's scripts run; the functions bundle registers its SALES functions while it
 * loads; then the emulator is created with them and installed, and only then does Office report
 * ready, so the pane's Office.onReady resolves against the emulator.
 */
import {
  FluentProvider,
  IdPrefixProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { languageFromOffice } from "@i18n/paneLanguage";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { createEmulator, salesFunctionsFromRuntime, type Emulator, type PlatformName } from "@workbench/emulator/index";
import { addinScriptUrls, fetchText, holdOfficeReady, loadScript } from "./addinScripts";
import { observable } from "./observable";
import { observePaneLanguage } from "./paneLanguage";
import { forgetSavedWorkbook, messageOf, persistWorkbook, readSavedWorkbook, type StorageProblem } from "./persistence";
import { platformFromSearch, searchWithPlatform } from "./platformOption";
import {
  declaredRibbon,
  matchesShortcut,
  ribbonFromManifest,
  shortcutsFor,
  type KeyboardShortcut,
} from "./manifestRibbon";
import { workbenchStrings } from "./strings";
import { Workbench } from "./Workbench";

declare global {
  interface Window {
    /** The running workbench, for end-to-end tests and for poking at the workbook from the console. */
    salesGridWorkbench?: { emulator: Emulator };
  }
}

/**
 * Fluent for the page. The pane brings its own Fluent in its own bundle; the id prefix keeps the
 * two from generating the same element ids.
 */
function WorkbenchProviders({ children }: { children: ReactNode }) {
  return (
    <IdPrefixProvider value="workbench-">
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </IdPrefixProvider>
  );
}

/** The development server's base URL, which the source manifest's URLs start with. */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Runs an action when its keyboard shortcut is pressed, as Excel on the web does: only while the
 * focus is on the sheet, not in the task pane ("custom keyboard shortcuts don't work when the task
 * pane has focus", Microsoft's keyboard-shortcuts article).
 */
function followShortcuts(emulator: Emulator, shortcuts: readonly KeyboardShortcut[], paneRoot: HTMLElement): void {
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.target instanceof Node && paneRoot.contains(event.target)) return;
      const shortcut = shortcuts.find((candidate) => matchesShortcut(event, candidate.key));
      if (!shortcut) return;
      // The add-in's shortcut wins over the grid's keys, as Office takes it before the sheet does.
      event.preventDefault();
      event.stopPropagation();
      emulator.ribbon.invoke(shortcut.action).catch((error: unknown) => {
        console.error(`The shortcut ${shortcut.key} (${shortcut.action}) failed`, error);
      });
    },
    true,
  );
}

async function start(container: HTMLElement, paneRoot: HTMLElement): Promise<void> {
  const globals = window as unknown as Record<string, unknown>;
  const associated = installCustomFunctionsRuntime(globals);
  const officeGate = holdOfficeReady(globals);

  const addinPage = await fetchText("taskpane.html");
  for (const src of addinScriptUrls(addinPage, document.baseURI)) await loadScript(src);
  const functions = salesFunctionsFromRuntime(await fetchText("functions.json"), associated);
  // The add-in's ribbon tab and keyboard shortcuts, as Office reads them from the manifest.
  const manifest = new DOMParser().parseFromString(await fetchText("manifest.xml"), "text/xml");
  const shortcuts = shortcutsFor(await fetchText("shortcuts.json"), "web");

  // Office's display language: ?lang=zh-CN, else the browser's, as Office follows the user's UI language.
  const displayLanguage = new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "en-US";
  // Excel's platform: ?platform=web|desktop (see platformOption.ts).
  const platform = platformFromSearch(location.search);
  const saved = readSavedWorkbook(localStorage);
  let restoreProblem: StorageProblem | null = saved.problem ?? null;
  let emulator: Emulator;
  try {
    emulator = createEmulator({ functions, snapshot: saved.snapshot, displayLanguage, platform });
  } catch (error) {
    restoreProblem = { kind: "restore-failed", detail: messageOf(error) };
    emulator = createEmulator({ functions, displayLanguage, platform });
  }
  emulator.install(globals);
  window.salesGridWorkbench = { emulator };
  // The manifest's URLs name the development server; the workbench serves the same files here.
  const servedHere = (url: string) =>
    url.startsWith(DEV_BASE_URL) ? new URL(url.slice(DEV_BASE_URL.length), document.baseURI).href : url;
  const ribbonTabs = {
    "en-US": ribbonFromManifest(manifest, "en-US", servedHere),
    "zh-CN": ribbonFromManifest(manifest, "zh-CN", servedHere),
  };
  if (ribbonTabs["en-US"]) emulator.ribbon.declare(declaredRibbon(ribbonTabs["en-US"]));
  followShortcuts(emulator, shortcuts, paneRoot);

  const storageProblem = observable<StorageProblem | null>(restoreProblem);
  const persistence = persistWorkbook(emulator, localStorage, (problem) =>
    storageProblem.set(problem ?? restoreProblem),
  );
  const handlePageHide = () => persistence.flush();
  window.addEventListener("pagehide", handlePageHide);
  const handleReset = () => {
    // Stop saving first, so leaving the page cannot write the old workbook back.
    persistence.stop();
    window.removeEventListener("pagehide", handlePageHide);
    forgetSavedWorkbook(localStorage);
    location.reload();
  };

  // The add-in starts again on the other platform, over the workbook saved on the way out.
  const handlePlatformChange = (next: PlatformName) => {
    persistence.flush();
    location.search = searchWithPlatform(location.search, next);
  };

  const language = observable(languageFromOffice(displayLanguage));
  observePaneLanguage(paneRoot, (lang) => language.set(languageFromOffice(lang)));

  flushSync(() =>
    createRoot(container).render(
      <WorkbenchProviders>
        <Workbench
          emulator={emulator}
          language={language}
          storageProblem={storageProblem}
          paneRoot={paneRoot}
          onReset={handleReset}
          onPlatformChange={handlePlatformChange}
          ribbonTab={(lang) => ribbonTabs[lang]}
        />
      </WorkbenchProviders>,
    ),
  );
  officeGate.release(emulator.Office);
}

/** A start-up failure is shown on the page and logged, so a broken build is seen, not a blank tab. */
function showFailure(container: HTMLElement, error: unknown): void {
  console.error("SalesGrid workbench could not start", error);
  createRoot(container).render(
    <WorkbenchProviders>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{workbenchStrings(languageFromOffice(navigator.language)).bootFailed}</MessageBarTitle>
          {messageOf(error)}
        </MessageBarBody>
      </MessageBar>
    </WorkbenchProviders>,
  );
}

const container = document.getElementById("workbench");
const paneRoot = document.getElementById("root");
if (!container || !paneRoot) {
  throw new Error("workbench.html must contain #workbench and #root");
}
start(container, paneRoot).catch((error: unknown) => showFailure(container, error));
