import type { Cell } from "@core/cells/cell";

/**
 * The form headers are compared in: compatibility forms folded (full-width letters and digits
 * become ASCII), lower case, and every space, punctuation mark and symbol removed, so
 * "Account  Name", "account_name", "ACCOUNT-NAME" and "客户名称（*）" compare as
 * "accountname" / "客户名称".
 *
 * @example
 * normalizeHeader(" E-mail Address: ") //=> "emailaddress"
 */
export function normalizeHeader(header: Cell): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}
