import { graphql } from '../../graphql-client';

/** The placeholders of a kind, with their descriptions: the editor's list (issue 8 screen 7). */
export const TemplatePlaceholders = graphql(`
  query TemplatePlaceholders($kind: TemplateKind!) {
    templatePlaceholders(kind: $kind) {
      name
      description {
        fr
        en
      }
    }
  }
`);
