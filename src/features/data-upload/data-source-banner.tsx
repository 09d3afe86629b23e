import { useSession } from '../../state/session-store.ts';
import { ProblemList } from '../../components/ui/problem-list.tsx';
import { DismissButton } from '../../components/ui/dismiss-button.tsx';
import { LOAD_DATA_INPUT } from './load-dataset-button.tsx';

/** Says which data is on screen, what a loaded file got wrong (row and column, or JSON path), and the way back. */
export function DataSourceBanner() {
  const status = useSession((s) => s.upload);
  const setStatus = useSession((s) => s.setUpload);
  const dataset = useSession((s) => s.dataset);
  const source = dataset.source;
  return (
    <>
      <div role="status" className={status.kind === 'checking' ? 'notice' : 'notice notice--empty'}>
        {status.kind === 'checking' ? `Checking ${status.fileName}… the current figures stay on screen until it passes.` : ''}
      </div>
      {status.kind === 'rejected' ? (
        <div role="alert" className="notice notice--error">
          <p>
            <strong>{status.message}.</strong> Nothing was changed: the figures on screen are still the{' '}
            {source === 'upload' ? 'ones you loaded before' : 'bundled dataset'}.
          </p>
          {status.problems.length ? <ProblemList problems={status.problems} /> : null}
          <DismissButton onDismiss={() => setStatus({ kind: 'idle' })} focusNext={() => document.getElementById(LOAD_DATA_INPUT)} />
        </div>
      ) : null}
      {source === 'upload' ? (
        <div className="notice notice--info">
          <p>
            Showing your data: <strong>{dataset.label}</strong>. The bundled figures are not shown{dataset.lacks ? `, and it has no ${dataset.lacks}` : ''}.{' '}
            {dataset.kept ? 'It stays in this browser, also after a reload' : 'This browser could not keep it: a reload shows the bundled figures'}; links and
            saved views you share open the bundled figures, since the data is not sent anywhere.
          </p>
          <button type="button" className="button button--small" onClick={() => void import('./open-data-file.ts').then((m) => m.showBundledData())}>
            Switch back to the bundled dataset
          </button>
        </div>
      ) : null}
    </>
  );
}
