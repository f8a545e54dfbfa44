/**
 * `workbook.settings`: add-in housekeeping (schema version, sheet roles), JSON-serialisable
 * values by key. Office serialises values as JSON; the setting proxies clone them on the way in
 * and out, so what is stored here is never shared with add-in code.
 */

/** The workbook's settings, in insertion order (as `settings.items` lists them). */
export class SettingsStore extends Map<string, unknown> {}
