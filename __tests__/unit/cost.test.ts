import { OperationDefinitionNode, parse } from 'graphql';
import { operationCost } from '../../graphql/cost';
import { buildCursusSchema } from '../../graphql/schema';

const schema = buildCursusSchema();

const cost = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('operationCost — the most objects an operation may return', () => {
  it('multiplies a subtree by its page size, literal, variable or default alike', () => {
    const literal = cost('{ trainings(first: 10) { nodes { sessions(first: 5) { nodes { id } } } } }');
    const variable = cost('query($n: Int) { trainings(first: $n) { nodes { sessions(first: 5) { nodes { id } } } } }', { n: 10 });
    expect(literal).toBe(10 * (1 + 1 + 5 * (1 + 1)));
    expect(variable).toBe(literal);
    // Omitted: the server's default page size (20), not 1.
    expect(cost('{ trainings { nodes { id } } }')).toBe(20 * (1 + 1));
    expect(cost('query($n: Int) { trainings(first: $n) { nodes { id } } }', {})).toBe(20 * 2);
  });

  it('caps a page size at the server maximum and counts fragments', () => {
    expect(cost('{ trainings(first: 5000) { nodes { id } } }')).toBe(100 * 2);
    const spread = cost('query { trainings(first: 2) { ...T } } fragment T on TrainingConnection { nodes { organisations { id } } }');
    const inline = cost('{ trainings(first: 2) { ... on TrainingConnection { nodes { organisations { id } } } } }');
    expect(spread).toBe(2 * (1 + 1 + 1));
    expect(inline).toBe(spread);
  });

  it('grows with nesting: four lists of 100 are far past the limit, the catalogue page is not', () => {
    const deep = cost(`query($n: Int) { trainings(first: $n) { nodes { sessions(first: $n) { nodes {
      events(first: $n) { nodes { inscriptions(first: $n) { nodes { id } } } } } } } } }`, { n: 100 });
    expect(deep).toBeGreaterThan(100_000_000);
    const catalogue = cost(`{ trainings(first: 80) { nodes { organisations { name } sessions(first: 5) { nodes {
      events(first: 5) { nodes { location { timeZone } trainers { nodes { lastName } } } } } } } } }`);
    expect(catalogue).toBeLessThan(100_000);
  });
});
