// Constraints and indexes the graph needs. Every statement is idempotent (IF NOT EXISTS),
// so running the list twice changes nothing.
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  // The aggregate of (source, type, target) is rebuilt from exactly these claims.
  'CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.sourceId, c.targetId, c.type)',
  'CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.articleId)',
  'CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date)',
  // Earlier versions indexed the alias list; membership lookups cannot use it, the full-text index serves them.
  'DROP INDEX entity_keys IF EXISTS',
  // Earlier versions indexed claim type and mode: a handful of values over every claim, never selective
  // enough for a read to use, yet each claim paid two more index entries at commit.
  'DROP INDEX claim_type IF EXISTS',
  'DROP INDEX claim_mode IF EXISTS',
  // Typo-tolerant search over every name an entity goes by (searchEntities).
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
export const LIST_SCHEMA = ['SHOW CONSTRAINTS YIELD name RETURN name', 'SHOW INDEXES YIELD name RETURN name'] as const;
