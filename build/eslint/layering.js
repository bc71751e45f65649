// The layering of the source as an allow-list (as VS Code's code-layering rule does): each layer
// names the layers it may import from; anything else is an error. A new folder is in no layer
// until it is added here, so it cannot quietly reach across.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Folder (from the repository root) -> layer. The longest matching prefix wins. */
export const LAYERS = {
  'electron/api/': 'api',
  'electron/core/': 'core',
  'electron/host/': 'host',
  'electron/shell/': 'shell',
  'renderer/src/': 'renderer',
};

/** Layer -> the layers it may import. */
export const ALLOWED = {
  api: ['api'],
  core: ['core', 'api'],
  host: ['host', 'core', 'api'],
  shell: ['shell', 'core', 'api'],
  renderer: ['renderer', 'api'],
};

/** Packages that a layer may never import, whatever the folder. */
const FORBIDDEN_PACKAGES = {
  api: [/^electron$/, /^node:/, /^(fs|path|os|child_process|crypto|http|net|url|worker_threads)$/],
  core: [/^electron$/],
  host: [/^electron$/],
  renderer: [/^electron$/, /^node:/, /^(fs|path|os|child_process|crypto|http|net|url|worker_threads)$/],
  shell: [],
};

export function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  let best = null;
  for (const prefix of Object.keys(LAYERS)) if (rel.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix;
  return best ? LAYERS[best] : null;
}

function targetFile(fromFile, spec) {
  if (spec.startsWith('@api/')) return path.join(root, 'electron', 'api', spec.slice('@api/'.length));
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layering allow-list (api <- core <- host/shell; api <- renderer).' },
    schema: [],
    messages: {
      layer: "The {{from}} layer may import only from {{allowed}}; '{{spec}}' is in the {{to}} layer.",
      outside: "The {{from}} layer may not import '{{spec}}': it lies outside every layer.",
      pkg: "The {{from}} layer may not import the package '{{spec}}'.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      const target = targetFile(file, spec);
      if (!target) {
        if (FORBIDDEN_PACKAGES[from].some((re) => re.test(spec))) context.report({ node, messageId: 'pkg', data: { from, spec } });
        return;
      }
      const to = layerOf(target);
      const allowed = ALLOWED[from];
      if (!to) {
        // Content and locales are data the build bundles (JSON); everything else outside is refused.
        const rel = path.relative(root, target).split(path.sep).join('/');
        if (/^(content|locales)\//.test(rel) && /\.json$/.test(rel)) return;
        context.report({ node, messageId: 'outside', data: { from, spec } });
        return;
      }
      if (!allowed.includes(to)) context.report({ node, messageId: 'layer', data: { from, to, spec, allowed: allowed.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layering: rule } };
