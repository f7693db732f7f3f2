import { IsIn, Matches, MaxLength } from 'class-validator';

// Shared class-validator rules, so every title or name is checked the same way.
const notBlank = (what: string) => Matches(/\S/, { message: `${what} must not be empty` });

/** A required short text (title, name, code): not blank, at most `max` characters. */
export function ShortText(what: string, max = 255): PropertyDecorator {
  return (target, key) => {
    notBlank(what)(target, key);
    MaxLength(max, { message: `${what} must be at most ${max} characters` })(target, key);
  };
}

/** A free text (description, comment) of bounded length; may be empty. */
export const LongText = (what: string, max = 20000): PropertyDecorator =>
  MaxLength(max, { message: `${what} must be at most ${max} characters` });

export const Locale = (): PropertyDecorator => IsIn(['fr', 'en'], { message: 'locale must be "fr" or "en"' });
