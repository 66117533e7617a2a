// Which tables a piece of SQL text (or a TypeORM call) reads and writes: what the ownership rules judge.
const { ENTITY_TABLES, TABLE_OWNERS, WRITING_FUNCTIONS } = require('./architecture');

// A table name, maybe schema-qualified or quoted; the bare name is captured.
const IDENTIFIER = String.raw`"?[a-z_][a-z0-9_]*"?`;
const NAME = String.raw`(?:${IDENTIFIER}\.)?"?([a-z_][a-z0-9_]*)"?`;
const ONLY = String.raw`(?:only\s+)?`;

const WRITES = [
  new RegExp(String.raw`\binsert\s+into\s+${NAME}`, 'gi'),
  // UPDATE must reach its SET: "FOR UPDATE", "DO UPDATE SET" and English prose are not writes to a table.
  new RegExp(String.raw`\bupdate\s+${ONLY}${NAME}(?:\s+(?:as\s+)?[a-z_][a-z0-9_]*)?\s+set\b`, 'gi'),
  new RegExp(String.raw`\bdelete\s+from\s+${ONLY}${NAME}`, 'gi'),
  new RegExp(String.raw`\bmerge\s+into\s+${NAME}`, 'gi'),
  new RegExp(String.raw`\bcopy\s+${NAME}\s*(?:\([^)]*\))?\s*from\b`, 'gi'),
];
// TRUNCATE takes a list of tables.
const LISTED = String.raw`${ONLY}(?:${IDENTIFIER}\.)?${IDENTIFIER}`;
const TRUNCATE = new RegExp(String.raw`\btruncate\s+(?:table\s+)?(${LISTED}(?:\s*,\s*${LISTED})*)`, 'gi');
const FUNCTION_CALL = new RegExp(String.raw`\b(${Object.keys(WRITING_FUNCTIONS).join('|')})\s*\(`, 'gi');

// Reads: the tables listed after FROM (comma-separated too) or JOIN, in upper case as the code base writes SQL
// (prose rarely does); DELETE FROM is a write.
const FROM_LIST =
  /(?<!DELETE\s+)\b(?:FROM|JOIN)\s+([\s\S]*?)(?=\b(?:WHERE|ON|USING|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|GROUP|ORDER|LIMIT|RETURNING|UNION|HAVING|WINDOW|FOR|SET)\b|[();]|$)/g;
const LISTED_TABLE = new RegExp(String.raw`^\s*(?:ONLY\s+)?${NAME}(?![\w(])(?!\s*\()`);

/** TypeORM methods that write, called on a manager or repository with the entity first, or on a query builder. */
const TYPEORM_WRITES = new Set([
  'clear',
  'decrement',
  'delete',
  'increment',
  'insert',
  'into',
  'remove',
  'restore',
  'save',
  'softDelete',
  'softRemove',
  'update',
  'upsert',
]);
const REPOSITORY_GETTERS = new Set(['getRepository', 'getTreeRepository', 'withRepository']);

const known = (tables) => tables.filter((table) => table in TABLE_OWNERS);

/** Tables that the SQL text writes, directly or through an SQL function that writes them. */
function tablesWrittenBy(sql) {
  const tables = [];
  for (const pattern of WRITES) {
    for (const match of sql.matchAll(pattern)) tables.push(match[1].toLowerCase());
  }
  for (const match of sql.matchAll(TRUNCATE)) {
    for (const item of match[1].split(',')) {
      tables.push(
        item
          .trim()
          .replace(/^only\s+/i, '')
          .replace(/"/g, '')
          .split('.')
          .pop()
          .toLowerCase(),
      );
    }
  }
  for (const match of sql.matchAll(FUNCTION_CALL)) tables.push(WRITING_FUNCTIONS[match[1].toLowerCase()]);
  return known(tables);
}

/** Tables that the SQL text reads. */
function tablesReadBy(sql) {
  const tables = [];
  for (const [, list] of sql.matchAll(FROM_LIST)) {
    for (const item of list.split(',')) {
      const match = LISTED_TABLE.exec(item);
      if (match) tables.push(match[1]);
    }
  }
  return known(tables);
}

/** The text of a string or template literal; interpolations become a placeholder no table name matches. */
function sqlTextOf(node) {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  return node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(' ? ');
}

function nameOf(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed) return node.property.name;
  return null;
}

/** The table a TypeORM call writes, if it is one: `m.insert(E, …)`, `.into(E)`, `ds.getRepository(E).save(…)`. */
function tableWrittenByCall(call) {
  if (call.callee.type !== 'MemberExpression' || !TYPEORM_WRITES.has(nameOf(call.callee))) return null;
  const first = call.arguments[0];
  if (first && first.type === 'Identifier' && first.name in ENTITY_TABLES) return ENTITY_TABLES[first.name];
  const receiver = call.callee.object;
  if (receiver.type === 'CallExpression' && REPOSITORY_GETTERS.has(nameOf(receiver.callee))) {
    const entity = receiver.arguments[0];
    if (entity && entity.type === 'Identifier' && entity.name in ENTITY_TABLES) return ENTITY_TABLES[entity.name];
  }
  return null;
}

module.exports = { sqlTextOf, tableWrittenByCall, tablesReadBy, tablesWrittenBy };
