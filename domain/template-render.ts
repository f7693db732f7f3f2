import { TemplateKind } from '../entities';
import { DomainContext } from './context';

// TEMPORARY stand-in for i10-templates' domain/template-render.ts (the interface agreed in brief-shared10), so
// that this branch type-checks until that one lands; the merge takes theirs.
export interface RenderedDocument {
  subject: string;
  text: string;
  html: string;
  locale: 'fr' | 'en';
  templateId: number | null;
}

export interface RenderOptions {
  templateId?: number | null;
  locale?: 'fr' | 'en';
}

export async function renderDocuments(
  _ctx: DomainContext,
  kind: TemplateKind,
  targets: { sessionId: number; eventId?: number | null; userId: number }[],
  options: RenderOptions = {},
): Promise<RenderedDocument[]> {
  return targets.map((t) => ({ subject: kind, text: `${kind} ${t.userId}`, html: kind, locale: options.locale ?? 'fr', templateId: options.templateId ?? null }));
}
