import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonModel, TerritoryModel, InstitutionModel, PositionModel } from '../models.js';
import { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date in ISO 8601 form, `YYYY-MM-DD`. "As of" arguments take a Date and
   * default to today.
   */
  Date: { input: string; output: string; }
};

/**
 * A hospital, clinic, department, pharmacy chain or outlet, distributor, state warehouse,
 * health authority, insurance fund, regional administration, university, society, or a
 * company (ours or a competitor).
 */
export type Institution = {
  __typename?: 'Institution';
  id: Scalars['ID']['output'];
  /** The kind of institution (see the model table in the README). */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/**
 * A person in the stakeholder graph: KOL, VIP, official, doctor, pharmacist, buyer,
 * distributor manager or a competitor's staff. Our own staff are users, not people.
 */
export type Person = {
  __typename?: 'Person';
  /** kol, vip, official, doctor, pharmacist, buyer, distributor_manager, competitor_staff or staff. */
  category?: Maybe<Scalars['String']['output']>;
  /** Stable id, as used in import files. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Where the person works (WORKS_AT ties valid today), head positions first. */
  positions: Array<Position>;
  /** Medical or professional specialty. */
  specialty?: Maybe<Scalars['String']['output']>;
  /** Territories the person belongs to, directly or through their workplace. */
  territories: Array<Territory>;
  /** Honorific or academic title, e.g. `Prof.`, `Dr.`. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A WORKS_AT tie: a person's position at an institution. */
export type Position = {
  __typename?: 'Position';
  /** True when the person heads the institution or department. */
  head: Scalars['Boolean']['output'];
  institution: Institution;
  /** First day of the position, if known. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Job title, e.g. `Chief Physician`. */
  title?: Maybe<Scalars['String']['output']>;
  /** Day the position ended; null while it lasts. */
  until?: Maybe<Scalars['Date']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The graph's version: a counter bumped by every write (import, seed, mutation).
   * Cached analytics are keyed on it.
   */
  graphVersion: Scalars['Int']['output'];
  /** One person by id, or null when there is none. */
  person?: Maybe<Person>;
  /** Every territory, by name. */
  territories: Array<Territory>;
  /** One territory by id, or null when there is none. */
  territory?: Maybe<Territory>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTerritoryArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A region a KAM or team is responsible for. People belong to a territory when they are
 * LOCATED_IN it directly or through the institution (or its parent) they work at.
 */
export type Territory = {
  __typename?: 'Territory';
  /** Optional short code (e.g. an administrative region code). */
  code?: Maybe<Scalars['String']['output']>;
  /** Stable id, as used in import files (e.g. `territory-north`). */
  id: Scalars['ID']['output'];
  /** How many institutions are located in this territory. */
  institutionCount: Scalars['Int']['output'];
  /** Display name, unique among territories. */
  name: Scalars['String']['output'];
  /** How many people belong to this territory today. */
  peopleCount: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Institution: ResolverTypeWrapper<InstitutionModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Person: ResolverTypeWrapper<PersonModel>;
  Position: ResolverTypeWrapper<PositionModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Territory: ResolverTypeWrapper<TerritoryModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  ID: Scalars['ID']['output'];
  Institution: InstitutionModel;
  Int: Scalars['Int']['output'];
  Person: PersonModel;
  Position: PositionModel;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Territory: TerritoryModel;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type InstitutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  specialty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  head?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  territories?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType, RequireFields<QueryTerritoryArgs, 'id'>>;
}>;

export type TerritoryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peopleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Institution?: InstitutionResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
}>;

