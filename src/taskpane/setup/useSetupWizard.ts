import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { planSetup, type SetupPlan } from "@core/setup/planSetup";
import type { SetupState } from "@core/setup/setupState";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { SetupProgress, SetupResult } from "@excel/setup/setUpWorkbook";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

/** Where the Set up area is: reading the workbook, previewing, writing, or showing the outcome. */
export type SetupPhase =
  | { readonly kind: "loading" }
  | { readonly kind: "unreadable"; readonly failure: ExcelFailure }
  | { readonly kind: "ready"; readonly state: SetupState }
  | { readonly kind: "running"; readonly progress: SetupProgress | null }
  | { readonly kind: "finished"; readonly result: SetupResult };

export type SetupWizard = {
  readonly phase: SetupPhase;
  /** The plan for the current choices (only while previewing). */
  readonly plan: SetupPlan | null;
  /** What sample data would be, were it asked for (to offer or refuse the choice). */
  readonly sampleOffer: SetupPlan["sample"] | null;
  readonly language: WorkbookLanguage;
  readonly sample: boolean;
  readonly setLanguage: (language: WorkbookLanguage) => void;
  readonly setSample: (sample: boolean) => void;
  readonly inspect: () => void;
  readonly run: () => void;
  readonly cancel: () => void;
};

function interrupted(state: SetupState): boolean {
  return state.record.sample !== null && Object.values(state.record.tables).some((table) => table?.complete === false);
}

/**
 * The Set up area's state: reads the workbook on mount, plans the set-up for the chosen language
 * and sample data (a pure preview, re-planned as choices change), runs it with progress and cancel,
 * and keeps the report. Today comes from the clock here, not in core.
 *
 * @param paneLanguage - the default workbook language
 */
export function useSetupWizard(paneLanguage: WorkbookLanguage): SetupWizard {
  const service = useWorkbookService();
  const [phase, setPhase] = useState<SetupPhase>({ kind: "loading" });
  const [language, setLanguage] = useState<WorkbookLanguage>(paneLanguage);
  const [sample, setSample] = useState(false);
  const today = useMemo(() => serialFromLocalTime(new Date()), []);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(0);

  const inspect = useCallback(() => {
    const id = ++latest.current;
    setPhase({ kind: "loading" });
    service.setup
      .inspect()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id !== latest.current) return;
        if (!result.ok) return setPhase({ kind: "unreadable", failure: result.error });
        if (interrupted(result.value)) setSample(true);
        setPhase({ kind: "ready", state: result.value });
      });
  }, [service]);

  useEffect(() => {
    inspect();
    return () => {
      latest.current += 1;
      controller.current?.abort();
    };
  }, [inspect]);

  const plan = useMemo(
    () => (phase.kind === "ready" ? planSetup(phase.state, { language, sample, today }) : null),
    [phase, language, sample, today],
  );

  const sampleOffer = useMemo(
    () => (phase.kind === "ready" ? planSetup(phase.state, { language, sample: true, today }).sample : null),
    [phase, language, today],
  );

  const run = useCallback(() => {
    if (!plan) return;
    const id = ++latest.current;
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: "running", progress: null });
    service.setup
      .run(
        { language: plan.language, sample, today },
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (id === latest.current) setPhase({ kind: "running", progress });
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
      .then((result) => {
        if (id === latest.current) setPhase({ kind: "finished", result });
      });
  }, [plan, sample, today, service]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { phase, plan, sampleOffer, language, sample, setLanguage, setSample, inspect, run, cancel };
}
