// Data access lives in repositories: in a library or an app, SQL statements (string or template literals that start
// with an upper-case SQL command) and TypeORM queries (query(), query builders, repositories, entity reads and writes)
// belong in `*.repository.ts` files, or as SQL text in `*.sql.ts` files a repository runs. Opening a transaction is
// the service's decision and stays allowed. libs/database (creating databases, running migrations) is the
// infrastructure under every repository; test code is not checked.
const { ENTITY_TABLES, isTestCode, repositoryPath, unitOf } = require('./architecture');

const STATEMENT = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|TRUNCATE|COPY|CREATE|ALTER|DROP)\s/;
const QUERY_METHODS = new Set(['query', 'createQueryBuilder', 'getRepository', 'getTreeRepository', 'withRepository']);
/** EntityManager methods that take the entity first. */
const ENTITY_METHODS = new Set([
  'clear',
  'count',
  'countBy',
  'decrement',
  'delete',
  'exists',
  'existsBy',
  'find',
  'findAndCount',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneByOrFail',
  'findOneOrFail',
  'increment',
  'insert',
  'remove',
  'save',
  'update',
  'upsert',
]);

function isDataAccessFile(file) {
  return /\.(repository|sql)\.ts$/.test(file) || file.startsWith('libs/database/');
}

function firstText(node) {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  return node.quasis[0].value.cooked ?? node.quasis[0].value.raw;
}

module.exports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Keep SQL and TypeORM queries in *.repository.ts files (ARCHITECTURE.md, Data access)' },
    schema: [],
    messages: {
      sql: 'SQL belongs in a *.repository.ts file (or SQL text in a *.sql.ts file); call a repository method here.',
      query:
        '{{method}}() queries the database: that belongs in a *.repository.ts file; call a repository method here.',
    },
  },
  create(context) {
    const file = repositoryPath(context.filename);
    if (!unitOf(context.filename) || isTestCode(context.filename) || isDataAccessFile(file)) return {};
    const checkText = (node) => {
      const text = firstText(node);
      if (text && STATEMENT.test(text)) context.report({ node, messageId: 'sql' });
    };
    return {
      Literal: checkText,
      TemplateLiteral: checkText,
      CallExpression(call) {
        const { callee } = call;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        const first = call.arguments[0];
        const onEntity = first && first.type === 'Identifier' && first.name in ENTITY_TABLES;
        if (QUERY_METHODS.has(method) || (ENTITY_METHODS.has(method) && onEntity)) {
          context.report({ node: call, messageId: 'query', data: { method } });
        }
      },
    };
  },
};
