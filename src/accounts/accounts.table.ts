import type { Generated } from 'kysely';

/** `users`: network-wide accounts (one email, roles on any number of sites). */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  /** argon2id hash; null for placeholder authors (e.g. imported contributors), who can never log in. */
  password_hash: string | null;
  is_network_admin: number;
  /** The language the admin is shown in, chosen by the user; null: the site's default. */
  admin_language: string | null;
  /** Base32 TOTP secret (ADR 8): set while enrolling, in force once `totp_enabled_at` is set. */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** The last accepted 30-second TOTP step; a code of that step or earlier is a replay. */
  totp_last_step: number | null;
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

/** `sessions`: one row per signed-in browser, keyed by the SHA-256 of its cookie token. */
export interface SessionsTable {
  id: string;
  user_id: number;
  site_id: number | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

/** `login_failures`: consecutive failed logins per email, to slow down password guessing. */
export interface LoginFailuresTable {
  email: string;
  failures: number;
  last_failure_at: string;
}

/** `audit_events`: who did what, when, on which site. */
export interface AuditEventsTable {
  id: Generated<number>;
  site_id: number | null;
  user_id: number | null;
  action: string;
  subject: string | null;
  details: string;
  created_at: string;
}

/** `password_tokens`: one-time links to set a password (invitation, reset), stored hashed. */
export interface PasswordTokensTable {
  id: string;
  user_id: number;
  purpose: 'invite' | 'reset';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** `recovery_codes`: single-use codes for two-factor sign-in without the phone, stored hashed. */
export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** `login_challenges`: a login whose password was right and whose second factor is still due. Grants nothing. */
export interface LoginChallengesTable {
  id: string;
  user_id: number;
  site_id: number | null;
  attempts: Generated<number>;
  created_at: string;
  expires_at: string;
}
