/// <reference lib="webworker" />
/**
 * Reads and validates datasets away from the page, so a 100,000-row file never freezes it:
 * the served dataset when it is large, and every file a user opens.
 */
import { DatasetError } from './dataset-error.ts';
import type { ParseReply, WorkerRequest } from './dataset-worker-protocol.ts';
import type { ImportResult } from './import/import-dataset.ts';
import { decodeText, parseServedDataset } from './parse-dataset.ts';

function parse(bytes: ArrayBuffer, file: string): ParseReply {
  try {
    return { ok: true, loaded: parseServedDataset(decodeText(bytes), file) };
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
  const request = event.data;
  const reply = request.type === 'parse' ? parse(request.bytes, request.file) : await importFile(request);
  self.postMessage({ ...reply, busyMs: performance.now() - started });
};
