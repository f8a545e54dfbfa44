import { isDateFormat } from "@core/cells/isDateFormat";

describe("isDateFormat", () => {
  it.each(["yyyy-mm-dd", "m/d/yyyy", "d.m.yy", 'yyyy"年"m"月"d"日"', "[$-804]yyyy/m/d", "mmm yyyy", "dd-mmm"])(
    "reads %s as a date",
    (format) => expect(isDateFormat(format)).toBe(true),
  );

  it.each(["General", "@", "0", "#,##0.00", "0%", "h:mm", "hh:mm:ss", "[$¥-804]#,##0;[Red]-#,##0", '0.0"d"', "", null])(
    "reads %s as no date",
    (format) => expect(isDateFormat(format)).toBe(false),
  );
});
