// The sqlite migrations in order. Imported explicitly: bundling loses file globs (stack-notes.md).
import { Initial1795701920499Sqlite } from './1795701920499-Initial';

export const sqliteMigrations = [Initial1795701920499Sqlite];
