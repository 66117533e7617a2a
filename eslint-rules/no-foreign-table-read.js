// Other libraries read a table through its owner's public services, never by naming it in their own SQL (FROM or
// JOIN). TypeORM reads need the owner's entity, which no entry point exports.
const { ownershipRule } = require('./ownership-rule');
const { tablesReadBy } = require('./sql-tables');

module.exports = ownershipRule({
  verb: 'reads',
  description: "Refuse SQL that reads a table another library owns (see ARCHITECTURE.md's ownership table)",
  tablesOf: tablesReadBy,
});
