/**
 * Every sentence of the evidence module a user reads, by message id: suggestion reasons,
 * standing lines, file and review errors. Code passes ids and parameters; `say` renders
 * the English text. A translation (PT/BR) adds a table with the same ids.
 */
export const MESSAGES = {
  // Why a tie is suggested ({count} works).
  'reason.co_authored': 'co-authored {count} publication(s)',
  'reason.co_investigated': 'investigated together in {count} trial(s)',
  'reason.shared_session': 'spoke in {count} congress session(s) together',
  'reason.senior_author_over_first_author': 'senior author of {count} publication(s) they wrote first',
  'reason.principal_investigator_over_site_investigator': 'led {count} trial(s) where they investigated at a site',

  // Standing: what a work counts for.
  'standing.publication.senior': 'senior author of PMID {pmid} ({year})',
  'standing.publication.first': 'first author of PMID {pmid} ({year})',
  'standing.publication.other': 'co-author of PMID {pmid} ({year})',
  'standing.trial.principal_investigator': 'principal investigator of {nctId} ({year})',
  'standing.trial.study_chair': 'study chair of {nctId} ({year})',
  'standing.trial.study_director': 'study director of {nctId} ({year})',
  'standing.trial.site_principal_investigator': 'site principal investigator of {nctId} ({year})',
  'standing.trial.sub_investigator': 'sub-investigator of {nctId} ({year})',
  'standing.talk.chair': 'chaired "{title}" at {event} ({year})',
  'standing.talk.moderator': 'moderated "{title}" at {event} ({year})',
  'standing.talk.speaker': 'spoke on "{title}" at {event} ({year})',
  'standing.talk.panelist': 'panelist in "{title}" at {event} ({year})',
  'standing.summary': 'scientific standing {raw} from {count} work(s)',

  // Files that cannot be read.
  'file.unknown_format': 'is neither PubMed XML, MEDLINE text, ClinicalTrials.gov JSON nor a congress CSV (event,date,city,session,role,name,affiliation,topic)',
  'file.not_found': 'does not exist',
  'file.empty': 'is empty',
  'file.xml_broken': 'is not well-formed XML: {detail}',
  'file.xml_truncated': 'ends before the XML is complete (the file looks truncated): {detail}',
  'file.xml_not_pubmed': 'is XML but not a PubmedArticleSet (its root is <{root}>)',
  'file.json_broken': 'is not valid JSON: {detail}',
  'file.json_not_trials': 'is JSON but not ClinicalTrials.gov API v2 studies: {detail}',
  'file.csv_broken': 'is not valid CSV: {detail}',
  'file.csv_missing_columns': 'lacks the column(s) {columns} (a congress CSV has event,date,city,session,role,name,affiliation,topic)',
  'record.missing': 'has no {field}',
  'record.bad_date': '{field} "{value}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
  'record.bad_role': 'role "{value}" is not one of chair, co-chair, moderator, speaker, presenter, lecturer, panelist, panellist, discussant',
  'record.bad_id': '{field} "{value}" is not a valid {what}',
  'record.duplicate': '{what} {value} is also at {earlier}',

  // Review decisions.
  'review.not_pending': 'is {status}, not waiting for a decision',
  'review.not_open': 'is {status}, not open',
  'review.no_suggestion': 'no tie suggestion with id "{id}"',
  'review.no_unmatched': 'no unmatched person with id "{id}"',
  'review.no_person': 'no person with id "{id}"',
  'review.strength_range': 'must be from 0 to 1, got {value}',
  'review.territory_required': 'required: choose one of your territories, so that the new person lands where you work',
  'review.no_institution': 'no institution with id "{id}" among those you may see',
} as const;

export type MessageId = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

/** The English text of a message, with its parameters filled in. */
export function say(id: MessageId, params: MessageParams = {}): string {
  return MESSAGES[id].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
