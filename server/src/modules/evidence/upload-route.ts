/**
 * POST /evidence/upload: an admin sends one evidence file from the web app; it is imported
 * exactly as `npm run evidence -- <file>` would (format detected, checked whole, then
 * written; re-sending it changes nothing).
 *
 * The body is the file itself (any content type), streamed to a private temporary folder
 * under its own name, so that a rejected file's message names the file the admin chose.
 * A body over the limit is refused with 413 before anything is imported; one upload runs
 * at a time (409 while another is importing), so two admins cannot race on the same names.
 * Refusals, a rejected file's position and the report come in the request's language
 * (Accept-Language; the web app sends its own).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { assertAdmin, type Viewer } from '../../kernel/auth/viewer.js';
import { isWorded } from '../../kernel/errors.js';
import { formatMessage, type Locale } from '../../kernel/i18n/catalogue.js';
import { negotiateLocale } from '../../kernel/i18n/locale.js';
import type { DbClient } from '../../kernel/database/db-client.js';
import type { Logger } from '../../kernel/logger.js';
import { loadAreaMapping } from './area-terms.js';
import { importEvidence, type EvidenceImportReport } from './import-evidence.js';
import { formatReport } from './report.js';

export interface EvidenceUploadDeps {
  db: DbClient;
  logger: Logger;
  /** The viewer a request's Authorization header names; throws (worded in `locale`) when it names nobody. */
  viewerOf(authorization: string | undefined, locale: Locale): Promise<Viewer>;
  today(): string;
  /** The therapeutic-area table (EVIDENCE_AREA_TERMS), read per upload so edits count. */
  areasFile: string;
  /** Largest body accepted (EVIDENCE_UPLOAD_MAX_MB). */
  maxBytes: number;
}

/** The upload's answer: what the CLI prints, as data and as lines. */
export interface EvidenceUploadAnswer {
  ok: boolean;
  file: string;
  format: string | null;
  works: number;
  matched: number;
  unmatched: number;
  newNames: number;
  suggestions: { created: number; updated: number };
  /** Why the file was rejected (file and position), when it was. */
  error: string | null;
  report: string;
}

class TooLarge extends Error {}

/** Counts bytes through, failing once more than `max` passed. */
function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > max) callback(new TooLarge());
      else callback(null, chunk);
    },
  });
}

/** A file name safe to create in a folder of our own: no folders, no hidden or empty names. */
export function uploadFileName(raw: string | undefined): string | null {
  if (!raw) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  name = path.basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f]/g, '').trim();
  if (!name || name.startsWith('.') || name.length > 200) return null;
  return name;
}

function answerOf(name: string, dir: string, report: EvidenceImportReport, locale: Locale): EvidenceUploadAnswer {
  const f = report.files[0];
  const hide = (text: string) => text.replaceAll(`${dir}${path.sep}`, '');
  return {
    ok: !!f && !f.error,
    file: name,
    format: f?.format ?? null,
    works: f?.works ?? 0,
    matched: f?.matched ?? 0,
    unmatched: f?.unmatched ?? 0,
    newNames: f?.newNames ?? 0,
    suggestions: { created: report.suggestions.created, updated: report.suggestions.updated },
    error: f?.error ? hide(f.error.wordedIn(locale)) : null,
    report: hide(formatReport(report, locale)),
  };
}

export function evidenceUploadRouter(deps: EvidenceUploadDeps): express.Router {
  const router = express.Router();
  let busy = false;
  router.post('/evidence/upload', async (req, res) => {
    const locale = negotiateLocale(req.headers['accept-language']);
    let viewer: Viewer;
    try {
      viewer = await deps.viewerOf(req.headers.authorization, locale);
    } catch (error) {
      res.status(401).json({ ok: false, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    try {
      assertAdmin(viewer, 'importEvidence');
    } catch (refusal) {
      res.status(403).json({ ok: false, error: isWorded(refusal) ? refusal.wordedIn(locale) : String(refusal) });
      return;
    }
    const name = uploadFileName(req.get('x-file-name'));
    if (!name) {
      res.status(400).json({ ok: false, error: formatMessage('upload.fileName', {}, locale) });
      return;
    }
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > deps.maxBytes) {
      res.status(413).json({ ok: false, error: tooLarge(name, deps.maxBytes, locale) });
      req.resume();
      return;
    }
    if (busy) {
      res.status(409).json({ ok: false, error: formatMessage('upload.busy', {}, locale) });
      req.resume();
      return;
    }
    busy = true;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-upload-'));
    try {
      const file = path.join(dir, name);
      try {
        await pipeline(req, byteLimit(deps.maxBytes), createWriteStream(file, { mode: 0o600 }));
      } catch (error) {
        if (error instanceof TooLarge) {
          res.status(413).json({ ok: false, error: tooLarge(name, deps.maxBytes, locale) });
          return;
        }
        throw error;
      }
      const report = await importEvidence(deps.db, [file], { today: deps.today(), areas: loadAreaMapping(deps.areasFile) });
      const answer = answerOf(name, dir, report, locale);
      deps.logger.info({ user: viewer.userId, file: name, ok: answer.ok, works: answer.works }, 'evidence upload');
      res.status(answer.ok ? 200 : 422).json(answer);
    } catch (error) {
      deps.logger.error({ err: error, file: name }, 'evidence upload failed');
      if (!res.headersSent) res.status(500).json({ ok: false, error: formatMessage('upload.failed', {}, locale) });
    } finally {
      busy = false;
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return router;
}

function tooLarge(name: string, max: number, locale: Locale): string {
  const limit = max >= 1024 * 1024 ? formatMessage('upload.megabytes', { count: Math.round(max / 1024 / 1024) }, locale) : formatMessage('upload.bytes', { count: max }, locale);
  return formatMessage('upload.tooLarge', { name, limit }, locale);
}
