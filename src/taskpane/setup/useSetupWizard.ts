import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { planSetup, type SetupPlan } from "@core/setup/planSetup";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { toExcelFailure } from "@excel/excelFailure";
import type { SetupResult } from "@excel/setup/setUpWorkbook";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { initialSetupWizardState, setupWizardReducer } from "./setupWizardReducer";
import type { SetupWizardState } from "./steps/types";

export type SetupWizard = {
  readonly state: SetupWizardState;
  /** The plan for the current choices (only while previewing). */
  readonly plan: SetupPlan | null;
  /** What sample data would be, were it asked for (to offer or refuse the choice). */
  readonly sampleOffer: SetupPlan["sample"] | null;
  readonly handleLanguageChange: (language: WorkbookLanguage) => void;
  readonly handleSampleChange: (sample: boolean) => void;
  readonly handleInspect: () => void;
  readonly handleRun: () => void;
  readonly handleCancel: () => void;
};

/**
 * The Set up area's state (the reducer) wired to the workbook service: reads the workbook on
 * mount, plans the set-up for the chosen language and sample data (a pure preview, re-planned as
 * choices change), runs it with progress and cancel, and keeps the report. Today comes from the
 * clock here, not in core.
 *
 * @param paneLanguage - the default workbook language
 */
export function useSetupWizard(paneLanguage: WorkbookLanguage): SetupWizard {
  const service = useWorkbookService();
  const [state, dispatch] = useReducer(setupWizardReducer, paneLanguage, initialSetupWizardState);
  const { step, language, sample } = state;
  const today = useMemo(() => serialFromLocalTime(new Date()), []);
  const controller = useRef<AbortController | null>(null);
  // Only the newest read or run lands; unmounting drops them all.
  const latest = useRef(0);

  const handleInspect = useCallback(() => {
    const id = ++latest.current;
    dispatch({ type: "inspectStarted" });
    service.setup
      .inspect()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id !== latest.current) return;
        dispatch(
          result.ok ? { type: "inspected", workbook: result.value } : { type: "inspectFailed", failure: result.error },
        );
      });
  }, [service]);

  useEffect(() => {
    handleInspect();
    return () => {
      latest.current += 1;
      controller.current?.abort();
    };
  }, [handleInspect]);

  const plan = useMemo(
    () => (step.type === "ready" ? planSetup(step.workbook, { language, sample, today }) : null),
    [step, language, sample, today],
  );

  const sampleOffer = useMemo(
    () => (step.type === "ready" ? planSetup(step.workbook, { language, sample: true, today }).sample : null),
    [step, language, today],
  );

  const handleRun = useCallback(() => {
    if (!plan) return;
    const id = ++latest.current;
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: "runStarted" });
    service.setup
      .run(
        { language: plan.language, sample, today },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (id === latest.current) dispatch({ type: "runProgress", progress });
          },
        },
      )
      .catch((error: unknown): SetupResult => {
        const failure = toExcelFailure(error);
        return {
          ok: false,
          error: failure,
          report: { language: plan.language, tables: [], sample: "none", names: [], done: false },
        };
      })
      .then(async (result) => {
        // A set-up workbook opts in to deal history: it loads SalesGrid when it opens and records
        // from now on (the Workbook area turns it off). A failure here leaves set-up done and the
        // switch off, which the Workbook area shows.
        const recording = "recording" in service ? service.recording : undefined;
        if (result.ok && recording) await recording.turn(true).catch(() => undefined);
        if (id === latest.current) dispatch({ type: "runFinished", result });
      });
  }, [plan, sample, today, service]);

  const handleCancel = useCallback(() => controller.current?.abort(), []);

  return {
    state,
    plan,
    sampleOffer,
    handleLanguageChange: (next) => dispatch({ type: "languageChosen", language: next }),
    handleSampleChange: (next) => dispatch({ type: "sampleChosen", sample: next }),
    handleInspect,
    handleRun,
    handleCancel,
  };
}
