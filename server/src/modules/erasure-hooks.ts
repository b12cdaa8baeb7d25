/**
 * What each module holds about a person, and how it goes when the person is erased or
 * their retention runs out (modules/privacy/erasure-hook.ts). A module that stores
 * personal data adds its hook here. The privacy module runs them in this order inside one transaction;
 * `people` comes last because the others may look for the person's former name.
 */
import { auditErasure } from './audit/audit-trail.js';
import { changesErasure } from './changes/repository.js';
import { evidenceErasure } from './evidence/repository.js';
import { peopleErasure } from './people/repository.js';
import { planningErasure } from './planning/repository.js';
import type { ErasureHook } from './privacy/erasure-hook.js';
import { dossierErasure } from './privacy/repository.js';

export const ERASURE_HOOKS: readonly ErasureHook[] = [dossierErasure, planningErasure, auditErasure, changesErasure, evidenceErasure, peopleErasure];
