import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & {
  rules: {
    'no-foreign-table-read': Rule.RuleModule;
    'no-foreign-table-write': Rule.RuleModule;
    'no-relative-escape': Rule.RuleModule;
    'sql-in-repositories': Rule.RuleModule;
  };
};
export = plugin;
