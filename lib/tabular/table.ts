/** A table to download (#10 §7): one title row, then rows of text or numbers (empty cells are null). */
export type TableCell = string | number | null;

export interface Table {
  /** The sheet's name in a workbook. */
  name: string;
  header: string[];
  rows: TableCell[][];
}
