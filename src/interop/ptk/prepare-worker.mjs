// The worker thread's entry: threads do not inherit the TypeScript loader (tsx) of the process
// that starts them, so this plain module registers it, then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
