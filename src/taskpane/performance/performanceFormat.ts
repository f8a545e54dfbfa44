/** Number formats of the Performance area, in the pane's language. */
export function performanceFormat(language: string) {
  const money = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  const score = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const orDash = (value: number | null | undefined, format: Intl.NumberFormat, dash: string) =>
    value === null || value === undefined || !Number.isFinite(value) ? dash : format.format(value);
  return {
    money: (value: number | null | undefined, dash = "—") => orDash(value, money, dash),
    percent: (value: number | null | undefined, dash = "—") => orDash(value, percent, dash),
    score: (value: number | null | undefined, dash = "—") => orDash(value, score, dash),
  };
}
