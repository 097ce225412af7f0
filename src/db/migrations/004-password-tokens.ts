import { type Kysely } from 'kysely';

/** One-time links to set a password: invitations and resets. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('password_tokens')
    // The SHA-256 of the token in the emailed link.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_tokens').ifExists().execute();
}
