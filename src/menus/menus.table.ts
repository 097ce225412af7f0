import type { Generated } from 'kysely';

/** The two menus every site has, per language. */
export const menuNames = ['main', 'footer'] as const;
export type MenuName = (typeof menuNames)[number];

/** `menu_entries`: one entry of a site's menu in one language (ADR 0006). */
export interface MenuEntriesTable {
  id: Generated<number>;
  site_id: number;
  menu: MenuName;
  language: string;
  /** The entry this one is nested under; null at the top level. At most three levels. */
  parent_id: number | null;
  /** Order among siblings, 0-based and kept contiguous by the service. */
  position: number;
  label: string;
  /** Target: an item of the same site (the link follows its slug and language)… */
  item_id: number | null;
  /** …or an http(s)/mailto URL or a site-relative path. Exactly one of the two is set when saved. */
  url: string | null;
  created_at: string;
  updated_at: string;
}
