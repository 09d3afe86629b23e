/**
 * Registers the service worker that keeps the dashboard for offline use (vite-plugin-pwa with
 * Workbox). Its code loads after the first chart, and only in a built page: the dev server has
 * no worker. A newer build is announced through the session store and waits for the user.
 */
import { useSession } from '../state/session-store.ts';

/** Call once per page (App does, the first time a view is on screen). */
export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // Not before the page has drawn and gone quiet: the worker serves later visits, not this one.
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 10_000 }) : setTimeout(resolve, 2000)));
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh: () => useSession.setState({ appUpdate: () => void update(true) }),
  });
}
