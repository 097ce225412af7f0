#!/usr/bin/env -S node --v8-pool-size=2
// The `ecotone` command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
