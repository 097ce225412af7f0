/** What a site is, as the rest of the application sees it (rows mapped by `sites/repo.ts`). */
export type SiteStatus = 'live' | 'test' | 'training' | 'suspended';
export const siteStatuses: readonly SiteStatus[] = ['live', 'test', 'training', 'suspended'];

export interface SiteTheme {
  /** Header and link colour; white text sits on it. */
  primaryColor: string;
  accentColor: string;
  logoUrl?: string;
  /** An image of the site's media library shown across the top of the home page. */
  heroImageId?: number;
}

export type DomainKind = 'primary' | 'alias' | 'redirect';

export interface SiteDomain {
  host: string;
  kind: DomainKind;
}

export interface Site {
  id: number;
  code: string;
  country: string | null;
  names: Record<string, string>;
  defaultLanguage: string;
  /** Enabled languages, default first. */
  languages: string[];
  status: SiteStatus;
  theme: SiteTheme;
  taglines: Record<string, string>;
  contactEmail: string | null;
  domains: SiteDomain[];
  /** What the site was created from and returns to on a reset (ADR 0021); null for an empty site. */
  seed: string | null;
  /** A training site reset every night (`resetTrainingSites`). */
  resetNightly: boolean;
  /** Per language, the message of the maintenance page while the site is suspended. */
  maintenanceMessage: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export const defaultTheme: SiteTheme = { primaryColor: '#1d5e3b', accentColor: '#b88a00' };

/** The site's name in `language`, falling back to its default language, then any name, then its code. */
export function siteName(site: Pick<Site, 'names' | 'defaultLanguage' | 'code'>, language: string): string {
  return site.names[language] ?? site.names[site.defaultLanguage] ?? Object.values(site.names)[0] ?? site.code;
}
