/**
 * The mapping between Excel's error values and HyperFormula's. HyperFormula has no #NULL!,
 * #CALC!, #BUSY! or #GETTING_DATA, so those travel as its generic ERROR with the Excel code in
 * front of the message ("[#CALC!] …"); the workbook decodes them when it reads a cell.
 */
import { CellError, ErrorType } from "hyperformula";

/** An Excel error value and the message Excel shows with it (only #VALUE! and #N/A have one). */
export type ExcelCellError = { code: string; message: string };

const TO_HF: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#VALUE!": ErrorType.VALUE,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#SPILL!": ErrorType.SPILL,
};

const ENCODED = /^\[(#[A-Z/_!?0-9]+)\] ?(.*)$/s;

/** A HyperFormula CellError for an Excel error code and message. */
export function toCellError(code: string, message = ""): CellError {
  const keepsMessage = code === "#VALUE!" || code === "#N/A";
  const type = TO_HF[code];
  if (type !== undefined) return new CellError(type, keepsMessage ? message : "");
  return new CellError(ErrorType.ERROR, `[${code}] ${message}`.trimEnd());
}

/** The Excel error of a HyperFormula error value (`DetailedCellError.value` / `.message`). */
export function fromHfError(value: string, message: string | undefined): ExcelCellError {
  const encoded = ENCODED.exec(message ?? "");
  if (encoded) return { code: encoded[1], message: encoded[2] };
  if (value === "#ERROR!" || value === "#LIC!") return { code: "#VALUE!", message: message ?? "" };
  return { code: value, message: message ?? "" };
}
