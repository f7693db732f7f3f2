import { DEFAULT_TEMPLATES } from '../../domain/default-templates';
import { PLACEHOLDERS, placeholdersOf, unknownPlaceholders } from '../../domain/template-placeholders';
import { formatHours } from '../../domain/template-values';
import { TemplateKind } from '../../entities';

// #10 §4: the registry, what a template may say, and the shipped defaults.
const KINDS = Object.values(TemplateKind);

it('every shipped default, in both languages, uses only placeholders of its kind', () => {
  for (const kind of KINDS)
    for (const locale of ['fr', 'en'] as const) {
      const { subject, body } = DEFAULT_TEMPLATES[kind][locale];
      expect({ kind, locale, unknown: [...unknownPlaceholders(subject, kind), ...unknownPlaceholders(body, kind)] }).toEqual({ kind, locale, unknown: [] });
    }
});

it('every placeholder has both descriptions, and each loop item a loop of the same kinds', () => {
  for (const p of PLACEHOLDERS) {
    expect(p.description.fr.length * p.description.en.length).toBeGreaterThan(0);
    if (p.within) expect(PLACEHOLDERS.find((loop) => loop.loop && loop.name === p.within)?.kinds).toEqual(expect.arrayContaining([...p.kinds]));
  }
  expect(new Set(PLACEHOLDERS.map((p) => `${p.within}/${p.name}`)).size).toBe(PLACEHOLDERS.length);
});

it.each([
  ['a loop in a kind without it', TemplateKind.EVENT_INVITATION, '{{#events}}{{ name }}{{/events}}', ['{{#events}}']],
  ['an item placeholder of another kind', TemplateKind.SESSION_INVITATION, '{{#events}}{{ attendance }}{{/events}}', ['{{ attendance }}']],
  ['the loop used as a value', TemplateKind.SESSION_CERTIFICATE, '{{ events }}', ['{{ events }}']],
  ['a section closed twice', TemplateKind.EMAIL, '{{ message }}{{/events}}', ['{{/events}}']],
  ['a stray closing pair, once', TemplateKind.EMAIL, 'a }} b }}', ['}}']],
])('refuses %s', (_, kind, text, unknown) => {
  expect(unknownPlaceholders(text, kind)).toEqual(unknown);
});

it.each([
  ['a loop with outer placeholders inside', TemplateKind.SESSION_CERTIFICATE, '{{#events}}{{ name }} {{ learner.lastName }} {{ attendance }}{{/events}}'],
  ['an optional part', TemplateKind.EVENT_INVITATION, '{{#event.locationExtra}}Accès : {{ event.locationExtra }}{{/event.locationExtra}}{{^trainers}}—{{/trainers}}'],
  ['a comment', TemplateKind.EMAIL, '{{! for the team }}{{ message }}'],
  ['the old spelling, spaces optional', TemplateKind.ATTENDANCE_CERTIFICATE, '{{attendance}} {{  attendedHours  }}'],
])('accepts %s', (_, kind, text) => {
  expect(unknownPlaceholders(text, kind)).toEqual([]);
});

it('lists the loop and its items for the session kinds only', () => {
  expect(placeholdersOf(TemplateKind.SESSION_CERTIFICATE).filter((p) => p.within === 'events').map((p) => p.name)).toEqual(
    expect.arrayContaining(['name', 'startAt', 'attendance', 'hours']),
  );
  expect(placeholdersOf(TemplateKind.ATTENDANCE_CERTIFICATE).some((p) => p.loop || p.within)).toBe(false);
});

it('writes hours as certificates do', () => {
  expect([formatHours(3, 'fr'), formatHours(10.5, 'fr'), formatHours(10.5, 'en'), formatHours(1 / 3, 'fr')]).toEqual(['3 h', '10 h 30', '10 h 30 min', '0 h 20']);
});
