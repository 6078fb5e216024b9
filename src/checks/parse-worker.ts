// A worker thread for cold parses of large decks (see files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseHere, type Source } from './files.js';

parentPort!.postMessage(await parseHere(workerData as Source[]));
