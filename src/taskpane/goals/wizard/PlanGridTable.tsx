import {
  Button,
  Caption1,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PlanEdit } from "@core/goals/breakdown/applyEdit";
import type { Granularity, Period } from "@core/goals/breakdown/fiscalPeriods";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { useCoreText } from "../useCoreText";
import { FigureInput } from "./FigureInput";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  // Two columns, a label that wraps and a figure that never does: nothing is cut at 320 px.
  table: { tableLayout: "fixed", width: "100%" },
  label: { overflowWrap: "anywhere" },
  figureColumn: { width: "9em" },
  editColumn: { width: "11.5em" },
  note: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  indent: { paddingInlineStart: tokens.spacingHorizontalL },
  cell: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  teams: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

export type PlanGridTableProps = {
  plan: Plan;
  view: Granularity;
  onEdit: (edit: PlanEdit) => void;
};

/** What the preview looks at: every period's total, one period's teams and reps, or one rep's periods. */
type Focus =
  | { readonly kind: "all" }
  | { readonly kind: "period"; readonly p: number }
  | { readonly kind: "rep"; readonly r: number };

const focusValue = (focus: Focus) =>
  focus.kind === "all" ? "all" : `${focus.kind}:${focus.kind === "period" ? focus.p : focus.r}`;

function parseFocus(value: string): Focus {
  const [kind, at] = value.split(":");
  if (kind === "period") return { kind, p: Number(at) };
  if (kind === "rep") return { kind, r: Number(at) };
  return { kind: "all" };
}

/**
 * The preview of a plan at the pane's width (320–450 px): a two-column table at a time — every
 * period with its total, one period with its teams and reps, or one rep with their periods —
 * picked in "Look at", so every figure shows whole. In the month view each rep's figure can be
 * typed over (which locks it) and a locked one released; the locked figure is said in words beside
 * the rep. A rep's ramp (or not having started, or having left) is noted under their name.
 */
export function PlanGridTable({ plan, view, onEdit }: PlanGridTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const { text } = useCoreText();
  const format = useNumberFormat();
  const [chosen, setChosen] = useState<Focus>({ kind: "all" });
  const grid = planGrid(plan, view);
  const money = (units: number) => toAmount(units, plan.decimals);
  // The plan's figures are exact to its units; the pane's money rule shows cents only where the plan has them.
  const show = (units: number) => format.money(money(units), plan.decimals > 0 ? 2 : 0);
  const editable = view === "month";
  const focus: Focus =
    (chosen.kind === "period" && chosen.p >= grid.periods.length) ||
    (chosen.kind === "rep" && chosen.r >= plan.reps.length)
      ? { kind: "all" }
      : chosen;

  /** Under a rep's name in a month: their ramp share, or that they have not started or have left. */
  const rampNote = (r: number, p: number): string | null => {
    if (view !== "month") return null;
    const rep = plan.reps[r];
    const factor = rep.factors[p];
    if (factor === 1 || factor === undefined) return null;
    if (factor === 0)
      return rep.endDate !== null && grid.periods[p].start > rep.endDate
        ? t("goals.preview.left")
        : t("goals.preview.notStarted");
    return t("goals.preview.ramp", { share: format.percent(factor) });
  };

  const figure = (period: Period, p: number, r: number) => {
    const units = grid.cells[p][r];
    if (!editable) return show(units);
    const rep = plan.reps[r];
    const names = { rep: rep.name, period: text(period.label) };
    const locked = grid.locked[p][r];
    return (
      <div className={styles.cell}>
        <FigureInput
          value={money(units)}
          display={show(units)}
          label={t("goals.preview.cell", names)}
          locked={locked}
          onCommit={(value) => onEdit({ period: period.key, rep: rep.name, value, lock: true })}
        />
        {locked && (
          <Button
            size="small"
            appearance="subtle"
            icon={<LockClosedRegular />}
            aria-label={t("goals.preview.unlock", names)}
            title={t("goals.preview.locked")}
            onClick={() => onEdit({ period: period.key, rep: rep.name, lock: false })}
          />
        )}
      </div>
    );
  };

  const row = (
    key: string,
    label: ReactNode,
    value: ReactNode,
    options: { total?: boolean; indent?: boolean } = {},
  ) => (
    <TableRow key={key}>
      <TableCell className={mergeClasses(styles.label, options.total && styles.total, options.indent && styles.indent)}>
        {label}
      </TableCell>
      <TableCell className={mergeClasses(figures.number, options.total && styles.total)}>{value}</TableCell>
    </TableRow>
  );
  /** A rep's month, named by `name`, with its ramp note and its lock said in words beneath. */
  const noted = (name: string, r: number, p: number) => {
    const notes = [
      rampNote(r, p),
      grid.locked[p][r] ? t("goals.preview.lockedAt", { amount: show(grid.cells[p][r]) }) : null,
    ];
    return (
      <>
        {name}
        {notes.map(
          (note) =>
            note && (
              <Text key={note} className={styles.note}>
                {note}
              </Text>
            ),
        )}
      </>
    );
  };

  let caption: string;
  let heading = t("goals.preview.period");
  let rows: ReactNode[];
  let wide = false;
  if (focus.kind === "period") {
    const p = focus.p;
    const period = grid.periods[p];
    caption = t("goals.preview.forPeriod", { period: text(period.label) });
    heading = t("goals.preview.rep");
    wide = editable;
    const groups = [...plan.teams, ""].filter((team) => plan.reps.some((rep) => rep.team === team));
    rows = groups.flatMap((team) => {
      const members = plan.reps.map((rep, r) => ({ rep, r })).filter(({ rep }) => rep.team === team);
      const teamUnits = members.reduce((sum, { r }) => sum + grid.cells[p][r], 0);
      const name = team === "" ? t("goals.people.noTeam") : t("goals.preview.team", { team });
      return [
        row(`team-${team}`, name, show(teamUnits), { total: true }),
        ...members.map(({ r }) =>
          row(`rep-${r}`, noted(plan.reps[r].name, r, p), figure(period, p, r), { indent: true }),
        ),
      ];
    });
    rows.push(row("total", t("goals.preview.total"), show(grid.periodTotals[p]), { total: true }));
  } else if (focus.kind === "rep") {
    const r = focus.r;
    const rep = plan.reps[r];
    caption = t("goals.preview.forRep", { rep: rep.name });
    wide = editable;
    rows = grid.periods.map((period, p) => row(period.key, noted(text(period.label), r, p), figure(period, p, r)));
    rows.push(row("total", t("goals.preview.total"), show(grid.repTotals[r]), { total: true }));
  } else {
    caption = t("goals.preview.byPeriod");
    rows = grid.periods.map((period, p) => row(period.key, text(period.label), show(grid.periodTotals[p])));
    rows.push(row("total", t("goals.preview.total"), show(grid.total), { total: true }));
  }

  return (
    <>
      <Field label={t("goals.preview.lookAt")}>
        <Select value={focusValue(focus)} onChange={(_, data) => setChosen(parseFocus(data.value))}>
          <option value="all">{t("goals.preview.overview")}</option>
          <optgroup label={t("goals.preview.periods")}>
            {grid.periods.map((period, p) => (
              <option key={period.key} value={`period:${p}`}>
                {text(period.label)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("goals.preview.reps")}>
            {plan.reps.map((rep, r) => (
              <option key={rep.name} value={`rep:${r}`}>
                {rep.team ? `${rep.name} · ${rep.team}` : rep.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Table size="extra-small" className={styles.table} aria-label={caption}>
        <colgroup>
          <col />
          <col className={wide ? styles.editColumn : styles.figureColumn} />
        </colgroup>
        <TableHeader>
          <TableRow className={figures.header}>
            <TableHeaderCell className={styles.label}>{heading}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("goals.preview.target")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>{rows}</TableBody>
      </Table>
      {plan.teams.length > 0 && (
        <div className={styles.teams} aria-label={t("goals.preview.teams")} role="group">
          {plan.teams.map((team, k) => (
            <Caption1 key={team}>
              {team}: {show(plan.teamTotals[k])}
            </Caption1>
          ))}
        </div>
      )}
    </>
  );
}
