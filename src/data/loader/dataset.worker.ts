/// <reference lib="webworker" />
/**
 * Reads, parses and validates a dataset away from the page, so that no file, however large,
 * holds the page's thread; the records go back as columns (pack-records.ts).
 */
import { DatasetError } from '../dataset-error.ts';
import { packRecords, transferables } from './pack-records.ts';
import { readDataset, type DatasetSource } from './read-dataset.ts';
import type { WorkerReply } from './worker-reply.ts';

self.onmessage = async (event: MessageEvent<DatasetSource>) => {
  const source = event.data;
  const name = source.kind === 'served' ? source.name : source.file.name;
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const { dataset, leftOut } = await readDataset(source);
    const { observations, ...rest } = dataset;
    const packed = packRecords(observations);
    transfer = transferables(packed);
    reply = { ok: true, dataset: rest, observations: packed, leftOut };
  } catch (error) {
    reply =
      error instanceof DatasetError
        ? { ok: false, error: { kind: error.kind, file: error.file, message: error.message, problems: [...error.problems] } }
        : {
            ok: false,
            error: {
              kind: 'not-json',
              file: name,
              message: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
              problems: [],
            },
          };
  }
  self.postMessage(reply, transfer);
};
