import Mustache from 'mustache';
import { Brackets } from 'typeorm';
import { Template, TemplateKind } from '../entities';
import { DomainContext } from './context';
import { DEFAULT_TEMPLATES } from './default-templates';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';
import { DocumentTarget, loadDocumentData } from './template-data';
import { assertKnownPlaceholders } from './template-placeholders';
import { sampleDocumentData } from './template-sample';
import { DateWords, dateWords, DocumentData, documentLocale, DocumentLocale, documentView } from './template-values';
import { getTemplate } from './templates';
import { assertManager } from './permissions';

/** A document put in words (brief-shared10, the agreed interface). */
export interface RenderedDocument {
  /** Plain text (an e-mail's subject, a PDF's title). */
  subject: string;
  /** Plain text: a PDF's content, the text part of an e-mail. */
  text: string;
  /** The body as HTML paragraphs, every value and every character of the template escaped. */
  html: string;
  locale: 'fr' | 'en';
  /** The template used; null for the one shipped with Cursus. */
  templateId: number | null;
}

export interface RenderOptions {
  /** A template the actor may see (templates.ts), of the kind asked; else the organisation's, else the default. */
  templateId?: number | null;
  /** The language wanted when no template is given; else the reader's. */
  locale?: 'fr' | 'en';
  /** The text of the message, for EMAIL templates (`{{ message }}`). */
  message?: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** The characters that matter in HTML text and attributes; not `/` (Mustache's own escape would break `{{/events}}`). */
const escapeHtml = (text: string) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
const keepText = (text: string) => String(text);

/** Blank lines left by empty optional parts count once; trailing spaces go. */
const tidy = (text: string) =>
  text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** HTML paragraphs from text already escaped: a blank line separates paragraphs, a line break stays one. */
const paragraphs = (escaped: string) =>
  escaped
    .split(/\n{2,}/)
    .map((block) => `<p>${block.split('\n').join('<br>\n')}</p>`)
    .join('\n');

/**
 * Renders a subject and a body with a view. The template is plain text, not HTML: for `html` its own text is
 * escaped too and the values are escaped by Mustache (so `<script>` in a learner's name or in the template
 * shows as text); `text` keeps everything as it is. Triple braces and `&` never reach here (refused on save).
 */
export function renderTemplate(source: { subject: string; body: string }, view: object) {
  const render = (template: string, escape: (value: string) => string) => Mustache.render(template, view, {}, { escape });
  const text = tidy(render(source.body, keepText));
  return {
    subject: tidy(render(source.subject, keepText)).replace(/\s*\n\s*/g, ' '),
    text,
    html: paragraphs(tidy(render(escapeHtml(source.body), escapeHtml))),
  };
}

function rendered(
  source: { subject: string; body: string },
  data: DocumentData,
  kind: TemplateKind,
  locale: DocumentLocale,
  templateId: number | null,
  words: DateWords,
): RenderedDocument {
  return { ...renderTemplate(source, documentView(data, locale, kind, words)), locale, templateId };
}

/** The template given by id: visible to the actor (else NOT_FOUND) and of the kind asked. */
async function chosenTemplate(ctx: DomainContext, kind: TemplateKind, templateId: number) {
  const template = await getTemplate(ctx, templateId);
  if (template.kind !== kind) throw badInput('templateId', ErrorReason.TEMPLATE_KIND_MISMATCH, `template ${templateId} is a ${template.kind} template, not ${kind}`);
  return template;
}

/**
 * The templates that may be chosen for these organisations, in one query: of the kind, in one of the
 * languages, of one of the organisations or shared (organisationId NULL); most recently edited first.
 */
function candidateTemplates(ctx: DomainContext, kind: TemplateKind, locales: string[], organisationIds: number[]) {
  return ctx.manager
    .createQueryBuilder(Template, 't')
    .where('t.kind = :kind AND t.locale IN (:...locales)', { kind, locales })
    .andWhere(
      new Brackets((w) => {
        w.where('t.organisationId IS NULL');
        if (organisationIds.length) w.orWhere('t.organisationId IN (:...organisationIds)', { organisationIds });
      }),
    )
    .orderBy('t.updatedAt', 'DESC')
    .addOrderBy('t.id', 'DESC')
    .getMany();
}

/**
 * R12, #10 §4: many documents of one kind, with a constant number of queries whatever the number of targets
 * (template-data.ts, plus one for the templates). Each target's template: `templateId` if given (visible, of
 * this kind; its language is the document's); else, in the language asked or the reader's, the most recent
 * template of the training's organisations, else a shared one, else the one shipped (default-templates.ts).
 * The caller has checked that the actor may act on the targets.
 */
export async function renderDocuments(ctx: DomainContext, kind: TemplateKind, targets: DocumentTarget[], options: RenderOptions = {}): Promise<RenderedDocument[]> {
  const given = options.templateId != null ? await chosenTemplate(ctx, kind, options.templateId) : null;
  const loaded = await loadDocumentData(ctx, kind, targets, options.message ?? '');
  const words = dateWords();
  if (given) return loaded.map(({ data }) => rendered(given, data, kind, documentLocale(given.locale), given.id, words));
  const localeOf = (userLocale: string) => options.locale ?? documentLocale(userLocale);
  const candidates = loaded.length
    ? await candidateTemplates(ctx, kind, [...new Set(loaded.map((t) => localeOf(t.userLocale)))], [...new Set(loaded.flatMap((t) => t.organisationIds))])
    : [];
  return loaded.map(({ data, userLocale, organisationIds }) => {
    const locale = localeOf(userLocale);
    const inLocale = candidates.filter((t) => t.locale === locale);
    const template =
      inLocale.find((t) => t.organisationId !== null && organisationIds.includes(t.organisationId)) ?? inLocale.find((t) => t.organisationId === null);
    return rendered(template ?? DEFAULT_TEMPLATES[kind][locale], data, kind, locale, template?.id ?? null, words);
  });
}

/** One document: renderDocuments for one target. */
export async function renderDocument(ctx: DomainContext, kind: TemplateKind, target: DocumentTarget, options: RenderOptions = {}): Promise<RenderedDocument> {
  const [document] = await renderDocuments(ctx, kind, [target], options);
  return document;
}

/**
 * #10 §4: a template being written, rendered with made-up data (template-sample.ts; nothing read from the
 * database), so the editor shows what a learner would get. Refused like a save (UNKNOWN_PLACEHOLDER,
 * UNSAFE_PLACEHOLDER on `subject` or `body`).
 */
export function previewTemplate(ctx: DomainContext, kind: TemplateKind, locale: string, source: { subject: string; body: string }) {
  assertManager(ctx);
  assertKnownPlaceholders(source.subject, kind, 'subject');
  assertKnownPlaceholders(source.body, kind, 'body');
  const language = documentLocale(locale);
  return renderTemplate(source, documentView(sampleDocumentData(ctx.clock.now(), language, kind), language, kind));
}
