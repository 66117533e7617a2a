// Only a table's owning library writes it: SQL text that inserts, updates, deletes, merges, truncates or copies
// into a table another library owns, or calls an SQL function that writes one, is refused, and so are TypeORM
// writes through another library's entity.
const { ownershipRule } = require('./ownership-rule');
const { tableWrittenByCall, tablesWrittenBy } = require('./sql-tables');

module.exports = ownershipRule({
  verb: 'writes',
  description: "Refuse writes to a table another library owns (see ARCHITECTURE.md's ownership table)",
  tablesOf: tablesWrittenBy,
  tableOfCall: tableWrittenByCall,
});
