export type { AuditEntry as AuditEntryModel } from './audit-trail.js';
