/**
 * The displayed text of a cell (`Range.text`) from its value and number format. Covers the
 * formats a sales workbook uses — General, 0, 0.00, #,##0, #,##0.00, percentages, currency
 * prefixes (¥ $ € £, quoted or [$¥-804]), dates and times (yyyy-mm-dd, m/d/yyyy, hh:mm) and Text
 * (@) — with up to four sections (positive;negative;zero;text). It is a display helper, not a
 * full implementation of Excel's format language.
 */
import { partsFromSerial } from "./serialDate";

/** Excel's General format: up to 11 significant characters, exponent for very large/small. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exp] = value.toExponential(5).split("e");
    const m = mantissa.replace(/\.?0+$/, "");
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(value.toFixed(decimals)));
}

type Section = { text: string };

/** Splits format sections on ";" outside quotes. */
function sections(format: string): Section[] {
  const out: Section[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push({ text: current });
      current = "";
    } else current += ch;
  }
  out.push({ text: current });
  return out;
}

/** The format with quoted literals, escapes, [$sym-locale] tags, colours and conditions replaced by plain literal markers. */
function tokenize(format: string): { literalPrefix: string; core: string; literalSuffix: string } {
  let core = "";
  let prefix = "";
  let suffix = "";
  let seenCore = false;
  const pushLiteral = (s: string) => {
    if (seenCore) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      pushLiteral(format.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? format.length : end;
    } else if (ch === "\\") {
      pushLiteral(format[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i);
      const tag = format.slice(i + 1, end < 0 ? undefined : end);
      if (tag.startsWith("$")) pushLiteral(tag.slice(1).split("-")[0]);
      i = end < 0 ? format.length : end;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if ("¥$€£ ()-+".includes(ch) && !/[0#?.,]/.test(ch)) {
      pushLiteral(ch);
    } else {
      seenCore = true;
      if (suffix) {
        core += suffix;
        suffix = "";
      }
      core += ch;
    }
  }
  return { literalPrefix: prefix, core, literalSuffix: suffix };
}

function isDateFormat(core: string): boolean {
  return /[ydhs]/i.test(core) || (/m/i.test(core) && !/[0#]/.test(core));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Stand-in for "AM/PM" while tokenizing a date format (a character formats do not use). */
const AMPM = "\u00a7";

function formatDate(value: number, core: string): string {
  const p = partsFromSerial(value);
  const ampm = /AM\/PM/i.test(core);
  let out = "";
  const tokens = core.replace(/AM\/PM/gi, AMPM).match(/(y+|m+|d+|h+|s+|\u00a7|.)/gi) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    if (lower.startsWith("y")) out += lower.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
    else if (lower.startsWith("m")) {
      const prev =
        tokens
          .slice(0, i)
          .reverse()
          .find((x) => /[a-z]/i.test(x))
          ?.toLowerCase() ?? "";
      const next =
        tokens
          .slice(i + 1)
          .find((x) => /[a-z]/i.test(x))
          ?.toLowerCase() ?? "";
      if (prev.startsWith("h") || next.startsWith("s"))
        out += lower.length >= 2 ? pad(p.minutes, 2) : String(p.minutes);
      else if (lower.length >= 4)
        out += new Date(Date.UTC(2000, p.month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
      else if (lower.length === 3)
        out += new Date(Date.UTC(2000, p.month - 1, 1)).toLocaleString("en-US", { month: "short", timeZone: "UTC" });
      else out += lower.length === 2 ? pad(p.month, 2) : String(p.month);
    } else if (lower.startsWith("d")) {
      if (lower.length >= 3)
        out += new Date(Date.UTC(p.year, p.month - 1, p.day)).toLocaleString("en-US", {
          weekday: lower.length >= 4 ? "long" : "short",
          timeZone: "UTC",
        });
      else out += lower.length === 2 ? pad(p.day, 2) : String(p.day);
    } else if (lower.startsWith("h")) {
      const h = ampm ? ((p.hours + 11) % 12) + 1 : p.hours;
      out += lower.length >= 2 ? pad(h, 2) : String(h);
    } else if (lower.startsWith("s")) out += lower.length >= 2 ? pad(p.seconds, 2) : String(p.seconds);
    else if (t === AMPM) out += p.hours < 12 ? "AM" : "PM";
    else out += t;
  }
  return out;
}

function formatNumberCore(value: number, core: string): string {
  let v = value;
  const percents = (core.match(/%/g) ?? []).length;
  v *= 100 ** percents;
  const expMatch = /E[+-](0+)/i.exec(core);
  const dot = core.indexOf(".");
  const numericPart = core.replace(/%/g, "");
  const decimals = dot < 0 ? 0 : (numericPart.slice(numericPart.indexOf(".") + 1).match(/[0#?]/g) ?? []).length;
  if (expMatch) {
    const [m, e] = v.toExponential(decimals).split("e");
    const exp = Number(e);
    return `${m}E${exp < 0 ? "-" : "+"}${pad(Math.abs(exp), expMatch[1].length)}${"%".repeat(percents)}`;
  }
  // Trailing commas scale by thousands ("#,##0," shows thousands).
  const scaleCommas = /,+(?=[^0#?]*$)/.exec(numericPart.split(".")[0])?.[0].length ?? 0;
  v /= 1000 ** scaleCommas;
  const grouping = /[0#?],[0#?]/.test(numericPart);
  const requiredDecimals = dot < 0 ? 0 : (numericPart.slice(numericPart.indexOf(".") + 1).match(/0/g) ?? []).length;
  let text = Math.abs(v).toFixed(decimals);
  if (decimals > requiredDecimals) {
    const [i, f = ""] = text.split(".");
    const trimmed = f.replace(/0+$/, "").padEnd(requiredDecimals, "0");
    text = trimmed ? `${i}.${trimmed}` : core.includes(".") && requiredDecimals === 0 && decimals > 0 ? `${i}.` : i;
  }
  const [intRaw, fracPart] = text.split(".");
  let intPart = intRaw;
  const intZeros = (numericPart.split(".")[0].match(/0/g) ?? []).length;
  if (intZeros === 0 && intPart === "0" && fracPart !== undefined) intPart = "";
  else intPart = intPart.padStart(intZeros, "0");
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${intPart}${fracPart !== undefined ? `.${fracPart}` : ""}${"%".repeat(percents)}`;
}

/**
 * The text Excel displays for a value under a number format.
 * @example formatCellText(1234.5, "#,##0.00") //=> "1,234.50"
 */
export function formatCellText(value: number | string | boolean | null, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = format && format !== "" ? format : "General";
  const parts = sections(fmt);
  if (typeof value === "string") {
    const textSection =
      parts[3]?.text ?? (parts.length === 1 && parts[0].text.includes("@") ? parts[0].text : undefined);
    if (textSection === undefined) return value;
    return textSection.replace(/"([^"]*)"/g, "$1").replace(/@/g, value);
  }
  if (!Number.isFinite(value)) return "#NUM!";
  let section = parts[0];
  let number = value;
  if (value < 0 && parts.length >= 2) {
    section = parts[1];
    number = -value;
  } else if (value === 0 && parts.length >= 3) section = parts[2];
  if (/^general$/i.test(section.text.trim()) || section.text.trim() === "") return formatGeneral(number);
  if (section.text.trim() === "@") return formatGeneral(number);
  const { literalPrefix, core, literalSuffix } = tokenize(section.text);
  if (/^general$/i.test(core.trim())) return `${literalPrefix}${formatGeneral(number)}${literalSuffix}`;
  // A section without digit placeholders shows only its literal text (e.g. "-" for zero).
  if (!/[0#?]/.test(core) && !isDateFormat(core)) return `${literalPrefix}${literalSuffix}`;
  if (isDateFormat(core))
    return number < 0 ? "#".repeat(8) : `${literalPrefix}${formatDate(number, core)}${literalSuffix}`;
  const body = formatNumberCore(number, core);
  const sign = number < 0 && section === parts[0] ? "-" : "";
  return `${sign}${literalPrefix}${body}${literalSuffix}`;
}
