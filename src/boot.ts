/**
 * The page's first script, free of the libraries and loaded `async` (vite.config.ts adds it to
 * the page): it starts the dataset download, and for a large file the worker that reads it,
 * while the browser is still compiling React and recharts rather than after.
 */
import { startEarlyDownload } from './data/download-dataset.ts';

startEarlyDownload();
