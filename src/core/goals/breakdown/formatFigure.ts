/**
 * Figures as the wizard's messages show them: thousands grouped with commas, at most `decimals`
 * places (trailing zeros dropped). Written out here rather than with toLocaleString so a message
 * reads the same on every machine.
 *
 * @param value - the figure
 * @param decimals - places to keep, 0–6 (default 2)
 * @returns the figure as text
 *
 * @example
 * formatAmount(1234567.5) //=> "1,234,567.5"
 */
export function formatAmount(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const places = Math.min(6, Math.max(0, Math.trunc(decimals)));
  const fixed = Math.abs(value).toFixed(places);
  const [whole, fraction = ""] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = fraction.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ""}`;
}

/**
 * A fraction as a percentage with at most one decimal place.
 *
 * @example
 * formatPercent(0.2) //=> "20%"
 */
export function formatPercent(fraction: number): string {
  return `${formatAmount(fraction * 100, 1)}%`;
}
