import type { Cell } from "@core/cells/cell";
import type { PipelineTables } from "@core/pipeline/pipelineTables";
import { dealsTable, stagesTable, teamTable, today } from "./pipelineFixture";

const STAGES = ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract", "Won", "Lost"];
const CATEGORIES = ["Pipeline", "Pipeline", "Best case", "Commit", "Commit", "Closed", "Omitted"];

/**
 * `count` deals over the fixture's stages and team, spread over two years before and half a year
 * after today, from a fixed linear congruential sequence (no Math.random): for speed runs.
 */
export function syntheticPipeline(count: number): PipelineTables {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const owners = ["Lee", "Wang", "Zhao"];
  const rows: Cell[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const stage = Math.floor(next() * 7);
    const created = today - 730 + Math.floor(next() * 700);
    const close = created + 7 + Math.floor(next() * 120);
    const closed = stage >= 5;
    rows[i] = [
      `D-${i + 1}`,
      `Customer ${i % 997}`,
      owners[i % 3],
      STAGES[stage],
      Math.round(1000 + next() * 99000),
      created,
      next() < 0.05 ? "" : close,
      closed ? close : "",
      closed ? close : created + Math.floor(next() * 30),
      closed ? "" : created + Math.floor(next() * 40),
      CATEGORIES[stage],
      stage === 6 ? STAGES[Math.floor(next() * 5)] : "",
    ];
  }
  return { deals: { ...dealsTable, rows }, stages: stagesTable, team: teamTable };
}
