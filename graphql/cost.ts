import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/pagination';

/**
 * The most objects an operation may return: each field with a selection counts once per possible parent, and
 * a paginated field (one with a `first` argument) multiplies its subtree by its page size, whether written
 * literally, passed as a variable or left to the default. (graphql-armor's cost limit reads literals only,
 * so a variable bypassed it, and an omitted `first` counted as 1.)
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

  const pageSize = (field: FieldNode): number => {
    const first = field.arguments?.find((arg) => arg.name.value === 'first')?.value;
    const value = first?.kind === Kind.INT ? Number(first.value) : first?.kind === Kind.VARIABLE ? variables[first.name.value] : undefined;
    const size = typeof value === 'number' ? value : DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(size, 0), MAX_PAGE_SIZE);
  };

  const costOf = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, seen: Set<string>): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        return total + costOf(selection.selectionSet, condition ?? undefined, seen);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A cycle is invalid GraphQL (validation refuses it); never loop on one here.
        if (!fragment || seen.has(fragment.name.value)) return total;
        const condition = schema.getType(fragment.typeCondition.name.value) ?? undefined;
        return total + costOf(fragment.selectionSet, condition, new Set([...seen, fragment.name.value]));
      }
      if (!selection.selectionSet) return total;
      const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      const paginated = definition?.args.some((arg) => arg.name === 'first') ?? false;
      const child = definition ? getNamedType(definition.type) : undefined;
      return total + (paginated ? pageSize(selection) : 1) * (1 + costOf(selection.selectionSet, child, seen));
    }, 0);

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return costOf(operation.selectionSet, root ?? undefined, new Set());
}
