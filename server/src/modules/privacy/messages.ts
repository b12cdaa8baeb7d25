/**
 * Every text the privacy module shows a user (API field errors, the retention job's
 * output), in one place so that it can be translated.
 */
export const PRIVACY_TEXTS = {
  placeholder: (personId: string) => `Erased person (${personId})`,
  noPerson: (personId: string) => `no person with id "${personId}"`,
  reasonRequired: 'say why (e.g. the request reference)',
  onlyDossierWriters: (personId: string) => `personId: only the owner of "${personId}", their manager or an admin may write the dossier.`,
  noticeRequired: 'consent needs the day the person was informed (noticeOn) and how (noticeMethod)',
  noticeInFuture: (on: string, today: string) => `${on} is after today (${today}); record the notice once it is given`,
  retentionRange: (min: number, max: number, got: number) => `must be a whole number of months from ${min} to ${max}, got ${got}`,
  erasureAudit: (reason: string) => `erased on request; reference: ${reason}`,
  retentionAudit: (endedOn: string, parts: string) => `retention ended on ${endedOn}; erased: ${parts}`,
  retention: {
    nothing: (today: string) => `Retention on ${today}: nothing is past its retention period.`,
    header: (today: string, count: number, dryRun: boolean) =>
      dryRun
        ? `Retention on ${today} (dry run, nothing erased): ${count} ${count === 1 ? 'person has' : 'people have'} dossier data past retention:`
        : `Retention on ${today}: erased the dossier data of ${count} ${count === 1 ? 'person' : 'people'}:`,
    line: (personId: string, endedOn: string, basis: string) => `  ${personId}  retention ended ${endedOn} (${basis})`,
    failed: (message: string) => `Retention job failed: ${message}`,
  },
} as const;
