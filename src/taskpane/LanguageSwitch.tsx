import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { paneLanguages, type PaneLanguage } from "@i18n/paneLanguage";
import { languageNameKeys } from "@taskpane/shared/languageNameKeys";

const useStyles = makeStyles({
  root: {
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
  },
});

export type LanguageSwitchProps = {
  language: PaneLanguage;
  onLanguageChange: (language: PaneLanguage) => void;
};

/** English / 中文: each language is named in itself so a user can find theirs. */
export function LanguageSwitch({ language, onLanguageChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t("language.label")} className={styles.root}>
      {paneLanguages.map((option) => {
        const handleClick = () => onLanguageChange(option);
        return (
          <ToggleButton
            key={option}
            size="small"
            appearance="subtle"
            checked={option === language}
            lang={option}
            onClick={handleClick}
          >
            {t(languageNameKeys[option])}
          </ToggleButton>
        );
      })}
    </div>
  );
}
