/**
 * Versioned migrations, run at start-up by Kysely's Migrator. Written with the schema builder, not raw
 * SQL, so the same migration runs on SQLite and PostgreSQL. Never edit a released migration: add one.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '001-submissions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text')
        .addColumn('passed', 'integer')
        .addColumn('total', 'integer')
        .addColumn('runtime_ms', 'double precision')
        .addColumn('memory_kb', 'integer')
        .addColumn('failure', 'text')
        .addColumn('compile_errors', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('submissions_owner_created').on('submissions').columns(['owner', 'created_at', 'id']).execute();
      await db.schema.createIndex('submissions_owner_slug').on('submissions').columns(['owner', 'slug', 'verdict']).execute();
      await db.schema.createIndex('submissions_status').on('submissions').columns(['status', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('submissions').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
