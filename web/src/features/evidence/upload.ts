// The admin's evidence upload: the file goes as the request body to POST /evidence/upload
// (the server imports it as `npm run evidence` does and answers what it did, in the app's
// language: a rejected file's position and the report read like the rest of the page).
import { currentIntl, tr } from '@shared/i18n/intl.js';

export interface UploadAnswer {
  ok: boolean;
  /** What the import did, in lines, or why the file was refused. */
  report: string | null;
  error: string | null;
  works: number;
  newNames: number;
  suggestions: { created: number; updated: number };
}

/** Pure: the answer's body (or a refusal without one) as what the form shows. */
export function readUploadAnswer(status: number, body: unknown): UploadAnswer {
  const b = (body && typeof body === 'object' ? body : {}) as Partial<UploadAnswer>;
  const error =
    typeof b.error === 'string' && b.error
      ? b.error
      : status >= 400
        ? status === 413
          ? tr('evidence.upload.tooLarge')
          : tr('evidence.upload.refused', { status: String(status) })
        : null;
  return {
    ok: b.ok === true && status < 400,
    report: typeof b.report === 'string' ? b.report : null,
    error,
    works: typeof b.works === 'number' ? b.works : 0,
    newNames: typeof b.newNames === 'number' ? b.newNames : 0,
    suggestions: b.suggestions ?? { created: 0, updated: 0 },
  };
}

export async function uploadEvidence(file: File, token: string | null): Promise<UploadAnswer> {
  const response = await fetch('/evidence/upload', {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      'accept-language': currentIntl().locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  return readUploadAnswer(response.status, body);
}
