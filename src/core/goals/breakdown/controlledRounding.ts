/**
 * A matrix of whole numbers with given row and column totals, each cell the floor or the ceiling
 * of its proportional value rowTotal × columnTotal ÷ total (controlled rounding). The
 * proportional values already have these totals, so such a rounding always exists: each cell
 * starts at its floor, and the units each row and column still lacks go to cells with the largest
 * fractional parts first (ties to the earlier row, then column), with an augmenting-path search
 * (a bipartite flow, each cell taking at most one unit) where the greedy pass gets stuck. Exact
 * in integers: the products are computed with BigInt.
 *
 * @param rowTotals - whole numbers ≥ 0
 * @param columnTotals - whole numbers ≥ 0 with the same sum as rowTotals
 * @returns rows × columns of whole numbers adding up to both sets of totals
 * @throws RangeError when the totals differ in sum (a programming error)
 *
 * @example
 * controlledRounding([50, 50], [34, 33, 33]) //=> [[17, 17, 16], [17, 16, 17]]
 */
export function controlledRounding(rowTotals: readonly number[], columnTotals: readonly number[]): number[][] {
  const total = rowTotals.reduce((a, b) => a + b, 0);
  if (total !== columnTotals.reduce((a, b) => a + b, 0))
    throw new RangeError("row and column totals must have the same sum");
  const rows = rowTotals.length;
  const cols = columnTotals.length;
  const cells = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  if (total === 0) return cells;

  const bigTotal = BigInt(total);
  const remainder = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const rowNeed = rowTotals.slice();
  const colNeed = columnTotals.slice();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const product = BigInt(rowTotals[i]) * BigInt(columnTotals[j]);
      cells[i][j] = Number(product / bigTotal);
      remainder[i][j] = Number(product % bigTotal);
      rowNeed[i] -= cells[i][j];
      colNeed[j] -= cells[i][j];
    }
  }
  // Cells that may take one more unit, largest fractional part first.
  const candidates: [number, number][] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (remainder[i][j] > 0) candidates.push([i, j]);
  candidates.sort((a, b) => remainder[b[0]][b[1]] - remainder[a[0]][a[1]] || a[0] - b[0] || a[1] - b[1]);
  const raised = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const [i, j] of candidates) {
    if (rowNeed[i] > 0 && colNeed[j] > 0) {
      raised[i][j] = true;
      rowNeed[i]--;
      colNeed[j]--;
    }
  }
  for (let start = 0; start < rows; start++) {
    while (rowNeed[start] > 0) {
      if (!augment(start, remainder, raised, colNeed)) throw new RangeError("no controlled rounding found");
      rowNeed[start]--;
    }
  }
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (raised[i][j]) cells[i][j]++;
  return cells;
}

/**
 * Breadth-first search for a path row → column (not raised) → row (raised there) → … ending at a
 * column that still needs a unit; flipping the cells along it gives the start row one more unit
 * and that column one more, leaving every other total as it was.
 */
function augment(start: number, remainder: number[][], raised: boolean[][], colNeed: number[]): boolean {
  const rows = remainder.length;
  const cols = colNeed.length;
  const rowFrom = new Array<number>(rows).fill(-1); // the column a row was reached through
  const colFrom = new Array<number>(cols).fill(-1); // the row a column was reached from
  const rowSeen = new Array<boolean>(rows).fill(false);
  rowSeen[start] = true;
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    for (let j = 0; j < cols; j++) {
      if (colFrom[j] !== -1 || remainder[i][j] === 0 || raised[i][j]) continue;
      colFrom[j] = i;
      if (colNeed[j] > 0) {
        colNeed[j]--;
        let col = j;
        for (;;) {
          const row = colFrom[col];
          raised[row][col] = true;
          if (row === start) return true;
          col = rowFrom[row];
          raised[row][col] = false;
        }
      }
      for (let k = 0; k < rows; k++) {
        if (!rowSeen[k] && raised[k][j]) {
          rowSeen[k] = true;
          rowFrom[k] = j;
          queue.push(k);
        }
      }
    }
  }
  return false;
}
