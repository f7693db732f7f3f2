import { Brackets } from 'typeorm';
import { Template, TemplateKind } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { assertManagesOwner, managesOwner } from './ownership';
import { KeysetOrder, Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { assertKnownPlaceholders } from './template-placeholders';
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

/** One template for the staff screens: like `listTemplates`, managers and administrators only. */
export function readTemplate(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return getTemplate(ctx, id);
}

/** How the templates table may be ordered: each by an indexed column, id as tie-breaker. */
export enum TemplateOrder {
  ID_ASC = 'ID_ASC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  UPDATED_DESC = 'UPDATED_DESC',
  UPDATED_ASC = 'UPDATED_ASC',
}

const ORDERS: Record<TemplateOrder, KeysetOrder> = {
  ID_ASC: { column: 'id', direction: 'ASC' },
  NAME_ASC: { column: 'name', direction: 'ASC' },
  NAME_DESC: { column: 'name', direction: 'DESC' },
  UPDATED_DESC: { column: 'updatedAt', direction: 'DESC' },
  UPDATED_ASC: { column: 'updatedAt', direction: 'ASC' },
};

/** `search`: words anywhere in the name or the subject. */
export function listTemplates(
  ctx: DomainContext,
  filter: { kind?: TemplateKind | null; search?: string | null },
  args: PageArgs,
  orderBy: TemplateOrder = TemplateOrder.ID_ASC,
): Promise<Page<Template>> {
  assertManager(ctx);
  const qb = applyScope(ctx.manager.createQueryBuilder(Template, 't'), ownedCondition(ctx.actor, 't'));
  const kind = filter.kind ?? null;
  const search = filter.search?.trim() ? filter.search : null;
  if (kind) qb.andWhere('t.kind = :kind', { kind });
  if (search) {
    const pattern = containsPattern(search);
    qb.andWhere(
      new Brackets((w) => w.where(`t.name LIKE :pattern ${LIKE_ESCAPE}`, { pattern }).orWhere(`t.subject LIKE :pattern ${LIKE_ESCAPE}`)),
    );
  }
  return paginate(qb, ORDERS[orderBy], args, { kind, search });
}

/** R12: the subject and the body use only the placeholders of the template's kind (template-placeholders.ts). */
function assertPlaceholders(template: Pick<Template, 'kind' | 'subject' | 'body'>): void {
  assertKnownPlaceholders(template.subject, template.kind, 'subject');
  assertKnownPlaceholders(template.body, template.kind, 'body');
}

export function createTemplate(ctx: DomainContext, input: TemplateInput & { name: string; kind: TemplateKind; body: string }) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    await assertManagesOwner(tx, input.organisationId ?? null, 'template');
    const template = tx.manager.create(
      Template,
      assignDefined({ locale: 'fr', subject: '', organisationId: null as number | null, updatedAt: tx.clock.now() }, input),
    );
    assertPlaceholders(template);
    return tx.manager.save(template);
  });
}

export function updateTemplate(ctx: DomainContext, id: number, input: TemplateInput) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const template = await getTemplate(tx, id);
    await assertManagesOwner(tx, template.organisationId, 'template');
    if (input.organisationId !== undefined) await assertManagesOwner(tx, input.organisationId, 'template');
    const changed = assignDefined(template, { ...input, updatedAt: tx.clock.now() });
    // Checked on the result: a new kind must accept the placeholders the body already has.
    assertPlaceholders(changed);
    return tx.manager.save(changed);
  });
}

/** Whether the actor may change and delete the template (the screens show only those actions). */
export const managesTemplate = (ctx: DomainContext, template: Template) => managesOwner(ctx.actor, template.organisationId);

export function deleteTemplate(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const template = await getTemplate(tx, id);
    await assertManagesOwner(tx, template.organisationId, 'template');
    await tx.manager.delete(Template, { id });
    return template;
  });
}
