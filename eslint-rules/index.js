// The code base's own lint rules, loaded by eslint.config.js as the `boundaries` plugin.
module.exports = {
  meta: { name: 'boundaries' },
  rules: {
    'no-foreign-table-read': require('./no-foreign-table-read'),
    'no-foreign-table-write': require('./no-foreign-table-write'),
    'no-relative-escape': require('./no-relative-escape'),
    'sql-in-repositories': require('./sql-in-repositories'),
  },
};
