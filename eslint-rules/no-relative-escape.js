// A relative import stays inside its library or app: other libraries are reached through @app/<lib> (their public
// entry point), never by a path into their files. Code outside libs/ and apps/ (tests, the benchmark) reaches
// libraries the same way; it may start the apps from their files, which have no entry point to import.
const path = require('node:path');
const { isTestCode, repositoryPath, unitOf } = require('./architecture');

const within = (target, folder) => target === folder || target.startsWith(`${folder}/`);

/** Why a relative import from `filename` to `target` (both from the repository root) may leave its unit. */
function allowedEscape(filename, unit, target) {
  // Spec files beside the code share the test support and factories under test/.
  if (isTestCode(filename) && within(target, 'test')) return true;
  // libs/database runs the migrations, which live outside every library.
  return unit.kind === 'lib' && unit.name === 'database' && within(target, 'migrations');
}

module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep relative imports inside their library or app; reach other libraries through @app/<lib>',
    },
    schema: [],
    messages: {
      leavesUnit: '{{from}} may not import {{target}} by a relative path: import a library through @app/<lib>.',
      intoLibrary:
        'Import libraries through @app/<lib> (or @app/<lib>/testing from tests), not by a path into {{target}}.',
    },
  },
  create(context) {
    const filename = context.filename;
    const unit = unitOf(filename);
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = repositoryPath(path.resolve(path.dirname(filename), specifier));
      if (unit) {
        const home = `${unit.kind === 'lib' ? 'libs' : 'apps'}/${unit.name}`;
        if (within(target, home) || allowedEscape(filename, unit, target)) return;
        context.report({ node, messageId: 'leavesUnit', data: { from: home, target } });
      } else if (within(target, 'libs')) {
        context.report({ node, messageId: 'intoLibrary', data: { target } });
      }
    };
    const checkSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node.moduleReference.expression, node.moduleReference.expression.value),
    };
  },
};
