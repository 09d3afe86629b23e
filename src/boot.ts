/**
 * The page's first script, free of the libraries and loaded `async` (vite.config.ts adds it to
 * the page): it starts the dataset download, and for a large file the worker that reads it,
 * while the browser is still downloading and compiling React and recharts.
 *
 * In the build it also starts the app, whose script the page only preloads: once the dataset's
 * reader is under way, or after APP_WAIT_MS at most. Starting the app runs one long task (about
 * 0.25 s at 4x CPU throttling), and a worker created just before it would not start until it
 * ended. For a small file the wait is the time to the response headers, a few milliseconds
 * after this script asks for the file.
 */
import { startEarlyDownload } from './data/download-dataset.ts';

/** However slow the server is to answer, the app starts (and can show its progress) after this. */
const APP_WAIT_MS = 500;

const reading = startEarlyDownload();
// Marked by vite.config.ts (appEntry); absent in the dev server, whose page starts the app itself.
const app = document.querySelector<HTMLLinkElement>('link[data-app-entry]');
if (app) {
  void Promise.race([reading, new Promise((wait) => setTimeout(wait, APP_WAIT_MS))])
    .then(() => import(/* @vite-ignore */ app.href))
    .catch((cause: unknown) => showStartFailure(cause));
}

/** Said on the page, not only in the console: without its code the dashboard would stay blank. */
function showStartFailure(cause: unknown): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'error-box error-box--page';
  message.textContent = `The dashboard's code could not be loaded (${cause instanceof Error ? cause.message : String(cause)}). Reload the page to try again.`;
  document.getElementById('root')?.replaceChildren(message);
}
