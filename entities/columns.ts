import { ColumnOptions } from 'typeorm';

// Instants are stored in UTC with milliseconds on both databases (MySQL drops them without precision 3).
export const instant = (options: ColumnOptions = {}): ColumnOptions => ({ type: 'datetime', precision: 3, ...options });

export const shortText = (length: number, options: ColumnOptions = {}): ColumnOptions => ({
  type: 'varchar',
  length,
  ...options,
});

export const longText = (options: ColumnOptions = {}): ColumnOptions => ({ type: 'text', ...options });

// Long enough for every value of the enum it stores (MySQL refuses longer values; SQLite would not notice).
export const enumText = (options: ColumnOptions = {}): ColumnOptions => ({ type: 'varchar', length: 16, ...options });
