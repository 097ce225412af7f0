// The background checkpointer's thread (see `bulk-writes.ts`). Plain JavaScript: it needs only
// better-sqlite3, and starts at once without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

const { file, intervalMs } = workerData;
const db = new SQLite(file);
// A checkpoint of this connection must never wait: PASSIVE copies what it can and returns.
db.pragma('busy_timeout = 0');

let stopping = false;
function checkpoint() {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // SQLITE_BUSY: another connection is checkpointing; the next tick tries again.
    if (error?.code !== 'SQLITE_BUSY' && error?.code !== 'SQLITE_LOCKED') throw error;
  }
}
const timer = setInterval(() => {
  if (!stopping) checkpoint();
}, intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  stopping = true;
  clearInterval(timer);
  db.close();
  parentPort.postMessage('stopped');
  parentPort.close();
});
parentPort.postMessage('ready');
