import type { Plugin } from 'vite';

// Two library code paths the extension never takes are compiled out of the shipped bundles, so that neither an
// HTML sink nor an eval sink ships and Mozilla's linter (web-ext lint / AMO) has nothing to warn about:
//
// 1. Preact's `dangerouslySetInnerHTML` (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`). Desk
//    Companion renders Zoho data, and never uses that prop: every field goes through text nodes (see the XSS
//    corpus tests). The assignment is replaced by a throw, so a future use fails loudly instead of opening a sink.
// 2. Zod 4's `allowsEval` probe (`new Function("")`). Extension pages run under a CSP without 'unsafe-eval'
//    (Chrome MV3 and our Firefox MV2 build alike), so the probe can only fail; zod then parses without its JIT.
//    Answering `false` up front is what would happen anyway, minus the eval call and the CSP violation report.
//
// Each rewrite must match exactly once in its file. If an upgrade of preact or zod changes the code, the build
// stops here and the rewrite is redone by hand, rather than silently shipping the sink again.

interface Rewrite {
  /** A path suffix of the module as Vite resolves it. */
  file: string;
  pattern: RegExp;
  replacement: string;
  why: string;
}

const REWRITES: readonly Rewrite[] = [
  {
    file: '/node_modules/preact/dist/preact.mjs',
    // Minified: `(t.innerHTML=h.__html)`, inside `if (newHtml) { … }` of diff().
    pattern: /\b[A-Za-z_$][\w$]*\.innerHTML=[A-Za-z_$][\w$]*\.__html\b/g,
    replacement: '(()=>{throw Error("no dangerouslySetInnerHTML")})()',
    why: "preact's dangerouslySetInnerHTML assignment",
  },
  {
    file: '/node_modules/zod/v4/core/util.js',
    pattern: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/g,
    replacement: 'return false; /* extension CSP: no unsafe-eval (tooling/vite-no-unsafe-sinks.ts) */',
    why: "zod's allowsEval probe",
  },
];

export function noUnsafeSinks(): Plugin {
  return {
    name: 'desk-companion:no-unsafe-sinks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      const rewrite = REWRITES.find((candidate) => file.endsWith(candidate.file));
      if (!rewrite) return null;
      const matches = code.match(rewrite.pattern)?.length ?? 0;
      if (matches !== 1) {
        this.error(`${rewrite.why}: expected exactly 1 match in ${file}, found ${matches}. Re-check tooling/vite-no-unsafe-sinks.ts.`);
      }
      return { code: code.replace(rewrite.pattern, rewrite.replacement), map: null };
    },
  };
}
