/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kinds of institution. */
export type InstitutionKind =
  | 'CLINIC'
  /** A company: ours or a competitor. */
  | 'COMPANY'
  /** A hospital's department. */
  | 'DEPARTMENT'
  /** A wholesaler. */
  | 'DISTRIBUTOR'
  /** A ministry, agency or commission of health. */
  | 'HEALTH_AUTHORITY'
  | 'HOSPITAL'
  | 'INSURANCE_FUND'
  /** An outlet. */
  | 'PHARMACY'
  /** A pharmacy chain's headquarters. */
  | 'PHARMACY_CHAIN'
  | 'REGIONAL_ADMINISTRATION'
  /** A professional society. */
  | 'SOCIETY'
  | 'STATE_WAREHOUSE'
  | 'UNIVERSITY';

/** What a person is, professionally. */
export type PersonCategory =
  | 'BUYER'
  | 'COMPETITOR_STAFF'
  | 'DISTRIBUTOR_MANAGER'
  | 'DOCTOR'
  /** Key opinion leader: professor, chief specialist, whose scientific authority is recognised. */
  | 'KOL'
  | 'OFFICIAL'
  | 'PHARMACIST'
  | 'STAFF'
  /** High-status decision maker: official, chief physician, head of purchasing. */
  | 'VIP';

export type SkeletonTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SkeletonTerritoriesQuery = { territories: Array<{ id: string, name: string, peopleCount: number, institutionCount: number }> };

export type SkeletonPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type SkeletonPersonQuery = { person: { id: string, name: string, title: string | null, category: PersonCategory | null, positions: Array<{ title: string | null, head: boolean, since: string | null, until: string | null, institution: { id: string, kind: InstitutionKind | null } }>, territories: Array<{ name: string }> } | null };

export type SkeletonGraphVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type SkeletonGraphVersionQuery = { graphVersion: number };


export const SkeletonTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkeletonTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"institutionCount"}}]}}]}}]} as unknown as DocumentNode<SkeletonTerritoriesQuery, SkeletonTerritoriesQueryVariables>;
export const SkeletonPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkeletonPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"head"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SkeletonPersonQuery, SkeletonPersonQueryVariables>;
export const SkeletonGraphVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkeletonGraphVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}}]}}]} as unknown as DocumentNode<SkeletonGraphVersionQuery, SkeletonGraphVersionQueryVariables>;