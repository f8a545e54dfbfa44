import { createRoot } from "react-dom/client";
import { displayLanguage, onOfficeReady } from "@excel/host";
import { startRecordingIfOn } from "@excel/pipeline/history/dealRecording";
import { recordWeeklyForecastIfDue } from "@excel/pipeline/forecastHistory/weeklyForecast";
import { initI18n, startI18n } from "@i18n/initI18n";
import { languageFromOffice } from "@i18n/paneLanguage";
import { Pane } from "./Pane";
import { excelWorkbookService } from "./services/excelWorkbookService";

/** Task pane entry: once Office is ready, mount the pane into #root of taskpane.html. */
async function start(): Promise<void> {
  await onOfficeReady();
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("SalesGrid task pane: element #root is missing from taskpane.html");
  }
  // The pane's language's strings (Chinese is its own chunk); should that chunk fail to load, the
  // pane still opens, in English.
  const i18n = await startI18n(languageFromOffice(displayLanguage())).catch((error: unknown) => {
    console.error("SalesGrid could not load the pane's strings; opening in English", error);
    return initI18n("en-US");
  });
  createRoot(container).render(<Pane i18n={i18n} service={excelWorkbookService} />);
  // The shared runtime starts here whether the workbook loaded it or the user opened the pane:
  // a set-up workbook with recording on records from now on.
  startRecordingIfOn().catch((error: unknown) => {
    console.error("SalesGrid could not start recording deal changes", error);
  });
  // A workbook opted in to the weekly forecast gets it on the week's first load; the Pipeline
  // area's code is fetched (through the deferred service) only when that recording is due.
  recordWeeklyForecastIfDue(excelWorkbookService.pipeline.recordForecast)
    .then((result) => {
      if (!result.ok) console.error("SalesGrid could not record the weekly forecast", result.error);
    })
    .catch((error: unknown) => {
      console.error("SalesGrid could not record the weekly forecast", error);
    });
}

start().catch((error: unknown) => {
  console.error("SalesGrid task pane could not start", error);
});
