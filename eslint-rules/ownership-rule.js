// Builds the two table-ownership rules: in a library, only the owner's tables; in an app, none. Test code, the
// benchmark and migrations are not checked: tests arrange and inspect rows directly, the benchmark measures the
// tables themselves, and migrations are the schema's history (ARCHITECTURE.md).
const { TABLE_OWNERS, isTestCode, repositoryPath, unitOf } = require('./architecture');
const { sqlTextOf } = require('./sql-tables');

/**
 * `tablesOf(sql)` finds the tables SQL text touches; `tableOfCall(call)`, when given, the one a call touches.
 * `verb` ("writes", "reads") and `description` go into the rule's message and docs.
 */
function ownershipRule({ verb, description, tablesOf, tableOfCall }) {
  return {
    meta: {
      type: 'problem',
      docs: { description },
      schema: [],
      messages: {
        foreignTable: `{{user}} ${verb} {{table}}, which libs/{{owner}} owns: call a public service of @app/{{owner}} instead (ARCHITECTURE.md).`,
      },
    },
    create(context) {
      const unit = unitOf(context.filename);
      if (!unit || isTestCode(context.filename)) return {};
      const user = repositoryPath(context.filename).split('/').slice(0, 2).join('/');
      const owns = (table) => unit.kind === 'lib' && TABLE_OWNERS[table] === unit.name;
      const report = (node, table) =>
        context.report({ node, messageId: 'foreignTable', data: { user, table, owner: TABLE_OWNERS[table] } });
      const checkText = (node) => {
        const sql = sqlTextOf(node);
        if (!sql) return;
        for (const table of new Set(tablesOf(sql))) if (!owns(table)) report(node, table);
      };
      const visitors = { Literal: checkText, TemplateLiteral: checkText };
      if (tableOfCall) {
        visitors.CallExpression = (call) => {
          const table = tableOfCall(call);
          if (table && !owns(table)) report(call, table);
        };
      }
      return visitors;
    },
  };
}

module.exports = { ownershipRule };
