import { Template, TemplateKind } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { assertManagesOwner } from './ownership';
import { Page, PageArgs, paginate } from './pagination';
import { assertManager } from './permissions';
import { applyScope, ownedCondition } from './scope';
import { inTransaction } from './transaction';
import { findVisible } from './visible';

export interface TemplateInput {
  name?: string;
  kind?: TemplateKind;
  locale?: string;
  subject?: string;
  body?: string;
  /** The owning organisation; null = shared (#6 §3). */
  organisationId?: number | null;
}

/** #6 §3: shared templates and those of the organisations the actor manages; others are NOT_FOUND. */
export const getTemplate = (ctx: DomainContext, id: number) =>
  findVisible(ctx, Template, (alias) => ownedCondition(ctx.actor, alias), id, 'Template');

export function listTemplates(ctx: DomainContext, kind: TemplateKind | null | undefined, args: PageArgs): Promise<Page<Template>> {
  assertManager(ctx);
  const qb = applyScope(ctx.manager.createQueryBuilder(Template, 't'), ownedCondition(ctx.actor, 't'));
  if (kind) qb.andWhere('t.kind = :kind', { kind });
  return paginate(qb, { column: 'id', direction: 'ASC' }, args, { kind });
}

export function createTemplate(ctx: DomainContext, input: TemplateInput & { name: string; kind: TemplateKind; body: string }) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    await assertManagesOwner(tx, input.organisationId ?? null, 'template');
    return tx.manager.save(
      tx.manager.create(
        Template,
        assignDefined({ locale: 'fr', subject: '', organisationId: null as number | null, updatedAt: tx.clock.now() }, input),
      ),
    );
  });
}

export function updateTemplate(ctx: DomainContext, id: number, input: TemplateInput) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const template = await getTemplate(tx, id);
    await assertManagesOwner(tx, template.organisationId, 'template');
    if (input.organisationId !== undefined) await assertManagesOwner(tx, input.organisationId, 'template');
    return tx.manager.save(assignDefined(template, { ...input, updatedAt: tx.clock.now() }));
  });
}

export function deleteTemplate(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const template = await getTemplate(tx, id);
    await assertManagesOwner(tx, template.organisationId, 'template');
    await tx.manager.delete(Template, { id });
    return template;
  });
}
