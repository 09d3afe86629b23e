/// <reference lib="webworker" />
/**
 * Reads and validates datasets away from the page, so a 100,000-row file never freezes it:
 * the served dataset when it is large (fetched here too), and every file a user opens.
 */
import { DatasetError } from './dataset-error.ts';
import { encodeReply, WORKER_STARTED, type ParseReply, type WorkerRequest } from './dataset-worker-protocol.ts';
import type { ImportResult } from './import/import-dataset.ts';
import { mark } from './mark.ts';
import { parseServedDataset } from './parse-dataset.ts';
import { readBody, readText, requestDataset } from './request-dataset.ts';

async function load(url: string, file: string): Promise<ParseReply> {
  try {
    const response = await requestDataset(url, file);
    mark('dataset:headers');
    const text = await readBody(file, () => readText(response));
    mark('dataset:read');
    return { ok: true, loaded: parseServedDataset(text, file) };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, error: { kind: error.kind, file, message: error.message, problems: [...error.problems] } };
    const message = `${file} could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { kind: 'not-json', file, message, problems: [] } };
  }
}

async function importFile({ text, fileName, base }: Extract<WorkerRequest, { type: 'import' }>): Promise<ImportResult> {
  try {
    // The CSV reader (papaparse) loads only when someone opens a file.
    const { importFile: read } = await import('./import/import-dataset.ts');
    return read(text, fileName, base);
  } catch (error) {
    return { ok: false, message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`, problems: [] };
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const started = performance.now();
  self.postMessage(WORKER_STARTED);
  const request = event.data;
  const reply = request.type === 'load' ? await load(request.url, request.file) : await importFile(request);
  const timeline = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('dataset:'))
    .map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime }));
  for (const { message, transfer } of encodeReply({ ...reply, busyMs: performance.now() - started, timeline })) self.postMessage(message, transfer);
};
