import { Location, Membership, Organisation, Template, TrainingOrganisation } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { badInput, conflict } from './errors';
import { unsafeFindById } from './ids';
import { Page, PageArgs, paginate } from './pagination';
import { assertAdmin } from './permissions';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';

export interface OrganisationInput {
  name?: string;
  code?: string | null;
  parentId?: number | null;
}

// Unscoped: organisations are listed to every signed-in user, and only administrators change them.
export const getOrganisation = (ctx: DomainContext, id: number) =>
  unsafeFindById(ctx.manager, Organisation, id, 'Organisation');

export function listOrganisations(ctx: DomainContext, args: PageArgs): Promise<Page<Organisation>> {
  return paginate(ctx.manager.createQueryBuilder(Organisation, 'o'), { column: 'name', direction: 'ASC' }, args);
}

/** A parent must exist and must not be the organisation itself or one of its descendants. */
async function assertParent(ctx: DomainContext, id: number | null, parentId: number | null | undefined) {
  let cursor = parentId ?? null;
  const seen = new Set<number>();
  while (cursor !== null) {
    if (cursor === id || seen.has(cursor)) throw badInput('parentId', ErrorReason.PARENT_CYCLE, 'an organisation cannot be its own ancestor');
    seen.add(cursor);
    // Unscoped: organisations are listed to every signed-in user, and only administrators set parents.
    cursor = (await unsafeFindById(ctx.manager, Organisation, cursor, 'Organisation', 'parentId')).parentId;
  }
}

async function assertCodeFree(ctx: DomainContext, code: string | null | undefined, id?: number) {
  if (!code) return;
  const other = await ctx.manager.findOneBy(Organisation, { code });
  if (other && other.id !== id) throw conflict(ErrorReason.CODE_TAKEN, `code ${code} is already used`, 'code');
}

export function createOrganisation(ctx: DomainContext, input: OrganisationInput & { name: string }) {
  assertAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    await assertParent(tx, null, input.parentId);
    await assertCodeFree(tx, input.code);
    return tx.manager.save(
      tx.manager.create(Organisation, assignDefined({ code: null as string | null, parentId: null as number | null }, input)),
    );
  });
}

export function updateOrganisation(ctx: DomainContext, id: number, input: OrganisationInput) {
  assertAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const organisation = await getOrganisation(tx, id);
    await assertParent(tx, id, input.parentId);
    await assertCodeFree(tx, input.code, id);
    return tx.manager.save(assignDefined(organisation, input));
  });
}

/** What an organisation holds (#8 screen 8): what has to go or move before it can be deleted. */
export interface OrganisationContents {
  subOrganisations: number;
  members: number;
  trainings: number;
  locations: number;
  templates: number;
}

const isEmpty = (contents: OrganisationContents) => Object.values(contents).every((count) => count === 0);

/** The contents of many organisations, in one grouped query per kind (for the per-request loader). */
export async function contentsOfOrganisations(ctx: DomainContext, ids: readonly number[]): Promise<OrganisationContents[]> {
  const unique = [...new Set(ids)];
  const count = async (entity: Function, column: string): Promise<Map<number, number>> => {
    if (!unique.length) return new Map();
    const rows = await ctx.manager
      .createQueryBuilder(entity, 'x')
      .select(`x.${column}`, 'id')
      .addSelect('COUNT(*)', 'count')
      .where(`x.${column} IN (:...ids)`, { ids: unique })
      .groupBy(`x.${column}`)
      .getRawMany<{ id: number; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.id), Number(row.count)]));
  };
  const [subOrganisations, members, trainings, locations, templates] = await Promise.all([
    count(Organisation, 'parentId'),
    count(Membership, 'organisationId'),
    count(TrainingOrganisation, 'organisationId'),
    count(Location, 'organisationId'),
    count(Template, 'organisationId'),
  ]);
  return ids.map((id) => ({
    subOrganisations: subOrganisations.get(id) ?? 0,
    members: members.get(id) ?? 0,
    trainings: trainings.get(id) ?? 0,
    locations: locations.get(id) ?? 0,
    templates: templates.get(id) ?? 0,
  }));
}

/**
 * #8 screen 8: only an empty organisation is deleted. Its sub-organisations, members, trainings, locations and
 * templates would otherwise silently lose their owner (trainings their managers, R1), so they move first.
 */
export function deleteOrganisation(ctx: DomainContext, id: number) {
  assertAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const organisation = await getOrganisation(tx, id);
    const [contents] = await contentsOfOrganisations(tx, [id]);
    if (!isEmpty(contents)) {
      const held = Object.entries(contents).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`).join(', ');
      throw conflict(ErrorReason.ORGANISATION_NOT_EMPTY, `the organisation still holds ${held}`);
    }
    await tx.manager.delete(Organisation, { id });
    return organisation;
  });
}
