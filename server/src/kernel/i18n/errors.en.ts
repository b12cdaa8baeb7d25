/**
 * The English catalogue of the API's refusals and field errors (ICU MessageFormat): what
 * a GraphQL error or a payload's `errors { field message }` says, per module. The field
 * or argument a message is about comes before it in English, as the API names it
 * (`input.name: is required...`), and is never translated; so are enum values and node
 * labels quoted in a message (they are what a client sends).
 *
 * `api.*` every module's (not found, ranges, cursors, outages), `auth.*` sign-in, `http.*`
 * answers outside GraphQL, `value.*` a property's value (API and CSV import alike),
 * `error.*` one module's rule, `review.*` the evidence review.
 */

const managerTeam = (words: string) => `{manager, select, yes {${words}} other {}}`;

export const errorsEn = {
  // Every module's.
  'api.notFound':
    'no {kind, select, person {person} user {user} personOrUser {person or user} tender {tender} territory {territory} institution {institution} committee {committee} therapeuticArea {therapeutic area} other {node}} with id "{id}"',
  'api.unavailable': 'The database is unavailable right now; the request was not carried out. Try again in a few seconds.',
  'api.rateLimited': 'Too many requests: try again in {seconds} s. The limit is per user (RATE_LIMIT_PER_MINUTE).',
  'api.internal': 'Internal server error: the details are in the server log.',
  'api.wholeNumberRange': 'must be a whole number from {min} to {max}, got {got}',
  'api.range': 'must be from {min} to {max}, got {got}',
  'api.readOnly': 'Strategists have read-only access: ask a KAM, manager or admin to make this change.',
  'api.adminOnly':
    "Only admins may {action, select, setUserRole {give users their roles} createWebhook {register webhooks} deleteWebhook {delete webhooks} readWebhooks {see webhooks} readAuditLog {read the audit log} exportPersonData {export a person's data} erasePersonalData {erase personal data} importEvidence {import evidence files} other {do this}}.",
  'api.outsideTerritories': '"{id}" is outside your territories.',
  'api.date': 'Date must be a calendar date written YYYY-MM-DD, got {got}',
  'api.cursorForeign': 'is not a cursor this API gave out; use an edge cursor or pageInfo.endCursor of the same query',
  'api.cursorOtherList': 'comes from another list or filter than {list}(...); ask again without after, or with a cursor of this same query',

  // Signing in.
  'auth.signInFirst': 'Sign in first: {reason}',
  'auth.noBearer': 'send "Authorization: Bearer <token>" (npm run token -- <userId> prints one), or sign in with your company account.',
  'auth.expired': 'your sign-in has expired; sign in again.',
  'auth.cliExpired': 'the token has expired; ask for a new one (npm run token).',
  'auth.invalid': 'the token is not valid for this server.',
  'auth.noUser': 'the token names no user.',
  'auth.unknownUser': 'the token names user "{userId}", who does not exist (any more).',
  'auth.noRole': 'you are signed in as {who}, but KAMgraph has no role for you yet: ask an admin to give you one.',
  'auth.providerUnreachable': 'the company identity provider cannot be reached to check your sign-in; try again in a minute.',

  // Answers outside GraphQL execution.
  'http.invalidJson': 'The request body is not valid JSON: send \'{"query": "...", "variables": {...}}\'.',
  'http.tooLarge': 'The request body is larger than {limit}; send smaller variables.',
  'http.badRequest': 'The request could not be read.',
  'http.notFound': 'Nothing here: the API is at /graphql, health at /health.',

  // A property's value, from the API or a CSV cell.
  'value.notNumber': '"{text}" is not a number',
  'value.notBoolean': '"{text}" is not true/false',
  'value.notDate': '"{text}" is not a date (YYYY-MM-DD)',
  'value.notOneOf': '"{text}" is not one of {values}',
  'value.refusedMoneyBasis':
    '"{text}" is not recorded: under the EU, Portuguese and Brazilian industry codes being swayed by money is a bribery red flag, not a data point; use commercial for distributor and purchasing ties',
  'value.mustBeText': 'must be text',
  'value.mustBeNumber': 'must be a number',
  'value.mustBeBoolean': 'must be true or false',
  'value.mustBeTextList': 'must be a list of text',
  'value.notWhole': '{value} is not a whole number',
  'value.below': '{value} is below {min}',
  'value.above': '{value} is above {max}',
  'value.blank': 'is required and may not be blank',
  'value.tooLong': 'is longer than {max} characters',
  'value.required': 'is required',

  // The graph: nodes and ties.
  'error.idBlank': 'may not be blank',
  'error.untilBeforeSince': '{until} is before since {since}',
  'error.sameEnds': 'a tie must join two different nodes',
  'error.tieRelates': 'a relationship stage is recorded with setStage (with the criteria that show it)',
  'error.tieStance': 'a stance is recorded with setStance',
  'error.tieWatches': 'a user watches something with watch and unwatch',
  'error.noSuchTie': 'no {type} tie {from} -> {to}{since, select, none { without a since date} other { since {since}}}',
  'error.adminDeletes': 'only admins delete a {type}.',
  'error.noSuchNode': 'no node with id "{id}"',
  'error.wrongKind': '"{id}" is a {type}; expected {expected}',
  'error.idTaken': '"{id}" is already a {type}',
  'error.linkRequired': 'required, so that what you create lands in one of your territories.',

  // People: stances, relationship stages, ties, search.
  'error.stanceValue': '{value} is not a whole number from -2 to 2',
  'error.ownStagesOnly': `you may record your own relationship stages${managerTeam(" and your team's")}, not those of "{userId}".`,
  'error.inFuture': '{on} is in the future',
  'error.stageNeedsCriteria': '{stage} needs {missing} (recorded or given here): a stage is a claim with evidence',
  'error.hiddenTieTypes': "{types} {count, plural, one {is} other {are}} read through the person's dossier, interactions or plans, not ties",
  'error.powerOrder': 'POWER needs filter.powerRankWithin: the scope whose balance of power orders the people',

  // Introductions, the map, power, accounts.
  'error.sameFromTo': 'must differ from fromId',
  'error.pathsFrom': 'you may start introduction paths from yourself ({userId}) or from people, not from "{fromId}".',
  'error.unknownTieTypes': 'unknown tie types {types}',
  'error.noSuchArea': 'no therapeutic area with id "{id}"',
  'error.oneScope': 'give exactly one of territoryId, institutionId, committeeId, tenderId, everywhere (got {count})',
  'error.everywhereOnly': 'only admins and strategists see every territory; ask about one of your territories instead.',
  'error.accountScope': 'give a territoryId or institutionId',
  'error.noSales': 'no sales are recorded for accounts in this scope (import Sales nodes FOR institutions)',
  'error.noSalesPeriod': 'no sales for "{period}"; recorded periods: {periods}',

  // Plans, interactions, the agenda.
  'error.planOwner': 'plan "{id}" belongs to {owner, select, none {nobody} other {{owner}}}; only its owner, their manager or an admin may change it.',
  'error.planFor': `you may plan for yourself${managerTeam(' or your team')}, not for "{ownerId}".`,
  'error.seeOwnPlans': `you may see your own plans and agenda${managerTeam(" and your team's")}, not those of "{userId}".`,
  'error.noSuchPerson': 'no person with id "{id}"',
  'error.noSuchUser': 'no user with id "{id}"',
  'error.noSuchPlan': 'no plan with id "{id}"',
  'error.noSuchStep': 'no plan step with id "{id}"',
  'error.noSuchProposal': 'no proposal with id "{id}"',
  'error.stageNotAbove': 'must be above the current stage ({stage, select, none {none yet} other {{stage}}})',
  'error.notAfterToday': '{on} is not after today ({today})',
  'error.nobodyMet': 'name at least one person met or addressed',
  'error.toBeforeFrom': 'must not be before from ({from})',
  'error.agendaSpan': 'the agenda spans at most {days} days',

  // Personal data.
  'error.reasonRequired': 'say why (e.g. the request reference)',
  'error.dossierWriters': 'only the owner of "{personId}", their manager or an admin may write the dossier.',
  'error.noticeRequired': 'consent needs the day the person was informed (noticeOn) and how (noticeMethod)',
  'error.noticeInFuture': '{on} is after today ({today}); record the notice once it is given',
  'error.retentionRange': 'must be a whole number of months from {min} to {max}, got {got}',

  // Watches, users, webhooks.
  'error.window': '{since, date, day} is after until ({until, date, day}): give a since on or before until',
  'error.watchKind': '"{id}" is a {label}; watch a person, institution, committee, tender or territory',
  'error.notWatched': 'you do not watch "{id}"',
  'error.ownAdminRole': 'an admin cannot take the admin role from themself: ask another admin',
  'error.webhookUrl': '"{url}" is not an http(s) URL',
  'error.webhookSelf': '"{url}" points at this KAMgraph server itself; give the receiver\u2019s own address',
  'error.webhookSecret': 'must be at least {min} characters (or leave it out and one is generated)',
  'error.webhookKinds': 'rank moves compare two dates and are not pushed; ask changes(...) or the inbox for them',
  'error.noSuchWebhook': 'no webhook with id "{id}"',
  'webhook.httpStatus': 'the receiver answered HTTP {status}',
  'webhook.timeout': 'no answer within {ms} ms',
  'webhook.unreachable': 'could not reach the receiver: {cause}',

  // Evidence: suggestions and names to review.
  'error.suggestionType': 'suggestions are KNOWS or INFLUENCES',
  'error.withinScope': 'needs a scope: both people are in it',
  'review.notPending':
    'is {status, select, pending {pending} merged {merged} created {created} ignored {ignored} other {{status}}}, not waiting for a decision',
  'review.notOpen': 'is {status, select, accepted {accepted} rejected {rejected} other {{status}}}, not open',
  'review.noSuggestion': 'no tie suggestion with id "{id}"',
  'review.noUnmatched': 'no unmatched person with id "{id}"',
  'review.territoryRequired': 'required: choose one of your territories, so that the new person lands where you work',
  'review.noInstitution': 'no institution with id "{id}" among those you may see',
  'review.leaveIdEmpty': 'leave empty: a new person is created (use mergeUnmatchedPerson for an existing one)',
  // A word the country pack (COUNTRY_PACK) does not use: an API field or a CSV cell.
  'error.notInCountryPack': '{value} is not used in the {country} country pack (COUNTRY_PACK={code}); it accepts {accepted}',
} as const satisfies Record<string, string>;
