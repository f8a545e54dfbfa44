import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isOverdue, stepStatuses, type ActionStep, type StepStatus } from "@core/goals/actionPlan/actionStep";
import { planGoals, stepsOfGoal } from "@core/goals/actionPlan/actionSteps";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { GoalsData } from "@excel/goals/goalsData";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { isoDate } from "@core/cells/isoDate";
import { serialFromIso } from "../isoDate";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  steps: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  step: {
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  overdue: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  wide: { gridColumn: "1 / -1" },
  head: { gridColumn: "1 / -1", display: "flex", alignItems: "center", justifyContent: "space-between" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** The strings key of each step status in the status select. */
const STATUS_KEYS: Readonly<Record<StepStatus, TranslationKey>> = {
  notStarted: "goals.actions.statuses.notStarted",
  inProgress: "goals.actions.statuses.inProgress",
  done: "goals.actions.statuses.done",
};

export type ActionPlanEditorProps = {
  data: GoalsData;
  /** The goal stated on the SMART card ("" when none). */
  smartGoal: string;
  /** KPI texts to tie steps to (KPI targets first, then the bare KPI names). */
  kpiOptions: readonly string[];
  today: number;
  onSaved: () => void;
};

/**
 * The action plan of one goal: steps with owner, due date, status and the KPI each serves,
 * overdue steps flagged, saved to the ActionPlan table (the goal's rows replaced, others kept).
 */
export function ActionPlanEditor({ data, smartGoal, kpiOptions, today, onSaved }: ActionPlanEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const goals = planGoals(data.steps);
  const choices =
    smartGoal.trim() !== "" &&
    stepsOfGoal(
      goals.map((goal) => ({ goal })),
      smartGoal,
    ).length === 0
      ? [smartGoal.trim(), ...goals]
      : goals;
  const [goal, setGoal] = useState(choices[0] ?? "");
  const current = choices.includes(goal) ? goal : (choices[0] ?? "");

  return (
    <section className={styles.root} aria-label={t("goals.actions.title")}>
      <Text weight="semibold">{t("goals.actions.title")}</Text>
      {current === "" ? (
        <Body1>{t("goals.actions.noGoal")}</Body1>
      ) : (
        <>
          <Field label={t("goals.actions.goal")}>
            <Select value={current} onChange={(_, d) => setGoal(d.value)}>
              {choices.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </Select>
          </Field>
          <GoalSteps key={current} goal={current} data={data} kpiOptions={kpiOptions} today={today} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}

type GoalStepsProps = Omit<ActionPlanEditorProps, "smartGoal"> & { goal: string };

type SaveState =
  | { readonly phase: "idle" | "saving" | "invalid" }
  | { readonly phase: "confirm"; readonly inSheet: number }
  | { readonly phase: "saved"; readonly steps: number; readonly sheet: string }
  | { readonly phase: "failed"; readonly failure: ExcelFailure };

function GoalSteps({ goal, data, kpiOptions, today, onSaved }: GoalStepsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [loaded, setLoaded] = useState<ActionStep[]>(() => stepsOfGoal(data.steps, goal));
  const [steps, setSteps] = useState<ActionStep[]>(loaded);
  const [save, setSave] = useState<SaveState>({ phase: "idle" });
  const owners = data.reps.map((r) => r.name);
  const overdue = steps.filter((s) => isOverdue(s, today)).length;

  const update = (i: number, patch: Partial<ActionStep>) =>
    setSteps((all) => all.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const handleAdd = () =>
    setSteps((all) => [...all, { goal, step: "", owner: "", due: null, status: "notStarted", kpi: "" }]);
  const handleRemove = (i: number) => setSteps((all) => all.filter((_, k) => k !== i));

  const write = (replace: boolean) => {
    if (steps.some((s) => s.step.trim() === "")) return setSave({ phase: "invalid" });
    setSave({ phase: "saving" });
    service.goals
      .writeActionPlan({ goal, steps, loaded, language: data.language, replace })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) return setSave({ phase: "failed", failure: result.error });
        if (result.value.status === "needs-confirmation")
          return setSave({ phase: "confirm", inSheet: result.value.inSheet });
        setLoaded(steps.map((s) => ({ ...s, goal })));
        setSave({ phase: "saved", steps: result.value.steps, sheet: result.value.sheet });
        onSaved();
      });
  };

  const withCurrent = (options: readonly string[], value: string) =>
    value === "" || options.includes(value) ? options : [value, ...options];

  return (
    <>
      {overdue > 0 && (
        <Badge appearance="filled" color="danger">
          {t("goals.actions.overdueCount", { count: overdue })}
        </Badge>
      )}
      {steps.length === 0 ? (
        <Body1>{t("goals.actions.empty")}</Body1>
      ) : (
        <ol className={styles.steps}>
          {steps.map((s, i) => {
            const n = i + 1;
            const late = isOverdue(s, today);
            return (
              <li key={i} className={late ? mergeClasses(styles.step, styles.overdue) : styles.step}>
                <div className={styles.head}>
                  <Text weight="semibold">
                    {n}.{" "}
                    {late && (
                      <Badge appearance="tint" color="danger">
                        {t("goals.actions.overdue")}
                      </Badge>
                    )}
                  </Text>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t("goals.actions.remove", { n })}
                    onClick={() => handleRemove(i)}
                  />
                </div>
                <Field className={styles.wide} label={t("goals.actions.step")}>
                  <Input
                    aria-label={t("goals.actions.stepLabel", { n })}
                    value={s.step}
                    onChange={(_, d) => update(i, { step: d.value })}
                  />
                </Field>
                <Field label={t("goals.actions.owner")}>
                  <Select
                    aria-label={t("goals.actions.ownerLabel", { n })}
                    value={s.owner}
                    onChange={(_, d) => update(i, { owner: d.value })}
                  >
                    <option value="">{t("goals.actions.none")}</option>
                    {withCurrent(owners, s.owner).map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("goals.actions.due")}>
                  <Input
                    type="date"
                    aria-label={t("goals.actions.dueLabel", { n })}
                    value={isoDate(s.due)}
                    onChange={(_, d) => update(i, { due: serialFromIso(d.value) })}
                  />
                </Field>
                <Field label={t("goals.actions.status")}>
                  <Select
                    aria-label={t("goals.actions.statusLabel", { n })}
                    value={s.status}
                    onChange={(_, d) => update(i, { status: d.value as StepStatus })}
                  >
                    {stepStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(STATUS_KEYS[status])}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("goals.actions.kpi")}>
                  <Select
                    aria-label={t("goals.actions.kpiLabel", { n })}
                    value={s.kpi}
                    onChange={(_, d) => update(i, { kpi: d.value })}
                  >
                    <option value="">{t("goals.actions.none")}</option>
                    {withCurrent(kpiOptions, s.kpi).map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </Select>
                </Field>
              </li>
            );
          })}
        </ol>
      )}
      <div className={styles.actions}>
        <Button icon={<AddRegular />} onClick={handleAdd}>
          {t("goals.actions.add")}
        </Button>
        <Button appearance="primary" disabled={save.phase === "saving"} onClick={() => write(false)}>
          {t("goals.actions.save")}
        </Button>
      </div>
      {save.phase === "invalid" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("goals.actions.needStep")}</MessageBarBody>
        </MessageBar>
      )}
      {save.phase === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.actions.confirmTitle")}</MessageBarTitle>
            {t("goals.actions.confirm", { rows: save.inSheet })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => write(true)}>{t("goals.actions.replace")}</Button>
            <Button onClick={() => setSave({ phase: "idle" })}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {save.phase === "saved" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("goals.actions.saved", { steps: save.steps, sheet: save.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {save.phase === "failed" && <ExcelFailureBar failure={save.failure} />}
    </>
  );
}
