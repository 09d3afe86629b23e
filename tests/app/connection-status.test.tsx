import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionStatus } from '../../src/app/connection-status.tsx';
import { periodLabel } from '../../src/data/period.ts';
import { PUBLISHED } from '../../src/data/published-versions.ts';
import { useSession } from '../../src/state/session-store.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

afterEach(() => {
  useSession.setState({ appUpdate: null });
  vi.restoreAllMocks();
});

describe('ConnectionStatus', () => {
  it('says nothing while online with nothing new', () => {
    renderWithData(<ConnectionStatus />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says the page is offline, and which dataset version it shows', () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderWithData(<ConnectionStatus />);
    online.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    const latest = PUBLISHED.versions.at(-1)!;
    expect(screen.getByRole('status')).toHaveTextContent(
      `Offline: showing what this browser kept, dataset version ${PUBLISHED.versions.length} (${periodLabel(latest.published)}).`,
    );
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers a newer build and reloads only when asked, never during a presentation', async () => {
    const reload = vi.fn();
    useSession.setState({ appUpdate: reload });
    renderWithData(<ConnectionStatus />, { view: { slide: 2 } });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => useViewStore.setState({ slide: null }));
    expect(reload).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload to use it' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
