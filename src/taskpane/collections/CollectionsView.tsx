import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SelectedDeal } from "@excel/collections/readSelectedDeal";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { PaymentRecord } from "@core/receivables/paymentRecords";
import { receivablesSummary } from "@core/receivables/receivablesSummary";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useSelectionChanges } from "@taskpane/shared/useSelectionChanges";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ContractForm } from "./ContractForm";
import { PaymentForm } from "./PaymentForm";
import { ReceivablesSection } from "./ReceivablesSection";
import { useCollectionsWorkbook } from "./useCollectionsWorkbook";

/**
 * The Collections area (回款): the receivables of the Payments table on today's date (aging by
 * owner and customer, what falls due, collection rates, DSO, largest overdue customers; clicking
 * an installment selects its row), the contract form of a won deal (starting from the Deals row
 * selected in the grid), and recording a payment.
 * Every figure adds up Payments rows; a payment typed in the grid moves the view on its own.
 */
export function CollectionsView() {
  const { t } = useTranslation();
  const service = useWorkbookService();
  const { loading, workbook, today, failure, refresh } = useCollectionsWorkbook();
  // Apart: a failed read of the selected deal and a failed selection of an installment's row
  // each stay until their own next attempt succeeds.
  const [dealFailure, setDealFailure] = useState<ExcelFailure | null>(null);
  const [selectFailure, setSelectFailure] = useState<ExcelFailure | null>(null);
  const [selectedRow, setSelectedRow] = useState<number | null>(null);
  const [selectedDeal, setSelectedDeal] = useState<SelectedDeal | null>(null);

  // The contract form starts from the Deals row selected in the grid: read now and on each
  // selection change (a failed read keeps the last one and shows why).
  const mounted = useRef(true);
  const readDeal = async () => {
    const result = await service.collections
      .selectedDeal()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }));
    if (!mounted.current) return;
    if (result.ok) setSelectedDeal(result.value);
    setDealFailure(result.ok ? null : result.error);
  };
  useEffect(() => {
    mounted.current = true;
    void readDeal();
    return () => {
      mounted.current = false;
    };
  }, [service]);
  useSelectionChanges(
    (workbook, handler) => workbook.collections.onSelectionChanged(handler),
    () => void readDeal(),
  );

  const summary = useMemo(() => {
    if (!workbook || today === undefined) return null;
    const teams = new Map(workbook.teams.map(([rep, team]) => [rep.toLowerCase(), team]));
    return receivablesSummary(workbook.payments, today, (rep) => teams.get(rep.toLowerCase()));
  }, [workbook, today]);

  const handleSelect = async (record: PaymentRecord) => {
    setSelectedRow(record.row);
    const result = await service.collections.selectPayment(record.row);
    setSelectFailure(result.ok ? null : result.error);
  };

  return (
    <AreaSection
      title={t("collections.title")}
      intro={t("collections.intro")}
      onRefresh={refresh}
      refreshDisabled={loading}
      progress={loading ? t("collections.loading") : null}
      failure={failure}
    >
      {dealFailure && <ExcelFailureBar failure={dealFailure} />}
      {selectFailure && <ExcelFailureBar failure={selectFailure} />}
      {workbook && workbook.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("collections.missingTables", { tables: workbook.missing.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {summary && <ReceivablesSection summary={summary} onSelect={(record) => void handleSelect(record)} />}
      {workbook && today !== undefined && (
        <>
          <PaymentForm
            // Keyed by the selected row only: a recorded payment adds a row (the split's remainder),
            // and a remount then would drop the form's "payment recorded" message.
            key={`payment-${selectedRow ?? ""}`}
            payments={workbook.payments}
            language={workbook.language}
            today={today}
            selectedRow={selectedRow}
            onRecorded={refresh}
          />
          <ContractForm
            key={`contract-${workbook.contractIds.length}`}
            deals={workbook.wonDeals}
            contractIds={workbook.contractIds}
            selectedDeal={selectedDeal?.dealId ?? null}
            today={today}
            onWritten={refresh}
          />
        </>
      )}
    </AreaSection>
  );
}
