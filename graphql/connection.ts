import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { MAX_CURSOR_LENGTH, MAX_PAGE_SIZE, Page } from '../domain/pagination';

@ObjectType('PageInfo', { description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last node; pass it as `after` for the next page.' })
  endCursor: string | null;

  @Field({ description: 'Whether more nodes follow this page.' })
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many nodes to return (default 20, at most ${MAX_PAGE_SIZE}).` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description:
      `Return the nodes after this cursor: an endCursor of this same list, with the same order and filter (at most ${MAX_CURSOR_LENGTH} characters). ` +
      "A nested list's cursor continues the list of its own parent only: under a list of parents it is refused for every other parent. " +
      'Any other value is refused with BAD_USER_INPUT, reason BAD_CURSOR.',
  })
  after?: string;
}

export interface ConnectionShape<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A paginated list type `<Name>Connection { nodes totalCount pageInfo }`. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node], { description: 'The nodes of this page.' })
    nodes: T[];

    @Field(() => Int, { description: 'How many nodes the whole list has.' })
    totalCount: number;

    @Field(() => PageInfo, { description: 'Pagination information.' })
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  return {
    nodes: page.nodes,
    totalCount: page.totalCount,
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}

/** The same page with other nodes (e.g. inscriptions shown as their users). */
export function mapConnection<T, U>(page: Page<T>, nodes: U[]): ConnectionShape<U> {
  return { ...toConnection(page), nodes };
}
