// The mysql migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701920499Mysql } from './1795701920499-Initial';

export const mysqlMigrations = [Initial1795701920499Mysql];
