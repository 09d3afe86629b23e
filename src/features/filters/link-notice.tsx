import { deckOrMain, DismissButton } from '../../components/ui/dismiss-button.tsx';
import { capitalize } from '../../domain/format.ts';
import { useShallow } from 'zustand/react/shallow';
import { useSession } from '../../state/session-store.ts';
import type { UrlNotice } from '../../state/url-state.ts';

/** Parts of a link listed before "more": a link with hundreds of bad parts must not bury the page. */
const FIRST = 5;

function NoticeList({ notices }: { notices: readonly UrlNotice[] }) {
  return (
    <ul>
      {notices.map((n, i) => (
        <li key={`${n.param}-${i}`}>
          <code>{n.raw ? `${n.param}=${n.raw}` : n.param}</code>: {n.reason}
          {n.action === 'ignored' ? ' (ignored)' : ''}
        </li>
      ))}
    </ul>
  );
}

/** Says which parts of the opened link were ignored or adjusted, and whether the data changed since it was made. */
export function LinkNotice() {
  const { ignored, name, versionMismatch, dismiss } = useSession(
    useShallow((s) => ({ ignored: s.linkNotices, name: s.linkName, versionMismatch: s.versionMismatch, dismiss: s.dismissLinkNotices })),
  );
  const hasNotice = ignored.length > 0 || versionMismatch !== null;
  return (
    <div role="status" className={hasNotice ? 'notice' : 'notice notice--empty'}>
      {hasNotice ? (
        <>
          {versionMismatch ? (
            <p>
              {name === 'the link' ? 'This link' : capitalize(name)} names dataset version {versionMismatch.linked}, which this dashboard has never published,
              so it shows version {versionMismatch.current}; some figures may differ from{' '}
              {name === 'the link' ? 'what the sender saw' : 'those it was saved with'}.
            </p>
          ) : null}
          {ignored.length ? (
            <>
              <p>{ignored.length === 1 ? `One part of ${name} was` : `${ignored.length} parts of ${name} were`} not used as given:</p>
              <NoticeList notices={ignored.slice(0, FIRST)} />
              {ignored.length > FIRST ? (
                <details>
                  <summary>{ignored.length - FIRST} more</summary>
                  <NoticeList notices={ignored.slice(FIRST)} />
                </details>
              ) : null}
            </>
          ) : null}
          <DismissButton onDismiss={dismiss} focusNext={deckOrMain} />
        </>
      ) : null}
    </div>
  );
}
