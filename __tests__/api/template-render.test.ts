import { systemActor } from '../../domain/actor';
import { DomainContext } from '../../domain/context';
import { DomainError } from '../../domain/errors';
import { placeholdersOf } from '../../domain/template-placeholders';
import { renderDocument, renderDocuments } from '../../domain/template-render';
import { Attendance, AttendanceMethod, AttendanceStatus, TemplateKind } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { managerActor } from '../support/actors';
import { factories } from '../support/factories';

// #10 §4 (R12): documents from templates, over a real database; the preview over the API.
// The set-up creates a few dozen rows through the API (and runs the migrations on MariaDB).
jest.setTimeout(60_000);
let api: TestApi;
let f: ReturnType<typeof factories>;
const w = {} as {
  org: string;
  otherOrg: string;
  session: number;
  otherSession: number;
  events: [number, number];
  learnerFr: number;
  learnerEn: number;
  learners: number[];
};

const HOSTILE = `<script>alert("x")</script> & 'Co'`;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  w.org = await f.organisation('Université Lumière — Formation continue');
  w.otherOrg = await f.organisation();
  const training = await f.training({ organisationIds: [w.org], title: 'Prévention des risques électriques', code: 'HAB-ÉLEC', description: 'Habilitation électrique', objectives: 'Travailler en sécurité' });
  // A non-Paris location: Toronto is on daylight time (UTC−4) after 8 March 2026.
  const toronto = await f.location('America/Toronto', { name: 'Salle Érable', address: '100 Queen St W, Toronto' });
  const session = await f.session({ trainingId: training, title: 'Session d’hiver', description: 'Deux jours', startDate: '2026-03-20T12:00:00Z', endDate: '2026-03-21T23:00:00Z' });
  const events = [
    await f.event(session, { name: 'Théorie', startAt: '2026-03-20T13:00:00Z', endAt: '2026-03-20T16:30:00Z', locationId: toronto, locationExtra: 'Porte 3, code 1234', description: `Apportez ${HOSTILE}` }),
    await f.event(session, { name: 'Pratique', startAt: '2026-03-21T18:00:00Z', endAt: '2026-03-21T21:00:00Z', locationId: toronto, locationExtra: 'Atelier' }),
  ];
  const trainer = await f.user({ firstName: 'Hélène', lastName: 'Dupré' });
  await f.inscription({ sessionId: session, userId: trainer, role: 'TRAINER' });
  for (const eventId of events) await f.inscription({ eventId, userId: trainer, role: 'TRAINER' });
  const learnerFr = await f.user({ firstName: 'Éloïse', lastName: HOSTILE, locale: 'fr' });
  const learnerEn = await f.user({ firstName: 'Ann', lastName: 'Smith', locale: 'en' });
  const more = [await f.user(), await f.user(), await f.user()];
  for (const userId of [learnerFr, learnerEn, ...more]) {
    await f.inscription({ sessionId: session, userId });
    for (const eventId of events) await f.inscription({ eventId, userId });
  }
  const record = (eventId: string, userId: string, status: AttendanceStatus) =>
    api.dataSource.manager.insert(Attendance, {
      eventId: Number(eventId),
      userId: Number(userId),
      status,
      comment: null,
      recordedById: Number(trainer),
      recordedAt: api.clock.now(),
      method: AttendanceMethod.STAFF,
      correctionReason: null,
    });
  await record(events[0], learnerFr, AttendanceStatus.PRESENT);
  await record(events[1], learnerFr, AttendanceStatus.ABSENT_EXCUSED);
  const otherTraining = await f.training({ organisationIds: [w.otherOrg] });
  Object.assign(w, {
    session: Number(session),
    otherSession: Number(await f.session({ trainingId: otherTraining })),
    events: events.map(Number),
    learnerFr: Number(learnerFr),
    learnerEn: Number(learnerEn),
    learners: [learnerFr, learnerEn, ...more].map(Number),
  });
});
afterAll(() => api.close());

const ctx = (actor = systemActor): DomainContext => ({ manager: api.dataSource.manager, clock: api.clock, actor });

const CREATE = `mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id } }`;
/** A template, by default of the other organisation, so that only tests giving its id use it. */
async function template(input: { kind: TemplateKind; body: string; subject?: string; locale?: string; organisationId?: string | null }) {
  return Number((await api.ok(CREATE, { input: { name: `Modèle ${Math.random()}`, organisationId: w.otherOrg, ...input } })).createTemplate.id);
}

/** A body naming every placeholder of the kind, each on its line as `name=value`, the loop's inside it. */
function everyPlaceholder(kind: TemplateKind) {
  const all = placeholdersOf(kind);
  const values = all.filter((p) => !p.loop && !p.within).map((p) => `${p.name}=[{{ ${p.name} }}]`);
  const loops = all
    .filter((p) => p.loop)
    .map((loop) => `{{#${loop.name}}}\n${all.filter((p) => p.within === loop.name).map((p) => `${loop.name}.${p.name}=[{{ ${p.name} }}]`).join('\n')}\n{{/${loop.name}}}`);
  return [...values, ...loops].join('\n');
}

describe('renderDocument fills every placeholder', () => {
  it.each(Object.values(TemplateKind).flatMap((kind) => (['fr', 'en'] as const).map((locale) => [kind, locale] as const)))('%s in %s', async (kind, locale) => {
    const templateId = await template({ kind, locale, body: everyPlaceholder(kind), subject: '{{ training.title }} — {{ learner.firstName }}' });
    const doc = await renderDocument(ctx(), kind, { sessionId: w.session, eventId: w.events[0], userId: w.learnerFr }, { templateId, message: 'Rendez-vous à l’accueil.' });
    expect(doc).toMatchObject({ locale, templateId, subject: 'Prévention des risques électriques — Éloïse' });
    const empty = doc.text.split('\n').filter((line) => line.endsWith('=[]'));
    expect(empty).toEqual([]);
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
    // The loop ran once per event.
    if (placeholdersOf(kind).some((p) => p.loop)) expect(doc.text.match(/^events\.name=/gm)).toHaveLength(2);
  });
});

describe('values', () => {
  it('dates and times in the event’s zone and the reader’s language, the zone named', async () => {
    const body = '{{ event.startAt }} | {{ event.endTime }} | {{ event.timeZone }} | {{ event.duration }} | {{ session.startDate }}';
    const fr = await template({ kind: TemplateKind.EVENT_INVITATION, locale: 'fr', body });
    const en = await template({ kind: TemplateKind.EVENT_INVITATION, locale: 'en', body });
    const target = { sessionId: w.session, eventId: w.events[0], userId: w.learnerFr };
    expect((await renderDocument(ctx(), TemplateKind.EVENT_INVITATION, target, { templateId: fr })).text).toBe(
      'vendredi 20 mars 2026 à 09:00 | 12:30 | heure de l’Est nord-américain | 3 h 30 | 20 mars 2026',
    );
    expect((await renderDocument(ctx(), TemplateKind.EVENT_INVITATION, target, { templateId: en })).text).toBe(
      'Friday, March 20, 2026 at 9:00 AM | 12:30 PM | Eastern Time | 3 h 30 min | March 20, 2026',
    );
  });

  it('escapes every value (and the template’s own text) in html, keeps them as written in text', async () => {
    const templateId = await template({
      kind: TemplateKind.EVENT_INVITATION,
      subject: 'Pour {{ learner.lastName }}',
      body: 'Bonjour {{ learner.firstName }} {{learner.lastName}} <b>!</b>\n{{ event.description }}\n\nFin',
    });
    const doc = await renderDocument(ctx(), TemplateKind.EVENT_INVITATION, { sessionId: w.session, eventId: w.events[0], userId: w.learnerFr }, { templateId });
    expect(doc.text).toBe(`Bonjour Éloïse ${HOSTILE} <b>!</b>\nApportez ${HOSTILE}\n\nFin`);
    expect(doc.subject).toBe(`Pour ${HOSTILE}`);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;';
    expect(doc.html).toBe(`<p>Bonjour Éloïse ${escaped} &lt;b&gt;!&lt;/b&gt;<br>\nApportez ${escaped}</p>\n<p>Fin</p>`);
    expect(doc.html).not.toMatch(/<script|<b>/);
  });

  it('the certificat de réalisation lists the learner’s events with their attendance and adds the hours up', async () => {
    const doc = await renderDocument(ctx(), TemplateKind.SESSION_CERTIFICATE, { sessionId: w.session, userId: w.learnerFr });
    expect(doc).toMatchObject({ templateId: null, locale: 'fr' });
    expect(doc.text).toContain('CERTIFICAT DE RÉALISATION');
    expect(doc.text).toContain('Durée réalisée : 3 h 30 sur une durée prévue de 6 h 30 (assiduité partielle).');
    expect(doc.text).toContain('- vendredi 20 mars 2026, 09:00 – 12:30 (heure de l’Est nord-américain) : Théorie — présent(e), 3 h 30 sur 3 h 30');
    expect(doc.text).toContain('- samedi 21 mars 2026, 14:00 – 17:00 (heure de l’Est nord-américain) : Pratique — absence excusée, 0 h sur 3 h');
    expect(doc.text).toContain('Université Lumière — Formation continue');
  });

  it('the event certificate says the attendance at that event', async () => {
    const present = await renderDocument(ctx(), TemplateKind.ATTENDANCE_CERTIFICATE, { sessionId: w.session, eventId: w.events[0], userId: w.learnerFr });
    expect(present.text).toContain('Présence : présent(e), soit 3 h 30 sur 3 h 30 prévue(s).');
    const unknown = await renderDocument(ctx(), TemplateKind.ATTENDANCE_CERTIFICATE, { sessionId: w.session, eventId: w.events[0], userId: w.learnerEn });
    expect(unknown).toMatchObject({ locale: 'en' });
    expect(unknown.text).toContain('Attendance: not recorded, 0 h out of 3 h 30 min scheduled.');
  });
});

describe('which template', () => {
  const target = () => ({ sessionId: w.session, eventId: w.events[1], userId: w.learnerFr });
  const kind = TemplateKind.EVENT_INVITATION;

  it('the shipped default in the reader’s language when none exists; the organisation’s when it exists, not another’s', async () => {
    // SESSION_INVITATION in English: no template of that kind and language exists in this file.
    const en = await renderDocument(ctx(), TemplateKind.SESSION_INVITATION, { sessionId: w.session, userId: w.learnerEn });
    expect(en).toMatchObject({ templateId: null, locale: 'en', subject: 'Invitation to the training “Prévention des risques électriques”' });
    expect(en.text).toContain('- Théorie: Friday, March 20, 2026 at 9:00 AM – 12:30 PM (Eastern Time), Salle Érable, 100 Queen St W, Toronto (Porte 3, code 1234)');

    await template({ kind, locale: 'fr', body: 'Autre organisation', organisationId: w.otherOrg });
    await template({ kind, locale: 'en', body: 'Ours, in English', organisationId: w.org });
    expect(await renderDocument(ctx(), kind, target())).toMatchObject({ templateId: null, text: expect.stringContaining('vous convoque à la séance suivante') });

    const shared = await template({ kind, locale: 'fr', body: 'Partagé', organisationId: null });
    expect(await renderDocument(ctx(), kind, target())).toMatchObject({ templateId: shared, text: 'Partagé' });
    const ours = await template({ kind, locale: 'fr', body: 'Le nôtre : {{ event.name }}', organisationId: w.org });
    expect(await renderDocument(ctx(), kind, target())).toMatchObject({ templateId: ours, text: 'Le nôtre : Pratique', locale: 'fr' });
    // The language asked wins over the reader's.
    expect(await renderDocument(ctx(), kind, target(), { locale: 'en' })).toMatchObject({ text: 'Ours, in English', locale: 'en' });
  });

  it('a template given by id: visible to the actor (else NOT_FOUND) and of the kind asked', async () => {
    const theirs = await template({ kind, body: 'x', organisationId: w.otherOrg });
    const manager = managerActor(String(await f.user()), w.org);
    await expect(renderDocument(ctx(manager), kind, target(), { templateId: theirs })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const email = await template({ kind: TemplateKind.EMAIL, body: 'x', organisationId: w.org });
    await expect(renderDocument(ctx(manager), kind, target(), { templateId: email })).rejects.toMatchObject({
      kind: 'BAD_USER_INPUT',
      reason: 'TEMPLATE_KIND_MISMATCH',
      field: 'templateId',
    });
  });

  it('an event of another session, a missing user or session: NOT_FOUND', async () => {
    const refusal = (target: { sessionId: number; eventId?: number; userId: number }) =>
      renderDocument(ctx(), kind, target).then(
        () => null,
        (e: DomainError) => e.kind,
      );
    expect(await refusal({ sessionId: w.otherSession, eventId: w.events[0], userId: w.learnerFr })).toBe('NOT_FOUND');
    expect(await refusal({ sessionId: w.session, userId: 999999 })).toBe('NOT_FOUND');
    expect(await refusal({ sessionId: 999999, userId: w.learnerFr })).toBe('NOT_FOUND');
  });
});

describe('renderDocuments', () => {
  /** The SQL statements `work` sends. */
  async function statements(work: (ctx: DomainContext) => Promise<unknown>) {
    const runner = api.dataSource.createQueryRunner();
    const spy = jest.spyOn(runner, 'query');
    try {
      await work({ manager: runner.manager, clock: api.clock, actor: systemActor });
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
      await runner.release();
    }
  }

  it.each([TemplateKind.SESSION_CERTIFICATE, TemplateKind.EVENT_INVITATION])('%s: as many queries for one learner as for all of them', async (kind) => {
    const targets = (users: number[]) => users.map((userId) => ({ sessionId: w.session, eventId: kind === TemplateKind.EVENT_INVITATION ? w.events[0] : null, userId }));
    const one = await statements((c) => renderDocuments(c, kind, targets(w.learners.slice(0, 1))));
    const all = await statements((c) => renderDocuments(c, kind, targets(w.learners)));
    expect(all).toBe(one);
    expect(one).toBeLessThanOrEqual(8);
    const docs = await renderDocuments(ctx(), kind, targets(w.learners));
    expect(docs.map((d) => d.locale)).toEqual(['fr', 'en', 'fr', 'fr', 'fr']);
  });
});

describe('templatePreview', () => {
  const PREVIEW = `query($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {
    templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) { subject html text } }`;

  it('renders with sample data, nothing needed in the database, escaped', async () => {
    const { templatePreview } = await api.ok(PREVIEW, {
      kind: 'SESSION_CERTIFICATE',
      locale: 'fr',
      subject: 'Certificat : {{ learner.firstName }}',
      body: '<i>{{ learner.lastName }}</i> {{ attendedHours }}/{{ scheduledHours }}\n{{#events}}\n* {{ name }} {{ attendance }}\n{{/events}}',
    });
    expect(templatePreview).toEqual({
      subject: 'Certificat : Éloïse',
      text: '<i>Lefèvre</i> 3 h 30/6 h 30\n* Gestes de premiers secours présent(e)\n* Mises en situation absence excusée',
      html: '<p>&lt;i&gt;Lefèvre&lt;/i&gt; 3 h 30/6 h 30<br>\n* Gestes de premiers secours présent(e)<br>\n* Mises en situation absence excusée</p>',
    });
    const en = (await api.ok(PREVIEW, { kind: 'EVENT_INVITATION', locale: 'en', subject: '', body: '{{ event.timeZone }}: {{ event.startTime }}' })).templatePreview;
    expect(en.text).toBe('Central European Time: 9:00 AM');
  });

  it.each([
    ['an unknown name', 'body', '{{ learner.surname }}', 'UNKNOWN_PLACEHOLDER', '{{ learner.surname }}'],
    ['an item placeholder outside its loop', 'body', 'Durée : {{ hours }}', 'UNKNOWN_PLACEHOLDER', '{{ hours }}'],
    ['an unclosed loop', 'body', '{{#events}} {{ name }}', 'UNKNOWN_PLACEHOLDER', '{{#events}}'],
    ['a triple brace', 'body', 'Bonjour {{{ learner.firstName }}}', 'UNSAFE_PLACEHOLDER', '{{{ learner.firstName }}}'],
    ['an & tag', 'subject', 'Bonjour {{& learner.firstName }}', 'UNSAFE_PLACEHOLDER', '{{& learner.firstName }}'],
    ['a partial', 'body', '{{> header }}', 'UNSAFE_PLACEHOLDER', '{{> header }}'],
    ['a change of delimiters', 'body', '{{=<% %>=}} <% learner.firstName %>', 'UNSAFE_PLACEHOLDER', '{{=<% %>=}}'],
  ])('refuses %s, naming it, on its field', async (_, field, text, reason, placeholder) => {
    const variables = { kind: 'SESSION_INVITATION', locale: 'fr', subject: '', body: '', [field]: text };
    const error = firstError(await api.run(PREVIEW, variables));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, field, details: { placeholder } });
    // Saving refuses the same.
    const saved = firstError(await api.run(CREATE, { input: { name: 'x', kind: 'SESSION_INVITATION', subject: variables.subject, body: variables.body || 'x' } }));
    expect(saved).toMatchObject({ reason, field, details: { placeholder } });
  });

  it('is for managers: a learner is refused', async () => {
    const learner = { kind: 'user' as const, userId: w.learnerFr, isAdmin: false, managedOrganisationIds: [] };
    const error = firstError(await api.run(PREVIEW, { kind: 'EMAIL', locale: 'fr', subject: '', body: '{{ message }}' }, learner));
    expect(error.code).toBe('FORBIDDEN');
  });
});
