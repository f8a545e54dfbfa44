/**
 * The workbook.settings key the saved column mappings are kept under (add-in housekeeping, bounded
 * by SAVED_MAPPINGS_LIMITS in core/import/savedMappings).
 */
export const savedMappingsKey = "salesgrid.import.mappings";
