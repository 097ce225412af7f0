import type { Generated } from 'kysely';

/** `users`: network-wide accounts (one email, roles on any number of sites). */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  /** argon2id hash; null for placeholder authors (e.g. imported contributors), who can never log in. */
  password_hash: string | null;
  is_network_admin: number;
  created_at: string;
  updated_at: string;
}

/** `site_memberships`: a user's role on one site. */
export interface SiteMembershipsTable {
  site_id: number;
  user_id: number;
  role: 'contributor' | 'editor' | 'site-manager';
  created_at: string;
}
