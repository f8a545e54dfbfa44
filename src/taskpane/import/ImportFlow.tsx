import type { ImportWizard } from "./useImportWizard";
import { MappingStep } from "./steps/MappingStep";
import { DuplicatesStep } from "./steps/DuplicatesStep";
import { ProgressStep } from "./steps/ProgressStep";
import { ResultStep } from "./steps/ResultStep";
import { ReviewStep } from "./steps/ReviewStep";
import { SourceStep } from "./steps/SourceStep";

export type ImportFlowProps = {
  wizard: ImportWizard;
};

/** The current step of the import wizard, wired to the wizard's actions. */
export function ImportFlow({ wizard }: ImportFlowProps) {
  const { state, checked, dispatch, language } = wizard;
  const { step, workbook } = state;
  switch (step.type) {
    case "source":
      // The source step offers the workbook's sheets: it waits until they are read.
      if (state.loading) return null;
      return (
        <SourceStep
          sheets={workbook?.sheets ?? []}
          busy={state.busy}
          onReadSelection={wizard.readSelection}
          onReadSheet={wizard.readSheet}
          onLoadCsv={wizard.loadCsv}
        />
      );
    case "mapping":
      return (
        <MappingStep
          source={step.source}
          choices={step.choices}
          onHeaderRow={(row) => dispatch({ type: "headerRowChosen", row })}
          onTarget={(target) => dispatch({ type: "targetChosen", target })}
          onColumn={(index, key) => dispatch({ type: "columnChosen", index, key })}
          onBack={() => dispatch({ type: "back" })}
          onNext={() => dispatch({ type: "checked", language })}
        />
      );
    case "duplicates":
      if (!checked) return null;
      return (
        <DuplicatesStep
          step={step}
          checked={checked}
          language={language}
          onPolicy={(policy) => dispatch({ type: "duplicatePolicyChosen", policy })}
          onKey={(key) => dispatch({ type: "matchKeyChosen", key })}
          onBack={() => dispatch({ type: "back" })}
          onNext={() => dispatch({ type: "duplicatesSettled" })}
        />
      );
    case "review":
      if (!checked || !workbook) return null;
      return (
        <ReviewStep
          step={step}
          checked={checked}
          workbook={workbook}
          onMode={(mode) => dispatch({ type: "modeChosen", mode })}
          onStageChoice={(stage, choice) => dispatch({ type: "stageChosen", stage, choice })}
          language={language}
          onValueChoice={(field, value, choice) => dispatch({ type: "valueChosen", field, value, choice })}
          onConfirmAdd={(confirmed) => dispatch({ type: "addConfirmed", confirmed })}
          onConfirm={(confirmed) => dispatch({ type: "confirmed", confirmed })}
          onReplacePending={(replace) => dispatch({ type: "replaceChosen", replace })}
          onBack={() => dispatch({ type: "back" })}
          onWrite={wizard.write}
        />
      );
    case "writing":
      return <ProgressStep progress={step.progress} onCancel={wizard.cancel} />;
    case "result":
      return (
        <ResultStep
          step={step}
          plan={checked?.plan}
          pending={workbook?.pending ?? null}
          busy={state.busy}
          onFinish={wizard.finish}
          onRestart={wizard.restart}
        />
      );
  }
}
