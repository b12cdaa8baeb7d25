import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

// The dossier and interactions are being added to the API (issue 5). Until the SDL has them
// these documents are parsed here, not through codegen, and the panel says "not available"
// when the server rejects them. Field names follow the graph model in the README.

export interface DossierResult {
  person: {
    id: string;
    dossier: {
      birthday: string | null;
      hobbies: string[] | null;
      family: string | null;
      values: string | null;
      communicationStyle: string | null;
      characterType: string | null;
      source: string | null;
      recordedOn: string | null;
    } | null;
  } | null;
}

export const PersonDossierQuery: TypedDocumentNode<DossierResult, { id: string }> = parse(`
  query PersonDossier($id: ID!) {
    person(id: $id) {
      id
      dossier {
        birthday
        hobbies
        family
        values
        communicationStyle
        characterType
        source
        recordedOn
      }
    }
  }
`);

export interface InteractionsResult {
  person: {
    id: string;
    interactions: {
      id: string;
      kind: string | null;
      date: string | null;
      name: string | null;
      outcome: string | null;
    }[];
  } | null;
}

export const PersonInteractionsQuery: TypedDocumentNode<InteractionsResult, { id: string; first: number }> = parse(`
  query PersonInteractions($id: ID!, $first: Int) {
    person(id: $id) {
      id
      interactions(first: $first) {
        id
        kind
        date
        name
        outcome
      }
    }
  }
`);
