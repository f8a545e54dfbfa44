/*
 * The user's reference for the SALES functions, generated so it never drifts from the code:
 * syntax, argument names and descriptions come from functions.json (generated from the JSDoc in
 * src/functions/functions.ts), Chinese names from src/functions/translations/zh-CN.json, and the
 * result in words, errors and an example from docs/function-notes.json. Only registered functions
 * are documented; a registered function without notes or a Chinese name is an error.
 *
 * renderMarkdown → docs/FUNCTIONS.md (committed user documentation)
 * renderHtml     → dist/help/functions.html (the page every @helpurl points at: #<lower-case id>)
 *
 * CLI:
 *   node scripts/function-reference.js --write          regenerate docs/FUNCTIONS.md
 *   node scripts/function-reference.js --check          exit 1 when docs/FUNCTIONS.md is out of date
 *   node scripts/function-reference.js --html <file>    write the help page
 *   node scripts/function-reference.js                  print the markdown
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { loadTranslations } = require("./localize-functions");

const ROOT = path.join(__dirname, "..");
const FUNCTIONS_SOURCE = "src/functions/functions.ts";
const NOTES_FILE = path.join(ROOT, "docs", "function-notes.json");
const MARKDOWN_FILE = path.join(ROOT, "docs", "FUNCTIONS.md");
const NAMESPACE = "SALES";
const REGENERATE = "npm run docs:functions";

/** The anchor of a function's section; every @helpurl ends in `#` + this. */
function anchorOf(id) {
  return id.toLowerCase();
}

/** @param {string} [file] */
function loadNotes(file = NOTES_FILE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Generates functions.json from src/functions/functions.ts the way the build does.
 * @returns {Promise<string>}
 */
async function generateFunctionsJson(source = path.join(ROOT, FUNCTIONS_SOURCE)) {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(source);
  if (result.errors.length > 0)
    throw new Error(`custom-functions-metadata reported errors:\n${result.errors.join("\n")}`);
  return result.metadataJson;
}

/**
 * The functions to document, in catalogue order and grouped, each joined with its translation
 * and notes. Throws when a registered function lacks notes, a group or a Chinese name, so the
 * reference is never silently incomplete.
 */
function buildModel(metadata, translations, notes) {
  const parsed = typeof metadata === "string" ? JSON.parse(metadata) : metadata;
  const registered = new Map((parsed.functions ?? []).map((fn) => [fn.id, fn]));
  const grouped = new Set(notes.groups.flatMap((g) => g.functions));
  const problems = [];
  for (const id of registered.keys()) {
    if (!notes.functions[id]) problems.push(`SALES.${id} has no notes in docs/function-notes.json`);
    if (!grouped.has(id)) problems.push(`SALES.${id} is in no group of docs/function-notes.json`);
    if (!translations.functions[id])
      problems.push(`SALES.${id} has no Chinese name in src/functions/translations/zh-CN.json`);
  }
  if (problems.length > 0) throw new Error(`Cannot build the function reference:\n  - ${problems.join("\n  - ")}`);

  const groups = notes.groups
    .map((group) => ({
      ...group,
      functions: group.functions
        .filter((id) => registered.has(id))
        .map((id) => {
          const fn = registered.get(id);
          const zh = translations.functions[id];
          const parameters = (fn.parameters ?? []).map((p, i) => ({
            name: p.name,
            optional: p.optional === true,
            range: p.dimensionality === "matrix",
            description: p.description ?? "",
            zhName: zh.parameters[i]?.for === p.name ? zh.parameters[i].name : p.name,
          }));
          return {
            id,
            anchor: anchorOf(id),
            name: `${NAMESPACE}.${fn.name ?? id}`,
            zhName: `${NAMESPACE}.${zh.name}`,
            description: fn.description ?? "",
            zhDescription: zh.description,
            parameters,
            syntax: `${NAMESPACE}.${fn.name ?? id}(${parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
            zhSyntax: `${NAMESPACE}.${zh.name}(${parameters.map((p) => (p.optional ? `[${p.zhName}]` : p.zhName)).join(", ")})`,
            notes: notes.functions[id],
          };
        }),
    }))
    .filter((group) => group.functions.length > 0);
  return { title: notes.title, titleZh: notes.titleZh, intro: notes.intro, conventions: notes.conventions, groups };
}

function resolveInputs(metadata, options = {}) {
  return buildModel(metadata, options.translations ?? loadTranslations(), options.notes ?? loadNotes());
}

// ---------- Markdown ----------

/** Text for one markdown list item: a line break would end the item. */
function oneLine(text) {
  return String(text).replace(/\s*\n\s*/g, " ");
}

/**
 * The reference as markdown (docs/FUNCTIONS.md).
 * @param {string | object} metadata functions.json (text or parsed)
 * @param {{ translations?: object, notes?: object }} [options] default: the committed zh-CN file and notes
 * @returns {string}
 */
function renderMarkdown(metadata, options) {
  const model = resolveInputs(metadata, options);
  const out = [];
  out.push(
    `<!-- Generated by scripts/function-reference.js from ${FUNCTIONS_SOURCE}, src/functions/translations/zh-CN.json and docs/function-notes.json. Do not edit by hand: run \`${REGENERATE}\`. -->`,
  );
  out.push("");
  out.push(`# ${model.title} · ${model.titleZh}`);
  out.push("");
  out.push(model.intro);
  out.push("");
  out.push("## Contents");
  out.push("");
  for (const group of model.groups) {
    out.push(
      `- **${group.title}** (${group.titleZh}): ${group.functions.map((f) => `[${f.name}](#${f.anchor})`).join(", ")}`,
    );
  }
  out.push("");
  out.push("## Conventions");
  out.push("");
  for (const convention of model.conventions) {
    out.push(`### ${convention.title}`);
    out.push("");
    for (const item of convention.items) out.push(`- ${item}`);
    out.push("");
  }
  for (const group of model.groups) {
    out.push(`## ${group.title} · ${group.titleZh}`);
    out.push("");
    for (const fn of group.functions) {
      out.push(`<a id="${fn.anchor}"></a>`);
      out.push("");
      out.push(`### ${fn.name} · ${fn.zhName}`);
      out.push("");
      out.push(`${fn.description}  `);
      out.push(fn.zhDescription);
      out.push("");
      out.push("```");
      out.push(fn.syntax);
      out.push(fn.zhSyntax);
      out.push("```");
      out.push("");
      out.push("**Arguments.**");
      out.push("");
      for (const p of fn.parameters) {
        const name = p.optional ? `\`[${p.name}]\`` : `\`${p.name}\``;
        const kind = [p.optional ? "optional" : "", p.range ? "range or value" : ""].filter(Boolean).join(", ");
        out.push(`- ${name} ${p.zhName} — ${oneLine(p.description)}${kind ? ` _(${kind})_` : ""}`);
      }
      out.push("");
      out.push(`**Result.** ${fn.notes.result}`);
      out.push("");
      out.push("**Errors.**");
      out.push("");
      for (const error of fn.notes.errors) out.push(`- \`${error.code}\` — ${error.when}`);
      out.push("");
      out.push(`**Example.** ${fn.notes.example.story}`);
      out.push("");
      out.push(`\`${fn.notes.example.formula}\` → ${fn.notes.example.result}`);
      out.push("");
    }
  }
  return out.join("\n");
}

// ---------- HTML ----------

function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Escapes text and turns `code` spans into <code>, the only markup the notes use. */
function inline(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --muted: #5c5c5c; --bg: #ffffff; --panel: #f5f7fa; --line: #dde3ea; --accent: #0f6cbd; --code: #f0f3f6; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --muted: #a8a8a8; --bg: #1b1c1e; --panel: #232529; --line: #34373d; --accent: #62abf5; --code: #2a2d32; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.6 "Segoe UI", -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.layout { display: grid; grid-template-columns: 21rem 1fr; max-width: 80rem; margin: 0 auto; }
nav { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1.5rem 1rem; border-right: 1px solid var(--line); font-size: 0.9rem; }
nav h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1.2rem 0 0.3rem; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav a { display: block; padding: 0.1rem 0.4rem; border-radius: 4px; color: var(--fg); text-decoration: none; }
nav a:hover, nav a:focus { background: var(--panel); color: var(--accent); }
nav .zh { color: var(--muted); white-space: nowrap; }
main { padding: 1.5rem 2.5rem 4rem; min-width: 0; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
a { color: var(--accent); }
code { font-family: Consolas, "SFMono-Regular", Menlo, monospace; font-size: 0.9em; background: var(--code); padding: 0.05rem 0.3rem; border-radius: 3px; }
pre { background: var(--code); padding: 0.7rem 1rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
section.fn { margin: 1.5rem 0; padding: 1rem 1.25rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; scroll-margin-top: 1rem; }
section.fn:target { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent); }
section.fn h3 { font-size: 1.2rem; margin-top: 0; }
section.fn h3 .zh { color: var(--muted); font-weight: normal; }
.zh-description { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td:nth-child(-n + 2) { white-space: nowrap; }
.tag { font-size: 0.8rem; color: var(--muted); }
.errors { padding-left: 1.2rem; }
.example { border-left: 3px solid var(--accent); padding: 0.3rem 0.9rem; }
.example .formula { font-weight: 600; }
@media (max-width: 52rem) { .layout { display: block; } nav { position: static; max-height: none; border-right: 0; border-bottom: 1px solid var(--line); } main { padding: 1rem; } }
`;

/**
 * The reference as a standalone, styled UTF-8 page (dist/help/functions.html); each function's
 * section has id = its lower-case id, the anchor its @helpurl points at.
 * @param {string | object} metadata functions.json (text or parsed)
 * @param {{ translations?: object, notes?: object }} [options]
 * @returns {string}
 */
function renderHtml(metadata, options) {
  const model = resolveInputs(metadata, options);
  const out = [];
  out.push("<!doctype html>");
  out.push('<html lang="en">');
  out.push("<head>");
  out.push('<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(model.title)} · ${escapeHtml(model.titleZh)}</title>`);
  out.push(`<style>${STYLE}</style>`);
  out.push("</head>");
  out.push("<body>");
  out.push('<div class="layout">');
  out.push('<nav aria-label="Functions">');
  out.push('<a href="#conventions">Conventions</a>');
  for (const group of model.groups) {
    out.push(`<h2>${escapeHtml(group.title)} <span class="zh">${escapeHtml(group.titleZh)}</span></h2>`);
    out.push("<ul>");
    for (const fn of group.functions) {
      out.push(
        `<li><a href="#${fn.anchor}">${escapeHtml(fn.name)} <span class="zh" lang="zh-CN">${escapeHtml(fn.zhName)}</span></a></li>`,
      );
    }
    out.push("</ul>");
  }
  out.push("</nav>");
  out.push("<main>");
  out.push(`<h1>${escapeHtml(model.title)} <span lang="zh-CN">· ${escapeHtml(model.titleZh)}</span></h1>`);
  out.push(`<p>${inline(model.intro)}</p>`);
  out.push('<h2 id="conventions">Conventions</h2>');
  for (const convention of model.conventions) {
    out.push(`<h3>${escapeHtml(convention.title)}</h3>`);
    out.push(`<ul>${convention.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
  }
  for (const group of model.groups) {
    out.push(
      `<h2 id="group-${escapeHtml(group.id)}">${escapeHtml(group.title)} <span class="zh" lang="zh-CN">· ${escapeHtml(group.titleZh)}</span></h2>`,
    );
    for (const fn of group.functions) {
      out.push(`<section class="fn" id="${fn.anchor}">`);
      out.push(`<h3>${escapeHtml(fn.name)} <span class="zh" lang="zh-CN">· ${escapeHtml(fn.zhName)}</span></h3>`);
      out.push(
        `<p>${inline(fn.description)}<br><span class="zh-description" lang="zh-CN">${inline(fn.zhDescription)}</span></p>`,
      );
      out.push(
        `<pre><code>${escapeHtml(fn.syntax)}\n<span lang="zh-CN">${escapeHtml(fn.zhSyntax)}</span></code></pre>`,
      );
      out.push("<table>");
      out.push(
        '<thead><tr><th scope="col">Argument</th><th scope="col" lang="zh-CN">参数</th><th scope="col">Description</th></tr></thead>',
      );
      out.push("<tbody>");
      for (const p of fn.parameters) {
        const kind = [p.optional ? "optional" : "", p.range ? "range or value" : ""].filter(Boolean).join(", ");
        out.push(
          `<tr><td><code>${escapeHtml(p.optional ? `[${p.name}]` : p.name)}</code></td><td lang="zh-CN">${escapeHtml(p.zhName)}</td><td>${inline(p.description)}${kind ? ` <span class="tag">(${kind})</span>` : ""}</td></tr>`,
        );
      }
      out.push("</tbody>");
      out.push("</table>");
      out.push(`<p><strong>Result.</strong> ${inline(fn.notes.result)}</p>`);
      out.push("<p><strong>Errors.</strong></p>");
      out.push(
        `<ul class="errors">${fn.notes.errors.map((e) => `<li><code>${escapeHtml(e.code)}</code> — ${inline(e.when)}</li>`).join("")}</ul>`,
      );
      out.push('<div class="example">');
      out.push(`<p><strong>Example.</strong> ${inline(fn.notes.example.story)}</p>`);
      out.push(
        `<p><code class="formula">${escapeHtml(fn.notes.example.formula)}</code> → ${inline(fn.notes.example.result)}</p>`,
      );
      out.push("</div>");
      out.push("</section>");
    }
  }
  out.push("</main>");
  out.push("</div>");
  out.push("</body>");
  out.push("</html>");
  return out.join("\n") + "\n";
}

/**
 * Generates functions.json from the source and renders both documents.
 * @returns {Promise<{ functionsJson: string, markdown: string, html: string }>}
 */
async function generateReference(options) {
  const functionsJson = await generateFunctionsJson();
  return { functionsJson, markdown: renderMarkdown(functionsJson, options), html: renderHtml(functionsJson, options) };
}

module.exports = {
  renderMarkdown,
  renderHtml,
  generateReference,
  generateFunctionsJson,
  loadNotes,
  anchorOf,
  MARKDOWN_FILE,
  NOTES_FILE,
};

async function main(argv) {
  const { markdown, html } = await generateReference();
  if (argv.includes("--write")) {
    fs.writeFileSync(MARKDOWN_FILE, markdown, "utf8");
    console.log(`wrote ${path.relative(process.cwd(), MARKDOWN_FILE)}`);
  } else if (argv.includes("--check")) {
    const committed = fs.existsSync(MARKDOWN_FILE) ? fs.readFileSync(MARKDOWN_FILE, "utf8") : "";
    if (committed !== markdown) {
      console.error(`docs/FUNCTIONS.md is out of date: run \`${REGENERATE}\``);
      process.exitCode = 1;
    }
  }
  const htmlAt = argv.indexOf("--html");
  if (htmlAt >= 0) {
    const file = argv[htmlAt + 1];
    if (!file) throw new Error("--html needs a file name");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html, "utf8");
    console.log(`wrote ${file}`);
  }
  if (!argv.some((a) => a === "--write" || a === "--check" || a === "--html")) process.stdout.write(markdown);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
