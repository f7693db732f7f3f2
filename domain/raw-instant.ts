/**
 * An instant read by a raw query (`getRawMany`): MySQL gives a Date, SQLite the stored text
 * ("2026-12-01 09:00:00.000"), both in UTC.
 */
export const rawInstant = (value: Date | string): Date => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`));
