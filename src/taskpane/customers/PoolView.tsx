import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CustomerSummaries } from "@core/customers/customerSummaries";
import { customerIdentity } from "@core/customers/customerIdentity";
import { filterInPool, type InPoolFilter } from "@core/customers/filterInPool";
import { filterPoolCandidates, type PoolCandidateFilter } from "@core/customers/filterPoolCandidates";
import type { PoolCandidate } from "@core/customers/poolCandidates";
import { choicesOf } from "@core/lists/choicesOf";
import { checkClaim, checkReassign, checkRelease, type PoolChangeProblem } from "@core/customers/poolChanges";
import {
  invalidPoolRuleKeys,
  poolRuleKeys,
  poolRulesForm,
  poolRulesFromForm,
  type PoolRuleKey,
} from "@core/customers/poolRules";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "@excel/excelFailure";
import type { PoolCustomer } from "@excel/customers/changeOwners";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { UndoLastChange } from "@taskpane/undo/UndoLastChange";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { localizedFailure } from "./localizedFailure";
import { candidateStateKeys, poolProblemKeys, poolRuleLabelKeys, recycleReasonKeys } from "./poolKeys";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none" },
});

/** What a pool change says once written: done, done but for some customers, or a refusal. */
type PoolOutcome = string | { readonly partial: string } | PoolChangeProblem;

export type PoolViewProps = {
  summaries: CustomerSummaries;
  today: number;
  language: WorkbookLanguage;
  onChanged: () => void;
};

/**
 * The public pool (公海): rules, recycle candidates to release or reassign, and claims with the
 * daily limit. Both lists are paged and filtered; what is ticked stays ticked across pages and
 * filters (by customer, not by position), and the count ticked shows beside the actions.
 */
export function PoolView({ summaries, today, language, onChanged }: PoolViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  /** Days before a candidate goes back to the pool, or how long it is overdue. */
  const daysText = (days: number) =>
    days > 0
      ? t("customers.pool.daysLeft", { count: days })
      : days === 0
        ? t("customers.pool.dueToday")
        : t("customers.pool.overdueBy", { count: -days });
  const service = useWorkbookService();
  const { book, pool, rules } = summaries;
  const [form, setForm] = useState(() => poolRulesForm(rules));
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [pooled, setPooled] = useState<ReadonlySet<number>>(new Set());
  const [reassignTo, setReassignTo] = useState("");
  const [claimer, setClaimer] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "warning"; text: string }>();
  /** Counts the owner changes written (journaled, so undoable); 0 until the first. */
  const [ownerChanges, setOwnerChanges] = useState(0);
  const change = useWorkbookAction(
    (_controls, write: () => Promise<ExcelResult<PoolOutcome>>) => write(),
    (failure) => localizedFailure(failure, t),
  );
  const [candidateFilter, setCandidateFilter] = useState<PoolCandidateFilter>({});
  const [inPoolFilter, setInPoolFilter] = useState<InPoolFilter>({});
  const invalid = invalidPoolRuleKeys(form);
  const candidates = useMemo(
    () => filterPoolCandidates(pool.candidates, candidateFilter),
    [pool.candidates, candidateFilter],
  );
  const inPool = useMemo(() => filterInPool(book, pool.inPool, inPoolFilter), [book, pool.inPool, inPoolFilter]);
  const candidateOwners = useMemo(() => choicesOf(pool.candidates, (c) => c.owner), [pool.candidates]);
  const candidateTiers = useMemo(() => choicesOf(pool.candidates, (c) => c.tier), [pool.candidates]);
  const inPoolTiers = useMemo(() => choicesOf(pool.inPool, (index) => book.customers[index].tier), [book, pool.inPool]);
  const tierChoices = (tiers: readonly string[]) =>
    tiers.map((tier) => ({ value: tier, text: tier || t("lists.none") }));

  const toggle = (set: ReadonlySet<number>, index: number) => {
    const next = new Set(set);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    return next;
  };
  const poolCustomers = (indexes: Iterable<number>): PoolCustomer[] =>
    [...indexes].map((index) => {
      const customer = book.customers[index];
      return { identity: customerIdentity(customer), name: customer.company || customer.label, owner: customer.owner };
    });
  const problemText = (problem: PoolChangeProblem) =>
    t(poolProblemKeys[problem.kind], {
      ...problem,
      labels: "labels" in problem ? problem.labels.join(", ") : "",
    });
  /** What some customers not found again at the write add to the success message. */
  const notChanged = (done: string, names?: readonly string[]) =>
    names?.length ? { partial: `${done} ${t("customers.pool.notChanged", { names: names.join(", ") })}` } : done;
  const settle = async <T,>(write: () => Promise<ExcelResult<T>>, ok: (value: T) => PoolOutcome, journaled = true) => {
    setMessage(undefined);
    setOwnerChanges((n) => (n > 0 ? -n : n));
    const result = await change.run(async () => {
      const written = await write();
      return written.ok ? { ok: true as const, value: ok(written.value) } : written;
    });
    if (!result.ok) return;
    const outcome = result.value;
    if (typeof outcome === "string" || "partial" in outcome) {
      setMessage(
        typeof outcome === "string"
          ? { intent: "success", text: outcome }
          : { intent: "warning", text: outcome.partial },
      );
      setPicked(new Set());
      setPooled(new Set());
      if (journaled) setOwnerChanges((n) => Math.abs(n) + 1);
      onChanged();
    } else setMessage({ intent: "warning", text: problemText(outcome) });
  };

  const handleSaveRules = () => {
    const parsed = poolRulesFromForm(form);
    if (!parsed) return;
    void settle(
      () => service.customers.savePoolRules(parsed, language),
      (saved) => t("customers.pool.rulesSaved", { sheet: saved.sheet }),
      false,
    );
  };
  const handleRelease = () => {
    setConfirming(false);
    const check = checkRelease(book, [...picked]);
    if (!check.ok) return setMessage({ intent: "warning", text: problemText(check.problem) });
    void settle(
      () => service.customers.release(poolCustomers(picked), language, today),
      (done) => notChanged(t("customers.pool.released", { count: done.changed }), done.notChanged),
    );
  };
  const handleReassign = () => {
    const check = checkReassign(book, [...picked], reassignTo);
    if (!check.ok) return setMessage({ intent: "warning", text: problemText(check.problem) });
    void settle(
      () => service.customers.reassign(poolCustomers(picked), reassignTo, language, today),
      (done) => notChanged(t("customers.pool.reassigned", { count: done.changed, rep: reassignTo }), done.notChanged),
    );
  };
  const handleClaim = () => {
    const check = checkClaim(book, [...pooled], claimer, today, rules);
    if (!check.ok) return setMessage({ intent: "warning", text: problemText(check.problem) });
    void settle(
      () => service.customers.claim(poolCustomers(pooled), claimer, today),
      (outcome) =>
        "claimed" in outcome
          ? notChanged(t("customers.pool.claimed", { count: outcome.claimed, rep: claimer }), outcome.notClaimed)
          : outcome.refused,
    );
  };

  const repSelect = (label: string, value: string, onChange: (rep: string) => void) => (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{t("customers.pool.chooseRep")}</option>
        {book.reps.map((rep) => (
          <option key={rep}>{rep}</option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={styles.root}>
      <Caption1>{t("customers.pool.intro")}</Caption1>
      <Subtitle2 as="h3">{t("customers.pool.rules")}</Subtitle2>
      <div className={styles.row}>
        {poolRuleKeys.map((key: PoolRuleKey) => (
          <Field
            key={key}
            label={t(poolRuleLabelKeys[key])}
            validationState={invalid.includes(key) ? "error" : "none"}
            validationMessage={invalid.includes(key) ? t("customers.pool.badRule") : undefined}
          >
            <Input value={form[key]} onChange={(_, data) => setForm({ ...form, [key]: data.value })} />
          </Field>
        ))}
        <Button onClick={handleSaveRules} disabled={invalid.length > 0}>
          {t("customers.pool.saveRules")}
        </Button>
      </div>
      {change.failure && <ExcelFailureBar failure={change.failure} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {message && ownerChanges > 0 && <UndoLastChange refreshKey={ownerChanges} />}
      <Subtitle2 as="h3">{t("customers.pool.candidates")}</Subtitle2>
      <Body1>{t("customers.pool.counts", { due: pool.due, warning: pool.warning })}</Body1>
      {pool.candidates.length === 0 ? (
        <Body1>{t("customers.pool.noCandidates")}</Body1>
      ) : (
        <PagedList
          items={candidates}
          label={t("customers.pool.candidates")}
          resetKey={JSON.stringify(candidateFilter)}
          filters={
            <>
              <ListFilter
                label={t("lists.owner")}
                value={candidateFilter.owner}
                choices={candidateOwners.map((owner) => ({ value: owner, text: owner }))}
                onChange={(owner) => setCandidateFilter({ ...candidateFilter, owner })}
              />
              <ListFilter
                label={t("lists.tier")}
                value={candidateFilter.tier}
                choices={tierChoices(candidateTiers)}
                onChange={(tier) => setCandidateFilter({ ...candidateFilter, tier })}
              />
              <ListFilter<PoolCandidate["state"]>
                label={t("customers.pool.state")}
                value={candidateFilter.state}
                choices={[
                  { value: "due", text: t(candidateStateKeys.due) },
                  { value: "warning", text: t(candidateStateKeys.warning) },
                ]}
                onChange={(state) => setCandidateFilter({ ...candidateFilter, state })}
              />
            </>
          }
        >
          {(page) => (
            <ul className={styles.list} aria-label={t("customers.pool.candidates")}>
              {page.map((candidate) => (
                <li key={candidate.row}>
                  <Checkbox
                    checked={picked.has(candidate.index)}
                    onChange={() => setPicked(toggle(picked, candidate.index))}
                    label={`${candidate.label} · ${candidate.owner} · ${candidate.tier || t("customers.none")} · ${t(candidateStateKeys[candidate.state])} · ${daysText(candidate.daysRemaining)} · ${t(recycleReasonKeys[candidate.reason])}`}
                  />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      )}
      <div className={styles.row}>
        <Button onClick={() => setConfirming(true)} disabled={picked.size === 0}>
          {t("customers.pool.release")}
        </Button>
        {repSelect(t("customers.pool.reassignTo"), reassignTo, setReassignTo)}
        <Button onClick={handleReassign} disabled={picked.size === 0 || !reassignTo}>
          {t("customers.pool.reassign")}
        </Button>
        {picked.size > 0 && <Caption1>{t("customers.pool.picked", { count: picked.size })}</Caption1>}
      </div>
      <Subtitle2 as="h3">{t("customers.pool.inPool")}</Subtitle2>
      {pool.inPool.length === 0 ? (
        <Body1>{t("customers.pool.emptyPool")}</Body1>
      ) : (
        <PagedList
          items={inPool}
          label={t("customers.pool.inPool")}
          resetKey={JSON.stringify(inPoolFilter)}
          filters={
            <ListFilter
              label={t("lists.tier")}
              value={inPoolFilter.tier}
              choices={tierChoices(inPoolTiers)}
              onChange={(tier) => setInPoolFilter({ tier })}
            />
          }
        >
          {(page) => (
            <ul className={styles.list} aria-label={t("customers.pool.inPool")}>
              {page.map((index) => (
                <li key={index}>
                  <Checkbox
                    checked={pooled.has(index)}
                    onChange={() => setPooled(toggle(pooled, index))}
                    label={book.customers[index].label}
                  />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      )}
      <div className={styles.row}>
        {repSelect(t("customers.pool.claimAs"), claimer, setClaimer)}
        <Button onClick={handleClaim} disabled={pooled.size === 0 || !claimer}>
          {t("customers.pool.claim")}
        </Button>
        {pooled.size > 0 && <Caption1>{t("customers.pool.picked", { count: pooled.size })}</Caption1>}
      </div>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("customers.pool.releaseTitle", { count: picked.size })}</DialogTitle>
            <DialogContent>{t("customers.pool.releaseBody")}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={handleRelease}>
                {t("customers.pool.confirm")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("common.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
