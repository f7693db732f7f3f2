import { assertText } from './text';

/**
 * A LIKE pattern matching `text` anywhere, with LIKE's wildcards in the text taken literally. The escape
 * character is "!" because a backslash means different things in SQLite and MySQL string literals.
 * #6 §11: a control character is refused (field `search`), as in every text: a NUL matched every row on SQLite
 * and none on MySQL.
 */
export function containsPattern(text: string): string {
  assertText(text, 'search', 'line');
  return `%${text.trim().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The ESCAPE clause that goes with containsPattern (the same on SQLite and MySQL). */
export const LIKE_ESCAPE = "ESCAPE '!'";
