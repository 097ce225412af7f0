import { startServices } from '../../app-services.ts';
import type { SiteRole } from '../../accounts/service.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import { createTrainingSites } from '../../sites/training.ts';
import { type Output, table } from '../output.ts';

export interface TrainingOptions {
  count?: string;
  from?: string;
  prefix?: string;
  languages?: string;
  role?: string[];
  'reset-nightly'?: string;
}

/** `ecotone training create --count 12 --from <template or seed>`: a class's sandboxes, one login each, printed once. */
export async function trainingCommand(action: string | undefined, options: TrainingOptions, out: Output): Promise<void> {
  if (action !== 'create') throw new BadRequestError('Use: ecotone training create --count 12 --from national-chm|<template site> [--prefix class1] [--languages en,fr]', 'unknown_command');
  if (!options.count || !options.from) throw new BadRequestError('training create needs --count and --from, e.g. ecotone training create --count 12 --from national-chm', 'missing_option');
  const count = Number(options.count);
  const resetNightly = options['reset-nightly'] === undefined ? true : options['reset-nightly'] === 'yes';
  if (options['reset-nightly'] !== undefined && !['yes', 'no'].includes(options['reset-nightly'])) throw new BadRequestError('--reset-nightly takes yes or no', 'invalid_option');
  const services = await startServices(loadConfig());
  try {
    const logins = await createTrainingSites(services, {
      count,
      from: options.from,
      prefix: options.prefix,
      languages: options.languages?.split(',').map((l) => l.trim()).filter(Boolean),
      role: options.role?.[0] as SiteRole | undefined,
      resetNightly,
    });
    out.say(`Created ${logins.length} training sites from ${options.from}${resetNightly ? ', reset every night' : ''}. The passwords are shown only now:`);
    out.say(table([['SITE', 'URL', 'LOGIN', 'PASSWORD'], ...logins.map((l) => [l.site, l.url, l.login, l.password])]));
    out.result(logins);
  } finally {
    await services.close();
  }
}
