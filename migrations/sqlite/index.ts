// The sqlite migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701482323Sqlite } from './1795701482323-Initial';

export const sqliteMigrations = [Initial1795701482323Sqlite];
