import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { RowsEditor } from "../RowsEditor";
import type { DraftStepProps } from "./types";
import { useStepStyles } from "./useStepStyles";

/** The rating bands: from which score a label is given. */
export function BandsStep({ draft, onChange }: DraftStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.group}>
      <Subtitle2 as="h4">{t("performance.wizard.bands")}</Subtitle2>
      <Caption1 className={styles.hint}>{t("performance.wizard.bandsHint")}</Caption1>
      <RowsEditor
        rows={draft.bands.map((band) => ({ a: band.minimum, b: band.label }))}
        headers={[t("performance.wizard.minimum"), t("performance.wizard.label")]}
        labelA={(row) => t("performance.wizard.minimumOf", { row })}
        labelB={(row) => t("performance.wizard.labelOf", { row })}
        addLabel={t("performance.wizard.addBand")}
        removeLabel={(row) => t("performance.wizard.removeBand", { row })}
        newRow={() => ({ a: "", b: "" })}
        onRowsChange={(rows) => onChange({ bands: rows.map((row) => ({ minimum: row.a, label: row.b })) })}
      />
    </div>
  );
}
