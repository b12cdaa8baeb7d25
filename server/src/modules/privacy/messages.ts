/**
 * What the privacy module writes into the graph and the audit log: records, kept in one
 * language (English) whoever reads them later, like the log. What it tells a reader (field
 * errors, the retention job's report) is in the catalogue (kernel/i18n: `error.*`,
 * `retention.*`), worded in the reader's language.
 */
export const PRIVACY_TEXTS = {
  placeholder: (personId: string) => `Erased person (${personId})`,
  erasureAudit: (reason: string) => `erased on request; reference: ${reason}`,
  retentionAudit: (endedOn: string, parts: string) => `retention ended on ${endedOn}; erased: ${parts}`,
  retentionFailed: (message: string) => `Retention job failed: ${message}`,
} as const;
