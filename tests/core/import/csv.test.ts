import { decodeCsvBytes } from "@core/import/decodeCsvBytes";
import { parseCsv } from "@core/import/parseCsv";

describe("decodeCsvBytes", () => {
  it("reads GBK / GB18030 bytes", () => {
    expect(decodeCsvBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({ text: "你好", encoding: "gb18030" });
    // "客户,金额\r\n华瑞,100" as saved by Excel in Chinese (GBK)
    const gbk = [
      0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0d, 0x0a, 0xbb, 0xaa, 0xc8, 0xf0, 0x2c, 0x31, 0x30, 0x30,
    ];
    const decoded = decodeCsvBytes(new Uint8Array(gbk));
    expect(decoded.encoding).toBe("gb18030");
    expect(parseCsv(decoded.text)).toEqual([
      ["客户", "金额"],
      ["华瑞", "100"],
    ]);
  });
  it("strips a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("客户,金额\n")]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "客户,金额\n", encoding: "utf-8-bom" });
  });
  it("reads valid UTF-8 as UTF-8", () => {
    const bytes = new TextEncoder().encode("名称,Ümlaut");
    expect(decodeCsvBytes(bytes)).toEqual({ text: "名称,Ümlaut", encoding: "utf-8" });
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("parseCsv", () => {
  it("detects comma, semicolon, tab and pipe", () => {
    for (const d of [",", ";", "\t", "|"]) {
      expect(parseCsv(`a${d}b${d}c\n1${d}2${d}3\n`)).toEqual([
        ["a", "b", "c"],
        ["1", "2", "3"],
      ]);
    }
  });
  it("is not fooled by commas inside numbers or quotes of a semicolon file", () => {
    const text = 'Account;Amount;Note\n"Acme, Inc.";1,200;"say ""hi"""\nBeta;3,4;x\n';
    expect(parseCsv(text)).toEqual([
      ["Account", "Amount", "Note"],
      ["Acme, Inc.", "1,200", 'say "hi"'],
      ["Beta", "3,4", "x"],
    ]);
  });
  it("keeps line breaks inside quoted fields and reads CRLF files", () => {
    expect(parseCsv('客户\t备注\r\n"华瑞"\t"第一行\r\n第二行"\r\n\r\n')).toEqual([
      ["客户", "备注"],
      ["华瑞", "第一行\r\n第二行"],
    ]);
  });
  it("turns empty fields into null, keeps blank lines inside, drops trailing ones", () => {
    expect(parseCsv("a,b\n,2\n\nx,\n\n\n")).toEqual([["a", "b"], [null, "2"], [null], ["x", null]]);
  });
  it("reads a one-column file, a BOM in the text, and nothing", () => {
    expect(parseCsv("\uFEFFname\nAcme\n")).toEqual([["name"], ["Acme"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\n\n")).toEqual([]);
  });
});
