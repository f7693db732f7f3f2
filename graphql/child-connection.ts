import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { ObjectLiteral } from 'typeorm';
import { ChildPagesSpec } from '../domain/pagination';
import { ConnectionShape, PageArgs, toConnection } from './connection';
import type { GraphQLContext } from './context';

/** The field names asked of a field's result, through fragments and inline fragments. */
function askedFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) askedFields(selection.selectionSet, info, into);
    else askedFields(info.fragments[selection.name.value]?.selectionSet, info, into);
  }
  return into;
}

/** Whether a connection field is asked for its totalCount only (e.g. registrant counts per event). */
function asksOnlyTotal(info: GraphQLResolveInfo): boolean {
  const asked = new Set<string>();
  for (const node of info.fieldNodes as readonly FieldNode[]) askedFields(node.selectionSet, info, asked);
  return [...asked].every((name) => name === 'totalCount' || name === '__typename');
}

const notAsked = (): never => {
  throw new Error('only totalCount was asked of this connection');
};

/**
 * A connection of children batched across parents (loaders.childPage). #11: a connection asked only for its
 * totalCount is answered by one grouped COUNT per batch, without reading a page; its other fields were not
 * asked, so they are not there. With `after`, the page is read anyway, so that a bad cursor is still refused.
 */
export async function childConnection<T extends ObjectLiteral, U = T>(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  key: string,
  spec: ChildPagesSpec<T>,
  page: PageArgs,
  parentId: number,
  nodesOf: (rows: T[]) => U[] = (rows) => rows as unknown as U[],
): Promise<ConnectionShape<U>> {
  if (!page.after && asksOnlyTotal(info)) {
    const totalCount = await ctx.loaders.childCount(key, spec, parentId);
    return {
      totalCount,
      get nodes() {
        return notAsked();
      },
      get pageInfo() {
        return notAsked();
      },
    };
  }
  const found = await ctx.loaders.childPage(key, spec, page, parentId);
  return { ...toConnection(found), nodes: nodesOf(found.nodes) };
}
