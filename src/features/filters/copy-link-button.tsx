import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../state/session-store.ts';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Copies the address of the current view; where the clipboard is unavailable it shows the link to copy by hand. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  // A loaded file never leaves this browser: whoever opens the link sees the bundled figures.
  const ownData = useSession((s) => s.dataset.source === 'upload');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setState({ kind: 'idle' }), 4000);
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state.kind === 'copied' ? (ownData ? 'Link copied. It opens the bundled figures: your loaded data stays in this browser.' : 'Link copied') : ''}
      </span>
      {state.kind === 'manual' ? (
        <div className="field copy-link__manual">
          <label className="field__label" htmlFor="manual-link">
            The clipboard is not available here; copy this link
          </label>
          <input id="manual-link" className="field__control" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </div>
      ) : null}
    </div>
  );
}
