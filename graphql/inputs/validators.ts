import { IsIn, Matches, MaxLength, ValidateBy } from 'class-validator';
import { ErrorReason } from '../../domain/error-reasons';
import { forbiddenCharactersMessage, hasForbiddenCharacters, TextKind } from '../../domain/text';

// Shared class-validator rules, so every title or name is checked the same way.
const notBlank = (what: string) => Matches(/\S/, { message: `${what} must not be empty` });

const atMost = (what: string, max: number) => MaxLength(max, { message: `${what} must be at most ${max} characters` });

/** #6 §11: the characters domain/text.ts allows for this kind of text; the error carries FORBIDDEN_CHARACTER. */
const characters = (what: string, kind: TextKind): PropertyDecorator =>
  ValidateBy(
    { name: `${kind}Characters`, validator: { validate: (value) => typeof value !== 'string' || !hasForbiddenCharacters(value, kind) } },
    { message: forbiddenCharactersMessage(what, kind), context: { reason: ErrorReason.FORBIDDEN_CHARACTER } },
  );

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

/** A one-line text that may be empty (a subject line): at most `max` characters, no control character. */
export const LineText = (what: string, max = 255): PropertyDecorator => all(atMost(what, max), characters(what, 'line'));

/** A required short text (title, name, code): one line, not blank, at most `max` characters. */
export const ShortText = (what: string, max = 255): PropertyDecorator => all(notBlank(what), LineText(what, max));

/** A free text (description, comment) of bounded length; may be empty, keeps line breaks and tabs. */
export const LongText = (what: string, max = 20000): PropertyDecorator => all(atMost(what, max), characters(what, 'multiline'));

export const Locale = (): PropertyDecorator => IsIn(['fr', 'en'], { message: 'locale must be "fr" or "en"' });
