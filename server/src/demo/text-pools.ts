/**
 * Free-text pools: dossier facts, interaction notes, event topics and tie provenance.
 * Kept apart from the generators so the wording can be tuned without touching logic.
 */

/** Where an influence reading comes from depends on its basis: co-authorship proves science, not hierarchy. */
export const INFLUENCE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  hierarchy: ['org chart', 'KAM observation', 'committee minutes'],
  mentorship: ['public CV', 'KAM observation', 'conference conversation'],
  science: ['co-authorship (PubMed)', 'conference programme', 'guideline working group'],
  personal: ['KAM observation', 'CRM notes', 'colleague remark'],
  commercial: ['field force report', 'distributor contract data'],
};

export const KNOWS_SOURCES: readonly string[] = [
  'KAM observation', 'CRM notes', 'same residency year', 'conference conversation', 'LinkedIn',
];

export const STANCE_SOURCES: readonly string[] = [
  'KAM assessment', 'advisory board feedback', 'prescription data', 'tender history', 'field force report',
];

export const HOBBIES: readonly string[] = [
  'sailing', 'classical music', 'chess', 'marathon running', 'cycling', 'fly fishing', 'photography',
  'wine tasting', 'gardening', 'jazz', 'tennis', 'football (season ticket)', 'hiking', 'birdwatching',
  'cooking', 'history books', 'golf', 'painting', 'yoga', 'opera', 'volunteering at a free clinic', 'skiing',
];

export const FAMILY: readonly string[] = [
  'Married, two children at university.',
  'Married, one daughter (medical student).',
  'Single; close to parents, visits them every weekend.',
  'Married to a cardiologist; three children.',
  'Divorced; one son who plays competitive football.',
  'Married, twins in primary school.',
  'Partner is a lawyer; no children.',
  'Widowed; two grown-up children abroad.',
  'Married, expecting first child next spring.',
];

export const VALUES: readonly string[] = [
  'Evidence-based medicine; distrusts marketing claims without data.',
  'Patient access and equity across the region.',
  'Budget discipline and predictable supply.',
  'Recognition among peers; publishes and speaks often.',
  'Loyalty to long-standing partners; dislikes abrupt changes.',
  'Innovation; early adopter of new therapies.',
  'Transparency and strict compliance with procurement rules.',
  'Training young doctors; proud of the department school.',
];

export const COMMUNICATION_STYLES: readonly string[] = [
  'formal; wants a written agenda in advance',
  'brief and direct; 15 minutes, numbers first',
  'warm and talkative; meetings run long',
  'analytical; asks for the full study data',
  'prefers informal settings over the office',
  'responds to e-mail, rarely answers the phone',
];

/** docs/domain.md#what-each-role-weighs-in-a-proposal: power holders, people-minded directors, finance/technical experts. */
export const CHARACTER_TYPES: readonly string[] = [
  'power holder', 'people-minded', 'analytical expert', 'financial expert', 'innovator', 'cautious conservative',
];

export const DOSSIER_SOURCES: readonly string[] = [
  'KAM notes', 'public CV', 'conference conversation', 'society website', 'colleague recommendation',
];

export const INTERACTION_OUTCOMES: Readonly<Record<string, readonly string[]>> = {
  visit: ['positive', 'neutral', 'follow_up_agreed', 'negative'],
  call: ['positive', 'neutral', 'no_answer', 'follow_up_agreed'],
  informal_meeting: ['positive', 'neutral', 'follow_up_agreed'],
  event: ['positive', 'neutral'],
  proposal: ['no_confirmation', 'confirmed', 'under_review', 'declined'],
  email: ['answered', 'no_answer', 'positive'],
};

export const INTERACTION_NOTES: Readonly<Record<string, readonly string[]>> = {
  visit: [
    'Discussed {area} treatment pathway and upcoming formulary review.',
    'Presented real-world data for {product}; asked for the subgroup analysis.',
    'Short visit between clinics; agreed to meet again after the committee session.',
    'Concerned about supply interruptions last quarter; wants a delivery guarantee.',
  ],
  call: [
    'Follow-up call after the proposal; asked about next steps and urgency.',
    'Confirmed attendance at the round table.',
    'Asked for a contact in the medical department about a study protocol.',
  ],
  informal_meeting: [
    'Coffee after the conference; talked about the residency programme.',
    'Dinner with the department team; open about budget pressure this year.',
  ],
  event: ['Met at the booth; interested in the {area} symposium materials.'],
  proposal: [
    'Sent a supply proposal for {product}; valid until the date noted.',
    'Sent an educational grant proposal for the department school.',
  ],
  email: ['Shared the latest {area} guideline summary.', 'Sent the congress programme and registration link.'],
};

export const EVENT_TITLES: Readonly<Record<string, readonly string[]>> = {
  conference: ['{region} {area} Conference {year}', 'Annual {area} Update, {city}'],
  round_table: ['Round Table: Access to Biosimilars in {area}', 'Round Table: {area} Care Pathways in the {region}'],
  congress: ['National {area} Congress {year}'],
  webinar: ['Webinar: New Guidelines in {area}', 'Webinar: Managing {area} Budgets'],
};

export const SPEAKER_TOPICS: readonly string[] = [
  'Real-world outcomes in {area}',
  'Biosimilar switching: a regional experience',
  'Budget impact of new {area} therapies',
  'Treatment sequencing in {area}',
  'Formulary decisions and patient access',
  'Case series from our department',
];

/** Replaces {key} placeholders; unknown keys stay visible so a template bug is noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
