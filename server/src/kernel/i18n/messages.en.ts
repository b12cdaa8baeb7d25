/**
 * The English catalogue of explanations (ICU MessageFormat). Ids are grouped by where they
 * are read: `change.*` a change's summary, `evidence.*` what explains a rank move,
 * `power.*` and `standing.*` what explains a score, `advice.*` advice per decision-group
 * role, `digest.*` the Markdown digest (refusals and field errors: errors.en.ts). Words
 * of closed lists are `select`s on the stored word (`none` when absent), so another
 * language or a country pack words them without touching code.
 */

const committeeRole = '{role, select, chair {chairs} secretary {is secretary of} expert {sits as an expert on} other {sits on}}';
const committeeRoleNoun = '{role, select, chair {chair} secretary {secretary} expert {expert} other {member}}';
const decisionRole =
  '{role, select, decision_maker {the decision maker} specification_author {a specification author} influencer {an influencer} gatekeeper {the gatekeeper} financial_evaluator {the financial evaluator} technical_evaluator {the technical evaluator} user {a user} champion {a champion} blocker {a blocker} other {in the decision group}}';
const stance = (name: string) =>
  `{${name}, select, opposed {opposed} sceptical {sceptical} neutral {neutral} favourable {favourable} preferring {preferring} other {unknown}}`;
const stage = (name: string) =>
  `{${name}, select, contact {contact} acquaintance {acquaintance} loyalty {loyalty} near_friendly {near-friendly} other {no stage}}`;
const status = (name: string) =>
  `{${name}, select, planned {planned} preparation {in preparation} announced {announced} held {held} awarded {awarded} cancelled {cancelled} other {no status}}`;
const position = '{position, select, none {on the staff} other {{position}}}';
const scope = '{scopeKind, select, everywhere {the whole graph} other {{scope}}}';
const decisionRoleName = (cap: boolean) =>
  `{role, select, decision_maker {${cap ? 'D' : 'd'}ecision maker} specification_author {${cap ? 'S' : 's'}pecification author} influencer {${cap ? 'I' : 'i'}nfluencer} gatekeeper {${cap ? 'G' : 'g'}atekeeper} financial_evaluator {${cap ? 'F' : 'f'}inancial evaluator} technical_evaluator {${cap ? 'T' : 't'}echnical evaluator} user {${cap ? 'U' : 'u'}ser} champion {${cap ? 'C' : 'c'}hampion} blocker {${cap ? 'B' : 'b'}locker} other {{roleWords}}}`;
const year = '{year, select, none {undated} other {{year}}}';
const tieWord =
  '{type, select, INFLUENCES {influence} KNOWS {acquaintance} REPORTS_TO {reporting line} DRAFTS {drafting role} WORKS_AT {position} MEMBER_OF {committee seat} ROLE_IN {decision-group role} STANCE {stance} RELATES {relationship stage} other {tie}}';

export const en = {
  // Ties between people (and a person drafting a tender).
  'change.tieStarted.influences': '{from} {when, select, future {will influence} other {now influences}} {to} (strength {strength, number, ::.00}{basis, select, none {} other {, {basis}}})',
  'change.tieStarted.knows': '{from} and {to} {when, select, future {will know} other {now know}} each other',
  'change.tieStarted.reportsTo': '{from} {when, select, future {will report} other {now reports}} to {to}',
  'change.tieStarted.drafts': '{from} {when, select, future {will draft} other {now drafts}} the specification of {to}',
  'change.tieEnded.influences': '{from} {when, select, future {will stop influencing {to} on {on, date, day}} other {no longer influences {to}}}',
  'change.tieEnded.knows': '{from} and {to} {when, select, future {will lose touch on {on, date, day}} other {are no longer in touch}}',
  'change.tieEnded.reportsTo': '{from} {when, select, future {will stop reporting to {to} on {on, date, day}} other {no longer reports to {to}}}',
  'change.tieEnded.drafts': '{from} {when, select, future {will stop drafting the specification of {to} on {on, date, day}} other {no longer drafts the specification of {to}}}',
  // Positions, committee seats and decision-group roles.
  'change.roleStarted.committee': `{person} {when, select, future {will join {at} on {on, date, day} as ${committeeRoleNoun}} other {now ${committeeRole} {at}}}`,
  'change.roleStarted.position': `{person} {when, select, future {will start as ${position} at {at} on {on, date, day}} other {is now ${position} at {at}}}`,
  'change.roleStarted.decisionGroup': `{person} {when, select, future {will be} other {is now}} ${decisionRole} for {at}`,
  'change.roleEnded.committee': `{person} no longer ${committeeRole} {at}`,
  'change.roleEnded.position': `{person} is no longer ${position} at {at}`,
  'change.roleEnded.decisionGroup': `{person} is no longer ${decisionRole} for {at}`,
  'change.termEnding.committee': `{person}'s term as ${committeeRoleNoun} of {at} ends on {on, date, day}`,
  'change.termEnding.position': `{person}'s post as ${position} at {at} ends on {on, date, day}`,
  'change.termEnding.decisionGroup': `{person}'s role as ${decisionRole} for {at} ends on {on, date, day}`,
  // One value at a time: stances, our stages, a tender's status.
  'change.stanceChanged': `{person}'s stance toward {toward} moved from ${stance('before')} to ${stance('after')}`,
  'change.stanceEnded': "{person}'s stance toward {toward} is no longer recorded (it was {before, select, opposed {opposed} sceptical {sceptical} neutral {neutral} favourable {favourable} preferring {preferring} other {unknown}})",
  'change.stageChanged': `{user} moved from ${stage('before')} to ${stage('after')} with {person}`,
  'change.stageEnded': "{user}'s relationship stage with {person} is no longer recorded (it was {before, select, contact {contact} acquaintance {acquaintance} loyalty {loyalty} near_friendly {near-friendly} other {no stage}})",
  'change.tenderStatusChanged': `{tender} moved from ${status('before')} to ${status('after')}`,
  'change.personAdded': '{person} was added to the graph',
  'change.rankMoved': `{person} {direction, select, up {rose} down {fell} other {moved}} from #{before} to #{after} in ${scope}`,
  'change.rankEntered': `{person} entered ${scope} at #{after}`,
  'change.rankLeft': `{person} left ${scope} (was #{before})`,
  // The inbox's one change per watched scope for its rank moves (rules/rank-groups.ts).
  'change.rankingMoved':
    `Ranking of ${scope}: {person} {direction, select, up {rose from #{before} to #{after}} down {fell from #{before} to #{after}} entered {entered at #{after}} left {left (was #{before})} other {moved}}{more, plural, =0 {} one {, and # more move in the top {top} or among the people you watch} other {, and # more moves in the top {top} or among the people you watch}}`,
  'change.removed': `The ${tieWord} {from} → {to} was deleted (the record is gone, so the feed no longer shows it)`,
  // What explains a rank move.
  'evidence.factor':
    '{factor, select, formal {formal power} influence {influence} brokerage {brokerage} other {{factor}}} {direction, select, up {rose} down {fell} other {stayed}} from {before, number, ::.00} to {after, number, ::.00}{own, select, yes {} other { (others\u2019 ties changed, none of their own)}}',
  'evidence.scoreUnchanged': 'their score stayed at {score, number, ::.00}: others around them moved',
  // What explains a power score (the balance of power's evidence lines). Counts come twice:
  // `count` (a number) chooses the plural, `n` (text) is shown, so large counts are not grouped.
  'power.influences': 'influences {name} ({strength, number, ::.00}{basis, select, none {} other {, {basis}}}{area, select, none {} other {, {area}}})',
  'power.influencedBy': 'influenced by {count, plural, one {{n} person} other {{n} people}}',
  'power.bridges': 'bridges {count, plural, one {{n} person} other {{n} people}} across {coalitions, plural, one {{c} coalition} other {{c} coalitions}}',
  'power.links': 'links {from} to {to}{cross, select, yes { across coalitions} other {}}',
  'power.formal.committee': '{role, select, chair {chair} secretary {secretary} expert {expert} member {member} other {{role}}} of {at}',
  'power.formal.position': '{role} at {at}{head, select, yes { (head)} other {}}',
  'power.formal.decisionGroup': `${decisionRoleName(false)} in {at}`,
  // Scientific standing: what a work counts for.
  'standing.publication.senior': `senior author of PMID {pmid} (${year})`,
  'standing.publication.first': `first author of PMID {pmid} (${year})`,
  'standing.publication.other': `co-author of PMID {pmid} (${year})`,
  'standing.trial.principal_investigator': `principal investigator of {nctId} (${year})`,
  'standing.trial.study_chair': `study chair of {nctId} (${year})`,
  'standing.trial.study_director': `study director of {nctId} (${year})`,
  'standing.trial.site_principal_investigator': `site principal investigator of {nctId} (${year})`,
  'standing.trial.sub_investigator': `sub-investigator of {nctId} (${year})`,
  'standing.talk.chair': `chaired "{title}" at {event} (${year})`,
  'standing.talk.moderator': `moderated "{title}" at {event} (${year})`,
  'standing.talk.speaker': `spoke on "{title}" at {event} (${year})`,
  'standing.talk.panelist': `panelist in "{title}" at {event} (${year})`,
  // Advice per decision-group role; `weighs` is the list of advice.weigh words, joined.
  'advice.weigh':
    '{weigh, select, exclusivity {exclusivity} understanding {understanding of their situation} technical_detail {technical detail} references {references} relationships {relationships} numbers {numbers} detail {detail} objections {objections to neutralise} other {{weigh}}}',
  'advice.blocker.unknown': 'No blocker known: ask the champion who could object.',
  'advice.blocker.reached': 'Blocker reached ({stage}): hear the objections first and answer each in the proposal.',
  'advice.blocker.unreached': 'Blocker not reached: learn the objections through a warm introduction before the proposal goes out.',
  'advice.role.unknown': `Nobody is known as ${decisionRoleName(false)}: find who holds this role (ask the champion or the gatekeeper); the proposal should speak to {weighs}.`,
  'advice.role.reached': 'Reached at stage {stage}: the proposal should speak to {weighs}.',
  'advice.role.unreached': `${decisionRoleName(true)} {stage, select, none {not reached} other {only at stage {stage}}}: {unowned, select, yes {assign an owner and } other {}}plan a warm introduction; the proposal should speak to {weighs}.`,
  'advice.followUp': 'Call to check the proposal arrived; ask about next steps and how urgent the decision is; agree the date of the next call or meeting.',
  // The digest (Markdown).
  'digest.title': '# What changed for {name}',
  'digest.window': '{since, date, day} \u2013 {until, date, day}{readOn, select, none {} other {, since you last read your inbox}}',
  'digest.count': '{count, plural, =0 {Nothing changed in what you watch.} one {One change in what you watch.} other {# changes in what you watch, weightiest first.}}',
  'digest.nothingWatched': 'You watch nothing yet: watch a person, institution, committee, tender or territory (the `watch` mutation) and its changes come here.',
  'digest.section': '## {name} ({label, select, Person {person} Institution {institution} Committee {committee} Tender {tender} Territory {territory} other {watched}})',
  'digest.item': '- **{on, date, day}** {summary}',
  'digest.itemWeighed': '- **{on, date, day}** {summary} _(weight {weight, number, ::.00})_',
  'digest.evidence': '  - {description}',
  'digest.move': '  - {person}: {direction, select, entered {entered at #{after}} left {left (was #{before})} other {#{before} \u2192 #{after}}}',
  'digest.moreMoves': '  - \u2026 and {count, plural, one {one more move} other {# more moves}}',
  'digest.more': '- \u2026 and {count, plural, one {one more} other {# more}} in the inbox',
} as const satisfies Record<string, string>;

export type EnglishMessages = typeof en;
