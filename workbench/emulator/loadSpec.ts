/**
 * The forms `load()` accepts — "a, b/c", ["a", "b/c"], { a: true, b: { c: true } },
 * { select: "a,b", expand: "c" } or nothing (every scalar property) — as a list of paths.
 */

/** Normalises a load argument into property paths ("format/font/bold"). An empty list means "all scalar properties". */
export function loadPaths(spec?: unknown): string[] {
  if (spec === undefined || spec === null || spec === "") return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === "object") {
    const obj = spec as Record<string, unknown>;
    if (typeof obj.select === "string" || typeof obj.expand === "string") {
      return [...loadPaths(obj.select), ...loadPaths(obj.expand)];
    }
    const out: string[] = [];
    for (const [key, value] of Object.entries(obj)) {
      if (key === "$all" || key === "$top" || key === "$skip") continue;
      if (value === true) out.push(key);
      else if (value && typeof value === "object") {
        const inner = loadPaths(value);
        if (inner.length === 0) out.push(key);
        else out.push(...inner.map((p) => `${key}/${p}`));
      }
    }
    return out;
  }
  return [];
}
