import { useEffect, useState } from "react";
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { customerProfile } from "@core/customers/customerProfile";
import { followUpChoices } from "@core/customers/followUpChoices";
import { followUpTarget, type SelectedRecord } from "@core/customers/followUpTarget";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { FollowUpForm } from "./FollowUpForm";
import { localizedFailure } from "./localizedFailure";
import { useCustomerData } from "./useCustomerData";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export type QuickFollowUpViewProps = {
  /** Changes with each click of the ribbon's Log follow-up: the selected row is read again. */
  requestKey: number;
  /** Leaves the form for the area the pane showed before. */
  onClose: () => void;
};

/** The selection as last read: still reading, a row (or none), or why it could not be read. */
type Selection =
  | { readonly state: "reading" }
  | { readonly state: "read"; readonly record: SelectedRecord | null }
  | { readonly state: "failed"; readonly failure: ExcelFailure };

/**
 * What the ribbon's Log follow-up opens: the compact follow-up form (method, summary, next
 * contact, linked deal) for the customer of the selected Customers row, or of the selected Deals
 * row with that deal linked. It reads the selection when opened and on each ribbon click, and
 * says what to select when the selection is elsewhere.
 */
export function QuickFollowUpView({ requestKey, onClose }: QuickFollowUpViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const service = useWorkbookService();
  const { loading, data, failure, missing, refresh } = useCustomerData();
  const [selection, setSelection] = useState<Selection>({ state: "reading" });

  const readSelection = async () => {
    setSelection({ state: "reading" });
    const result = await service.customers
      .selectedRecord()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }));
    setSelection(
      result.ok
        ? { state: "read", record: result.value }
        : { state: "failed", failure: localizedFailure(result.error, t) },
    );
  };

  useEffect(() => {
    void readSelection();
  }, [requestKey]);

  const book = data?.summaries?.book;
  const record = selection.state === "read" ? selection.record : null;
  const target = book && record ? followUpTarget(book, record) : undefined;
  const profile =
    book && data?.summaries && target?.ok
      ? customerProfile(book, target.customerIndex, data.today, data.summaries.cadence)
      : undefined;
  // A re-read after logging keeps the form (and its "logged" message) on screen.
  // Only an open deal can be linked (followUpChoices); a closed one is named by nothing.
  const linked =
    profile && target?.ok && target.dealId
      ? followUpChoices(profile, book?.reps ?? []).deals.find((deal) => deal.id === target.dealId)?.id
      : undefined;
  const reading = selection.state === "reading" || (loading && !data);

  return (
    <AreaSection
      title={t("ribbon.followUp.title")}
      intro={t("ribbon.followUp.intro")}
      progress={reading || loading ? t("ribbon.followUp.reading") : null}
      failure={failure}
    >
      <div className={styles.actions}>
        <Button onClick={() => (refresh(), void readSelection())} disabled={reading}>
          {t("ribbon.followUp.useSelection")}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t("ribbon.followUp.close")}
        </Button>
      </div>
      {missing && <MissingColumnsBar missing={missing} />}
      {selection.state === "failed" && <ExcelFailureBar failure={selection.failure} />}
      {!reading && data && !data.summaries && <Body1>{t("ribbon.followUp.noCustomersTable")}</Body1>}
      {!reading && book && selection.state === "read" && (!record || target?.ok === false) && (
        <Body1 role="status">
          {target?.ok === false && target.problem === "noCustomer"
            ? t("ribbon.followUp.noCustomer")
            : t("ribbon.followUp.outside")}
        </Body1>
      )}
      {!reading && profile && data && book && (
        <>
          <Body1>{t("ribbon.followUp.forCustomer", { customer: profile.customer.label })}</Body1>
          {linked && <Caption1>{t("ribbon.followUp.fromDeal", { deal: linked })}</Caption1>}
          <FollowUpForm
            key={`${requestKey}:${profile.customer.row}:${linked ?? ""}`}
            profile={profile}
            reps={book.reps}
            today={data.today}
            language={data.workbook.language}
            onLogged={refresh}
            dealId={linked}
            compact
          />
        </>
      )}
    </AreaSection>
  );
}
