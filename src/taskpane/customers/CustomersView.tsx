import { useState } from "react";
import { Body1, Caption1, Tab, type SelectTabData } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { FollowUpsView } from "./FollowUpsView";
import { PoolView } from "./PoolView";
import { ProfileView } from "./ProfileView";
import { SatisfactionView } from "./SatisfactionView";
import { TieringView } from "./TieringView";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { useCustomerData } from "./useCustomerData";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import type { TranslationKey } from "@i18n/translationKey";

const views = ["profile", "tiering", "followUps", "pool", "satisfaction"] as const;
type View = (typeof views)[number];

/** The strings key of each view's tab. */
const VIEW_KEYS: Readonly<Record<View, TranslationKey>> = {
  profile: "customers.views.profile",
  tiering: "customers.views.tiering",
  followUps: "customers.views.followUps",
  pool: "customers.views.pool",
  satisfaction: "customers.views.satisfaction",
};

/** The Customers area: profile card, tiering, follow-ups (回访), public pool (公海) and satisfaction. */
export function CustomersView() {
  const { t } = useTranslation();
  const { loading, data, failure, missing, refresh } = useCustomerData();
  const [view, setView] = useState<View>("profile");
  const summaries = data?.summaries;

  return (
    <AreaSection
      title={t("customers.title")}
      onRefresh={refresh}
      refreshDisabled={loading}
      progress={loading ? t("customers.loading") : null}
      failure={failure}
    >
      {missing && <MissingColumnsBar missing={missing} />}
      {data && !summaries && <Body1>{t("customers.noCustomers")}</Body1>}
      {summaries?.cadence.problem && (
        <Caption1>{t("customers.cadenceProblem", { reason: summaries.cadence.problem.message })}</Caption1>
      )}
      {data && summaries && (
        <>
          <WrappingTabList
            aria-label={t("customers.views.label")}
            selectedValue={view}
            onTabSelect={(_, selected: SelectTabData) => setView(selected.value as View)}
            size="small"
          >
            {views.map((name) => (
              <Tab key={name} value={name}>
                {t(VIEW_KEYS[name])}
              </Tab>
            ))}
          </WrappingTabList>
          {view === "profile" && <ProfileView data={{ ...data, summaries }} onChanged={refresh} />}
          {view === "tiering" && <TieringView summaries={summaries} onChanged={refresh} />}
          {view === "followUps" && <FollowUpsView summaries={summaries} />}
          {view === "pool" && (
            <PoolView
              key={data.workbook.poolRuleRows?.length ?? 0}
              summaries={summaries}
              today={data.today}
              language={data.workbook.language}
              onChanged={refresh}
            />
          )}
          {view === "satisfaction" && <SatisfactionView summary={summaries.satisfaction} />}
        </>
      )}
    </AreaSection>
  );
}
