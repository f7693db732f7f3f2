// The mysql migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701482323Mysql } from './1795701482323-Initial';

export const mysqlMigrations = [Initial1795701482323Mysql];
