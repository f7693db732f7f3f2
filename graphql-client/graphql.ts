/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SiteHeaderViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteHeaderViewerQuery = { viewer: { isStaff: boolean, user: { id: string, firstName: string, lastName: string } | null } };

export type ManageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageViewerQuery = { viewer: { isStaff: boolean, isAdmin: boolean, canCreateTrainings: boolean, user: { id: string, firstName: string, lastName: string, email: string | null } | null } };

export type ViewerPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPreferencesQuery = { viewer: { timeZone: string, user: { locale: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SiteHeaderViewerDocument = new TypedDocumentString(`
    query SiteHeaderViewer {
  viewer {
    isStaff
    user {
      id
      firstName
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<SiteHeaderViewerQuery, SiteHeaderViewerQueryVariables>;
export const ManageViewerDocument = new TypedDocumentString(`
    query ManageViewer {
  viewer {
    isStaff
    isAdmin
    canCreateTrainings
    user {
      id
      firstName
      lastName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ManageViewerQuery, ManageViewerQueryVariables>;
export const ViewerPreferencesDocument = new TypedDocumentString(`
    query ViewerPreferences {
  viewer {
    timeZone
    user {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerPreferencesQuery, ViewerPreferencesQueryVariables>;