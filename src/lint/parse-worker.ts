// A worker thread for cold parses of large decks (see files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseHere, type Source } from './files.js';

const { sources, withPositions } = workerData as { sources: Source[]; withPositions: boolean };
parentPort!.postMessage(await parseHere(sources, withPositions));
