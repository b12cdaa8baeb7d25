import { UserRole } from '../../../gql/vocabulary.js';
import { tr } from '@shared/i18n/intl.js';
import { useViewer } from '@shared/session/use-viewer.js';
import { PageHead, PageShell } from '@shared/ui/PageShell.js';
import { useToast } from '@shared/ui/Toast.js';
import { SuggestionReview } from './SuggestionReview.js';
import { UnmatchedQueue } from './UnmatchedQueue.js';
import { UploadForm } from './UploadForm.js';

/** /evidence: the ties publications, trials and congresses suggest, the names to review, and (admins) importing a file. */
export function EvidencePage() {
  const viewer = useViewer();
  const [toast, setToast] = useToast(5000);
  return (
    <PageShell current="evidence" userName={viewer.name} toast={toast}>
      <main className="page-main evidence-page" data-testid="evidence-page">
        <PageHead title={tr('nav.evidence')}>
          <p className="muted">{tr('evidence.intro')}</p>
        </PageHead>
        {viewer.role === UserRole.ADMIN && <UploadForm />}
        <SuggestionReview mayDecide={viewer.mayEdit} onMessage={setToast} />
        <UnmatchedQueue mayDecide={viewer.mayEdit} onMessage={setToast} />
      </main>
    </PageShell>
  );
}
