import { ApolloServerErrorCode } from '@apollo/server/errors';
import { parse } from '@formatjs/icu-messageformat-parser';
import { ERROR_KINDS } from '../../domain/errors';
import { ErrorReason } from '../../domain/error-reasons';
import { loadMessages, type Messages } from '../../i18n/messages';

// #7: every string of the UI in French and English, in valid ICU syntax; every API error code and every
// refusal reason has a message in both languages (the screens fall back to a generic text for unknown ones).
function flatten(tree: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const catalogues = { fr: flatten(loadMessages('fr')), en: flatten(loadMessages('en')) };

describe('the message files', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort());
  });

  it.each(Object.entries(catalogues))('are valid ICU messages in %s, none empty', (_, messages) => {
    const broken = Object.entries(messages).filter(([, text]) => {
      try {
        parse(text);
        return !text.trim();
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(Object.entries(catalogues))('translate every ErrorReason in %s', (_, messages) => {
    const missing = Object.values(ErrorReason).filter((reason) => !messages[`errors.reason.${reason}`]);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(catalogues))('translate every error code (domain and Apollo) in %s', (_, messages) => {
    const codes = [...ERROR_KINDS, ...Object.values(ApolloServerErrorCode)];
    expect(codes.filter((code) => !messages[`errors.code.${code}`])).toEqual([]);
    expect(messages['errors.generic']).toBeTruthy();
  });

  it('name no reason or code that does not exist (no stale message)', () => {
    const known = new Set<string>([...Object.values(ErrorReason), ...ERROR_KINDS, ...Object.values(ApolloServerErrorCode)]);
    const stale = Object.keys(catalogues.fr)
      .filter((key) => /^errors\.(reason|code)\./.test(key))
      .map((key) => key.split('.')[2])
      .filter((name) => !known.has(name));
    expect(stale).toEqual([]);
  });
});
