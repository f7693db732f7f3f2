import ExcelJS from 'exceljs';
import type { Table } from './table';

/** #10 §7: the same table as an .xlsx workbook: a bold, frozen title row with filters, numbers kept as numbers. */
export async function xlsxBytes(table: Table, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cursus';
  workbook.created = createdAt;
  // Excel refuses sheet names over 31 characters or with any of []:*?/\.
  const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(table.header[index].length, ...table.rows.map((row) => String(row[index] ?? '').length));
    column.width = Math.min(Math.max(longest + 2, 8), 50);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
