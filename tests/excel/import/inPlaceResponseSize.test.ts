/*
 * An in-place import of a wide list on Excel on the web: conversion changes one narrow column
 * (the dates), but each chunk's request reads back every source cell of its rows to check they
 * did not move. The chunks are sized on that read-back too, so no answer passes the web's 5 MB.
 */
import { createEmulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { convertSheet } from "./importOnEmulator";

jest.setTimeout(600_000);

it("converts a wide list in place with every answer under the web's 5 MB", async () => {
  const functions = await loadSalesFunctionsFromSource();
  const emulator = createEmulator({ functions, platform: "web", now: () => new Date(2024, 0, 31) });
  emulator.install();
  const rows = 8_000;
  // Ten memo columns of 60 characters: 600 bytes a row read back for one date written.
  const memos = Array.from({ length: 10 }, (_, c) => `Memo ${c + 1}`);
  emulator.book.setValues("Sheet1", "A1", [
    ["Company", "Last Contact", ...memos],
    ...Array.from({ length: rows }, (_, i) => [
      `Firm ${i}`,
      "3/1/2024",
      ...memos.map((_, c) => `${i}-${c} `.padEnd(60, "x")),
    ]),
  ]);
  // The write's requests, after the reads of the source and the workbook (paged on their own).
  let writing = -1;
  const { written } = await convertSheet({
    sheet: "Sheet1",
    target: "Customers",
    mode: "in-place",
    chunk: { onProgress: () => void (writing < 0 && (writing = emulator.stats.requests.length)) },
  });
  expect(written).toMatchObject({ ok: true, value: { done: rows, total: rows } });
  expect(emulator.book.getCell("Sheet1", rows, 1).value).toBe(45352);
  const answers = emulator.stats.requests.slice(writing).map((r) => r.responseBytes ?? 0);
  expect(answers.length).toBeGreaterThan(2);
  expect(Math.max(...answers)).toBeLessThan(2_500_000);
});
