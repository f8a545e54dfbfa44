/** @jest-environment jsdom */
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { salesError } from "@core/errors";
import { initI18n } from "@i18n/initI18n";
import { bothLanguages } from "../../i18n/bothLanguages";
import type { PaneLanguage } from "@i18n/paneLanguage";
import { NO_FIGURE, useNumberFormat } from "@taskpane/shared/useNumberFormat";

function formatIn(language: PaneLanguage) {
  const i18n = initI18n(language, bothLanguages);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useNumberFormat(), { wrapper }).result.current;
}

describe("useNumberFormat", () => {
  const en = formatIn("en-US");
  const zh = formatIn("zh-CN");

  it("writes money in whole units for summaries, and with cents only when asked for a column that has them", () => {
    expect(en.money(12345.6)).toBe("12,346");
    expect(en.money(12345.6, 2)).toBe("12,345.60");
    expect(en.money(1200, 0)).toBe("1,200");
  });

  it("writes percentages, changes, days and compact amounts", () => {
    expect(en.percent(0.7543)).toBe("75.4%");
    expect(en.percent(0.7543, 0)).toBe("75%");
    expect(en.change(0.1333)).toBe("+13.3%");
    expect(en.points(7.14)).toBe("+7.1");
    expect(en.days(42.46)).toBe("42.5");
    expect(en.days(27)).toBe("27");
    expect(en.compact(12300)).toBe("12.3K");
    expect(zh.compact(12300)).toBe("1.2万");
  });

  it("writes dates as ISO dates in both languages, and months in the pane's language", () => {
    expect(en.date(46082)).toBe("2026-03-01");
    expect(zh.date(46082)).toBe("2026-03-01");
    expect(en.month(2026, 3)).toBe("2026-03");
    expect(zh.month(2026, 3)).toBe("2026年3月");
  });

  it("writes a score with the decimals core chose for it", () => {
    expect(en.score({ value: 0.997, digits: 3 })).toBe("0.997");
    expect(en.score({ value: 1.05, digits: 2 })).toBe("1.05");
    expect(en.score(null)).toBe(NO_FIGURE);
  });

  it("answers a dash for a figure that is missing or no number", () => {
    expect(en.money(null)).toBe(NO_FIGURE);
    expect(en.percent(undefined)).toBe(NO_FIGURE);
    expect(en.number(Number.NaN)).toBe(NO_FIGURE);
    expect(en.date(null)).toBe(NO_FIGURE);
  });

  it("gives a SALES error's message in the pane's language", () => {
    const error = salesError("invalid-value", "sameSize", {});
    expect(en.result(error, en.money).text).toBe(NO_FIGURE);
    expect(en.result(error, en.money).error).toBeTruthy();
    expect(zh.result(error, zh.money).error).not.toBe(en.result(error, en.money).error);
    expect(en.result(1500, en.money)).toEqual({ text: "1,500" });
  });
});
