import { classifyOutcome } from "@core/cells/outcome";
import { defaultStages } from "@core/workbook/schema";
import { stageKey, type StageMapping } from "@core/import/applyStageMapping";

/*
 * Stage names of common CRMs, by the default stage (its order in schema.defaultStages) they
 * correspond to: Salesforce's standard opportunity stages, HubSpot's default deal pipeline
 * (labels and internal names), and common Chinese variants.
 */
const CRM_STAGES: readonly (readonly string[])[] = [
  [
    "Prospecting",
    "Prospect",
    "Lead",
    "New",
    "Qualification",
    "Appointment Scheduled",
    "appointmentscheduled",
    "线索",
    "初步接洽",
    "初步沟通",
    "潜在客户",
  ],
  [
    "Needs Analysis",
    "Needs analysis",
    "Qualified To Buy",
    "qualifiedtobuy",
    "Discovery",
    "Value Proposition",
    "Id. Decision Makers",
    "Perception Analysis",
    "需求确认",
    "需求调研",
    "意向客户",
  ],
  [
    "Proposal/Price Quote",
    "Proposal",
    "Quote",
    "Presentation Scheduled",
    "presentationscheduled",
    "Demo",
    "报价",
    "方案",
    "方案制定",
    "方案演示",
  ],
  [
    "Negotiation/Review",
    "Negotiation",
    "Decision Maker Bought-In",
    "decisionmakerboughtin",
    "Review",
    "谈判",
    "商务洽谈",
    "议价",
  ],
  ["Contract Sent", "contractsent", "Contract", "Commit", "合同", "签约中", "合同审批"],
];

/**
 * Proposes, for stage names the workbook does not know, one of its stages: won and lost labels
 * ("Closed Won", "成交", "closedlost" …) go to the workbook's won and lost stages, and the
 * standard stages of Salesforce, HubSpot and common Chinese variants go to the default stage
 * they correspond to when that stage is among the known ones (in either language). Names with no
 * counterpart are left out, for the user to map or to add to the Stages table.
 *
 * @param unknown - stage names found in the import that are not in the Stages table
 * @param knownStages - the workbook's stage names
 * @returns source name → known stage name, for the names it can place
 *
 * @example
 * suggestStageMapping(["Closed Won", "Proposal/Price Quote", "Pilot"], ["线索开发", "需求分析", "方案报价", "商务谈判", "合同签订", "赢单", "输单"])
 * //=> { "Closed Won": "赢单", "Proposal/Price Quote": "方案报价" }
 */
export function suggestStageMapping(unknown: readonly string[], knownStages: readonly string[]): StageMapping {
  const byKey = new Map(knownStages.map((stage) => [stageKey(stage), stage]));
  const knownOutcome = (outcome: "won" | "lost") => knownStages.find((stage) => classifyOutcome(stage) === outcome);
  const defaultKnown = (index: number): string | undefined => {
    const name = defaultStages[index]?.name;
    if (!name) return undefined;
    return byKey.get(stageKey(name["en-US"])) ?? byKey.get(stageKey(name["zh-CN"]));
  };
  const suggestions: Record<string, string> = {};
  for (const stage of unknown) {
    const key = stageKey(stage).replace(/[\s_-]+/g, " ");
    const compact = key.replace(/\s+/g, "");
    const outcome =
      classifyOutcome(key) !== "open" ? classifyOutcome(key) : classifyOutcome(compact.replace(/^closed/, "closed "));
    let target: string | undefined;
    if (outcome === "won" || outcome === "lost") target = knownOutcome(outcome);
    else {
      const index = CRM_STAGES.findIndex((names) =>
        names.some((name) => stageKey(name).replace(/[\s_-]+/g, "") === compact),
      );
      if (index >= 0) target = defaultKnown(index);
    }
    if (target !== undefined) suggestions[stage] = target;
  }
  return suggestions;
}
