/** English strings of the Weekly area's Activity tab. */
export const weeklyActivityEnUS = {
  tab: "Activity",
  title: "Follow-ups in {{week}}",
  summary:
    "{{done}} follow-ups against a target of {{target}}; {{touched}} customers touched; {{overdue}} overdue on {{asOf}}.",
  targetRule:
    "Weekly target per rep: {{target}}, the monthly follow-up target in KpiWeights × 12 ÷ 52 (a month is 4.3 weeks, not 4).",
  noReps: "No reps in this scope: add them to the Team table, then refresh.",
  noKpiWeights: "The workbook has no KpiWeights table: the Scorecard's default of 20 follow-ups a month applies.",
  table: {
    caption: "Follow-ups per rep, by method",
    rep: "Rep",
    done: "Done / target",
    doneValue: "{{done}} / {{target}}",
    touched: "Touched",
    overdue: "Overdue",
    total: "Total",
  },
  methods: {
    call: "Call",
    wechat: "WeChat",
    visit: "Visit",
    email: "Email",
    other: "Other",
  },
  chart: {
    title: "Last {{count}} weeks",
    label:
      "Follow-ups per week from {{from}} to {{to}}: {{points}}. Target {{target}} a week; {{met}} of {{count}} weeks met it.",
    point: "{{week}}: {{done}}",
    bar: "{{week}}: {{done}} follow-ups, target {{target}}",
    legendDone: "Follow-ups done",
    legendTarget: "Target ({{target}})",
  },
};
