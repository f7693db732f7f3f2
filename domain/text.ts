import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * #6 §11: which characters a text may hold. Control characters (C0, DEL, C1) and the Unicode line and
 * paragraph separators are invisible, break exports and logs, and are not even stored alike by the two
 * databases (a NUL ends the text for SQLite's LIKE), so no text takes them; nor an unpaired UTF-16 surrogate,
 * which is no Unicode text at all (SQLite and MySQL store different replacements). The one exception: long
 * texts (descriptions, bodies, comments, addresses) keep their line breaks and tabs, \n, \r and \t.
 * Passwords are secrets, never shown: they are not texts in this sense.
 */
export type TextKind = 'line' | 'multiline';

const FORBIDDEN: Record<TextKind, RegExp> = {
  line: /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u,
  multiline: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/u,
};

export const hasForbiddenCharacters = (text: string, kind: TextKind): boolean => FORBIDDEN[kind].test(text);

export const forbiddenCharactersMessage = (field: string, kind: TextKind): string =>
  kind === 'line'
    ? `${field} must not contain control characters, line breaks or unpaired surrogates`
    : `${field} must not contain control characters or unpaired surrogates (line breaks and tabs are allowed)`;

/** Refuses a text holding a character its kind does not allow, naming the field. */
export function assertText(text: string, field: string, kind: TextKind): void {
  if (hasForbiddenCharacters(text, kind)) throw badInput(field, ErrorReason.FORBIDDEN_CHARACTER, forbiddenCharactersMessage(field, kind));
}
