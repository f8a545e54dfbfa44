import { forecastRecordings, forecastRecords } from "@core/pipeline/forecastHistory/forecastRecords";
import { forecastSnapshot } from "@core/pipeline/forecastHistory/forecastSnapshot";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { weekLabel, weekOf } from "@core/weekly/week";
import { recordForecast } from "@excel/pipeline/forecastHistory/recordForecast";
import {
  readWeeklyForecast,
  recordWeeklyForecastIfDue,
  weeklyForecastDue,
  writeWeeklyForecast,
} from "@excel/pipeline/forecastHistory/weeklyForecast";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
import { writePipelineDashboard } from "@excel/pipeline/writePipelineDashboard";
import { forecastTrend } from "@core/pipeline/forecastHistory/forecastTrend";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { everyone } from "@core/pipeline/pipelineScope";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { RequestContext } from "@workbench/emulator/requestContext";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

async function historyRows() {
  const read = await readTables(["ForecastHistory"]);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.ForecastHistory;
}

async function recorded(options: Parameters<typeof recordForecast>[0]) {
  const result = await recordForecast(options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each([
  ["en-US", "Forecast history"],
  ["zh-CN", "预测记录"],
] as const)("recording the forecast (%s)", (language, sheet) => {
  let emulator: Emulator;
  let reps: number;

  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language, customers: 40 }));
    const read = await readTables(["Team"]);
    if (!read.ok) throw new Error(read.error.message);
    reps = new Set(read.value.Team!.rows.map((row) => row[read.value.Team!.columns.Rep])).size;
  });

  it("appends one row per rep on its own sheet, the figures the Pipeline area computes, in two round trips", async () => {
    const before = emulator.stats.syncs;
    const outcome = await recorded({ automatic: false, today: sampleToday });
    expect(outcome).toMatchObject({ kind: "recorded", rows: reps, created: true, week: "2024-W26" });
    // Open the tables, read their pages, write (with the autofit), Excel.run's closing sync.
    expect(emulator.stats.syncs - before).toBeLessThanOrEqual(4);
    const table = await historyRows();
    expect(table!.sheet).toBe(sheet);
    expect(table!.rows).toHaveLength(reps);

    const read = await readPipelineTables();
    if (!read.ok) throw new Error(read.error.message);
    const { Deals, Stages, Team, Targets } = read.value;
    const book = pipelineBook({ deals: Deals!, stages: Stages, team: Team, targets: Targets }, sampleToday);
    const expected = forecastSnapshot(
      { deals: book.deals, stages: book.stages, team: Team, targets: Targets },
      sampleToday,
      false,
    );
    const records = forecastRecords(table);
    expect(records.map((r) => r.rep)).toEqual(expected.map((r) => r.rep));
    records.forEach((record, i) => {
      for (const key of ["closed", "commit", "bestCase", "pipeline", "weighted"] as const)
        expect(record[key]).toBeCloseTo(expected[i][key]!, 6);
      expect(record.target).toEqual(expected[i].target);
      expect(record).toMatchObject({ week: "2024-W26", recordedOn: sampleToday, automatic: false });
    });
    expect(records.some((record) => (record.closed ?? 0) > 0)).toBe(true);
  });

  it("appends another recording each time the manager records, even on the same day", async () => {
    expect(await recorded({ automatic: false, today: sampleToday })).toMatchObject({
      kind: "recorded",
      created: false,
    });
    const records = forecastRecords(await historyRows());
    expect(records).toHaveLength(2 * reps);
    expect(forecastRecordings(records)).toHaveLength(2);
  });

  it("takes the weekly automatic snapshot once per week", async () => {
    expect(await recorded({ automatic: true, today: sampleToday })).toMatchObject({ kind: "recorded", rows: reps });
    expect(await recorded({ automatic: true, today: sampleToday + 2 })).toEqual({
      kind: "already-recorded",
      week: "2024-W26",
    });
    expect(forecastRecords(await historyRows())).toHaveLength(3 * reps);
    expect(await recorded({ automatic: true, today: sampleToday + 3 })).toMatchObject({ week: "2024-W27" });
    expect(forecastRecords(await historyRows())).toHaveLength(4 * reps);
  });

  it("never duplicates a week's automatic snapshot written between its read and its write", async () => {
    const next = sampleToday + 10;
    const table = (await historyRows())!;
    const weekAt = table.columns.Week;
    const automaticAt = table.columns.Automatic;
    const lastRow = table.headerRow + table.rows.length;
    const original = RequestContext.prototype.sync;
    let calls = 0;
    const spy = jest.spyOn(RequestContext.prototype, "sync").mockImplementation(function (this: RequestContext) {
      calls += 1;
      // After the read, before the check that precedes the write: another pane's snapshot lands.
      if (calls === 3) {
        emulator.book.setValues(sheet, `${String.fromCharCode(65 + weekAt)}${lastRow + 1}`, [
          [weekLabel(weekOf(next))],
        ]);
        emulator.book.setValues(sheet, `${String.fromCharCode(65 + automaticAt)}${lastRow + 1}`, [[true]]);
      }
      return original.call(this);
    });
    try {
      expect(await recorded({ automatic: true, today: next })).toEqual({
        kind: "already-recorded",
        week: weekLabel(weekOf(next)),
      });
    } finally {
      spy.mockRestore();
    }
    expect(forecastRecords(await historyRows())).toHaveLength(4 * reps);
  });

  it("adds the quarter's forecast call to the dashboard as the recorded values, with a line chart", async () => {
    const written = await writePipelineDashboard({ replace: true, today: sampleToday });
    if (!written.ok || written.value.kind !== "written") throw new Error("not written");
    const { sheet: dashboard, figures } = written.value;
    const points = forecastTrend(
      forecastRecordings(forecastRecords(await historyRows())),
      everyone,
      calendarPeriod("quarter", sampleToday),
    );
    // The first two manual recordings and the automatic one of the quarter's last week.
    expect(points).toHaveLength(3);
    const top = Number(/\d+/.exec(figures.forecastCall)![0]) - 1;
    points.forEach((point, k) => {
      const cell = (column: number) => emulator.book.getCell(dashboard, top + k, column).value;
      expect(cell(0)).toBe(point.recordedOn);
      expect(cell(1)).toBeCloseTo(point.closed!, 6);
      expect(cell(2)).toBeCloseTo(point.commit!, 6);
      expect(cell(3)).toBeCloseTo(point.bestCase!, 6);
      expect(cell(4)).toBeCloseTo(point.weighted!, 6);
    });
    expect(emulator.book.getCell(dashboard, top + points.length, 0).value).not.toBe(points[0].recordedOn);
    const line = emulator.book.charts(dashboard).find((chart) => chart.type === "Line");
    expect(line).toBeDefined();
  });

  it("opts the workbook in and out, and is due only when opted in and the week has no snapshot", async () => {
    const read = async () => {
      const result = await readWeeklyForecast();
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const due = async (today: number) => {
      const result = await weeklyForecastDue(today);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    expect(await read()).toBe(false);
    expect(await due(sampleToday + 21)).toBe(false);
    expect(await writeWeeklyForecast(true)).toEqual({ ok: true, value: true });
    expect(await read()).toBe(true);
    expect(await due(sampleToday)).toBe(false);
    expect(await due(sampleToday + 21)).toBe(true);
    const record = jest.fn(recordForecast);
    expect(await recordWeeklyForecastIfDue(record, sampleToday)).toEqual({ ok: true, value: null });
    expect(record).not.toHaveBeenCalled();
    const later = await recordWeeklyForecastIfDue(record, sampleToday + 21);
    expect(later).toMatchObject({ ok: true, value: { kind: "recorded", rows: reps } });
    expect(record).toHaveBeenCalledWith({ automatic: true, today: sampleToday + 21 });
    expect(await due(sampleToday + 21)).toBe(false);
    expect(await writeWeeklyForecast(false)).toEqual({ ok: true, value: false });
    expect(await read()).toBe(false);
    expect(await due(sampleToday + 28)).toBe(false);
  });
});
