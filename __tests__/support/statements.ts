import type { DataSource, Logger } from 'typeorm';

/**
 * Records every SQL statement the data source sends from now on (both drivers tell the logger before running
 * one), as the bench counts them. Empty the returned list to start a new count.
 */
export function recordStatements(dataSource: DataSource): string[] {
  const statements: string[] = [];
  const logger: Logger = {
    logQuery: (sql) => void statements.push(sql),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(dataSource, { logger });
  return statements;
}
