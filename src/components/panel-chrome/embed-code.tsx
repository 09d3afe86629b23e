import { useEffect, useRef, useState, type RefObject } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '../../state/pages.ts';
import { embedUrl } from '../../state/url-sync.ts';
import { PANEL_TITLES, type PanelKey } from '../../state/view-state.ts';

/** The lines a host page adds once so each frame takes the height its panel reports. */
const HOST_SCRIPT = `<script>
  addEventListener('message', (event) => {
    if (event.data?.type !== '${EMBED_HEIGHT_MESSAGE}') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
    }
  });
</script>`;

function iframeSnippet(src: string, panel: PanelKey): string {
  return `<iframe src="${src.replace(/&/g, '&amp;')}" title="Xiaomi in figures: ${PANEL_TITLES[panel]}" width="100%" height="640" style="border: 0" loading="lazy"></iframe>`;
}

/** A dialog with the code that puts this panel's current view in another page, open once drawn. */
export function EmbedCodeDialog({ panel, version, dialog }: { panel: PanelKey; version: string; dialog: RefObject<HTMLDialogElement | null> }) {
  const [copied, setCopied] = useState(false);
  // Opens as soon as it is drawn: it is loaded, then drawn, after the click that asks for it.
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [dialog]);
  const code = useRef<HTMLTextAreaElement>(null);
  const [snippet, setSnippet] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // Without a clipboard the code is selected, ready to copy by hand.
      code.current?.select();
    }
  };
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-label={`Embed ${PANEL_TITLES[panel]}`}
      closedby="any"
      onClose={() => setCopied(false)}
      // The address is taken when the dialog opens: the view may have changed since the last time.
      onToggle={(e) => {
        if (e.currentTarget.open) setSnippet(iframeSnippet(embedUrl(panel, version), panel));
      }}
    >
      <div className="dialog__header">
        <h2>Embed {PANEL_TITLES[panel]}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p>
        Paste this into a page to show this panel as it is now: the same filters and figures, with its sources and a link back to the full view. The frame
        follows the page&apos;s width.
      </p>
      <label className="field__label" htmlFor={`embed-code-${panel}`}>
        Frame code
      </label>
      <textarea
        id={`embed-code-${panel}`}
        ref={code}
        className="field__control embed-code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy frame code
        </button>{' '}
        <span role="status">{copied ? 'Frame code copied' : ''}</span>
      </p>
      <p>To let the frame take its panel&apos;s height, add these lines to the page once:</p>
      <pre className="embed-code">{HOST_SCRIPT}</pre>
    </dialog>
  );
}
