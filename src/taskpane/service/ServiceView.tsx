import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { serviceSummary, type OpenTicket } from "@core/service/serviceSummary";
import type { ExcelFailure } from "@excel/excelFailure";
import { ticketRowAddress } from "@excel/service/serviceWorkbook";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { NewTicketForm } from "./NewTicketForm";
import { OpenTickets } from "./OpenTickets";
import { ServiceFigures } from "./ServiceFigures";
import { typeLabel } from "./serviceLabels";
import { useServiceWorkbook } from "./useServiceWorkbook";

/**
 * The Service area (售后): open tickets by owner against their service level (late ones in red),
 * closing a ticket (which schedules its 回访), opening one, average resolution time by type and
 * CSAT by type and by owner — all from the Service and ServiceLevels tables.
 */
export function ServiceView() {
  const { t } = useTranslation();
  const service = useWorkbookService();
  const { loading, workbook, today, failure, refresh } = useServiceWorkbook();
  const [selectFailure, setSelectFailure] = useState<ExcelFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = workbook?.data;
  const summary = useMemo(
    () => (data && today !== undefined ? serviceSummary(data.tickets, data.levels, today) : null),
    [data, today],
  );
  const language = workbook?.language ?? "en-US";

  const handleRefresh = () => {
    setSelectFailure(null);
    setDone(null);
    refresh();
  };
  const handleSelect = (open: OpenTicket) => {
    const place = workbook?.serviceTable;
    if (!place) return;
    void service.service
      .select(place.sheet, ticketRowAddress(place, open.ticket.row))
      .then((result) => setSelectFailure(result.ok ? null : result.error));
  };
  const handleWritten = (message: string) => {
    setDone(message);
    refresh();
  };

  return (
    <AreaSection
      title={t("service.title")}
      intro={t("service.intro")}
      onRefresh={handleRefresh}
      refreshDisabled={loading}
      progress={loading ? t("service.loading") : null}
      failure={failure}
    >
      {workbook?.missingColumns && <MissingColumnsBar missing={workbook.missingColumns} />}
      {selectFailure && <ExcelFailureBar failure={selectFailure} />}
      {workbook && !workbook.missingColumns && !data && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("service.noTable.title")}</MessageBarTitle>
            {t("service.noTable.body")}
          </MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {data && data.levels.size === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("service.noLevels")}</MessageBarBody>
        </MessageBar>
      )}
      {summary && <Body1>{t("service.figures", { open: summary.openCount, overdue: summary.overdueCount })}</Body1>}
      {summary && today !== undefined && (
        <OpenTickets owners={summary.byOwner} today={today} onSelect={handleSelect} onClosed={handleWritten} />
      )}
      {data && today !== undefined && (
        <NewTicketForm data={data} today={today} language={language} onOpened={handleWritten} />
      )}
      {summary && (
        <ServiceFigures
          resolution={summary.resolutionByType}
          csatByType={summary.csatByType}
          csatByOwner={summary.csatByOwner}
          nameOfType={(key) => typeLabel(key, language)}
        />
      )}
    </AreaSection>
  );
}
