import { graphql } from '../../graphql-client';

/** The placeholders of a kind, with their descriptions: the editor's list (issue 8 screen 7). */
export const TemplatePlaceholders = graphql(`
  query TemplatePlaceholders($kind: TemplateKind!) {
    templatePlaceholders(kind: $kind) {
      name
      loop
      within
      description {
        fr
        en
      }
    }
  }
`);

/** A template being written, rendered with sample data: the editor's live preview (#10 §4). */
export const TemplatePreviewQuery = graphql(`
  query TemplatePreview($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {
    templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) {
      subject
      html
    }
  }
`);
