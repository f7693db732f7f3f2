import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../locale';
import type { Table, TableCell } from './table';

/**
 * A cell a spreadsheet would read as a formula (=, +, −, @, or a tab or return first) is written as text with a
 * leading apostrophe: names and e-mails are typed by people, and "=HYPERLINK(…)" must not become a live link
 * (CSV injection, OWASP).
 */
const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function cellText(cell: TableCell, numbers: Intl.NumberFormat): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? numbers.format(cell) : defused(cell);
}

/**
 * #10 §7: a CSV that opens right in a French-locale spreadsheet: UTF-8 with a byte-order mark (so accents are
 * read as UTF-8), `;` between fields (the comma is the French decimal separator, used for the numbers), CRLF
 * line ends.
 */
export function csvBytes(table: Table, locale: Locale): Buffer {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const text = stringify([table.header, ...table.rows.map((row) => row.map((cell) => cellText(cell, numbers)))], {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return Buffer.from(text, 'utf8');
}
