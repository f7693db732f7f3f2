import { Template, TemplateKind } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { unsafeFindById } from './ids';
import { Page, PageArgs, paginate } from './pagination';
import { assertManager } from './permissions';
import { inTransaction } from './transaction';

export interface TemplateInput {
  name?: string;
  kind?: TemplateKind;
  locale?: string;
  subject?: string;
  body?: string;
}

// Unscoped: templates are platform-wide, managed by every manager (domain.md); callers assertManager first.
export const getTemplate = (ctx: DomainContext, id: number) => unsafeFindById(ctx.manager, Template, id, 'Template');

export function listTemplates(ctx: DomainContext, kind: TemplateKind | null | undefined, args: PageArgs): Promise<Page<Template>> {
  assertManager(ctx);
  const qb = ctx.manager.createQueryBuilder(Template, 't');
  if (kind) qb.where('t.kind = :kind', { kind });
  return paginate(qb, { column: 'id', direction: 'ASC' }, args);
}

export function createTemplate(ctx: DomainContext, input: TemplateInput & { name: string; kind: TemplateKind; body: string }) {
  assertManager(ctx);
  return inTransaction(ctx, (tx) =>
    tx.manager.save(
      tx.manager.create(Template, assignDefined({ locale: 'fr', subject: '', updatedAt: tx.clock.now() }, input)),
    ),
  );
}

export function updateTemplate(ctx: DomainContext, id: number, input: TemplateInput) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) =>
    tx.manager.save(assignDefined(await getTemplate(tx, id), { ...input, updatedAt: tx.clock.now() })),
  );
}

export function deleteTemplate(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const template = await getTemplate(tx, id);
    await tx.manager.delete(Template, { id });
    return template;
  });
}
