/** One cell as Excel hands it to a custom function: empty cells arrive as null. */
export type Cell = number | string | boolean | null | undefined;

/** A range as Excel hands it over: rows of cells, read row-major. */
export type Matrix = readonly (readonly Cell[])[];

/** A range argument, or a single value where a range is allowed. */
export type CellOrMatrix = Cell | Matrix;
